// The public page /recht/stand over HTTP (app.inject, no database): every parameter value listed by topic with its
// source as a link, in German and English, and linked from the footer.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import pages from '../pages.ts';
import lawPages, { LAW_STATUS_PATH } from './routes.ts';
import { lawStatus } from '../../law/parameters/status.ts';

let app: FastifyInstance;

before(async () => {
  app = Fastify();
  await app.register(cookie);
  await app.register(pages);
  await app.register(lawPages, { today: () => '2026-12-04' });
  await app.ready();
});

after(async () => {
  await app.close();
});

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

test('GET /recht/stand is public and lists every value with its source link, grouped by topic (German)', async () => {
  const res = await app.inject({ method: 'GET', url: LAW_STATUS_PATH, headers: { 'accept-language': 'de' } });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /text\/html/);
  const html = res.body;
  assert.match(html, /<html lang="de"/);
  assert.match(html, /<h1[^>]*>Stand der Rechtsgrundlagen<\/h1>/);
  assert.match(html, /Stand: 04\.12\.2026/);
  const rows = lawStatus('2026-12-04');
  // one table row per value, each with its source as a link
  assert.equal((html.match(/<tr id="/g) ?? []).length, rows.length);
  for (const r of rows) assert.ok(html.includes(`href="${escapeHtml(r.reference.url)}"`), `${r.id}: source link`);
  // topics as sections
  assert.match(html, /<h2 id="topic-salary">Beitragsbemessungsgrenze/);
  assert.match(html, /<h2 id="topic-westbalkan">Westbalkanregelung<\/h2>/);
  // the 2027 draft with its status, and a stale-free table as of the date
  const draftRow = html.slice(html.indexOf('id="sgb6.bbg@2027-01-01"'));
  assert.match(draftRow.slice(0, 2000), /106\.200 € im Jahr[\s\S]*01\.01\.2027 bis 31\.12\.2027[\s\S]*Entwurf, nicht in Kraft/);
  assert.doesNotMatch(html, /seit über 12 Monaten nicht geprüft/);
  // the footer links here
  assert.match(html, /<a href="\/recht\/stand">Stand der Rechtsgrundlagen<\/a>/);
});

test('GET /recht/stand?lang=en shows the page in English', async () => {
  const res = await app.inject({ method: 'GET', url: `${LAW_STATUS_PATH}?lang=en` });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<html lang="en"/);
  assert.match(res.body, /<h1[^>]*>State of the legal figures<\/h1>/);
  assert.match(res.body, /As of 4 December 2026/);
  assert.match(res.body, /€106,200 a year/);
  assert.match(res.body, /draft, not in force/);
  assert.match(res.body, /<a href="\/recht\/stand">State of the legal figures<\/a>/);
});

test('A value not verified for over 12 months shows as such', async () => {
  const later = Fastify();
  await later.register(cookie);
  await later.register(pages);
  await later.register(lawPages, { today: () => '2028-06-01' });
  const res = await later.inject({ method: 'GET', url: LAW_STATUS_PATH });
  assert.match(res.body, /seit über 12 Monaten nicht geprüft/);
  await later.close();
});
