// The fields of a task as the use cases accept them (pages and API), checked. A change names only what it changes:
// an absent field stays as it is; an empty one clears it (a due date: back to the estimate).

import { Checker } from '../common/checker.ts';
import { checkField } from '../common/fields.ts';
import { wfe } from '../common/errors.ts';
import type { TaskOwner } from '../cases/codes.ts';
import { TASK_SCHEMA as S } from './taskSchema.ts';

export interface TaskInput {
  title?: unknown;
  description?: unknown;
  owner?: unknown;
  assigneeUserId?: unknown;
  dueOn?: unknown;
}

export interface TaskFields {
  title: string;
  description: string | null;
  owner: TaskOwner;
  assigneeUserId: string | null;
  dueOn: string | null;
}

/** The one assignee id of the input ('' and null: none); anything not shaped like one user's id names the field. */
function assignee(c: Checker, value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') {
    c.errors.push(wfe('assigneeUserId', 'unknown'));
    return null;
  }
  return c.ids('assigneeUserId', value)[0] ?? null;
}

/** Checks the fields present in `input` (all of them with `complete`, as for a new task); errors name each bad one. */
export function checkTask(input: TaskInput, complete: true): { checker: Checker; fields: TaskFields };
export function checkTask(input: TaskInput, complete: false): { checker: Checker; fields: Partial<TaskFields> };
export function checkTask(input: TaskInput, complete: boolean): { checker: Checker; fields: Partial<TaskFields> } {
  const c = new Checker();
  const has = (k: keyof TaskInput) => complete || input[k] !== undefined;
  const fields: Partial<TaskFields> = {};
  if (has('title')) fields.title = (checkField(c, S, 'title', input.title) as string | null) ?? '';
  if (has('description')) fields.description = checkField(c, S, 'description', input.description) as string | null;
  if (has('owner')) fields.owner = (checkField(c, S, 'owner', input.owner) as TaskOwner | null) ?? 'adviser';
  if (has('assigneeUserId')) fields.assigneeUserId = assignee(c, input.assigneeUserId);
  if (has('dueOn')) fields.dueOn = checkField(c, S, 'dueOn', input.dueOn) as string | null;
  return { checker: c, fields };
}
