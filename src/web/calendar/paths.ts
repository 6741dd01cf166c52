// The calendar feed's address (issue 15), shared by its route and the account page that shows it once.

/** The feed's path for a token: /calendar/<token>.ics */
export function calendarFeedPath(token: string): string {
  return `/calendar/${token}.ics`;
}
