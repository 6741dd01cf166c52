// Use case: the consultations of the tenant, newest first, a page at a time; filters by company, date range, topic,
// channel, kind and adviser. A company user sees only those of their own company (companyScope).

import { and, count, desc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies, consultations, users } from '../../db/schema/index.ts';
import { authorize, companyScope } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { consultationsFor, withReferrals } from '../companies/getCompany.ts';
import type { ConsultationEntry } from '../companies/getCompany.ts';
import { CHANNELS, KINDS, TOPICS } from '../common/codes.ts';
import { Checker } from '../common/checker.ts';
import { paging } from '../common/paging.ts';
import type { PageOf } from '../common/paging.ts';

export interface ConsultationFilter {
  companyId?: unknown;
  from?: unknown;
  to?: unknown;
  topic?: unknown;
  channel?: unknown;
  kind?: unknown;
  adviserUserId?: unknown;
  page?: unknown;
  pageSize?: unknown;
}

export async function listConsultations(
  db: Db,
  actor: Actor,
  filter: ConsultationFilter = {},
): Promise<PageOf<ConsultationEntry & { companyName: string }>> {
  const scope = companyScope(actor);
  authorize(actor, 'consultation.list', { tenantId: actor.tenantId, companyId: scope });
  const c = new Checker();
  const companyId = c.ids('companyId', filter.companyId)[0] ?? null;
  const from = c.date('from', filter.from);
  const to = c.date('to', filter.to);
  const topic = c.oneOf('topic', filter.topic, TOPICS);
  const channel = c.oneOf('channel', filter.channel, CHANNELS);
  const kind = c.oneOf('kind', filter.kind, KINDS);
  const adviser = c.ids('adviserUserId', filter.adviserUserId)[0] ?? null;
  const { page, pageSize } = paging(c, filter.page, filter.pageSize);
  c.done();
  const where: SQL[] = [eq(consultations.tenantId, actor.tenantId), isNull(companies.anonymisedAt)];
  if (scope !== null) where.push(eq(consultations.companyId, scope));
  if (companyId !== null) where.push(eq(consultations.companyId, companyId));
  if (from !== null) where.push(gte(consultations.date, from));
  if (to !== null) where.push(lte(consultations.date, to));
  if (topic !== null) where.push(sql`${topic} = any(${consultations.topics})`);
  if (channel !== null) where.push(eq(consultations.channel, channel));
  if (kind !== null) where.push(eq(consultations.kind, kind));
  if (adviser !== null) where.push(eq(consultations.adviserUserId, adviser));
  const cond = and(...where);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(consultations)
    .innerJoin(companies, eq(companies.id, consultations.companyId))
    .where(cond);
  const rows = await db
    .select({ c: consultations, adviserName: users.name, companyName: companies.name })
    .from(consultations)
    .innerJoin(companies, eq(companies.id, consultations.companyId))
    .leftJoin(users, eq(users.id, consultations.adviserUserId))
    .where(cond)
    .orderBy(desc(consultations.date), desc(consultations.createdAt), consultations.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  // a company user gets the company's view of each (issue 14, getCompany.ts)
  const views = consultationsFor(actor, await withReferrals(db, rows));
  return { items: views.map((v, i) => ({ ...v, companyName: rows[i]!.companyName })), total, page, pageSize };
}
