// Tables for the fields issue 12 adds to a result (hints that hold, missing answers, notForPerson, likely,
// nextSteps), on the three personas of the issue and on both sides of each boundary.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from './check.ts';
import { applyChange, waitUntil } from './change.ts';
import { QUESTIONS, questionFor } from './questions.ts';
import { CheckInputSchema } from './schema.ts';
import type { CheckInput, CheckResult, RouteAssessment, RouteId } from './types.ts';
import { developer, electrician, engineer, PERSONA_DATE } from './testing/personas.ts';
import { addDays, addYears } from './dates.ts';

function route(r: CheckResult, id: RouteId): RouteAssessment {
  return r.routes.find((x) => x.id === id)!;
}

function withChange(input: CheckInput, field: string, value: unknown): CheckInput {
  return applyChange(input, [{ field, value }]);
}

function without(input: CheckInput, path: string): CheckInput {
  const copy = structuredClone(input) as unknown as Record<string, Record<string, unknown>>;
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) delete (copy as Record<string, unknown>)[head!];
  else delete copy[head!]![rest.join('.')];
  return copy as unknown as CheckInput;
}

// ---- hints that hold ----

const BLUE_CARDS: RouteId[] = ['18g-standard', '18g-shortage', '18g-new-entrant', '18g-it'];

test('The electrician (38,000 €) gets the real near miss of § 19c (2): 7,630 € more, nothing else needed; no Blue Card salary hint', () => {
  const r = evaluate(electrician());
  const experience = route(r, '19c2-experience');
  assert.equal(experience.outcome, 'ineligible');
  const first = experience.hints[0]!;
  assert.equal(first.conditionId, 'salary');
  assert.deepEqual(first.change, [{ field: 'job.annualGrossSalaryEur', value: 45_630 }]);
  assert.deepEqual(first.alsoNeeded, []);
  assert.match(first.text.de, /7\.630 € mehr/);
  for (const id of BLUE_CARDS) assert.deepEqual(route(r, id).hints, [], `${id} proposes a change for vocational training`);
  // the collective agreement is the other way out, and holds too
  assert.ok(experience.hints.some((h) => h.change?.[0]?.field === 'job.collectiveAgreement' && h.alsoNeeded?.length === 0));
});

const SALARY_EDGE: Array<{ salary: number; outcome: RouteAssessment['outcome']; recommended: RouteId | null; hint: boolean }> = [
  { salary: 45_629.99, outcome: 'ineligible', recommended: null, hint: true },
  { salary: 45_630, outcome: 'eligible', recommended: '19c2-experience', hint: false },
];
for (const c of SALARY_EDGE) {
  test(`The electrician at ${c.salary} € is ${c.outcome} under § 19c (2) in 2026 (45 % of the BBG: 45,630 €)`, () => {
    const r = evaluate(withChange(electrician(), 'job.annualGrossSalaryEur', c.salary));
    const experience = route(r, '19c2-experience');
    assert.equal(experience.outcome, c.outcome);
    assert.equal(r.recommended, c.recommended);
    assert.equal(experience.hints.some((h) => h.conditionId === 'salary' && h.target === 45_630), c.hint);
  });
}

test('The engineer without an offer is not offered the Blue Card for IT specialists, nor any other Blue Card change', () => {
  const r = evaluate(engineer());
  for (const id of BLUE_CARDS) assert.deepEqual(route(r, id).hints, [], id);
});

test('A past deadline is no hint: the new-entrant window that closed in 2019 proposes nothing', () => {
  assert.deepEqual(route(evaluate(engineer()), '18g-new-entrant').hints, []);
});

// waiting: a developer one day short of 2 years of experience within 5 (§ 6 Abs. 1 S. 1 Nr. 1 BeschV)
const WAIT: Array<{ from: string; met: boolean }> = [
  { from: addDays(addYears(PERSONA_DATE, -2), 1), met: true },
  { from: addDays(addYears(PERSONA_DATE, -2), 2), met: false },
];
for (const c of WAIT) {
  test(`A developer working since ${c.from} ${c.met ? 'has' : 'lacks'} the 2 years of § 6 BeschV on ${PERSONA_DATE}${c.met ? '' : ', and waiting until the day it is reached opens the route'}`, () => {
    const input = { ...developer(), experience: [{ isco: '2512', from: c.from, to: PERSONA_DATE }] };
    const r = evaluate(input);
    const experience = route(r, '19c2-experience');
    assert.equal(experience.conditions.find((x) => x.id === 'experience')!.met, c.met);
    const wait = experience.hints.find((h) => h.conditionId === 'experience');
    if (c.met) {
      assert.equal(wait, undefined);
      return;
    }
    assert.ok(wait?.date && wait.date > PERSONA_DATE, JSON.stringify(experience.hints));
    assert.deepEqual(wait.change, waitUntil(input, wait.date));
    assert.deepEqual(wait.alsoNeeded, []);
    assert.equal(route(evaluate(applyChange(input, wait.change!)), '19c2-experience').outcome, 'eligible');
    // a day earlier is not enough (the day before may be the decision date itself, checked above)
    const before = addDays(wait.date, -1);
    const dayBefore = before > PERSONA_DATE ? applyChange(input, waitUntil(input, before)) : input;
    assert.equal(route(evaluate(dayBefore), '19c2-experience').outcome, 'ineligible');
  });
}

// ---- missing answers ----

test('The engineer’s points wait for one answer: whether the 8 years of experience are related to the degree', () => {
  const points = route(evaluate(engineer()), '20a-points').conditions.find((c) => c.id === 'points')!;
  assert.equal(points.met, null);
  assert.deepEqual(points.missing, ['experience.0.relatedToQualification']);
  assert.equal(questionFor(points.missing[0]!)?.de, QUESTIONS['experience.*.relatedToQualification'].de);
});

const RELATED: Array<{ related: boolean; met: boolean | null }> = [
  { related: true, met: true },
  { related: false, met: false },
];
for (const c of RELATED) {
  test(`With the engineer’s experience marked ${c.related ? '' : 'not '}related to the degree, the points are ${String(c.met)} and name no experience answer`, () => {
    const input = withChange(engineer(), 'experience.0.relatedToQualification', c.related);
    const points = route(evaluate(input), '20a-points').conditions.find((x) => x.id === 'points')!;
    assert.equal(points.met, c.met);
    assert.ok(!(points.missing ?? []).some((p) => p.startsWith('experience.')), JSON.stringify(points.missing));
  });
}

const MISSING: Array<{ name: string; input: () => CheckInput; route: RouteId; condition: string; missing: string[] | undefined }> = [
  {
    name: 'the electrician without an answer on the collective agreement: the § 6 salary waits for it',
    input: () => without(electrician(), 'job.collectiveAgreement'),
    route: '19c2-experience',
    condition: 'salary',
    missing: ['job.collectiveAgreement'],
  },
  { name: 'the electrician with "no collective agreement": the salary fails, nothing is missing', input: electrician, route: '19c2-experience', condition: 'salary', missing: undefined },
  {
    name: 'the engineer: whether the degree is state-recognised in Türkiye',
    input: engineer,
    route: '20a-points',
    condition: 'qualification',
    missing: ['qualification.stateRecognisedAbroad'],
  },
  {
    name: 'the engineer with a state-recognised degree: settled',
    input: () => withChange(engineer(), 'qualification.stateRecognisedAbroad', true),
    route: '20a-points',
    condition: 'qualification',
    missing: undefined,
  },
  {
    name: 'a developer without the degree’s date: the new-entrant window waits for it',
    input: () => without(developer(), 'qualification.awardedOn'),
    route: '18g-new-entrant',
    condition: 'degree_date',
    missing: ['qualification.awardedOn'],
  },
  { name: 'the engineer has no job offer: the offer itself', input: engineer, route: '18b', condition: 'job_offer', missing: ['job'] },
  {
    name: 'the electrician: the recognition partnership waits for the written agreement',
    input: electrician,
    route: '16d3-partnership',
    condition: 'agreement',
    missing: ['recognitionPartnership.agreementSigned'],
  },
  { name: 'the electrician: the § 16d means wait only for the 2026 figure', input: electrician, route: '16d1-qualification', condition: 'means', missing: undefined },
];
for (const c of MISSING) {
  test(`Missing answers: ${c.name}`, () => {
    const cond = route(evaluate(c.input()), c.route).conditions.find((x) => x.id === c.condition)!;
    assert.deepEqual(cond.missing, c.missing, `${cond.met}: ${cond.text.en}`);
    if (c.missing === undefined && cond.met === null) assert.equal(cond.unconfirmed, true, 'an unknown without answers rests on an unconfirmed figure');
  });
}

test('The question table: the issue’s wording, both languages, and only paths of the contract', () => {
  assert.equal(QUESTIONS['qualification.awardedOn'].de, 'Wann wurde der Abschluss erworben?');
  assert.equal(questionFor('experience.3.relatedToQualification'), QUESTIONS['experience.*.relatedToQualification']);
  assert.equal(questionFor('person.shoeSize'), undefined);
  for (const [path, q] of Object.entries(QUESTIONS)) {
    assert.ok(q.de.trim().endsWith('?') && q.en.trim().endsWith('?'), path);
    let schema: { type?: string; properties?: Record<string, unknown>; items?: unknown } = CheckInputSchema as never;
    for (const key of path.split('.')) {
      const next: unknown = key === '*' ? schema.items : schema.properties?.[key];
      assert.ok(next, `${path}: ${key} is not a field of CheckInput`);
      schema = next as typeof schema;
    }
  }
});

// ---- notForPerson ----

const NOT_FOR: Array<{ name: string; input: () => CheckInput; route: RouteId; reason: RegExp | undefined }> = [
  { name: 'Western Balkans rule for an Indian', input: developer, route: '19c1-westbalkan', reason: /Albanien/ },
  { name: 'Western Balkans rule for a Serbian', input: () => withChange(developer(), 'person.citizenship', 'RS'), route: '19c1-westbalkan', reason: undefined },
  { name: 'ICT card without a transfer', input: developer, route: '19-ict', reason: /Kein unternehmensinterner Transfer/ },
  { name: 'ICT card for the engineer without any offer', input: engineer, route: '19-ict', reason: /Kein unternehmensinterner Transfer/ },
  {
    name: 'ICT card for a transfer from outside the EU',
    input: () => withChange(developer(), 'job.ict', { role: 'specialist', monthsWithGroup: 12, transferMonths: 24, sendingEntityOutsideEu: true }),
    route: '19-ict',
    reason: undefined,
  },
  {
    name: 'ICT card for a transfer from a company in the EU',
    input: () => withChange(developer(), 'job.ict', { role: 'specialist', monthsWithGroup: 12, transferMonths: 24, sendingEntityOutsideEu: false }),
    route: '19-ict',
    reason: /Sitz in der EU/,
  },
  { name: 'Chancenkarte beside the developer’s open Blue Card', input: developer, route: '20a-skilled', reason: /Blaue Karte EU \(Regelfall\)/ },
  { name: 'Chancenkarte (points) beside the developer’s open Blue Card', input: developer, route: '20a-points', reason: /Stellenangebot/ },
  { name: 'Chancenkarte for the developer without an offer', input: () => without(developer(), 'job'), route: '20a-skilled', reason: undefined },
  { name: 'Chancenkarte for the electrician whose offer opens no route', input: electrician, route: '20a-points', reason: undefined },
  { name: 'Chancenkarte for the electrician at 45,630 € (§ 19c (2) open)', input: () => withChange(electrician(), 'job.annualGrossSalaryEur', 45_630), route: '20a-points', reason: /Berufspraktischer|Erfahrung|Beschäftigung bei/ },
];
for (const c of NOT_FOR) {
  test(`notForPerson: ${c.name}: ${c.reason ? 'marked' : 'not marked'}, outcome unchanged`, () => {
    const input = c.input();
    const r = route(evaluate(input), c.route);
    if (c.reason === undefined) assert.equal(r.notForPerson, undefined);
    else {
      assert.match(r.notForPerson?.de ?? '', c.reason);
      assert.ok(r.notForPerson!.en.length > 10);
      assert.deepEqual(r.hints, []);
    }
  });
}

// ---- likely ----

const LIKELY: Array<{ name: string; input: () => CheckInput; likely: RouteId | undefined; recommended: RouteId | null }> = [
  { name: 'the electrician: § 16d (1), only the 2026 means figure is open', input: electrician, likely: '16d1-qualification', recommended: null },
  { name: 'the electrician at 45,630 €: § 19c (2) is open, nothing is "likely"', input: () => withChange(electrician(), 'job.annualGrossSalaryEur', 45_630), likely: undefined, recommended: '19c2-experience' },
  { name: 'the engineer: the Chancenkarte by points', input: engineer, likely: '20a-points', recommended: null },
  { name: 'the developer: the Blue Card is open', input: developer, likely: undefined, recommended: '18g-standard' },
  {
    name: 'a person without qualification, offer or means in 2026: nothing is plausible but the Chancenkarte is closed too',
    input: () => ({ ...without(engineer(), 'means'), qualification: { level: 'none', germanAssessment: 'none' }, person: { ...engineer().person, german: 'none', english: 'none' } }),
    likely: undefined,
    recommended: null,
  },
];
for (const c of LIKELY) {
  test(`likely: ${c.name}`, () => {
    const r = evaluate(c.input());
    assert.equal(r.recommended, c.recommended);
    assert.equal(r.likely, c.likely);
  });
}

// ---- next steps ----

test('The engineer’s next step: have the degree assessed (anabin, ZAB at 200 €, Anerkennungs-Finder); it decides the Chancenkarte without points', () => {
  const steps = evaluate(engineer()).nextSteps ?? [];
  assert.equal(steps.length, 1);
  const s = steps[0]!;
  assert.equal(s.id, 'degree_assessment');
  assert.equal(s.costEur, 200);
  assert.deepEqual(
    s.links.map((l) => l.url),
    ['https://anabin.kmk.org', 'https://zab.kmk.org', 'https://www.anerkennung-in-deutschland.de'],
  );
  assert.ok(s.routes.includes('20a-skilled'), JSON.stringify(s.routes));
  assert.ok(!s.routes.includes('19-ict') && !s.routes.includes('20a-points'), JSON.stringify(s.routes));
  assert.match(s.text.de, /§ 18 Abs\. 3 Nr\. 2 AufenthG/);
  assert.match(s.duration?.de ?? '', /Monate/);
});

const STEPS: Array<{ name: string; input: () => CheckInput; ids: string[] }> = [
  { name: 'engineer, degree not assessed', input: engineer, ids: ['degree_assessment'] },
  { name: 'engineer, degree comparable', input: () => withChange(engineer(), 'qualification.germanAssessment', 'comparable'), ids: [] },
  { name: 'engineer, degree from Germany', input: () => withChange(engineer(), 'qualification.obtainedIn', 'DE'), ids: [] },
  { name: 'electrician with a Defizitbescheid', input: electrician, ids: [] },
  { name: 'electrician, training not assessed', input: () => withChange(electrician(), 'qualification.germanAssessment', 'none'), ids: ['vocational_recognition'] },
  { name: 'electrician, training recognised as equivalent', input: () => withChange(electrician(), 'qualification.germanAssessment', 'equivalent'), ids: [] },
  { name: 'developer, degree comparable', input: developer, ids: [] },
];
for (const c of STEPS) {
  test(`nextSteps: ${c.name}: ${c.ids.join(', ') || 'none'}`, () => {
    const r = evaluate(c.input());
    assert.deepEqual((r.nextSteps ?? []).map((s) => s.id), c.ids);
  });
}

test('Recognising the electrician’s training would decide § 18a; the step links the Anerkennungs-Finder and names the 3-month limit of § 6 Abs. 3 BQFG', () => {
  const s = evaluate(withChange(electrician(), 'qualification.germanAssessment', 'none')).nextSteps![0]!;
  assert.ok(s.routes.includes('18a'), JSON.stringify(s.routes));
  assert.equal(s.links[0]!.url, 'https://www.anerkennung-in-deutschland.de');
  assert.match(s.duration?.de ?? '', /3 Monate.*§ 6 Abs\. 3 BQFG/);
  assert.equal(s.costEur, undefined, 'the chambers charge by effort: a range, not one fee');
});

// ---- BA approval: "required unless …" (§ 9 Abs. 1 BeschV) ----

test('A person already holding a title in Germany is told the BA approval is required unless § 9 BeschV applies; a first title from abroad is not', () => {
  const abroad = evaluate(electrician());
  const here = evaluate({ ...electrician(), person: { ...electrician().person, firstTitleInGermany: false } });
  for (const r of here.routes) {
    if (r.baApproval === 'required') assert.match(r.baApprovalNote?.de ?? '', /§ 9 Abs\. 1 BeschV/, r.id);
    else assert.equal(r.baApprovalNote, undefined, r.id);
  }
  assert.ok(here.routes.some((r) => r.baApprovalNote !== undefined));
  for (const r of abroad.routes) assert.equal(r.baApprovalNote, undefined, r.id);
});
