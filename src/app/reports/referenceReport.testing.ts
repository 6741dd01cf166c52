// Test helper: the funder report's queries as they were before issue 13 ("Report in O(months)"), kept verbatim so
// that the faster implementation in buildReport.ts is compared against them on a fixed data set, on PGlite and on
// PostgreSQL (buildReport.equivalence.test.ts). Ten sequential passes over the range; no authorization, no range check:
// the caller passes a tenant and a valid range. Not for use outside tests.

import { and, count, countDistinct, eq, gte, lte, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies, consultationParticipants, consultationReferrals, consultations, partners } from '../../db/schema/index.ts';
import { TOPICS } from '../common/codes.ts';
import { monthsOf, referralTracking } from './buildReport.ts';
import type { Bucket, Report } from './buildReport.ts';

function buckets(rows: Array<{ key: string | null; count: number | string }>): Bucket[] {
  return rows.map((r) => ({ key: r.key, count: Number(r.count) })).sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
}

export async function referenceReport(db: Db, tenantId: string, from: string, to: string): Promise<Report> {
  const inRange: SQL = and(eq(consultations.tenantId, tenantId), gte(consultations.date, from), lte(consultations.date, to))!;

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
    .where(and(inRange, eq(partners.tenantId, tenantId)))
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
    // issue 16: read from the referrals table in either case (not from the summary)
    referralTracking: await referralTracking(db, tenantId, from, to),
  };
}
