// The input of a case's job and adviser, declared once (CASE_JOB_SCHEMA) for the use cases' checker and the JSON API,
// and the checks shared by createCase and updateCase (the adviser must be active staff of the office).

import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { users } from '../../db/schema/index.ts';
import { FEDERAL_STATES, TEXT_MAX } from '../common/codes.ts';
import { WorkspaceInputError, isUuid, wfe } from '../common/errors.ts';
import { checkField } from '../common/fields.ts';
import type { Fields } from '../common/fields.ts';
import type { Checker } from '../common/checker.ts';

export const SALARY_MAX = 10_000_000;

export const CASE_JOB_SCHEMA = {
  jobTitle: { kind: 'text', max: TEXT_MAX, description: 'the job title as the company names it' },
  occupationIsco: { kind: 'code', values: [], pattern: '^\\d{4}$', description: 'ISCO-08 unit group (four digits)' },
  annualGrossSalaryEur: { kind: 'integer', min: 0, max: SALARY_MAX, description: 'annual gross salary in euros' },
  federalState: { kind: 'code', values: FEDERAL_STATES, pattern: '^DE-[A-Z]{2}$', description: 'ISO 3166-2 code of the Land of the place of work, e.g. DE-RP' },
  municipality: { kind: 'text', max: TEXT_MAX, description: 'place of work' },
  plannedStart: { kind: 'date' },
} as const satisfies Fields;

export type JobKey = keyof typeof CASE_JOB_SCHEMA;
export const JOB_KEYS = Object.keys(CASE_JOB_SCHEMA) as JobKey[];

export interface JobValues {
  jobTitle: string | null;
  occupationIsco: string | null;
  annualGrossSalaryEur: number | null;
  federalState: string | null;
  municipality: string | null;
  plannedStart: string | null;
}

/** The job fields present in `input` (undefined: not given), each checked; errors name the field. */
export function checkJob(c: Checker, input: Record<string, unknown>): Partial<JobValues> {
  const out: Partial<JobValues> = {};
  for (const k of JOB_KEYS) {
    if (input[k] === undefined) continue;
    if (k === 'occupationIsco') {
      const v = c.text(k, input[k], { max: 4 });
      if (v !== null && !/^\d{4}$/.test(v)) c.errors.push(wfe(k, 'isco', v));
      out.occupationIsco = v !== null && /^\d{4}$/.test(v) ? v : null;
      continue;
    }
    (out as Record<string, unknown>)[k] = checkField(c, CASE_JOB_SCHEMA, k, input[k]);
  }
  return out;
}

/** The adviser in charge: an active admin or adviser of the office, or null; a field error otherwise. */
export async function checkAdviser(tx: Db, tenantId: string, value: unknown, field = 'adviserUserId'): Promise<string | null> {
  if (value === undefined || value === null || value === '') return null;
  if (!isUuid(value)) throw new WorkspaceInputError([wfe(field, 'unknown')]);
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, value), eq(users.tenantId, tenantId), inArray(users.role, ['admin', 'adviser']), isNull(users.disabledAt)))
    .limit(1);
  if (!row) throw new WorkspaceInputError([wfe(field, 'unknown')]);
  return row.id;
}

/** A yes/no of a form or the API: true, 'yes', 'on', 'true' are yes; absent is no. */
export function yes(value: unknown): boolean {
  return value === true || value === 'yes' || value === 'on' || value === 'true';
}
