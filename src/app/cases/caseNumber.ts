// The readable number of a new case: the office's prefix, the year and a sequence of four digits (more once a year
// has more than 9,999 cases), unique in the office: KL-2026-0042. Allocated inside the transaction that inserts the
// case, under a transaction-scoped advisory lock on the office, so that two cases created at the same moment (on
// several instances too) cannot take the same number; the unique index cases_tenant_year_seq_idx would refuse it all
// the same.

import { and, eq, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { cases, tenants } from '../../db/schema/index.ts';

export function formatCaseNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}-${year}-${String(seq).padStart(4, '0')}`;
}

/** Call inside the transaction that inserts the case; the lock is held until it ends. */
export async function allocateCaseNumber(tx: Db, tenantId: string, year: number): Promise<{ number: string; numberYear: number; numberSeq: number }> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('lotse.case-number'), hashtext(${tenantId}))`);
  const [t] = await tx.select({ prefix: tenants.casePrefix }).from(tenants).where(eq(tenants.id, tenantId));
  const [last] = await tx
    .select({ seq: max(cases.numberSeq) })
    .from(cases)
    .where(and(eq(cases.tenantId, tenantId), eq(cases.numberYear, year)));
  const seq = (last?.seq ?? 0) + 1;
  return { number: formatCaseNumber(t?.prefix ?? 'LO', year, seq), numberYear: year, numberSeq: seq };
}
