// Use case: the statistics of a funded advisory project for a date range (issue 6, "Reporting").
//
// Counted within [from, to] (both inclusive, by the consultation's date), for the actor's tenant only:
//   consultations      every consultation (contact) once;
//   companies          distinct companies with at least one consultation in the range;
//   referrals          consultation × partner pairs (one consultation referring to two partners counts twice);
//   persons            persons reached: the distinct contact persons who took part in a consultation of the range
//                      (by person key, so one person in three consultations counts once), plus the further people
//                      recorded per consultation (`other_participants`, e.g. at an event), which are not told apart
//                      and are added as they are.
// Anonymised (deleted) companies still count: their rows stay for exactly these statistics. A deleted contact person
// still counts too: the participant row keeps the person key (the contact's former id) without the person's data.
// By topic: a consultation with two topics counts once for each of them, so the topic counts may add up to more than
// the number of consultations. Companies by size class and WZ section: each company once, by its current values;
// companies without a value are counted under `null`.
// Issue 16, tracked referrals (`referralTracking`): the referrals of consultations and cases sent within [from, to]
// (by their day sent), by their status today (sent, accepted, done, declined), by partner type, by measure kind and per
// partner. They are read from the referrals themselves (a small table), not from the summary; the consultation ×
// partner pairs above (`referrals`) stay as they were counted before, so that earlier reports keep their numbers.
// All figures come from one statement over a summary per tenant, month and day that triggers keep in the transaction
// of every write (see reportQuery; issue 13: its cost grows with the months of the range, not with the consultations).
// The queries on the consultations themselves that it replaced (ten passes over the range) are kept in
// referenceReport.testing.ts and compared in tests, also after each kind of write.

import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { wfe, WorkspaceInputError } from '../common/errors.ts';
import type { WorkspaceFieldError } from '../common/errors.ts';

export interface ReportInput {
  from?: unknown;
  to?: unknown;
}

/** A count per code; `null` collects rows without a value. Only codes that occur are listed. */
export interface Bucket {
  key: string | null;
  count: number;
}

export interface Report {
  from: string;
  to: string;
  totals: {
    consultations: number;
    companies: number;
    referrals: number;
    /** persons reached: contactPersons + otherParticipants */
    persons: number;
    /** distinct contact persons who took part */
    contactPersons: number;
    /** the sum of the further participants recorded per consultation */
    otherParticipants: number;
  };
  /** YYYY-MM for every month of the range, including months without consultations */
  byMonth: Bucket[];
  byTopic: Bucket[];
  byChannel: Bucket[];
  byAccessRoute: Bucket[];
  byKind: Bucket[];
  companiesBySizeClass: Bucket[];
  companiesByWzSection: Bucket[];
  referralsByPartnerType: Bucket[];
  /** issue 16: the tracked referrals sent in the range */
  referralTracking: ReferralTracking;
}

export interface PartnerReferrals {
  partnerId: string;
  name: string;
  type: string;
  total: number;
  sent: number;
  accepted: number;
  done: number;
  declined: number;
}

export interface ReferralTracking {
  total: number;
  fromConsultations: number;
  fromCases: number;
  /** by the status today, in the order sent, accepted, done, declined (only those that occur) */
  byStatus: Bucket[];
  byPartnerType: Bucket[];
  /** `null`: without a measure */
  byMeasureKind: Bucket[];
  /** per partner, the most referred first, then by name */
  byPartner: PartnerReferrals[];
}

/** The default range: 1 January of today's year up to today. `today` is an ISO date. */
export function defaultRange(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The months of [from, to] as YYYY-MM. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= end) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Checks the range: valid dates, `from` not after `to`; absent bounds take the default range. */
export function checkRange(input: ReportInput, today: string): { from: string; to: string } {
  const c = new Checker();
  const from = c.date('from', input.from);
  const to = c.date('to', input.to);
  c.done();
  const range = { from: from ?? defaultRange(today).from, to: to ?? today };
  if (range.from > range.to) throw new WorkspaceInputError([wfe('to', 'date', RANGE_ORDER)]);
  return range;
}

const RANGE_ORDER = 'before the start of the range';

/** Whether a field error says that the range ends before it starts (the dates themselves are valid). */
export function isRangeOrderError(e: WorkspaceFieldError): boolean {
  return e.field === 'to' && e.message.endsWith(RANGE_ORDER);
}

function buckets(rows: Array<{ key: string | null; count: number | string }>): Bucket[] {
  return rows.map((r) => ({ key: r.key, count: Number(r.count) })).sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
}

/** One row of the report's query: a section, a key within it (null for "no value"), a count. */
interface Row {
  section: string;
  key: string | null;
  n: number | string | bigint;
}

/** An ISO date plus `days` days. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first day of the month after the one of `iso`. */
function nextMonth(iso: string): string {
  const d = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * How [from, to] is read from the summary: the whole months [monthsFrom, monthsTo) by their month rows, and the days
 * before (head: [from, headTo)) and after them (tail: [tailFrom, to]) by their day rows. Without a whole month in the
 * range, the head or the tail covers it all, the other is empty. At most ~60 day rows per figure, whatever the range.
 */
export function summaryParts(from: string, to: string): { monthsFrom: string; monthsTo: string; headTo: string; tailFrom: string } {
  const monthsFrom = from.endsWith('-01') ? from : nextMonth(from);
  const dayAfter = addDays(to, 1);
  const monthsTo = `${dayAfter.slice(0, 7)}-01`;
  return {
    monthsFrom,
    monthsTo,
    headTo: monthsFrom < dayAfter ? monthsFrom : dayAfter,
    tailFrom: monthsTo > monthsFrom ? monthsTo : monthsFrom,
  };
}

/**
 * The whole report in one statement from the summary that triggers keep with every write (migration
 * 0010_report_summary.sql, docs/decisions/015-report-summary.md), so its cost grows with the months of the range, not
 * with the consultations in it:
 *   - the additive figures (consultations, further participants, by month, channel, access route, kind, topic and
 *     referral partner) are sums over report_counts: month rows for the months the range covers whole, day rows for
 *     the days at its ends (summaryParts); the referrals are grouped by their partner's current type;
 *   - the distinct companies and contact persons come from report_company_days and report_person_days, one row per
 *     company or person with the days they had a consultation: counted when those days overlap the range; the
 *     companies are joined once for the total and both breakdowns by current size class and WZ section.
 * Each section comes back as rows (section, key, n).
 */
export function reportQuery(tenantId: string, from: string, to: string): SQL {
  const p = summaryParts(from, to);
  return sql`
    with r as materialized (
      select period, dim, key, n from report_counts
      where tenant_id = ${tenantId} and (
        (grain = 'm' and period >= ${p.monthsFrom}::date and period < ${p.monthsTo}::date)
        or (grain = 'd' and period >= ${from}::date and period < ${p.headTo}::date)
        or (grain = 'd' and period >= ${p.tailFrom}::date and period <= ${to}::date))
    ),
    companies_of as (
      select grouping(co.size_class) as gs, grouping(co.wz_section) as gw, co.size_class, co.wz_section, count(*) as n
      from report_company_days d join companies co on co.id = d.company_id
      where d.tenant_id = ${tenantId} and d.days && daterange(${from}::date, ${to}::date, '[]')
      group by grouping sets ((co.size_class), (co.wz_section), ())
    )
    select dim as section, nullif(key, '') as key, sum(n)::bigint as n
      from r where dim <> 'partner' group by dim, key having sum(n) <> 0
    union all
    select 'month', to_char(period, 'YYYY-MM'), sum(n)::bigint
      from (select period - (extract(day from period)::int - 1) as period, n from r where dim = 'consultations') m
      group by period
    union all
    select 'partnerType', pa.type, sum(r.n)::bigint
      from r join partners pa on pa.id::text = r.key
      where r.dim = 'partner' and pa.tenant_id = ${tenantId}
      group by pa.type having sum(r.n) <> 0
    union all
    select case when gs = 0 then 'sizeClass' when gw = 0 then 'wzSection' else 'companies' end,
           case when gs = 0 then size_class when gw = 0 then wz_section end, n::bigint
      from companies_of
    union all
    select 'contactPersons', null, count(*)::bigint
      from report_person_days
      where tenant_id = ${tenantId} and days && daterange(${from}::date, ${to}::date, '[]')`;
}

export async function buildReport(db: Db, actor: Actor, input: ReportInput, today: string): Promise<Report> {
  authorize(actor, 'report.read', { tenantId: actor.tenantId });
  const { from, to } = checkRange(input, today);
  const res = await db.execute(reportQuery(actor.tenantId, from, to));
  const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as Row[];
  const of = (section: string) => rows.filter((r) => r.section === section).map((r) => ({ key: r.key, count: Number(r.n) }));
  const single = (section: string) => of(section).reduce((s, b) => s + b.count, 0);

  const perMonth = new Map(of('month').map((b) => [b.key, b.count]));
  const referralsByPartnerType = buckets(of('partnerType'));
  const contactPersons = single('contactPersons');
  const otherParticipants = single('otherParticipants');
  return {
    from,
    to,
    totals: {
      consultations: single('consultations'),
      companies: single('companies'),
      referrals: referralsByPartnerType.reduce((s, b) => s + b.count, 0),
      persons: contactPersons + otherParticipants,
      contactPersons,
      otherParticipants,
    },
    byMonth: monthsOf(from, to).map((key) => ({ key, count: perMonth.get(key) ?? 0 })),
    byTopic: buckets(of('topic').filter((b) => b.count > 0)),
    byChannel: buckets(of('channel')),
    byAccessRoute: buckets(of('accessRoute')),
    byKind: buckets(of('kind')),
    companiesBySizeClass: buckets(of('sizeClass')),
    companiesByWzSection: buckets(of('wzSection')),
    referralsByPartnerType,
    referralTracking: await referralTracking(db, actor.tenantId, from, to),
  };
}

const STATUS_ORDER = ['sent', 'accepted', 'done', 'declined'];

/** Issue 16: the tracked referrals sent within [from, to], from the referrals table. */
export async function referralTracking(db: Db, tenantId: string, from: string, to: string): Promise<ReferralTracking> {
  const res = await db.execute(sql`
    select p.id as partner_id, p.name, p.type, r.status, r.measure_kind, (r.case_id is not null) as of_case, count(*)::bigint as n
    from referrals r join partners p on p.id = r.partner_id
    where r.tenant_id = ${tenantId} and r.sent_on between ${from}::date and ${to}::date
    group by p.id, p.name, p.type, r.status, r.measure_kind, (r.case_id is not null)`);
  const rows = ((Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as Record<string, unknown>[]).map((r) => ({
    partnerId: String(r.partner_id),
    name: String(r.name),
    type: String(r.type),
    status: String(r.status),
    measureKind: r.measure_kind === null ? null : String(r.measure_kind),
    ofCase: r.of_case === true || r.of_case === 't',
    n: Number(r.n),
  }));
  const sum = (xs: typeof rows) => xs.reduce((s, r) => s + r.n, 0);
  const group = (key: (r: (typeof rows)[number]) => string | null): Bucket[] => {
    const m = new Map<string | null, number>();
    for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.n);
    return [...m].map(([k, count]) => ({ key: k, count }));
  };
  const partners = new Map<string, PartnerReferrals>();
  for (const r of rows) {
    const p = partners.get(r.partnerId) ?? { partnerId: r.partnerId, name: r.name, type: r.type, total: 0, sent: 0, accepted: 0, done: 0, declined: 0 };
    p.total += r.n;
    p[r.status as 'sent' | 'accepted' | 'done' | 'declined'] += r.n;
    partners.set(r.partnerId, p);
  }
  return {
    total: sum(rows),
    fromConsultations: sum(rows.filter((r) => !r.ofCase)),
    fromCases: sum(rows.filter((r) => r.ofCase)),
    byStatus: group((r) => r.status).sort((a, b) => STATUS_ORDER.indexOf(a.key!) - STATUS_ORDER.indexOf(b.key!)),
    byPartnerType: buckets(group((r) => r.type)),
    byMeasureKind: buckets(group((r) => r.measureKind)),
    byPartner: [...partners.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'de') || a.partnerId.localeCompare(b.partnerId)),
  };
}
