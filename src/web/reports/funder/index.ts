// The funder's report (issue 17), for advisers and admins (company users: 403):
//
//   GET /reports/funder?quarter=2026-Q1 | ?from=YYYY-MM-DD&to=YYYY-MM-DD    the figures, each linking to its records
//   GET /reports/funder.csv?…                                               the figures as CSV for German Excel
//   GET /reports/funder/records.csv?…                                       the per-record export (docs/report-fields.md)
//   GET /reports/funder/print?…                                             one printable page, no script
//   GET /reports/funder/records?…&kind=persons&dim=<dimension>&key=<key>    the records behind a figure; also
//       kind=companies&dim=all|sme|sizeClass|wzSection&key=…, kind=cases&event=opened|closed|arrived[&route=…]
//
// A quarter wins over from/to; without either: the current year up to today. Bad dates answer 400 naming the field.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { CASE_EVENTS, COMPANY_DIMENSIONS, PERSON_DIMENSIONS, buildFunderReport, funderExportRecords, funderReportRecords } from '../../../app/reports/funderReport.ts';
import type { Drill } from '../../../app/reports/funderReport.ts';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { authorize } from '../../../policies/index.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { sendPage } from '../../shell/html.ts';
import { officeToday } from '../../officeDay.ts';
import { funderCsv, recordsCsv } from './model.ts';
import { FunderPrintPage, FunderRecordsPage, FunderReportPage, quartersUpTo } from './views.tsx';
import type { PeriodQuery } from './views.tsx';

type Query = Record<string, unknown>;

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function periodOf(q: Query): PeriodQuery {
  // an unknown quarter is kept, so that the report refuses it naming the field rather than showing another period
  const quarter = text(q.quarter) || undefined;
  return { quarter, from: text(q.from) || undefined, to: text(q.to) || undefined };
}

function badRequest(reply: FastifyReply, err: WorkspaceInputError) {
  return reply
    .code(400)
    .header('content-type', 'text/plain; charset=utf-8')
    .send(err.errors.map((e) => `${e.field}: ${e.message}`).join('\n') + '\n');
}

/** The drill-down named by the query, or null when it names none. */
export function drillOf(q: Query): Drill | null {
  const key = typeof q.key === 'string' ? q.key : null;
  if (q.kind === 'persons' && (PERSON_DIMENSIONS as readonly string[]).includes(text(q.dim))) return { kind: 'persons', dim: text(q.dim) as Drill & { kind: 'persons' } extends { dim: infer D } ? D : never, key };
  if (q.kind === 'companies' && (COMPANY_DIMENSIONS as readonly string[]).includes(text(q.dim)))
    return { kind: 'companies', dim: text(q.dim) as Drill & { kind: 'companies' } extends { dim: infer D } ? D : never, key };
  if (q.kind === 'cases' && (CASE_EVENTS as readonly string[]).includes(text(q.event)))
    return { kind: 'cases', event: text(q.event) as (typeof CASE_EVENTS)[number], route: text(q.route) || null };
  return null;
}

export default async function funderReports(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const base = (request: FastifyRequest) => {
    const actor = signedIn(request);
    return { actor, props: { lang: request.lang, currentUrl: request.url, user: { name: actor.name, role: actor.role } } };
  };

  app.get<{ Querystring: Query }>('/reports/funder', { preHandler: requireActor }, async (request, reply) => {
    const { actor, props } = base(request);
    authorize(actor, 'report.funder', { tenantId: actor.tenantId });
    reply.header('cache-control', 'no-store');
    const values = periodOf(request.query);
    const quarters = quartersUpTo(officeToday());
    try {
      const report = await buildFunderReport(db, actor, values, officeToday());
      return sendPage(reply, h(FunderReportPage, { ...props, values: values.quarter ? { quarter: values.quarter, from: report.from, to: report.to } : { from: report.from, to: report.to }, quarters, errors: [], report }), { lang: request.lang });
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return sendPage(reply, h(FunderReportPage, { ...props, values, quarters, errors: err.errors, report: null }), { lang: request.lang, status: 400 });
    }
  });

  app.get<{ Querystring: Query }>('/reports/funder.csv', { preHandler: requireActor }, async (request, reply) => {
    const { actor } = base(request);
    authorize(actor, 'report.funder', { tenantId: actor.tenantId });
    reply.header('cache-control', 'no-store');
    try {
      const report = await buildFunderReport(db, actor, periodOf(request.query), officeToday());
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="lotse-foerderbericht-${report.from}-${report.to}.csv"`)
        .send(funderCsv(report, request.lang));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return badRequest(reply, err);
    }
  });

  app.get<{ Querystring: Query }>('/reports/funder/records.csv', { preHandler: requireActor }, async (request, reply) => {
    const { actor } = base(request);
    authorize(actor, 'report.records', { tenantId: actor.tenantId });
    reply.header('cache-control', 'no-store');
    try {
      const r = await funderExportRecords(db, actor, periodOf(request.query), officeToday());
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="lotse-einzelnachweis-${r.from}-${r.to}.csv"`)
        .header('x-withheld-records', String(r.withheld))
        .send(recordsCsv(r.records));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return badRequest(reply, err);
    }
  });

  app.get<{ Querystring: Query }>('/reports/funder/print', { preHandler: requireActor }, async (request, reply) => {
    const { actor, props } = base(request);
    authorize(actor, 'report.funder', { tenantId: actor.tenantId });
    reply.header('cache-control', 'no-store');
    const values = periodOf(request.query);
    try {
      const report = await buildFunderReport(db, actor, values, officeToday());
      return sendPage(reply, h(FunderPrintPage, { ...props, report, quarter: values.quarter }), { lang: request.lang });
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return badRequest(reply, err);
    }
  });

  app.get<{ Querystring: Query }>('/reports/funder/records', { preHandler: requireActor }, async (request, reply) => {
    const { actor, props } = base(request);
    authorize(actor, 'report.records', { tenantId: actor.tenantId });
    reply.header('cache-control', 'no-store');
    const drill = drillOf(request.query);
    if (drill === null) return reply.code(400).header('content-type', 'text/plain; charset=utf-8').send('kind, dim, key: no such breakdown\n');
    const values = periodOf(request.query);
    try {
      const result = await funderReportRecords(db, actor, values, drill, officeToday());
      return sendPage(reply, h(FunderRecordsPage, { ...props, result, quarter: values.quarter }), { lang: request.lang });
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return badRequest(reply, err);
    }
  });
}
