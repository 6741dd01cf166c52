// Use case: search the workspace — companies (name by trigram similarity or substring, name/town/notes by german full
// text), contact persons (name by trigram or substring, e-mail by substring), candidates (issue 14: the same as contact
// persons, not erased; indexes of migration 0013) and consultation records (record and
// outcome by german full text). Advisers and admins only (policy action `search`); always within the tenant;
// anonymised companies and their consultations are left out. The expressions match the indexes of migrations 0003
// and 0004.
//
// Speed (npm run bench:workspace, 2,000 companies, 3,500 contacts, 20,000 consultations): each way a name can match
// is its own branch of a union, so that each can use its index (the trigram GIN indexes on lower(name) and on the
// contact's e-mail, the GIN index of the stored full-text document). The planner underestimates how much
// word_similarity costs per row: with sequential scans off it still walked the primary key and evaluated `<%` and
// LIKE on every row of the table, to get the ids in order for the union (60 ms each for the company and the contact
// query on PGlite). So the three queries run in one transaction with sequential scans discouraged and, for the two
// name queries, plain index scans too, which leaves the bitmap scans of the trigram indexes (20-25 ms each); the
// record query gets index scans back, since it reads the newest matches backwards along (tenant, date). SET LOCAL:
// for these queries only.
// Records are listed newest first: ranking thousands of matches of a common word (ts_rank over every match) cost more
// than the whole rest of the search, and an adviser looks for the recent consultation where a topic came up.

import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, companies, consultations, contacts } from '../../db/schema/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { Checker } from '../common/checker.ts';
import { wfe } from '../common/errors.ts';

export const SEARCH_LIMIT = 20;

export interface SearchResults {
  q: string;
  companies: { id: string; name: string; postcode: string | null; city: string | null }[];
  contacts: { id: string; name: string; role: string | null; companyId: string; companyName: string }[];
  candidates: { id: string; name: string; email: string | null; companyId: string; companyName: string }[];
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
  const recordText = sql`${consultations}.search_vector`;
  const query = sql`websearch_to_tsquery('german'::regconfig, ${q})`;

  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    await tx.execute(sql`set local enable_indexscan = off`);
    // candidates: one indexable condition per branch (see the note at the top)
    const companyMatches = sql`(
      select id from companies where ${term} <% lower(name)
      union select id from companies where lower(name) like ${like}
      union select id from companies where search_vector @@ ${query})`;
    const companyRows = await tx
      .select({ id: companies.id, name: companies.name, postcode: companies.postcode, city: companies.city })
      .from(companies)
      .where(and(eq(companies.tenantId, actor.tenantId), isNull(companies.anonymisedAt), sql`${companies.id} in ${companyMatches}`))
      .orderBy(desc(sql`word_similarity(${term}, lower(${companies.name}))`), companies.name)
      .limit(SEARCH_LIMIT);

    const contactMatches = sql`(
      select id from contacts where ${term} <% lower(name)
      union select id from contacts where lower(name) like ${like}
      union select id from contacts where lower(coalesce(email, '')) like ${like})`;
    const contactRows = await tx
      .select({ id: contacts.id, name: contacts.name, role: contacts.role, companyId: contacts.companyId, companyName: companies.name })
      .from(contacts)
      .innerJoin(companies, eq(companies.id, contacts.companyId))
      .where(and(eq(contacts.tenantId, actor.tenantId), isNull(companies.anonymisedAt), sql`${contacts.id} in ${contactMatches}`))
      .orderBy(desc(sql`word_similarity(${term}, lower(${contacts.name}))`), contacts.name)
      .limit(SEARCH_LIMIT);

    const candidateMatches = sql`(
      select id from candidates where ${term} <% lower(coalesce(name, ''))
      union select id from candidates where lower(coalesce(name, '')) like ${like}
      union select id from candidates where lower(coalesce(email, '')) like ${like})`;
    const candidateRows = await tx
      .select({ id: candidates.id, name: sql<string>`coalesce(${candidates.name}, '')`, email: candidates.email, companyId: candidates.companyId, companyName: companies.name })
      .from(candidates)
      .innerJoin(companies, eq(companies.id, candidates.companyId))
      .where(
        and(eq(candidates.tenantId, actor.tenantId), isNull(candidates.erasedAt), isNull(companies.anonymisedAt), sql`${candidates.id} in ${candidateMatches}`),
      )
      .orderBy(desc(sql`word_similarity(${term}, lower(coalesce(${candidates.name}, '')))`), candidates.name)
      .limit(SEARCH_LIMIT);

    await tx.execute(sql`set local enable_indexscan = on`);
    const consultationRows = await tx
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
    .orderBy(desc(consultations.date), desc(consultations.createdAt))
    .limit(SEARCH_LIMIT);

    return { q: q!, companies: companyRows, contacts: contactRows, candidates: candidateRows, consultations: consultationRows };
  });
}
