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
// All figures come from a few set-based `group by` queries.

import { and, count, countDistinct, eq, gte, lte, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies, consultationParticipants, consultationReferrals, consultations, partners } from '../../db/schema/index.ts';
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

export async function buildReport(db: Db, actor: Actor, input: ReportInput, today: string): Promise<Report> {
  authorize(actor, 'report.read', { tenantId: actor.tenantId });
  const { from, to } = checkRange(input, today);
  const inRange: SQL = and(eq(consultations.tenantId, actor.tenantId), gte(consultations.date, from), lte(consultations.date, to))!;

  const groupBy = async (column: typeof consultations.channel | typeof consultations.accessRoute | typeof consultations.kind) =>
    buckets(await db.select({ key: sql<string | null>`${column}`, count: count() }).from(consultations).where(inRange).groupBy(column));

  const [totals] = await db
    .select({
      consultations: count(),
      companies: countDistinct(consultations.companyId),
      otherParticipants: sql<number>`coalesce(sum(${consultations.otherParticipants}), 0)`.mapWith(Number),
    })
    .from(consultations)
    .where(inRange);
  const [people] = await db
    .select({ contactPersons: countDistinct(consultationParticipants.personKey) })
    .from(consultationParticipants)
    .innerJoin(consultations, eq(consultations.id, consultationParticipants.consultationId))
    .where(inRange);
  const monthKey = sql<string>`to_char(${consultations.date}, 'YYYY-MM')`;
  const monthRows = await db.select({ key: monthKey, count: count() }).from(consultations).where(inRange).groupBy(monthKey);
  const perMonth = new Map(monthRows.map((r) => [r.key, Number(r.count)]));
  // one row, one filtered count per topic code: a consultation with two topics counts for both
  const topicCounts = Object.fromEntries(TOPICS.map((t) => [t, sql<number>`count(*) filter (where ${t} = any(${consultations.topics}))`.mapWith(Number)]));
  const [topicRow] = await db.select(topicCounts).from(consultations).where(inRange);
  const byTopic = buckets(TOPICS.map((t) => ({ key: t, count: Number(topicRow?.[t] ?? 0) })).filter((b) => b.count > 0));
  const byChannel = await groupBy(consultations.channel);
  const byAccessRoute = await groupBy(consultations.accessRoute);
  const byKind = await groupBy(consultations.kind);

  const reached = db
    .selectDistinct({ companyId: consultations.companyId })
    .from(consultations)
    .where(inRange)
    .as('reached');
  const bySize = await db
    .select({ key: companies.sizeClass, count: count() })
    .from(reached)
    .innerJoin(companies, eq(companies.id, reached.companyId))
    .groupBy(companies.sizeClass);
  const byWz = await db
    .select({ key: companies.wzSection, count: count() })
    .from(reached)
    .innerJoin(companies, eq(companies.id, reached.companyId))
    .groupBy(companies.wzSection);
  const byPartner = await db
    .select({ key: partners.type, count: count() })
    .from(consultationReferrals)
    .innerJoin(consultations, eq(consultations.id, consultationReferrals.consultationId))
    .innerJoin(partners, eq(partners.id, consultationReferrals.partnerId))
    .where(and(inRange, eq(partners.tenantId, actor.tenantId)))
    .groupBy(partners.type);
  const referralsByPartnerType = buckets(byPartner);

  return {
    from,
    to,
    totals: {
      consultations: Number(totals?.consultations ?? 0),
      companies: Number(totals?.companies ?? 0),
      referrals: referralsByPartnerType.reduce((s, b) => s + b.count, 0),
      persons: Number(people?.contactPersons ?? 0) + Number(totals?.otherParticipants ?? 0),
      contactPersons: Number(people?.contactPersons ?? 0),
      otherParticipants: Number(totals?.otherParticipants ?? 0),
    },
    byMonth: monthsOf(from, to).map((key) => ({ key, count: perMonth.get(key) ?? 0 })),
    byTopic,
    byChannel,
    byAccessRoute,
    byKind,
    companiesBySizeClass: buckets(bySize),
    companiesByWzSection: buckets(byWz),
    referralsByPartnerType,
  };
}
