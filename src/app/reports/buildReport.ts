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
// All figures come from one statement that reads the consultations of the range once (see reportQuery); the queries
// it replaced (ten passes over the range, issue 13) are kept in referenceReport.testing.ts and compared in tests.

import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { TOPICS } from '../common/codes.ts';
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

/**
 * The whole report in one statement and one pass over the range: the consultations of the range are read once (the
 * CTE `c`, materialised because four parts use it), first grouped by month × channel × access route × kind with the
 * topic counts as FILTER aggregates (at most a few thousand rows, however many consultations), then summed into the
 * sections by grouping sets (the month is grouped as its first day, date arithmetic, and formatted only per group); the companies reached are joined once for the total and both company breakdowns; the
 * participants and referrals are joined to `c` only. Each section comes back as rows (section, key, n).
 */
export function reportQuery(tenantId: string, from: string, to: string): SQL {
  const topicCounts = sql.join(
    TOPICS.map((t, i) => sql`count(*) filter (where ${t}::text = any(topics)) as ${sql.raw(`t${i}`)}`),
    sql`, `,
  );
  const topicValues = sql.join(
    TOPICS.map((t, i) => sql`(${t}::text, ${sql.raw(`m.t${i}`)})`),
    sql`, `,
  );
  return sql`
    with c as materialized (
      select id, company_id, date, channel, kind, access_route, topics, other_participants
      from consultations
      where tenant_id = ${tenantId} and date >= ${from}::date and date <= ${to}::date
    ),
    m as (
      select to_char(first_day, 'YYYY-MM') as month, channel, access_route, kind, n, other, ${sql.raw(TOPICS.map((_, i) => `t${i}`).join(', '))}
      from (
        select date - (extract(day from date)::int - 1) as first_day, channel, access_route, kind, count(*) as n,
          coalesce(sum(other_participants), 0) as other, ${topicCounts}
        from c
        group by 1, 2, 3, 4
      ) per_month
    ),
    reached as (select distinct company_id from c),
    companies_of as (
      select grouping(co.size_class) as gs, grouping(co.wz_section) as gw, co.size_class, co.wz_section, count(*) as n
      from reached r join companies co on co.id = r.company_id
      group by grouping sets ((co.size_class), (co.wz_section), ())
    )
    select case when grouping(month) = 0 then 'month' when grouping(channel) = 0 then 'channel'
             when grouping(access_route) = 0 then 'accessRoute' when grouping(kind) = 0 then 'kind' else 'consultations' end as section,
           case when grouping(month) = 0 then month when grouping(channel) = 0 then channel
             when grouping(access_route) = 0 then access_route when grouping(kind) = 0 then kind end as key,
           sum(n)::bigint as n
      from m group by grouping sets ((month), (channel), (access_route), (kind), ())
    union all
    select 'otherParticipants', null, coalesce(sum(other), 0)::bigint from m
    union all
    select 'topic', v.key, sum(v.n)::bigint from m cross join lateral (values ${topicValues}) as v(key, n) group by v.key
    union all
    select case when gs = 0 then 'sizeClass' when gw = 0 then 'wzSection' else 'companies' end,
           case when gs = 0 then size_class when gw = 0 then wz_section end, n::bigint
      from companies_of
    union all
    select 'contactPersons', null, count(*)::bigint
      from (select distinct p.person_key from consultation_participants p join c on c.id = p.consultation_id) persons
    union all
    select 'partnerType', pa.type, count(*)::bigint
      from consultation_referrals r join c on c.id = r.consultation_id join partners pa on pa.id = r.partner_id
      where pa.tenant_id = ${tenantId}
      group by pa.type`;
}

export async function buildReport(db: Db, actor: Actor, input: ReportInput, today: string): Promise<Report> {
  authorize(actor, 'report.read', { tenantId: actor.tenantId });
  const { from, to } = checkRange(input, today);
  // The consultations of the range are kept in memory for the other parts (about 130 bytes each): with the default
  // work_mem of 4 MB, 5× the volume demo (100,000 in three years) spilled them to a temporary file.
  const res = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    return tx.execute(reportQuery(actor.tenantId, from, to));
  });
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
  };
}
