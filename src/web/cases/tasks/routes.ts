// The task routes of the case page (issue 14): tick or untick a task, add one, edit one, delete one added by hand.
// Every post carries the CSRF token and comes back to the case page's tasks section (`/cases/:caseId?tasks=<what>
// #tasks`, which the section turns into a notice); bad input comes back with the form, the values kept, each wrong
// field named (400).
//
//   POST /tasks/:id/done                          done=yes: mark done; without it: open again
//   GET  /cases/:caseId/tasks/new, POST /cases/:caseId/tasks     add a task (the section's form posts here)
//   GET  /tasks/:id/edit, POST same               title, whose task, assignee, due date, description
//   POST /tasks/:id/delete                        delete a task added by hand

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { addTask } from '../../../app/tasks/addTask.ts';
import { loadCase } from '../../../app/tasks/caseTasks.ts';
import { completeTask } from '../../../app/tasks/completeTask.ts';
import { deleteTask } from '../../../app/tasks/deleteTask.ts';
import { getTaskForEdit } from '../../../app/tasks/getTaskForEdit.ts';
import { reopenTask } from '../../../app/tasks/reopenTask.ts';
import { updateTask } from '../../../app/tasks/updateTask.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { checksOwnText } from '../../textGuard.ts';
import { base, formValues, page, see, str, ws } from '../../workspace/routing.ts';
import type { Body } from '../../workspace/routing.ts';
import type { WsState } from '../../workspace/form.tsx';
import { tm } from './messages/index.ts';
import { TaskFormPage } from './TaskFormPage.tsx';

const ADD_KEYS = ['title', 'owner', 'dueOn', 'description'];
const EDIT_KEYS = ['title', 'owner', 'assigneeUserId', 'dueOn', 'description'];

/** The case page's tasks section, with what just happened. */
export function backToTasks(caseId: string, what: 'completed' | 'reopened' | 'added' | 'saved' | 'deleted'): string {
  return `/cases/${caseId}?tasks=${what}#tasks`;
}

export default async function caseTaskRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;
  // the use cases' checkers refuse malformed text; the forms show the error beside the field
  checksOwnText(app, { query: true, body: true });

  app.post<{ Params: { id: string } }>('/tasks/:id/done', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const actor = signedIn(request);
    const done = (request.body as Body)?.done === 'yes';
    const { caseId } = done ? await completeTask(db, actor, request.params.id) : await reopenTask(db, actor, request.params.id);
    return see(reply, backToTasks(caseId, done ? 'completed' : 'reopened'));
  });

  const addForm = async (request: FastifyRequest, reply: FastifyReply, caseId: string, state: WsState, status = 200) => {
    const c = await loadCase(db, signedIn(request), caseId, 'task.manage');
    const m = tm(request.lang);
    return page(
      reply,
      request,
      h(TaskFormPage, { ...base(request), csrfToken: reply.generateCsrf(), state, action: `/cases/${c.id}/tasks`, title: m.addTitle, cancelHref: `/cases/${c.id}#tasks` }),
      status,
    );
  };

  app.get<{ Params: { caseId: string } }>('/cases/:caseId/tasks/new', { preHandler: requireActor }, async (request, reply) =>
    addForm(request, reply, request.params.caseId, ws(request, { owner: 'adviser' })),
  );

  app.post<{ Params: { caseId: string } }>('/cases/:caseId/tasks', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, ADD_KEYS);
    try {
      await addTask(db, signedIn(request), request.params.caseId, values);
      return see(reply, backToTasks(request.params.caseId, 'added'));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return addForm(request, reply, request.params.caseId, ws(request, values, err.errors), 400);
    }
  });

  const editForm = async (request: FastifyRequest, reply: FastifyReply, taskId: string, values: Record<string, string> | null, errors: WorkspaceInputError['errors'] = [], status = 200) => {
    const { task, case: c, assignable } = await getTaskForEdit(db, signedIn(request), taskId);
    const title = request.lang === 'en' ? (task.titleEn ?? task.title) : task.title;
    const shown = values ?? {
      title,
      owner: task.owner,
      assigneeUserId: str(task.assigneeUserId),
      // an estimate is not shown as a date set by hand: the field stays empty until someone sets one
      dueOn: task.dueSetByHand || task.planStepId === null ? str(task.dueOn) : '',
      description: str(task.description),
    };
    return page(
      reply,
      request,
      h(TaskFormPage, {
        ...base(request),
        csrfToken: reply.generateCsrf(),
        state: ws(request, shown, errors),
        action: `/tasks/${task.id}/edit`,
        title: tm(request.lang).editTitle(title),
        cancelHref: `/cases/${c.id}#tasks`,
        assignable,
        deleteAction: task.planStepId === null ? `/tasks/${task.id}/delete` : undefined,
        estimate: task.planStepId !== null && !task.dueSetByHand ? task.dueOn : null,
      }),
      status,
    );
  };

  app.get<{ Params: { id: string } }>('/tasks/:id/edit', { preHandler: requireActor }, async (request, reply) => editForm(request, reply, request.params.id, null));

  app.post<{ Params: { id: string } }>('/tasks/:id/edit', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, EDIT_KEYS) as Record<string, string>;
    try {
      const { caseId } = await updateTask(db, signedIn(request), request.params.id, values);
      return see(reply, backToTasks(caseId, 'saved'));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return editForm(request, reply, request.params.id, values, err.errors, 400);
    }
  });

  app.post<{ Params: { id: string } }>('/tasks/:id/delete', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const { caseId } = await deleteTask(db, signedIn(request), request.params.id);
    return see(reply, backToTasks(caseId, 'deleted'));
  });
}
