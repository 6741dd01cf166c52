// POST /api/v1/checks and the problem documents of the API, on a minimal Fastify with @fastify/swagger.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import formbody from '@fastify/formbody';
import { Type } from '@sinclair/typebox';
import fc from 'fast-check';
import checksApi, { CHECKS_PATH } from './checks/routes.ts';
import { PROBLEM_CONTENT_TYPE, problemErrorHandler, problemNotFoundHandler } from './problem.ts';
import { evaluate } from '../../law/check.ts';
import { ROUTE_IDS } from '../../law/types.ts';
import type { CheckInput, CheckResult } from '../../law/types.ts';
import { checkInputArb } from '../../law/testing/arbitraries.ts';

const developer: CheckInput = {
  decisionDate: '2026-04-01',
  person: { birthDate: '1996-02-10', citizenship: 'IN', german: 'none', english: 'B2', firstTitleInGermany: true },
  qualification: { level: 'academic', awardedOn: '2018-06-30', obtainedIn: 'abroad', stateRecognisedAbroad: true, trainingYears: 4, germanAssessment: 'comparable', licence: 'not_needed' },
  experience: [{ isco: '2512', from: '2018-09-01', to: '2026-04-01', relatedToQualification: true }],
  job: { isco: '2512', annualGrossSalaryEur: 52000, contractMonths: null, federalState: 'DE-RP', municipality: 'Kaiserslautern' },
};

let app: FastifyInstance;
let crashes = 0;

before(async () => {
  app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  await app.register(formbody); // as in app.ts: the API context must not accept forms all the same
  await app.register(swagger, { openapi: { openapi: '3.0.3', info: { title: 'Lotse API', version: '1.0.0' } } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(checksApi);
  // Another API context with Fastify's default Ajv and the same error handler, for the generic mappings.
  await app.register(
    async (api) => {
      api.setErrorHandler(problemErrorHandler);
      api.setNotFoundHandler(problemNotFoundHandler);
      api.post('/ajv', { schema: { body: Type.Object({ n: Type.Integer() }, { additionalProperties: false }) } }, async (r) => r.body);
      api.get('/crash', async () => {
        crashes++;
        throw new Error('secret internal detail at /srv/lotse/db.ts:12');
      });
    },
    { prefix: '/api/test' },
  );
  await app.ready();
});
after(async () => {
  await app.close();
});

function post(payload: unknown, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: CHECKS_PATH,
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
  instance?: string;
}

function problemOf(r: Awaited<ReturnType<typeof post>>, status: number): Problem {
  assert.equal(r.statusCode, status, r.body);
  assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
  const p = r.json() as Problem;
  assert.equal(p.status, status);
  for (const k of ['type', 'title', 'detail'] as const) assert.ok(typeof p[k] === 'string' && p[k].length > 0, k);
  assert.doesNotMatch(r.body, /\n\s+at |node_modules|\.ts:\d+/);
  return p;
}

test('a valid body answers 200 with the same CheckResult as the engine', async () => {
  const r = await post(developer);
  assert.equal(r.statusCode, 200, r.body);
  assert.match(String(r.headers['content-type']), /^application\/json/);
  const result = r.json() as CheckResult;
  assert.deepEqual(result, JSON.parse(JSON.stringify(evaluate(developer))));
  assert.equal(result.recommended, '18g-standard');
  assert.deepEqual([...result.routes.map((x) => x.id)].sort(), [...ROUTE_IDS].sort());
  assert.ok(result.routes.every((x) => Array.isArray(x.hints) && typeof x.ref === 'string'));
});

test('an invalid field answers 400 with its path; a string salary is not coerced', async () => {
  const p = problemOf(await post({ ...developer, job: { ...developer.job!, annualGrossSalaryEur: '52000' } }), 400);
  assert.equal(p.type, '/problems/invalid-input');
  assert.deepEqual(p.errors?.map((e) => e.path), ['/job/annualGrossSalaryEur']);
  assert.match(p.errors![0]!.message, /must be a number/);
});

test('unknown properties are rejected, not silently removed', async () => {
  const p = problemOf(await post({ ...developer, person: { ...developer.person, nickname: 'Dev' } }), 400);
  assert.deepEqual(p.errors, [{ path: '/person/nickname', message: 'is not a field of the contract (unknown property)' }]);
});

test('decisionDate 2023-01-01 answers 400 saying from when the law is modelled', async () => {
  const p = problemOf(await post({ ...developer, decisionDate: '2023-01-01' }), 400);
  assert.equal(p.errors?.[0]?.path, '/decisionDate');
  assert.match(p.errors![0]!.message, /modelled from 2023-11-18/);
});

test('issue 12: applicationDate and qualification.tertiaryEquivalent pass through the schema; an application after the decision answers 400 naming it', async () => {
  const bad = problemOf(await post({ ...developer, applicationDate: '2026-04-02' }), 400);
  assert.deepEqual(bad.errors?.map((e) => e.path), ['/applicationDate']);
  assert.match(bad.errors![0]!.message, /not be after decisionDate/);
  const input: CheckInput = {
    ...developer,
    applicationDate: '2026-03-01',
    qualification: { level: 'vocational', awardedOn: '2024-07-01', obtainedIn: 'abroad', trainingYears: 3, tertiaryEquivalent: true, germanAssessment: 'none' },
  };
  const r = await post(input);
  assert.equal(r.statusCode, 200, r.body);
  const result = r.json() as CheckResult;
  assert.deepEqual(result, JSON.parse(JSON.stringify(evaluate(input))));
  assert.equal(result.recommended, '18g-standard');
  const q = result.routes.find((x) => x.id === '18g-standard')!.conditions.find((c) => c.id === 'qualification')!;
  assert.equal(q.ref, '§ 18g Abs. 1 S. 5 AufenthG');
});

test('the semantic rules apply over HTTP too: an impossible date, a period that ends before it starts', async () => {
  const p = problemOf(
    await post({ ...developer, person: { ...developer.person, birthDate: '1996-02-30' }, experience: [{ isco: '2512', from: '2020-01-02', to: '2020-01-01' }] }),
    400,
  );
  assert.deepEqual(p.errors?.map((e) => e.path).sort(), ['/experience/0/from', '/person/birthDate']);
});

test('malformed JSON, an empty body and a JSON array answer 400', async () => {
  const bad = problemOf(await post('{"decisionDate": '), 400);
  assert.equal(bad.type, '/problems/malformed-json');
  problemOf(await post(''), 400);
  const arr = problemOf(await post([developer]), 400);
  assert.deepEqual(arr.errors?.map((e) => e.path), ['']);
});

test('a body that is not JSON answers 415, also for text/plain and form data', async () => {
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
    problemOf(await post(JSON.stringify(developer), { 'content-type': type }), 415);
  }
});

test('a body over the limit answers 413', async () => {
  const big = { ...developer, job: { ...developer.job!, municipality: 'x'.repeat(70 * 1024) } };
  problemOf(await post(big), 413);
});

test('Ajv validation errors of other API routes map to the same problem shape', async () => {
  const r = await app.inject({ method: 'POST', url: '/api/test/ajv', payload: { m: 1 } });
  const p = problemOf(r, 400);
  assert.deepEqual(p.errors?.map((e) => e.path).sort(), ['/n']);
});

test('an unexpected error answers 500 without internals; unknown API paths answer a 404 problem', async () => {
  const r = await app.inject({ method: 'GET', url: '/api/test/crash' });
  const p = problemOf(r, 500);
  assert.equal(crashes, 1);
  assert.doesNotMatch(r.body, /secret|db\.ts/);
  assert.equal(p.type, 'about:blank');
  const nf = problemOf(await app.inject({ method: 'GET', url: '/api/test/nothing-here' }), 404);
  assert.equal(nf.title, 'Not Found');
});

test('the OpenAPI document publishes the operation with the CheckInput and CheckResult schemas', async () => {
  const r = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  assert.equal(r.statusCode, 200);
  const doc = r.json();
  const op = doc.paths?.[CHECKS_PATH]?.post;
  assert.ok(op, 'POST /api/v1/checks is missing');
  assert.equal(op.operationId, 'createCheck');
  assert.deepEqual(op.tags, ['checks']);
  assert.ok(op.summary);
  const body = op.requestBody.content['application/json'].schema;
  assert.equal(body.title, 'CheckInput');
  assert.deepEqual(body.required, ['decisionDate', 'person', 'qualification', 'experience']);
  assert.equal(body.additionalProperties, false);
  assert.deepEqual(body.properties.person.properties.german.enum, ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
  assert.ok(body.properties.job.properties.annualGrossSalaryEur.description);
  const ok = op.responses['200'].content['application/json'].schema;
  assert.equal(ok.title, 'CheckResult');
  assert.ok(ok.properties.routes.items.properties.hints);
  assert.ok(op.responses['400'].content[PROBLEM_CONTENT_TYPE].schema.properties.errors);
});

test('the response schema neither drops nor changes anything the engine returns (hints, points, unconfirmed)', async () => {
  let withHints = 0;
  await fc.assert(
    fc.asyncProperty(checkInputArb, async (input) => {
      const r = await post(input);
      assert.equal(r.statusCode, 200, r.body);
      const expected = JSON.parse(JSON.stringify(evaluate(input))) as CheckResult;
      if (expected.routes.some((x) => x.hints.length > 0)) withHints++;
      assert.deepEqual(r.json(), expected);
    }),
    { numRuns: 60 },
  );
  assert.ok(withHints > 10, `only ${withHints} results with hints`);
});
