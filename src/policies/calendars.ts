// Calendars (issue 15): a user's personal calendar feed. Every user manages only their own feed (the use cases load it
// by owner), so the policy decides whether the role may hold one; reading the feed is decided for the feed's owner,
// whose tasks it shows: an adviser's or admin's (the cases they handle, the tasks assigned to them), a company user's
// (their company's own tasks; `companyScope` of the owner).

import type { EntityPolicy } from './core.ts';

export const CALENDAR_ACTIONS = ['calendarFeed.manage', 'calendarFeed.read'] as const;

export const calendarPolicy: EntityPolicy<(typeof CALENDAR_ACTIONS)[number]> = {
  'calendarFeed.manage': { grants: { adviser: true, company: true } },
  'calendarFeed.read': { grants: { adviser: true, company: 'ownCompany' } },
};
