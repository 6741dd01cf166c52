// Use case: keep a check's rendered result page (check_results, issue 13) for the one who holds the check's key (who
// may read it: the page shows nothing the check does not). The page is kept only while the check's input is still
// the one it was rendered from: a save that came in between wins, and the next request renders its result. One row
// per check and language: a page under another key (an older input, law data or code) is replaced. Derived data,
// like the rendering it replaces: not audited.

import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { checkResults, savedChecks } from '../../db/schema/index.ts';
import type { Principal } from '../../policies/index.ts';
import { mayAccessCheck } from './checkAccess.ts';
import { keptPagesOf } from './keptPages.ts';
import type { ResultKey } from './readCheckResult.ts';

/** The strong ETag of a page's bytes (quoted). */
export function pageEtag(html: string): string {
  return `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
}

export interface RenderedResultPage {
  /** the page as an anonymous visitor gets it at /checks/:id */
  html: string;
  /** where the page's own content starts and ends in `html` (string offsets) */
  contentStart: number;
  contentEnd: number;
}

/**
 * Keeps the page rendered from the input whose fingerprint is `inputHash` (readCheckResult gave both). Returns the
 * page's ETag, and whether it was kept (false when the check is gone or its input changed meanwhile); undefined when
 * the check does not exist for `by`.
 */
export async function storeCheckResult(
  db: Db,
  by: Principal,
  id: string,
  key: ResultKey,
  inputHash: string,
  page: RenderedResultPage,
): Promise<{ etag: string; kept: boolean } | undefined> {
  if (!(await mayAccessCheck(db, by, 'check.read', id))) return undefined;
  if (!(page.contentStart >= 0 && page.contentStart <= page.contentEnd && page.contentEnd <= page.html.length)) {
    throw new RangeError('the page content must lie within the page');
  }
  const etag = pageEtag(page.html);
  const rows = await db.execute(sql`
    insert into ${checkResults} (check_id, lang, input_hash, law_version, app_version, html, content_start, content_end, etag)
    select ${savedChecks.id}, ${key.lang}, ${savedChecks.inputHash}, ${key.lawVersion}, ${key.appVersion}, ${page.html},
           ${page.contentStart}, ${page.contentEnd}, ${etag}
    from ${savedChecks}
    where ${savedChecks.id} = ${id} and ${savedChecks.inputHash} = ${inputHash}
    on conflict (check_id, lang) do update set
      input_hash = excluded.input_hash, law_version = excluded.law_version, app_version = excluded.app_version,
      html = excluded.html, content_start = excluded.content_start, content_end = excluded.content_end,
      etag = excluded.etag, created_at = now()
    returning check_id`);
  // both drivers answer with their result object, whose rows are the ones returned
  const stored = (rows as unknown as { rows: unknown[] }).rows.length === 1;
  if (stored) (await keptPagesOf(db)).holdBytes(etag, page.html);
  return { etag, kept: stored };
}
