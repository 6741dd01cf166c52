// Use case (operator, CLI `lotse report rebuild-summary`): recompute the funder report's summary (report_counts,
// report_company_days, report_person_days; migration 0010_report_summary.sql) from the consultations, their referrals
// and participants, for every tenant, and say how many of its rows differed from the summary the triggers kept.
// Triggers keep it with every write, so 0 is expected; a rebuild is for a database restored from a partial copy or a
// summary changed by hand. The operator's shell access is the authorization; one audit row (no tenant: the summary
// is derived data of all offices, no record of an office changes) names the CLI and the counts.

import { sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { writeAudit } from '../common/audit.ts';
import type { Operator } from '../common/audit.ts';

export interface RebuildResult {
  /** rows of the rebuilt summary */
  rows: number;
  /** rows that were missing, surplus or different before the rebuild (0 when the triggers kept the summary right) */
  differed: number;
}

/** The summary's three tables as comparable (table, tenant, key, value) rows. */
const SUMMARY_ROWS = sql`
  select 'counts' as t, tenant_id, grain || ' ' || period || ' ' || dim || ' ' || key as k, n::text as v from report_counts
  union all select 'companies', tenant_id, company_id::text, days::text from report_company_days
  union all select 'persons', tenant_id, person_key::text, days::text from report_person_days`;

export async function rebuildReportSummary(db: Db, by: Operator, now: Date = new Date()): Promise<RebuildResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`create temp table report_summary_before on commit drop as ${SUMMARY_ROWS}`);
    await tx.execute(sql`select report_summary_rebuild()`);
    const res = await tx.execute(sql`
      with after as (${SUMMARY_ROWS})
      select (select count(*) from after) as rows,
        (select count(*) from (select distinct t, tenant_id, k from (
          (select * from report_summary_before except all select * from after)
          union all (select * from after except all select * from report_summary_before)) d) keys) as differed`);
    const [row] = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as Array<{ rows: number | string; differed: number | string }>;
    const result = { rows: Number(row!.rows), differed: Number(row!.differed) };
    await writeAudit(tx, by, now, { tenantId: null, action: 'rebuild', entity: 'report_summary', entityId: null, changes: result });
    return result;
  });
}
