// The due dashboard (issue 15). Server-rendered, works without JavaScript.
//
//   GET /due[?scope=mine|office][&group=G&page=N]   staff: their own cases (default) or the whole office; a company
//                                                   user: their company's. With `group`, that group alone, paged.
// A bad query value comes back as the page with the error named (400), showing the default view.

import { listReferrals } from '../../app/referrals/listReferrals.ts';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { WorkspaceInputError } from '../../app/common/errors.ts';
import { DUE_GROUPS, listDueItems } from '../../app/due/listDueItems.ts';
import type { DueGroup, DueScope } from '../../app/due/listDueItems.ts';
import { can } from '../../policies/index.ts';
import { requireActor, signedIn } from '../auth/session.ts';
import { officeToday } from '../officeDay.ts';
import { base, page, str } from '../workspace/routing.ts';
import { DuePage } from './DuePage.tsx';

/** rows per group on the overview, and per page of one group */
const OVERVIEW_LIMIT = 10;
const PAGE_LIMIT = 50;

export default async function duePages(app: FastifyInstance): Promise<void> {
  const db = app.database.db;

  app.get<{ Querystring: Record<string, string | undefined> }>('/due', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    const q = request.query;
    const group = str(q.group);
    const only = (DUE_GROUPS as readonly string[]).includes(group) ? (group as DueGroup) : null;
    const scopes: DueScope[] = actor.role === 'company' ? [] : can(actor, 'due.read', { tenantId: actor.tenantId }) ? ['mine', 'office'] : [];
    const today = officeToday();
    const options = { scope: str(q.scope) || undefined, today, group: group || undefined, page: str(q.page) || undefined, limit: group ? PAGE_LIMIT : OVERVIEW_LIMIT };
    // issue 16: the office's referral follow-ups due by today, as a link to the Wiedervorlagen (staff only)
    const referralFollowUps = can(actor, 'referral.list', { tenantId: actor.tenantId }) ? (await listReferrals(db, actor, { followUpUntil: today, limit: 1000 })).length : 0;
    try {
      const list = await listDueItems(db, actor, options);
      return page(reply, request, h(DuePage, { ...base(request), list, scopes, only, errors: [], referralFollowUps }));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      const list = await listDueItems(db, actor, { today, limit: OVERVIEW_LIMIT });
      return page(reply, request, h(DuePage, { ...base(request), list, scopes, only: null, errors: err.errors }), 400);
    }
  });
}
