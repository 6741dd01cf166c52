// The office's calendar: a service office works in Europe/Berlin, so "today" and the day of an instant are taken
// there, not in UTC (after midnight in Berlin UTC still has the day before).

/** The office's day of an instant (default: now), as YYYY-MM-DD. */
export function officeToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
