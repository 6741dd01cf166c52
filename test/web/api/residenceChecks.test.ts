// POST /api/v1/residence-checks on the real app: no account needed (like POST /api/v1/checks), the contract's result,
// 400 problem documents naming each invalid field, the OpenAPI document, and the app-wide limits.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { openTestDb } from '../../../src/db/testing.ts';
import type { TestDatabase } from '../../../src/db/testing.ts';
import { buildApp } from '../../../src/web/app.ts';
import { RESIDENCE_CHECKS_PATH } from '../../../src/web/api/residence/routes.ts';
import { checkResidence } from '../../../src/law/residence/check.ts';
import { ResidenceResultSchema } from '../../../src/law/residence/schema.ts';
import type { ResidenceInput } from '../../../src/law/residence/types.ts';

const PER_ADDRESS = 30;

const blueCard: ResidenceInput = {
  decisionDate: '2026-11-16',
  person: { birthDate: '1992-04-12', citizenship: 'IN', german: 'B1', english: 'B2', orientationTestPassed: true },
  currentTitle: { id: '18g-standard', issuedOn: '2025-03-01', validUntil: '2029-01-09', employerRestriction: false, jobMeetsTitleConditions: true },
  residenceHistory: [{ titleId: '18g-standard', from: '2025-01-10', to: null }],
  employment: [{ titleId: '18g-standard', from: '2025-01-15', to: null, pensionInsured: true }],
  household: { meansSecured: true, livingSpaceSufficient: true },
  family: [{ ref: 'wife', relation: 'spouse', birthDate: '1995-03-03', citizenship: 'IN', german: 'none', marriedOn: '2020-11-21' }],
};

let db: TestDatabase;
let app: FastifyInstance;

before(async () => {
  db = await openTestDb();
  app = await buildApp({ database: db, cookieSecret: 'test-secret-test-secret-test-secret', logger: false, config: { rateLimitPerAddress: PER_ADDRESS } });
  await app.ready();
});
after(async () => {
  await app.close();
  await db.destroy();
});

function post(payload: unknown, headers: Record<string, string> = {}, remoteAddress = '192.0.2.1') {
  return app.inject({
    method: 'POST',
    url: RESIDENCE_CHECKS_PATH,
    remoteAddress,
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: Array<{ path: string; message: string }>;
}

test('Without an account: 200 with the ResidenceResult of the engine, valid against the published schema', async () => {
  const r = await post(blueCard);
  assert.equal(r.statusCode, 200, r.body);
  assert.match(String(r.headers['content-type']), /^application\/json/);
  const body = r.json() as unknown;
  assert.deepEqual(body, JSON.parse(JSON.stringify(checkResidence(blueCard))));
  const check = TypeCompiler.Compile(ResidenceResultSchema);
  assert.ok(check.Check(body), [...check.Errors(body)].map((e) => `${e.path}: ${e.message}`).join('; '));
  const moves = (body as { moves: Array<{ id: string; outcome: string; memberRef?: string }> }).moves;
  assert.equal(moves.find((m) => m.id === 'settlement-18c2')?.outcome, 'open');
  assert.equal(moves.find((m) => m.id === 'family-spouse' && m.memberRef === 'wife')?.outcome, 'open');
  assert.ok(r.headers['x-ratelimit-limit'], 'the app-wide rate limit applies');
});

const invalid: Array<{ name: string; body: unknown; path: string; message: RegExp }> = [
  { name: 'a decision date before 2024-03-01', body: { ...blueCard, decisionDate: '2024-02-29' }, path: '/decisionDate', message: /2024-03-01 or later/ },
  { name: 'an empty history', body: { ...blueCard, residenceHistory: [] }, path: '/residenceHistory', message: /must not be empty/ },
  {
    name: 'a history that does not end in the current title',
    body: { ...blueCard, residenceHistory: [{ titleId: '18b', from: '2025-01-10', to: null }] },
    path: '/residenceHistory/0/titleId',
    message: /current title "18g-standard"/,
  },
  {
    name: 'a last period that ends before the decision date',
    body: { ...blueCard, residenceHistory: [{ titleId: '18g-standard', from: '2025-01-10', to: '2026-11-15' }] },
    path: '/residenceHistory/0/to',
    message: /covers that day/,
  },
  {
    name: 'an employment that ends before it begins',
    body: { ...blueCard, employment: [{ titleId: '18g-standard', from: '2025-01-15', to: '2025-01-14', pensionInsured: true }] },
    path: '/employment/0/to',
    message: /must not be before from/,
  },
  { name: 'an ICT card as current title', body: { ...blueCard, currentTitle: { ...blueCard.currentTitle, id: '19-ict' } }, path: '/currentTitle/id', message: /must be one of/ },
  { name: 'an unknown property', body: { ...blueCard, salary: 1 }, path: '/salary', message: /unknown property/ },
  { name: 'a string for a number', body: { ...blueCard, additionalPensionMonths: '3' }, path: '/additionalPensionMonths', message: /must be a number/ },
];

for (const c of invalid) {
  test(`400 problem+json naming the field: ${c.name}`, async () => {
    const r = await post(c.body);
    assert.equal(r.statusCode, 400, r.body);
    assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
    const p = r.json() as Problem;
    assert.equal(p.status, 400);
    assert.equal(p.type, '/problems/invalid-input');
    const e = p.errors?.find((x) => x.path === c.path);
    assert.ok(e, `${c.path} in ${JSON.stringify(p.errors)}`);
    assert.match(e.message, c.message);
    assert.doesNotMatch(r.body, /\n\s+at |node_modules|\.ts:\d+/);
  });
}

test('Malformed JSON is a 400 problem, another media type a 415', async () => {
  const bad = await post('{"decisionDate": ');
  assert.equal(bad.statusCode, 400);
  assert.equal((bad.json() as Problem).type, '/problems/malformed-json');
  const form = await post('decisionDate=2026-01-01', { 'content-type': 'application/x-www-form-urlencoded' });
  assert.equal(form.statusCode, 415);
  assert.match(String(form.headers['content-type']), /^application\/problem\+json/);
});

test('The OpenAPI document publishes the operation with the contract schemas and its problem responses', async () => {
  const r = await app.inject({ url: '/api/openapi.json' });
  assert.equal(r.statusCode, 200);
  const doc = r.json() as { paths: Record<string, { post?: { operationId?: string; requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> }; responses: Record<string, { content?: Record<string, unknown> }> } }> };
  const op = doc.paths[RESIDENCE_CHECKS_PATH]?.post;
  assert.ok(op, 'operation published');
  assert.equal(op.operationId, 'createResidenceCheck');
  const props = op.requestBody?.content['application/json']?.schema.properties ?? {};
  for (const k of ['decisionDate', 'person', 'currentTitle', 'residenceHistory', 'employment', 'family', 'newJob']) assert.ok(k in props, `body property ${k}`);
  assert.ok(op.responses['200']?.content?.['application/json']);
  assert.ok(op.responses['400']?.content?.['application/problem+json']);
});

test(`The limit per address applies: request ${PER_ADDRESS + 1} from one address within a minute is a 429`, async () => {
  const address = '192.0.2.99';
  for (let i = 0; i < PER_ADDRESS; i++) assert.equal((await post(blueCard, {}, address)).statusCode, 200, `request ${i + 1}`);
  const r = await post(blueCard, {}, address);
  assert.equal(r.statusCode, 429);
});
