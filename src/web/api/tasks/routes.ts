// A case's tasks in the JSON API (issue 14), with the same use cases, and so the same authorization, as the case page:
//
//   GET    /api/v1/cases/{id}/tasks       the case's tasks in the plan's order
//   POST   /api/v1/cases/{id}/tasks       add a task by hand (office staff)
//   GET    /api/v1/tasks/{id}             one task
//   PATCH  /api/v1/tasks/{id}             change title, owner, assignee, due date (null: back to the estimate), description
//   POST   /api/v1/tasks/{id}/complete    mark done (a company user: only the company's tasks); POST …/reopen: open again
//   DELETE /api/v1/tasks/{id}             delete a task added by hand (a plan task: 409)
//
// A changed date or a tick moves the estimates of the later tasks of the case: read the list again for them.

import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { addTask } from '../../../app/tasks/addTask.ts';
import { completeTask } from '../../../app/tasks/completeTask.ts';
import { deleteTask } from '../../../app/tasks/deleteTask.ts';
import { getTask } from '../../../app/tasks/getTask.ts';
import { listCaseTasks } from '../../../app/tasks/listCaseTasks.ts';
import { reopenTask } from '../../../app/tasks/reopenTask.ts';
import { updateTask } from '../../../app/tasks/updateTask.ts';
import { signedIn } from '../../auth/session.ts';
import { officeToday } from '../../officeDay.ts';
import { IdParams, problemResponse, COMMON_ERRORS, json, readSecurity, writeSecurity } from '../common/schema.ts';
import { TaskCreateBody, TaskIdParams, TaskListSchema, TaskSchema, TaskUpdateBody, taskJson } from './schema.ts';

export const CASE_TASKS_PATH = '/api/v1/cases/:id/tasks';
export const TASKS_PATH = '/api/v1/tasks';

export default async function tasksApi(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  // the API's titles come in both languages (title, titleEn); the view's reading language does not matter here
  const view = { lang: 'de' as const };
  const one = async (actor: ReturnType<typeof signedIn>, id: string) => taskJson(await getTask(db, actor, id, { ...view, today: officeToday() }));

  app.get<{ Params: Static<typeof IdParams> }>(
    CASE_TASKS_PATH,
    {
      schema: {
        tags: ['tasks'],
        summary: 'List the tasks of a case, in the plan’s order (tasks added by hand after)',
        operationId: 'listCaseTasks',
        security: readSecurity,
        params: IdParams,
        response: { 200: json('The case’s tasks.', TaskListSchema), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const today = officeToday();
      const list = await listCaseTasks(db, signedIn(request), request.params.id, { ...view, today });
      return { caseId: list.caseId, today, items: list.tasks.map(taskJson) };
    },
  );

  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof TaskCreateBody> }>(
    CASE_TASKS_PATH,
    {
      schema: {
        tags: ['tasks'],
        summary: 'Add a task to a case by hand (office staff)',
        description: 'A due date given is kept (set by hand); without one the task has no date. The assignee must be an adviser or admin for the office’s tasks, a user of the case’s company for the company’s; a candidate’s task has none.',
        operationId: 'addCaseTask',
        security: writeSecurity,
        params: IdParams,
        body: TaskCreateBody,
        response: { 201: json('The task.', TaskSchema), 400: problemResponse('The body breaks the contract; `errors` names each field.'), ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = signedIn(request);
      const { id } = await addTask(db, actor, request.params.id, request.body);
      return reply.code(201).header('location', `${TASKS_PATH}/${id}`).send(await one(actor, id));
    },
  );

  app.get<{ Params: Static<typeof TaskIdParams> }>(
    `${TASKS_PATH}/:id`,
    {
      schema: {
        tags: ['tasks'],
        summary: 'Get a task',
        operationId: 'getTask',
        security: readSecurity,
        params: TaskIdParams,
        response: { 200: json('The task.', TaskSchema), ...COMMON_ERRORS },
      },
    },
    async (request) => one(signedIn(request), request.params.id),
  );

  app.patch<{ Params: Static<typeof TaskIdParams>; Body: Static<typeof TaskUpdateBody> }>(
    `${TASKS_PATH}/:id`,
    {
      schema: {
        tags: ['tasks'],
        summary: 'Change a task (office staff): only the fields sent change',
        description:
          'A `dueOn` sent is kept from then on and moves the estimates of the later tasks of the case; `dueOn: null` gives a plan task back to its estimate. A new `title` replaces the plan’s titles in both languages.',
        operationId: 'updateTask',
        security: writeSecurity,
        params: TaskIdParams,
        body: TaskUpdateBody,
        response: { 200: json('The task.', TaskSchema), 400: problemResponse('The body breaks the contract; `errors` names each field.'), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const actor = signedIn(request);
      await updateTask(db, actor, request.params.id, request.body);
      return one(actor, request.params.id);
    },
  );

  for (const [verb, run, summary] of [
    ['complete', completeTask, 'Mark a task done (by you, now); a company user only the company’s tasks (403 otherwise)'],
    ['reopen', reopenTask, 'Open a done task again; a company user only the company’s tasks (403 otherwise)'],
  ] as const) {
    app.post<{ Params: Static<typeof TaskIdParams> }>(
      `${TASKS_PATH}/:id/${verb}`,
      {
        schema: {
          tags: ['tasks'],
          summary,
          description: 'The estimates of the later tasks of the case move with it. Doing it twice changes nothing.',
          operationId: `${verb}Task`,
          security: writeSecurity,
          params: TaskIdParams,
          response: { 200: json('The task.', TaskSchema), ...COMMON_ERRORS },
        },
      },
      async (request) => {
        const actor = signedIn(request);
        await run(db, actor, request.params.id);
        return one(actor, request.params.id);
      },
    );
  }

  app.delete<{ Params: Static<typeof TaskIdParams> }>(
    `${TASKS_PATH}/:id`,
    {
      schema: {
        tags: ['tasks'],
        summary: 'Delete a task added by hand (office staff)',
        operationId: 'deleteTask',
        security: writeSecurity,
        params: TaskIdParams,
        response: {
          204: { description: 'Deleted.', type: 'null' },
          409: problemResponse('A task of the plan cannot be deleted (re-date, reassign or complete it instead).'),
          ...COMMON_ERRORS,
        },
      },
    },
    async (request, reply) => {
      await deleteTask(db, signedIn(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
