import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../check.ts';
import { buildInput } from '../testing/fixtures.ts';
import type { CheckResult, Outcome, RouteAssessment, RouteId } from '../types.ts';
import { planRouteFor } from './planRoute.ts';

function route(id: RouteId, outcome: Outcome, o: { offer?: boolean | null; notForPerson?: boolean } = {}): RouteAssessment {
  return {
    id,
    outcome,
    baApproval: 'required',
    priorityCheck: false,
    discretionary: false,
    salaryThresholdEur: null,
    conditions: o.offer === undefined ? [] : [{ id: 'job_offer', met: o.offer, text: { de: '', en: '' }, ref: '' }],
    title: { de: id, en: id },
    ref: '',
    hints: [],
    ...(o.notForPerson ? { notForPerson: { de: 'nicht für diese Person', en: 'not for this person' } } : {}),
  };
}

function result(routes: RouteAssessment[], o: { recommended?: RouteId; likely?: RouteId } = {}): CheckResult {
  return { decisionDate: '2026-06-15', lawVersion: 'test', recommended: o.recommended ?? null, routes, ...(o.likely ? { likely: o.likely } : {}) };
}

const table: Array<[string, CheckResult, RouteId]> = [
  ['the recommended route, even when an unknown route comes first in the list', result([route('19-ict', 'unknown'), route('18b', 'eligible')], { recommended: '18b' }), '18b'],
  ['the recommended route wins over `likely`', result([route('18b', 'eligible'), route('16d1-qualification', 'unknown')], { recommended: '18b', likely: '16d1-qualification' }), '18b'],
  ['no route eligible: `likely`, though another unknown route comes first', result([route('16d3-partnership', 'unknown'), route('16d1-qualification', 'unknown')], { likely: '16d1-qualification' }), '16d1-qualification'],
  ['a `likely` route that is not in the list is passed over', result([route('16d3-partnership', 'unknown')], { likely: '18b' }), '16d3-partnership'],
  [
    'no likely route: the first unknown route in preference order, not the first of the list',
    result([route('20a-points', 'unknown'), route('16d3-partnership', 'unknown'), route('18b', 'ineligible')]),
    '16d3-partnership',
  ],
  ['an unknown route that does not concern the person is passed over', result([route('19-ict', 'unknown', { notForPerson: true }), route('19c2-experience', 'unknown')]), '19c2-experience'],
  [
    'without a job offer, a route that needs none comes before routes waiting for an offer (no ICT card for someone without employer)',
    result([route('19-ict', 'unknown', { offer: null }), route('19c2-experience', 'unknown', { offer: null }), route('20a-points', 'unknown')]),
    '20a-points',
  ],
  ['every unknown route waits for an offer: the first of them in preference order', result([route('19c2-experience', 'unknown', { offer: null }), route('19-ict', 'unknown', { offer: false })]), '19-ict'],
  ['a met job-offer condition does not count as waiting', result([route('19c2-experience', 'unknown', { offer: true }), route('20a-points', 'unknown')]), '19c2-experience'],
  ['nothing eligible or unknown: the first route in preference order that concerns the person', result([route('19c1-westbalkan', 'ineligible', { notForPerson: true }), route('20a-skilled', 'ineligible'), route('18a', 'ineligible')]), '18a'],
  ['nothing concerns the person: the first route in preference order', result([route('20a-skilled', 'ineligible', { notForPerson: true }), route('19-ict', 'ineligible', { notForPerson: true })]), '19-ict'],
];

for (const [name, r, expected] of table) {
  test(`planRouteFor: ${name}`, () => assert.equal(planRouteFor(r), expected));
}

test('planRouteFor: the Turkish engineer without an offer gets a Chancenkarte plan, not the ICT card (engine result)', () => {
  const input = buildInput({
    decisionDate: '2026-06-15',
    person: { citizenship: 'TR', birthDate: '1990-03-01', german: 'A2', english: 'B2' },
    qualification: { level: 'academic', germanAssessment: 'none', awardedOn: '2014-06-30', trainingYears: 4 },
    experience: [{ isco: '2144', from: '2016-01-01', to: '2024-01-01', relatedToQualification: true }],
    job: null,
    means: { monthlyNetEur: 1200 },
  });
  const r = evaluate(input);
  assert.equal(r.recommended, null);
  const picked = planRouteFor(r);
  assert.notEqual(picked, '19-ict');
  assert.ok(picked.startsWith('20a-'), picked);
});

test('planRouteFor: the developer with a comparable degree and 55,000 € gets the recommended Blue Card (engine result)', () => {
  const r = evaluate(buildInput({ decisionDate: '2026-06-15', job: { annualGrossSalaryEur: 55_000 } }));
  assert.ok(r.recommended);
  assert.equal(planRouteFor(r), r.recommended);
});
