// The one schema of a task's input (issue 14): read by the use cases' checker (taskInput.ts) and by the JSON API, so
// that a field is declared once and named the same way on the page and in the API.

import { Type } from '@sinclair/typebox';
import { LONG_TEXT_MAX, TEXT_MAX } from '../common/codes.ts';
import { IsoDate, Uuid, bodySchema } from '../common/fields.ts';
import type { Fields } from '../common/fields.ts';
import { TASK_OWNERS } from '../cases/codes.ts';

export const TASK_SCHEMA = {
  title: { kind: 'text', max: TEXT_MAX, required: true },
  description: { kind: 'text', max: LONG_TEXT_MAX },
  owner: { kind: 'oneOf', values: TASK_OWNERS, required: true },
  assigneeUserId: { kind: 'id' },
  dueOn: { kind: 'date' },
} as const satisfies Fields;

/** The JSON body of a new task. */
export const TaskCreateBody = bodySchema(TASK_SCHEMA);
/** The JSON body of a change: only the fields sent change; null clears (dueOn: back to the estimate). */
export const TaskUpdateBody = Type.Partial(
  Type.Object({
    title: Type.String({ maxLength: TEXT_MAX }),
    description: Type.Union([Type.String({ maxLength: LONG_TEXT_MAX }), Type.Null()]),
    owner: Type.Union(TASK_OWNERS.map((o) => Type.Literal(o))),
    assigneeUserId: Type.Union([Uuid, Type.Null()]),
    dueOn: Type.Union([IsoDate, Type.Null()]),
  }),
  { additionalProperties: false },
);
