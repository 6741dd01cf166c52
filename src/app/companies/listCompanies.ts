// Use case: the companies of the tenant, a page at a time, sorted by name; filters by name (part of it), size class,
// Land and WZ section. A company user sees only their own company (companyScope).

import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies } from '../../db/schema/index.ts';
import { authorize, companyScope } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { FEDERAL_STATES, SIZE_CLASSES, WZ_SECTIONS } from '../common/codes.ts';
import { paging } from '../common/paging.ts';
import type { PageOf } from '../common/paging.ts';

export interface CompanyFilter {
  q?: unknown;
  sizeClass?: unknown;
  federalState?: unknown;
  wzSection?: unknown;
  page?: unknown;
  pageSize?: unknown;
}

export type CompanyListItem = Omit<typeof companies.$inferSelect, 'tenantId' | 'anonymisedAt'>;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export async function listCompanies(db: Db, actor: Actor, filter: CompanyFilter = {}): Promise<PageOf<CompanyListItem>> {
  authorize(actor, 'company.list', { tenantId: actor.tenantId, companyId: companyScope(actor) });
  const c = new Checker();
  const q = c.text('q', filter.q);
  const sizeClass = c.oneOf('sizeClass', filter.sizeClass, SIZE_CLASSES);
  const federalState = c.oneOf('federalState', filter.federalState, FEDERAL_STATES);
  const wzSection = c.oneOf('wzSection', filter.wzSection, WZ_SECTIONS);
  const { page, pageSize } = paging(c, filter.page, filter.pageSize);
  c.done();
  const where: SQL[] = [eq(companies.tenantId, actor.tenantId), isNull(companies.anonymisedAt)];
  const scope = companyScope(actor);
  if (scope !== null) where.push(eq(companies.id, scope));
  // lower(name) like …: served by the trigram index companies_name_trgm_idx (migration 0003)
  if (q !== null) where.push(sql`lower(${companies.name}) like ${`%${escapeLike(q.toLowerCase())}%`}`);
  if (sizeClass !== null) where.push(eq(companies.sizeClass, sizeClass));
  if (federalState !== null) where.push(eq(companies.federalState, federalState));
  if (wzSection !== null) where.push(eq(companies.wzSection, wzSection));
  const cond = and(...where);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(companies).where(cond);
  const items = await db
    .select({
      id: companies.id,
      name: companies.name,
      street: companies.street,
      postcode: companies.postcode,
      city: companies.city,
      federalState: companies.federalState,
      municipality: companies.municipality,
      headcount: companies.headcount,
      sizeClass: companies.sizeClass,
      wzSection: companies.wzSection,
      website: companies.website,
      notes: companies.notes,
      createdAt: companies.createdAt,
      updatedAt: companies.updatedAt,
    })
    .from(companies)
    .where(cond)
    .orderBy(sql`lower(${companies.name})`, companies.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items, total, page, pageSize };
}
