// The schemas of a case's tasks in the API: the bodies (create, change), the task, the case's list.

import { Type } from '@sinclair/typebox';
import { TASK_OWNERS } from '../../../app/cases/codes.ts';
import type { TaskView } from '../../../app/tasks/listCaseTasks.ts';
import { TaskCreateBody, TaskUpdateBody } from '../../../app/tasks/taskSchema.ts';
import { Enum } from '../common/schema.ts';

// the bodies' fields are declared once, beside the use cases (src/app/tasks/taskSchema.ts)
export { TaskCreateBody, TaskUpdateBody };

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const TaskSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    caseId: Type.String({ format: 'uuid' }),
    planStepId: Type.Union([Type.String(), Type.Null()], { description: 'the plan step this task is (e.g. "ba-approval"); null for a task added by hand' }),
    title: Type.String({ description: 'the title as written (a plan task’s German title)' }),
    titleEn: Type.Union([Type.String(), Type.Null()], { description: 'a plan task’s English title; null for a task written or retitled by hand' }),
    description: Nullable(Type.String()),
    owner: Enum(TASK_OWNERS),
    assigneeUserId: Nullable(Type.String({ format: 'uuid' })),
    assigneeName: Nullable(Type.String()),
    startOn: Nullable(Type.String({ description: 'YYYY-MM-DD' })),
    dueOn: Nullable(Type.String({ description: 'YYYY-MM-DD' })),
    dueSetByHand: Type.Boolean({ description: 'true: the due date was set by someone and is kept; false: an estimate from the plan, which moves with the earlier steps' }),
    overdue: Type.Boolean({ description: 'open and due before today (the office’s day, Europe/Berlin)' }),
    done: Type.Boolean(),
    doneAt: Nullable(Type.String({ format: 'date-time' })),
    doneByName: Nullable(Type.String()),
    deadlineRef: Type.Union([Type.String(), Type.Null()], { description: 'the statutory deadline’s norm, e.g. "§ 36 Abs. 2 BeschV"' }),
    position: Type.Integer(),
  },
  { $id: 'CaseTask', title: 'CaseTask' },
);

export const TaskListSchema = Type.Object({
  caseId: Type.String({ format: 'uuid' }),
  today: Type.String({ description: 'the office’s day (Europe/Berlin) `overdue` refers to' }),
  items: Type.Array(TaskSchema),
});

export const TaskIdParams = Type.Object({ id: Type.String() }, { additionalProperties: false });

/** The JSON of a task. */
export function taskJson(t: TaskView) {
  return {
    id: t.id,
    caseId: t.caseId,
    planStepId: t.planStepId,
    title: t.baseTitle,
    titleEn: t.titleEn,
    description: t.description,
    owner: t.owner,
    assigneeUserId: t.assigneeUserId,
    assigneeName: t.assigneeName,
    startOn: t.startOn,
    dueOn: t.dueOn,
    dueSetByHand: t.dueSetByHand,
    overdue: t.overdue,
    done: t.done,
    doneAt: t.doneAt?.toISOString() ?? null,
    doneByName: t.doneByName,
    deadlineRef: t.deadlineRef,
    position: t.position,
  };
}
