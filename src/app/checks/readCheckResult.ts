// Use case: read a check's result page as kept in check_results (issue 13), for the one who holds the check's key.
// One small query: the check's owner (for the policy, asked exactly as loadCheck asks it) and, when a page is kept that
// is valid for the check's current input (saved_checks.input_hash), the language and the law's and the code's
// versions, its ETag and where its content sits. Only on a miss does it read the check's answers and input, so that
// the caller can evaluate and render the page and keep it (storeCheckResult). The page's bytes come from this
// process's copy of the pages it read lately (keptPages.ts, by ETag), else from the database. On the embedded
// database, which tells every change of a check in time, a page this process validated and was not told of a change
// since is answered without the query (keptPages.ts): the owner the policy is asked about is the one the database
// gave with it. Reading writes nothing and is not audited, as loadCheck. The queries are FastReads
// (src/db/fastRead.ts): prepared once, on the embedded database run through its simple protocol.

import { sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { FastRead } from '../../db/fastRead.ts';
import { checkResults, savedChecks } from '../../db/schema/index.ts';
import type { Principal } from '../../policies/index.ts';
import { mayAccessLoadedCheck } from './checkAccess.ts';
import { isCheckId } from './checkKeys.ts';
import type { StoredCheck } from './checkKeys.ts';
import { keptPagesOf } from './keptPages.ts';
import type { KeptPages, KnownPage } from './keptPages.ts';

/** What a kept page is valid for besides the check's input. */
export interface ResultKey {
  lang: 'de' | 'en';
  /** LAW_DATA_VERSION (resultVersion.ts) */
  lawVersion: string;
  /** appVersion() (resultVersion.ts) */
  appVersion: string;
}

/** A page as kept: the anonymous visitor's page at /checks/:id, and where its own content sits in it. */
export interface KeptResultPage {
  /** undefined when the caller did not need the bytes (see readCheckResult's `needsBytes`) */
  html: string | undefined;
  contentStart: number;
  contentEnd: number;
  /** strong, quoted */
  etag: string;
}

export type CheckResultRead =
  | { kept: KeptResultPage }
  | {
      kept: undefined;
      /** the check's answers and input, to evaluate and render */
      check: StoredCheck;
      /** the fingerprint of check.input (null while the questionnaire is not complete), for storeCheckResult */
      inputHash: string | null;
    };

interface Owner {
  tenantId: string | null;
  companyId: string | null;
  inputHash: string | null;
}

type KeptRow = Owner & {
  etag: string | null;
  contentStart: number | null;
  contentEnd: number | null;
  answers: unknown;
  step: string | null;
  input: unknown;
};

const kept = sql`${checkResults.etag} is not null`;

/** The check's owner, the valid kept page's ETag and place of content, and the check's columns only without one. */
const OWNER_AND_KEPT = new FastRead<KeptRow, 'id' | 'lang' | 'law' | 'app'>(sql`
  select ${savedChecks.tenantId} as "tenantId", ${savedChecks.companyId} as "companyId", ${savedChecks.inputHash} as "inputHash",
    ${checkResults.etag} as "etag", ${checkResults.contentStart} as "contentStart", ${checkResults.contentEnd} as "contentEnd",
    case when ${kept} then null else ${savedChecks.answers} end as "answers",
    case when ${kept} then null else ${savedChecks.step} end as "step",
    case when ${kept} then null else ${savedChecks.input} end as "input"
  from ${savedChecks}
  left join ${checkResults} on ${checkResults.checkId} = ${savedChecks.id} and ${checkResults.lang} = ${sql.placeholder('lang')}
    and ${checkResults.inputHash} = ${savedChecks.inputHash} and ${checkResults.lawVersion} = ${sql.placeholder('law')}
    and ${checkResults.appVersion} = ${sql.placeholder('app')}
  where ${savedChecks.id} = ${sql.placeholder('id')}`);

const KEPT_BYTES = new FastRead<{ html: string }, 'id' | 'lang' | 'etag'>(sql`
  select ${checkResults.html} as "html" from ${checkResults}
  where ${checkResults.checkId} = ${sql.placeholder('id')} and ${checkResults.lang} = ${sql.placeholder('lang')}
    and ${checkResults.etag} = ${sql.placeholder('etag')}`);

const CHECK = new FastRead<Owner & { answers: unknown; step: string | null; input: unknown }, 'id'>(sql`
  select ${savedChecks.tenantId} as "tenantId", ${savedChecks.companyId} as "companyId", ${savedChecks.inputHash} as "inputHash",
    ${savedChecks.answers} as "answers", ${savedChecks.step} as "step", ${savedChecks.input} as "input"
  from ${savedChecks} where ${savedChecks.id} = ${sql.placeholder('id')}`);

/** The key as one string, for keptPages. */
function keyText(key: ResultKey): string {
  return `${key.lang}\n${key.lawVersion}\n${key.appVersion}`;
}

/** The known page's bytes (held here, else read), or undefined when its row is no longer there. */
async function bytesOf(db: Db, pages: KeptPages, id: string, key: ResultKey, etag: string): Promise<string | undefined> {
  let html = pages.pageBytes(etag);
  if (html === undefined) {
    html = (await KEPT_BYTES.run(db, { id, lang: key.lang, etag }))[0]?.html;
    if (html !== undefined) pages.holdBytes(etag, html);
  }
  return html;
}

/**
 * The kept result page of a check, or the check itself when no valid page is kept; undefined when the check does not
 * exist for `by`. `needsBytes(etag)`: false when the caller answers without the page's bytes (an If-None-Match that
 * names the ETag); by default they are always read.
 */
export async function readCheckResult(
  db: Db,
  by: Principal,
  id: string,
  key: ResultKey,
  needsBytes: (etag: string) => boolean = () => true,
): Promise<CheckResultRead | undefined> {
  if (!isCheckId(id)) return undefined;
  const pages = await keptPagesOf(db);
  const keyId = keyText(key);
  const answer = async (known: KnownPage): Promise<CheckResultRead | undefined> => {
    const page = { contentStart: known.contentStart, contentEnd: known.contentEnd, etag: known.etag };
    if (!needsBytes(known.etag)) return { kept: { ...page, html: undefined } };
    const html = await bytesOf(db, pages, id, key, known.etag);
    return html === undefined ? undefined : { kept: { ...page, html } };
  };

  const known = pages.knownPage(id, keyId);
  if (known) {
    if (!mayAccessLoadedCheck(by, 'check.read', id, known)) return undefined;
    const kept = await answer(known);
    if (kept) return kept;
  }

  const changesBefore = pages.changes;
  const [row] = await OWNER_AND_KEPT.run(db, { id, lang: key.lang, law: key.lawVersion, app: key.appVersion });
  if (!row || !mayAccessLoadedCheck(by, 'check.read', id, row)) return undefined;
  if (row.etag !== null && row.contentStart !== null && row.contentEnd !== null) {
    const page: KnownPage = { tenantId: row.tenantId, companyId: row.companyId, etag: row.etag, contentStart: row.contentStart, contentEnd: row.contentEnd };
    pages.remember(id, keyId, page, changesBefore);
    const kept = await answer(page);
    if (kept) return kept;
    // the page was replaced between the two reads (another instance kept one under other versions): render anew
    const [check] = await CHECK.run(db, { id });
    if (!check || !mayAccessLoadedCheck(by, 'check.read', id, check)) return undefined;
    return { kept: undefined, check: { id, answers: check.answers, step: check.step, input: check.input }, inputHash: check.inputHash };
  }
  return { kept: undefined, check: { id, answers: row.answers, step: row.step, input: row.input }, inputHash: row.inputHash };
}
