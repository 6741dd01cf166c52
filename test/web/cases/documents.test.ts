// The documents of a case through the whole application (issue 14): the section's forms, uploads without JavaScript
// (multipart, the CSRF token as the form's first field), each refusal a page naming the field with nothing stored,
// downloads always as attachments with the headers that keep a browser from rendering them, and the review.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { eq, inArray } from 'drizzle-orm';
import { render } from 'preact-render-to-string';
import { caseDocuments, documentFiles, users } from '../../../src/db/schema/index.ts';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { makeCaseWorld } from '../../../src/dev/caseWorldTesting.ts';
import type { CaseWorld } from '../../../src/dev/caseWorldTesting.ts';
import { htmlFile, jpegFile, pdfFile, pngFile, zipFile } from '../../../src/dev/documentFilesTesting.ts';
import { filesystemStorage } from '../../../src/storage/index.ts';
import { createApiToken } from '../../../src/app/accounts/createApiToken.ts';
import { buildApp } from '../../../src/web/app.ts';
import { requireActor } from '../../../src/web/auth/session.ts';
import { renderDocumentsSection } from '../../../src/web/cases/documents/section.ts';
import { Browser, csrfOf } from '../../../src/web/testing/browser.ts';
import { multipartBody } from '../../../src/web/testing/multipart.ts';
import type { MultipartPart } from '../../../src/web/testing/multipart.ts';

const LIMIT = 8 * 1024;
let db: TestDatabase;
let app: FastifyInstance;
let w: CaseWorld;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-documents-web-'));
const storage = filesystemStorage(root);
let adviser: Browser;
let company: Browser;

async function emailOf(userId: string): Promise<string> {
  const [u] = await db.db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return u!.email;
}

before(async () => {
  db = await openTestDb();
  w = await makeCaseWorld(db.db, 'adviser');
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false, storage, config: { uploadMaxBytes: LIMIT } });
  // the case page is another part of issue 14: this route shows the section alone, as the case page will
  app.get<{ Params: { id: string; companyId: string } }>('/test/documents-section/:companyId/:id', { preHandler: requireActor }, async (request, reply) => {
    const node = await renderDocumentsSection(request, { caseId: request.params.id, companyId: request.params.companyId, csrfToken: reply.generateCsrf(), status: 'advice' });
    return reply.type('text/html; charset=utf-8').send(node === null ? '' : render(node));
  });
  await app.ready();
  adviser = await new Browser(app, '10.0.0.1').signIn(await emailOf(w.actors.adviser.userId));
  company = await new Browser(app, '10.0.0.2').signIn(await emailOf(w.actors.company.userId));
});
after(async () => {
  await app.close();
  await db.destroy();
  fs.rmSync(root, { recursive: true, force: true });
});

const own = () => ({ caseId: w.case.ownCompany, documentId: w.document.ownCompany });
const uploadUrl = (caseId: string, documentId: string) => `/cases/${caseId}/documents/${documentId}/files`;

/** The section's HTML for the signed-in user of `b`, and its first CSRF token. */
async function section(b: Browser, scope: 'ownCompany' | 'otherCompany' = 'ownCompany') {
  const r = await b.get(`/test/documents-section/${w.company[scope]}/${w.case[scope]}`);
  assert.equal(r.statusCode, 200);
  return r.body;
}

async function post(b: Browser, url: string, parts: MultipartPart[], headers: Record<string, string> = {}) {
  const { payload, contentType } = multipartBody(parts);
  const cookie = [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return app.inject({ method: 'POST', url, payload, remoteAddress: b.remoteAddress, headers: { cookie, 'content-type': contentType, ...headers } });
}

/** Uploads as the section's form does: the CSRF token of the page first, then the file. */
async function upload(b: Browser, fileName: string, content: Buffer, ids = own()) {
  const token = csrfOf(await section(b));
  return post(b, uploadUrl(ids.caseId, ids.documentId), [
    { name: '_csrf', value: token },
    { name: 'file', fileName, type: 'application/pdf', content },
  ]);
}

function stored(): string[] {
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((p) => fs.statSync(path.join(root, p)).isFile()).sort();
}
async function rows() {
  return db.db.select({ id: documentFiles.id }).from(documentFiles).where(inArray(documentFiles.caseDocumentId, Object.values(w.document)));
}

test('the section: status in words, the upload form (multipart, CSRF token first, a file field with its label) in German and English', async () => {
  const html = await section(company);
  assert.match(html, /<section id="documents"/);
  assert.match(html, /Gültiger Reisepass/);
  assert.match(html, /Fachkraft/);
  assert.match(html, /Fehlt/);
  const form = /<form method="post" action="([^"]+)" enctype="multipart\/form-data"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  assert.ok(form, 'an upload form');
  assert.equal(form[1], uploadUrl(w.case.ownCompany, w.document.ownCompany));
  assert.match(form[2]!, /^<input type="hidden" name="_csrf"/, 'the token is the first field');
  assert.match(form[2]!, /<label for="file-[^"]+">Datei für „Gültiger Reisepass“/);
  assert.match(form[2]!, /<input type="file" id="file-[^"]+" name="file" required/);
  assert.match(form[2]!, /höchstens 8 KB/);
  // a company user does not review
  assert.doesNotMatch(html, /\/review"/);
  const en = await company.get(`/test/documents-section/${w.company.ownCompany}/${w.case.ownCompany}`, { 'accept-language': 'en' });
  assert.match(en.body, /Valid passport/);
});

test('refused uploads answer with a page naming the field, and store nothing: no file, no row', async () => {
  const big = Buffer.concat([pdfFile(), Buffer.alloc(LIMIT, 0x20)]);
  const cases: Array<[string, Buffer, number]> = [
    ['zu-gross.pdf', big, 413],
    ['zeugnis.pdf', htmlFile(), 400],
    ['leer.pdf', Buffer.alloc(0), 400],
    ['../../zeugnis.pdf', pdfFile(), 400],
    ['ordner\\zeugnis.pdf', pdfFile(), 400],
    ['scan.png', pngFile(100_000, 100_000, { rows: false }), 400],
    ['scan.png', zipFile().subarray(0, 4000), 400],
  ];
  for (const [name, content, status] of cases) {
    const r = await upload(company, name, content);
    assert.equal(r.statusCode, status, `${name}: ${r.statusCode}`);
    assert.match(r.body, /<li data-field="file">Datei: /, name);
    assert.match(r.body, /Es wurde nichts gespeichert/);
    assert.match(r.body, new RegExp(`href="/cases/${w.case.ownCompany}#documents"`));
    assert.deepEqual(stored(), [], `${name}: nothing stored`);
    assert.deepEqual(await rows(), [], `${name}: no row`);
  }
  const [d] = await db.db.select().from(caseDocuments).where(eq(caseDocuments.id, w.document.ownCompany));
  assert.equal(d!.status, 'missing');
});

test('an upload without the CSRF token, or with a wrong one, is refused (403) before anything is stored', async () => {
  const noToken = await post(company, uploadUrl(own().caseId, own().documentId), [{ name: 'file', fileName: 'a.pdf', content: pdfFile() }]);
  assert.equal(noToken.statusCode, 403);
  const wrong = await post(company, uploadUrl(own().caseId, own().documentId), [
    { name: '_csrf', value: 'forged' },
    { name: 'file', fileName: 'a.pdf', content: pdfFile() },
  ]);
  assert.equal(wrong.statusCode, 403);
  assert.deepEqual(stored(), []);
  assert.deepEqual(await rows(), []);
});

test('a company user uploads a PDF without JavaScript: back to the case’s documents; another company’s case is not found', async () => {
  const r = await upload(company, 'Reisepass Priya.pdf', pdfFile());
  assert.equal(r.statusCode, 303);
  assert.equal(r.headers.location, `/cases/${w.case.ownCompany}#documents`);
  assert.equal(stored().length, 1);
  const html = await section(company);
  assert.match(html, /Hochgeladen, noch nicht geprüft/);
  assert.match(html, /Reisepass Priya\.pdf<\/a>/);
  const other = await upload(company, 'x.pdf', pdfFile(), { caseId: w.case.otherCompany, documentId: w.document.otherCompany });
  assert.equal(other.statusCode, 404);
  assert.equal(stored().length, 1);
  // the token in a header (scripts) works as well
  const token = csrfOf(await section(company));
  const byHeader = await post(company, uploadUrl(own().caseId, own().documentId), [{ name: 'file', fileName: 'pass.jpg', content: jpegFile() }], { 'x-csrf-token': token });
  assert.equal(byHeader.statusCode, 303);
});

test('download: always an attachment, with the original name (RFC 5987 for non-ASCII), the sniffed type, nosniff, no-store and a sandboxing CSP', async () => {
  const up = await upload(company, 'Bescheid für Ärztin.pdf', pngFile(30, 20));
  assert.equal(up.statusCode, 303);
  const html = await section(adviser);
  const href = /<a href="(\/cases\/[^"]+\/files\/[^"]+)" download="Bescheid für Ärztin.pdf"/.exec(html)?.[1];
  assert.ok(href, 'a download link to the current file');
  const r = await adviser.get(href);
  assert.equal(r.statusCode, 200);
  assert.equal(r.headers['content-type'], 'image/png');
  assert.equal(r.headers['content-disposition'], `attachment; filename="Bescheid fur Arztin.pdf"; filename*=UTF-8''Bescheid%20f%C3%BCr%20%C3%84rztin.pdf`);
  assert.equal(r.headers['x-content-type-options'], 'nosniff');
  assert.equal(r.headers['cache-control'], 'no-store');
  assert.equal(r.headers['content-security-policy'], "default-src 'none'; sandbox");
  assert.deepEqual(r.rawPayload, pngFile(30, 20));
  // not signed in: to the login page; another office's user: not found
  const anonymous = await app.inject({ method: 'GET', url: href });
  assert.equal(anonymous.statusCode, 303);
});

test('review: the adviser rejects (a reason is required, the form comes back with it), then marks it checked; a company user may not', async () => {
  const html = await section(adviser);
  assert.match(html, /Als geprüft markieren/);
  const token = csrfOf(html);
  const reviewUrl = `/cases/${w.case.ownCompany}/documents/${w.document.ownCompany}/review`;
  const noReason = await adviser.post(reviewUrl, { _csrf: token, decision: 'rejected', reason: '' });
  assert.equal(noReason.statusCode, 400);
  assert.match(noReason.body, /<li data-field="reason">Grund: Bitte ausfüllen/);
  assert.match(noReason.body, /<textarea id="reason-[^"]+" name="reason"/);
  const nul = await adviser.post(reviewUrl, { _csrf: token, decision: 'rejected', reason: 'Seite\u00002' });
  assert.equal(nul.statusCode, 400);
  assert.match(nul.body, /<li data-field="reason">Grund: Der Text enthält ein unzulässiges Zeichen/);
  const rejected = await adviser.post(reviewUrl, { _csrf: token, decision: 'rejected', reason: 'Seite 2 <fehlt>' });
  assert.equal(rejected.statusCode, 303);
  assert.equal(rejected.headers.location, `/cases/${w.case.ownCompany}#documents`);
  const seen = await section(company);
  assert.match(seen, /Zurückgewiesen/);
  assert.match(seen, /Seite 2 &lt;fehlt>/);
  const companyTry = await company.post(reviewUrl, { _csrf: csrfOf(seen), decision: 'checked' });
  assert.equal(companyTry.statusCode, 403);
  const checked = await adviser.post(reviewUrl, { _csrf: token, decision: 'checked' });
  assert.equal(checked.statusCode, 303);
  assert.match(await section(company), /Geprüft/);
  const noCsrf = await adviser.post(reviewUrl, { decision: 'checked' });
  assert.equal(noCsrf.statusCode, 403);
});

test('JSON API: checklist, upload (refusals as problems naming /file, 413 over the limit), download, review; a company token may not review; in the OpenAPI document', async () => {
  const adviserToken = (await createApiToken(db.db, w.actors.adviser, { name: 'crm' })).token;
  const companyToken = (await createApiToken(db.db, w.actors.company, { name: 'erp' })).token;
  const base = `/api/v1/cases/${w.case.ownCompany}/documents`;
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
  const send = (t: string, url: string, parts: MultipartPart[]) => {
    const { payload, contentType } = multipartBody(parts);
    return app.inject({ method: 'POST', url, payload, headers: { ...bearer(t), 'content-type': contentType } });
  };
  const list = await app.inject({ method: 'GET', url: base, headers: bearer(companyToken) });
  assert.equal(list.statusCode, 200);
  const items = list.json().items as Array<{ id: string; status: string; currentFile: { href: string } | null }>;
  assert.deepEqual(
    items.map((d) => d.id),
    [w.document.ownCompany],
  );
  const filesBefore = stored();
  for (const [name, content, status] of [
    ['x.pdf', htmlFile(), 400],
    ['leer.pdf', Buffer.alloc(0), 400],
    ['a/b.pdf', pdfFile(), 400],
    ['gross.pdf', Buffer.concat([pdfFile(), Buffer.alloc(LIMIT)]), 413],
  ] as const) {
    const r = await send(companyToken, `${base}/${w.document.ownCompany}/files`, [{ name: 'file', fileName: name, content }]);
    assert.equal(r.statusCode, status, `${name}: ${r.body}`);
    assert.match(String(r.headers['content-type']), /application\/problem\+json/);
    assert.equal(r.json().errors[0].path, '/file');
  }
  const missing = await send(companyToken, `${base}/${w.document.ownCompany}/files`, [{ name: 'other', value: 'x' }]);
  assert.equal(missing.statusCode, 400);
  assert.deepEqual(stored(), filesBefore);

  const up = await send(companyToken, `${base}/${w.document.ownCompany}/files`, [{ name: 'file', fileName: 'Vertrag.pdf', content: pdfFile('Vertrag') }]);
  assert.equal(up.statusCode, 201, up.body);
  const file = up.json() as { href: string; mediaType: string; sizeBytes: number };
  assert.equal(file.mediaType, 'application/pdf');
  assert.equal(up.headers.location, file.href);
  const down = await app.inject({ method: 'GET', url: file.href, headers: bearer(adviserToken) });
  assert.equal(down.statusCode, 200);
  assert.equal(down.headers['content-disposition'], `attachment; filename="Vertrag.pdf"; filename*=UTF-8''Vertrag.pdf`);
  assert.equal(down.headers['x-content-type-options'], 'nosniff');
  assert.deepEqual(down.rawPayload, pdfFile('Vertrag'));

  const review = (t: string, body: unknown) => app.inject({ method: 'POST', url: `${base}/${w.document.ownCompany}/review`, headers: bearer(t), payload: body as object });
  assert.equal((await review(companyToken, { decision: 'checked' })).statusCode, 403);
  const noReason = await review(adviserToken, { decision: 'rejected' });
  assert.equal(noReason.statusCode, 400);
  assert.equal(noReason.json().errors[0].path, '/reason');
  const ok = await review(adviserToken, { decision: 'checked' });
  assert.equal(ok.statusCode, 200);
  assert.equal(ok.json().status, 'checked');
  // another company's case: not found for the company's token
  const other = await app.inject({ method: 'GET', url: `/api/v1/cases/${w.case.otherCompany}/documents`, headers: bearer(companyToken) });
  assert.equal(other.statusCode, 404);

  const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>> };
  assert.ok(spec.paths['/api/v1/cases/{id}/documents']?.get);
  assert.ok(spec.paths['/api/v1/cases/{id}/documents/{documentId}/files']?.post?.requestBody?.content['multipart/form-data']);
  assert.ok(spec.paths['/api/v1/cases/{id}/documents/{documentId}/files/{fileId}']?.get);
  assert.ok(spec.paths['/api/v1/cases/{id}/documents/{documentId}/review']?.post);
});
