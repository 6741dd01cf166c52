// The report pages (issue 6, "Reporting"), for advisers and admins:
//
//   GET /reports?from=YYYY-MM-DD&to=YYYY-MM-DD       key figures and breakdowns with charts and tables
//   GET /reports.csv?from=YYYY-MM-DD&to=YYYY-MM-DD   the same numbers as CSV for German Excel
//
// Without a range: the current calendar year up to today (the office's day, Europe/Berlin). Bad dates answer 400
// with the field named.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { buildReport } from '../../app/reports/buildReport.ts';
import { WorkspaceInputError } from '../../app/common/errors.ts';
import { authorize } from '../../policies/index.ts';
import { requireActor, signedIn } from '../auth/session.ts';
import { sendPage } from '../shell/html.ts';
import { officeToday } from '../officeDay.ts';
import { reportCsv } from './model.ts';
import { ReportPage } from './views.tsx';

type Query = { from?: string; to?: string };

export { officeToday };

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

export default async function reports(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const rangeOf = (request: FastifyRequest<{ Querystring: Query }>) => ({
    from: text(request.query.from) || undefined,
    to: text(request.query.to) || undefined,
  });

  app.get<{ Querystring: Query }>('/reports', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    authorize(actor, 'report.read', { tenantId: actor.tenantId });
    const props = { lang: request.lang, currentUrl: request.url, user: { name: actor.name, role: actor.role } };
    reply.header('cache-control', 'no-store');
    try {
      const report = await buildReport(db, actor, rangeOf(request), officeToday());
      return sendPage(reply, h(ReportPage, { ...props, values: { from: report.from, to: report.to }, errors: [], report }), { lang: request.lang });
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      const values = { from: text(request.query.from), to: text(request.query.to) };
      return sendPage(reply, h(ReportPage, { ...props, values, errors: err.errors, report: null }), { lang: request.lang, status: 400 });
    }
  });

  app.get<{ Querystring: Query }>('/reports.csv', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    authorize(actor, 'report.read', { tenantId: actor.tenantId });
    reply.header('cache-control', 'no-store');
    try {
      const report = await buildReport(db, actor, rangeOf(request), officeToday());
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="lotse-bericht-${report.from}-${report.to}.csv"`)
        .send(reportCsv(report));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return reply
        .code(400)
        .header('content-type', 'text/plain; charset=utf-8')
        .send(err.errors.map((e) => `${e.field}: ${e.message}`).join('\n') + '\n');
    }
  });
}
