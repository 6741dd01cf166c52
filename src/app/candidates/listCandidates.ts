// Use case: the candidates of the tenant (not erased), a page at a time, sorted by name; filters by company and by a
// part of the name or e-mail address. A company user sees only their own company's (companyScope).

import { and, count, eq, isNull, or, sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, companies } from '../../db/schema/index.ts';
import { authorize, companyScope } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { wfe } from '../common/errors.ts';
import { isUuid } from '../common/errors.ts';
import { paging } from '../common/paging.ts';
import type { PageOf } from '../common/paging.ts';

export interface CandidateFilter {
  companyId?: unknown;
  q?: unknown;
  page?: unknown;
  pageSize?: unknown;
}

export interface CandidateListItem {
  id: string;
  companyId: string;
  companyName: string;
  name: string;
  birthDate: string | null;
  citizenship: string | null;
  email: string | null;
  recognitionStatus: string;
  updatedAt: Date;
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export async function listCandidates(db: Db, actor: Actor, filter: CandidateFilter = {}): Promise<PageOf<CandidateListItem>> {
  const scope = companyScope(actor);
  authorize(actor, 'candidate.list', { tenantId: actor.tenantId, companyId: scope });
  const c = new Checker();
  const q = c.text('q', filter.q);
  let companyId: string | null = null;
  if (filter.companyId !== undefined && filter.companyId !== null && filter.companyId !== '') {
    if (isUuid(filter.companyId)) companyId = filter.companyId.toLowerCase();
    else c.errors.push(wfe('companyId', 'unknown'));
  }
  const { page, pageSize } = paging(c, filter.page, filter.pageSize);
  c.done();
  const where: SQL[] = [eq(candidates.tenantId, actor.tenantId), isNull(candidates.erasedAt)];
  if (scope !== null) where.push(eq(candidates.companyId, scope));
  // another company's filter gives a company user nothing (their scope stays), not an error that would tell it exists
  if (companyId !== null) where.push(eq(candidates.companyId, companyId));
  if (q !== null) {
    const like = `%${escapeLike(q.toLowerCase())}%`;
    where.push(or(sql`lower(coalesce(${candidates.name}, '')) like ${like}`, sql`lower(coalesce(${candidates.email}, '')) like ${like}`)!);
  }
  const cond = and(...where);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(candidates).where(cond);
  const rows = await db
    .select({
      id: candidates.id,
      companyId: candidates.companyId,
      companyName: companies.name,
      name: candidates.name,
      birthDate: candidates.birthDate,
      citizenship: candidates.citizenship,
      email: candidates.email,
      recognitionStatus: candidates.recognitionStatus,
      updatedAt: candidates.updatedAt,
    })
    .from(candidates)
    .innerJoin(companies, eq(companies.id, candidates.companyId))
    .where(cond)
    .orderBy(sql`lower(${candidates.name})`, candidates.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items: rows.map((r) => ({ ...r, name: r.name ?? '' })), total, page, pageSize };
}
