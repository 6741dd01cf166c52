// The result page kept with the saved check (issue 13), through its use cases: kept for the check's input, language,
// law data and code; a change of any of them is a miss; only the holder of the check's key reads or keeps it; gone
// with the check. On the embedded database a page this process validated is answered from memory until the database
// tells a change, so the changes here are also made behind the use cases' back (plain SQL), as another writer would.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { checkResults, savedChecks } from '../../db/schema/index.ts';
import { developer } from '../../law/testing/personas.ts';
import type { CheckInput } from '../../law/types.ts';
import { visitor } from '../../policies/index.ts';
import { deleteCheck } from './deleteCheck.ts';
import { readCheckResult } from './readCheckResult.ts';
import type { CheckResultRead, ResultKey } from './readCheckResult.ts';
import { LAW_DATA_VERSION, appVersion, lawDataHash, stableJson } from './resultVersion.ts';
import { saveCheckInput, saveCheckPage } from './saveCheck.ts';
import { startCheck } from './startCheck.ts';
import { pageEtag, storeCheckResult } from './storeCheckResult.ts';

let db: TestDatabase;
before(async () => {
  db = await openTestDb();
});
after(async () => {
  await db.destroy();
});

const DE: ResultKey = { lang: 'de', lawVersion: LAW_DATA_VERSION, appVersion: appVersion() };
const EN: ResultKey = { ...DE, lang: 'en' };

function input(decisionDate = '2026-04-01', salary = 52_000): CheckInput {
  const dev = developer();
  return { ...dev, decisionDate, job: { ...dev.job!, annualGrossSalaryEur: salary } };
}

const page = (text: string) => ({ html: `<!doctype html>\n<main>${text}</main>`, contentStart: 21, contentEnd: 21 + text.length });

/** A complete check and its first read (a miss); the read's input fingerprint. */
async function completeCheck(): Promise<{ id: string; inputHash: string }> {
  const id = await startCheck(db.db, visitor());
  await saveCheckInput(db.db, visitor(id), id, input());
  const read = await readCheckResult(db.db, visitor(id), id, DE);
  assert.ok(read && !read.kept, 'a check without a kept page is read whole');
  assert.deepEqual(read.check.input, input(), 'with its input');
  assert.match(read.inputHash ?? '', /^[0-9a-f]{32}$/);
  return { id, inputHash: read.inputHash! };
}

function keptHtml(read: CheckResultRead | undefined): string | undefined {
  return read?.kept?.html;
}

async function missInput(id: string, key: ResultKey): Promise<string> {
  const read = await readCheckResult(db.db, visitor(id), id, key);
  assert.ok(read, 'the check exists');
  assert.equal(read.kept, undefined, 'no page is kept for this key');
  assert.ok(!read.kept && read.inputHash);
  return read.inputHash;
}

test('a kept page is answered for the same input, language and versions, with its ETag and the place of its content', async () => {
  const { id, inputHash } = await completeCheck();
  const stored = await storeCheckResult(db.db, visitor(id), id, DE, inputHash, page('Blaue Karte'));
  assert.deepEqual(stored, { etag: pageEtag(page('Blaue Karte').html), kept: true });
  assert.match(stored!.etag, /^"[A-Za-z0-9_-]{27}"$/);
  for (let i = 0; i < 2; i++) {
    const read = await readCheckResult(db.db, visitor(id), id, DE);
    assert.deepEqual(read, { kept: { html: page('Blaue Karte').html, contentStart: 21, contentEnd: 32, etag: stored!.etag } });
  }
  // an If-None-Match that names the ETag: the bytes are not needed
  const conditional = await readCheckResult(db.db, visitor(id), id, DE, (etag) => etag !== stored!.etag);
  assert.deepEqual(conditional, { kept: { html: undefined, contentStart: 21, contentEnd: 32, etag: stored!.etag } });
});

test('a change of the answers (the input), of the decision date, of the language, the law data or the code is a miss', async () => {
  const { id, inputHash } = await completeCheck();
  await storeCheckResult(db.db, visitor(id), id, DE, inputHash, page('v1'));
  assert.equal(keptHtml(await readCheckResult(db.db, visitor(id), id, DE)), page('v1').html);

  // language, law data, code: other keys miss, the kept one still answers
  await missInput(id, EN);
  await missInput(id, { ...DE, lawVersion: 'law-another' });
  await missInput(id, { ...DE, appVersion: '0.1.0-another' });
  assert.equal(keptHtml(await readCheckResult(db.db, visitor(id), id, DE)), page('v1').html);

  // the answers: another salary
  await saveCheckInput(db.db, visitor(id), id, input('2026-04-01', 60_000));
  const salaryHash = await missInput(id, DE);
  assert.notEqual(salaryHash, inputHash);
  await storeCheckResult(db.db, visitor(id), id, DE, salaryHash, page('v2'));
  assert.equal(keptHtml(await readCheckResult(db.db, visitor(id), id, DE)), page('v2').html);

  // the decision date
  await saveCheckInput(db.db, visitor(id), id, input('2027-01-04', 60_000));
  const dateHash = await missInput(id, DE);
  assert.notEqual(dateHash, salaryHash);

  // back to the answers before: the page kept for them answers again
  await saveCheckInput(db.db, visitor(id), id, input('2026-04-01', 60_000));
  assert.equal(keptHtml(await readCheckResult(db.db, visitor(id), id, DE)), page('v2').html);
});

test('the answers no longer complete: no input, no fingerprint, nothing kept; a page rendered from an older input is not kept', async () => {
  const { id, inputHash } = await completeCheck();
  await saveCheckInput(db.db, visitor(id), id, null);
  const read = await readCheckResult(db.db, visitor(id), id, DE);
  assert.ok(read && !read.kept);
  assert.equal(read.inputHash, null);
  assert.equal(read.check.input, null);
  // the page rendered from the input read before the change: the check's input is another now
  assert.deepEqual(await storeCheckResult(db.db, visitor(id), id, DE, inputHash, page('stale')), { etag: pageEtag(page('stale').html), kept: false });
  assert.equal((await db.db.select().from(checkResults).where(eq(checkResults.checkId, id))).length, 0);
});

test('changes made past the use cases (another writer, plain SQL) are seen at the next read', async () => {
  const { id, inputHash } = await completeCheck();
  await storeCheckResult(db.db, visitor(id), id, DE, inputHash, page('v1'));
  assert.equal(keptHtml(await readCheckResult(db.db, visitor(id), id, DE)), page('v1').html);
  await db.db.execute(sql`update saved_checks set input = jsonb_set(input, '{decisionDate}', '"2027-02-01"') where id = ${id}`);
  await missInput(id, DE);
  // a page save that leaves the input alone is still a change of the check: read again, and the page is still valid
  await storeCheckResult(db.db, visitor(id), id, DE, await missInput(id, DE), page('v2'));
  assert.equal(await saveCheckPage(db.db, visitor(id), id, 'job', { hasOffer: 'yes' }), true);
  assert.equal(keptHtml(await readCheckResult(db.db, visitor(id), id, DE)), page('v2').html);
  // deleted: gone, with its kept pages
  await db.db.delete(savedChecks).where(eq(savedChecks.id, id));
  assert.equal(await readCheckResult(db.db, visitor(id), id, DE), undefined);
  assert.equal((await db.db.select().from(checkResults).where(eq(checkResults.checkId, id))).length, 0);
});

test('only the holder of the check’s key reads or keeps its page; deleting the check deletes its pages', async () => {
  const { id, inputHash } = await completeCheck();
  const other = await startCheck(db.db, visitor());
  await storeCheckResult(db.db, visitor(id), id, DE, inputHash, page('mine'));
  assert.equal(await readCheckResult(db.db, visitor(other), id, DE), undefined);
  assert.equal(await readCheckResult(db.db, visitor(id), 'not-an-id', DE), undefined);
  assert.equal(await storeCheckResult(db.db, visitor(other), id, DE, inputHash, page('theirs')), undefined);
  assert.equal(keptHtml(await readCheckResult(db.db, visitor(id), id, DE)), page('mine').html);
  assert.equal(await deleteCheck(db.db, visitor(id), id), true);
  assert.equal(await readCheckResult(db.db, visitor(id), id, DE), undefined);
  assert.equal((await db.db.select().from(checkResults).where(eq(checkResults.checkId, id))).length, 0);
});

test('a page whose content lies outside it is refused', async () => {
  const { id, inputHash } = await completeCheck();
  await assert.rejects(storeCheckResult(db.db, visitor(id), id, DE, inputHash, { html: 'abc', contentStart: 2, contentEnd: 4 }), RangeError);
});

test('the law data’s version is a hash of every parameter, independent of their order, changed by any value', () => {
  const a = { id: 'a', values: [{ validFrom: '2026-01-01', value: new Set(['x', 'y']) }] };
  const b = { id: 'b', values: [{ validFrom: '2026-01-01', value: 1, reference: { title: 't', url: 'u' } }] };
  assert.equal(lawDataHash([a, b]), lawDataHash([b, a]));
  const b2 = { ...b, values: [{ ...b.values[0]!, value: 2 }] };
  const a2 = { ...a, values: [{ validFrom: '2026-01-01', value: new Set(['x']) }] };
  assert.notEqual(lawDataHash([a, b]), lawDataHash([a, b2]));
  assert.notEqual(lawDataHash([a, b]), lawDataHash([a2, b]));
  assert.equal(stableJson({ b: 1, a: [new Set([2, 1])], f: () => 1, u: undefined }), '{"a":[["1","2"]],"b":1}');
  assert.match(LAW_DATA_VERSION, /^law-[A-Za-z0-9_-]{22}$/);
  assert.equal(LAW_DATA_VERSION, lawDataHash(), 'computed from the registered parameters');
  assert.match(appVersion(), /^\d+\.\d+\.\d+-[A-Za-z0-9_-]{22}$/);
});

test('a kept page deleted past the use cases is not answered from memory: the next read renders it anew', async () => {
  const { id, inputHash } = await completeCheck();
  await storeCheckResult(db.db, visitor(id), id, DE, inputHash, page('v1'));
  assert.equal(keptHtml(await readCheckResult(db.db, visitor(id), id, DE)), page('v1').html);
  await db.db.delete(checkResults).where(eq(checkResults.checkId, id));
  await missInput(id, DE);
});
