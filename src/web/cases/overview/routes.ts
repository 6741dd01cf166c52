// The company's overview (issue 14).
//
//   GET /overview              a company user's own company; the office's staff add ?company=<id>
//                              (without it they go to the company list)

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { companyOverview } from '../../../app/cases/companyOverview.ts';
import { companyScope } from '../../../policies/index.ts';
import { officeToday } from '../../officeDay.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { base, page, see } from '../../workspace/routing.ts';
import { OverviewPage } from './OverviewPage.tsx';

export default async function overviewRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  app.get<{ Querystring: { company?: string } }>('/overview', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    const companyId = companyScope(actor) ?? request.query.company;
    if (companyId === undefined) return see(reply, '/companies');
    const overview = await companyOverview(db, actor, companyId, officeToday());
    const { lang, currentUrl, user } = base(request);
    return page(reply, request, h(OverviewPage, { lang, currentUrl, user, overview }));
  });
}
