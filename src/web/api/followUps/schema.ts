// The schemas of the follow-ups (Wiedervorlagen): marking one done or open, the list's query and answer.

import { Type } from '@sinclair/typebox';
import { Uuid, IsoDate, PageQuery } from '../common/schema.ts';

export const FollowUpBody = Type.Object(
  { done: Type.Boolean({ description: 'true: mark the follow-up done (by you, now); false: open it again' }) },
  { additionalProperties: false },
);

export const FollowUpQuery = Type.Object(
  {
    adviserUserId: Type.Optional(Uuid),
    companyId: Type.Optional(Uuid),
    until: Type.Optional(Type.String({ pattern: IsoDate.pattern, description: 'YYYY-MM-DD: only those due on or before this day' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const FollowUpSchema = Type.Object(
  {
    consultationId: Type.String({ format: 'uuid' }),
    companyId: Type.String({ format: 'uuid' }),
    companyName: Type.String(),
    consultationDate: Type.String(),
    followUpDate: Type.String(),
    kind: Type.String(),
    topics: Type.Array(Type.String()),
    adviserUserId: Type.Union([Type.String(), Type.Null()]),
    adviserName: Type.Union([Type.String(), Type.Null()]),
    outcome: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'FollowUp', title: 'FollowUp' },
);
export const FollowUpListSchema = Type.Object({
  items: Type.Array(FollowUpSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  today: Type.String({ description: 'the office’s day (Europe/Berlin) the counts refer to' }),
  overdue: Type.Integer({ description: 'open follow-ups due before today (same adviser and company filter, whatever `until`)' }),
  dueToday: Type.Integer({ description: 'open follow-ups due today' }),
});
