// The tasks section of the case page (issue 14). The case page (src/web/cases) calls renderTasksSection after it has
// loaded the case for the signed-in user (case.read is decided); the section loads its own data through its use
// cases and returns its part of the page, or null when the user may see nothing of it. After a task was ticked,
// added, saved or deleted, the routes (./routes.ts) come back to the case page with `?tasks=<what>#tasks`, which the
// section says in a notice.

import type { FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { listCaseTasks } from '../../../app/tasks/listCaseTasks.ts';
import { can } from '../../../policies/index.ts';
import { signedIn } from '../../auth/session.ts';
import { officeToday } from '../../officeDay.ts';
import type { CaseSectionContext } from '../sectionContext.ts';
import { tm } from './messages/index.ts';
import { tasksSection } from './TasksSection.tsx';

export async function renderTasksSection(request: FastifyRequest, ctx: CaseSectionContext): Promise<VNode | null> {
  const actor = signedIn(request);
  const target = { tenantId: actor.tenantId, companyId: ctx.companyId };
  if (!can(actor, 'task.list', target)) return null;
  const list = await listCaseTasks(request.server.database.db, actor, ctx.caseId, { lang: request.lang, today: officeToday() });
  const notices = tm(request.lang).notices;
  const done = (request.query as Record<string, unknown> | undefined)?.tasks;
  const notice = typeof done === 'string' && Object.hasOwn(notices, done) ? notices[done as keyof typeof notices] : undefined;
  return tasksSection({
    lang: request.lang,
    csrfToken: ctx.csrfToken,
    list,
    mayTick: (t) => can(actor, 'task.complete', { ...target, taskOwner: t.owner }),
    mayManage: can(actor, 'task.manage', target),
    notice,
  });
}
