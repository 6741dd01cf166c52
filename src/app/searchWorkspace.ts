// Use case: search the workspace — companies (name by trigram similarity or substring, name/town/notes by german full
// text), contact persons (name by trigram or substring, e-mail by substring) and consultation records (record and
// outcome by german full text). Advisers and admins only (policy action `search`); always within the tenant;
// anonymised companies and their consultations are left out. The expressions match the indexes of migrations 0003
// and 0004.

import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { companies, consultations, contacts } from '../db/schema.ts';
import { authorize } from '../policies/index.ts';
import type { Actor } from '../policies/index.ts';
import { Checker, wfe } from './workspace.ts';

export const SEARCH_LIMIT = 20;

export interface SearchResults {
  q: string;
  companies: { id: string; name: string; postcode: string | null; city: string | null }[];
  contacts: { id: string; name: string; role: string | null; companyId: string; companyName: string }[];
  consultations: { id: string; date: string; companyId: string; companyName: string; snippet: string }[];
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export async function searchWorkspace(db: Db, actor: Actor, input: { q?: unknown }): Promise<SearchResults> {
  authorize(actor, 'search', { tenantId: actor.tenantId });
  const c = new Checker();
  const q = c.text('q', input.q, { required: true, max: 200 });
  if (q !== null && q.length < 2) c.errors.push(wfe('q', 'required', 'at least two characters'));
  c.done();
  const term = q!.toLowerCase();
  const like = `%${escapeLike(term)}%`;
  // the stored full-text documents (generated columns of migration 0004, not declared in the schema)
  const companyText = sql`${companies}.search_vector`;
  const recordText = sql`${consultations}.search_vector`;
  const query = sql`websearch_to_tsquery('german'::regconfig, ${q})`;

  const companyRows = await db
    .select({ id: companies.id, name: companies.name, postcode: companies.postcode, city: companies.city })
    .from(companies)
    .where(
      and(
        eq(companies.tenantId, actor.tenantId),
        isNull(companies.anonymisedAt),
        sql`(${term} <% lower(${companies.name}) or lower(${companies.name}) like ${like} or ${companyText} @@ ${query})`,
      ),
    )
    .orderBy(desc(sql`word_similarity(${term}, lower(${companies.name}))`), companies.name)
    .limit(SEARCH_LIMIT);

  const contactRows = await db
    .select({ id: contacts.id, name: contacts.name, role: contacts.role, companyId: contacts.companyId, companyName: companies.name })
    .from(contacts)
    .innerJoin(companies, eq(companies.id, contacts.companyId))
    .where(
      and(
        eq(contacts.tenantId, actor.tenantId),
        isNull(companies.anonymisedAt),
        sql`(${term} <% lower(${contacts.name}) or lower(${contacts.name}) like ${like} or lower(coalesce(${contacts.email}, '')) like ${like})`,
      ),
    )
    .orderBy(desc(sql`word_similarity(${term}, lower(${contacts.name}))`), contacts.name)
    .limit(SEARCH_LIMIT);

  const consultationRows = await db
    .select({
      id: consultations.id,
      date: consultations.date,
      companyId: consultations.companyId,
      companyName: companies.name,
      snippet: sql<string>`left(coalesce(${consultations.record}, ${consultations.outcome}, ''), 200)`,
    })
    .from(consultations)
    .innerJoin(companies, eq(companies.id, consultations.companyId))
    .where(and(eq(consultations.tenantId, actor.tenantId), isNull(companies.anonymisedAt), sql`${recordText} @@ ${query}`))
    .orderBy(desc(sql`ts_rank(${recordText}, ${query})`), desc(consultations.date))
    .limit(SEARCH_LIMIT);

  return { q: q!, companies: companyRows, contacts: contactRows, consultations: consultationRows };
}
