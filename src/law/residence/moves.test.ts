// The other moves as law tables: change of employer, extension, the switch into employment (through the pathway check),
// naturalisation time and the family moves; both sides of every boundary.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths } from '../dates.ts';
import { evaluate } from '../check.ts';
import { checkResidence } from './check.ts';
import { newJobCheckInput } from './employment.ts';
import type { FamilyMember, ResidenceInput } from './types.ts';
import { blueCardHolder, met, move, skilledWorker, vary } from './testing.ts';

// ---- change of employer ----

test('Employer change, Blue Card: notice in the first 12 months of Blue Card employment, none from month 13', () => {
  const start = '2026-04-01';
  const at = (date: string) =>
    vary(blueCardHolder(date), (x) => {
      x.residenceHistory = [{ titleId: '18g-shortage', from: '2026-03-25', to: null }];
      x.currentTitle.id = '18g-shortage';
      x.currentTitle.issuedOn = '2026-03-20';
      x.employment = [{ titleId: '18g-shortage', from: start, to: null, pensionInsured: true }];
    });
  const last = move(at(addDays(addMonths(start, 12), -1)), 'employer-change');
  assert.deepEqual([last.outcome, last.procedure], ['open', 'notify']);
  assert.match(last.conditions[0]!.text.en, /^Month 12 of 12/);
  assert.equal(last.conditions[0]!.unconfirmed, true, 'the 30-day suspension rests on an unconfirmed sentence');
  const thirteenth = move(at(addMonths(start, 12)), 'employer-change');
  assert.deepEqual([thirteenth.outcome, thirteenth.procedure], ['open', 'none']);
  // before the job has begun: notice
  assert.equal(move(at('2026-03-28'), 'employer-change').procedure, 'notify');
});

test('Employer change: the first row that applies decides (restriction, Blue Card, §§ 18a/18b/19c (2), not modelled)', () => {
  const rows: Array<[string, (x: ResidenceInput) => void, string, string | null]> = [
    ['a restriction on the supplementary sheet', (x) => void (x.currentTitle.employerRestriction = true), 'open', 'permission'],
    ['a Blue Card in month 23', () => {}, 'open', 'none'],
    ['§ 18b without restriction', (x) => Object.assign(x.currentTitle, { id: '18b', employerRestriction: false }), 'open', 'none'],
    ['§ 19c (2) without restriction', (x) => Object.assign(x.currentTitle, { id: '19c2-experience', employerRestriction: false }), 'open', 'none'],
    ['§ 18a, restriction not given', (x) => { x.currentTitle.id = '18a'; delete x.currentTitle.employerRestriction; }, 'unknown', null],
    ['a Chancenkarte', (x) => { x.currentTitle.id = '20a-points'; delete x.currentTitle.employerRestriction; }, 'unknown', null],
    ['§ 16d (1)', (x) => { x.currentTitle.id = '16d1-qualification'; x.currentTitle.employerRestriction = false; }, 'unknown', null],
    ['a Chancenkarte with a restriction', (x) => Object.assign(x.currentTitle, { id: '20a-points', employerRestriction: true }), 'open', 'permission'],
  ];
  for (const [name, change, outcome, procedure] of rows) {
    const input = vary(blueCardHolder('2026-12-20'), (x) => {
      change(x);
      x.residenceHistory[x.residenceHistory.length - 1]!.titleId = x.currentTitle.id;
    });
    const m = move(input, 'employer-change');
    assert.deepEqual([m.outcome, m.procedure], [outcome, procedure], name);
    assert.ok(m.hints.some((h) => /613a BGB/.test(h.de) && h.ref === '§ 4a Abs. 3 AufenthG'), `${name}: § 613a hint`);
  }
});

// ---- extension ----

test('Extension: an expired title is closed; every other move is assessed as if held, with a hint', () => {
  const valid = vary(blueCardHolder('2026-11-16'), (x) => void (x.currentTitle.validUntil = '2026-11-16'));
  assert.equal(move(valid, 'extension').outcome, 'open');
  const expired = vary(valid, (x) => void (x.currentTitle.validUntil = '2026-11-15'));
  const r = checkResidence(expired);
  const ext = r.moves.find((m) => m.id === 'extension')!;
  assert.equal(ext.outcome, 'closed');
  assert.equal(met(ext, 'title_valid'), false);
  assert.equal(r.moves.find((m) => m.id === 'settlement-18c2')!.outcome, 'open');
  for (const m of r.moves.filter((x) => x.id !== 'extension')) assert.ok(m.hints.some((h) => /expired on 15 November 2026/.test(h.en)), `${m.id}: expired-title hint`);
  assert.ok(!ext.hints.some((h) => /assessed as if/.test(h.en)));
});

test('Extension of a § 16d title: 35 months held can be extended, 36 cannot', () => {
  const at = (months: number) =>
    vary(skilledWorker(addMonths('2024-03-01', months)), (x) => {
      x.currentTitle = { id: '16d1-qualification', issuedOn: '2024-03-01', validUntil: '2028-01-01', jobMeetsTitleConditions: true };
      x.residenceHistory = [{ titleId: '16d1-qualification', from: '2024-03-01', to: null }];
    });
  assert.equal(met(move(at(35), 'extension'), 'max_duration'), true);
  assert.equal(move(at(35), 'extension').outcome, 'open');
  assert.equal(met(move(at(36), 'extension'), 'max_duration'), false);
  assert.equal(move(at(36), 'extension').outcome, 'closed');
  // no max_duration for other titles
  assert.equal(met(move(skilledWorker(), 'extension'), 'max_duration'), undefined);
});

// ---- switch into employment ----

function chancenkarte(newJob: ResidenceInput['newJob']): ResidenceInput {
  return vary(blueCardHolder('2026-05-04'), (x) => {
    x.person = { birthDate: '1995-07-07', citizenship: 'NG', german: 'A2', english: 'C1', orientationTestPassed: true };
    x.currentTitle = { id: '20a-skilled', issuedOn: '2025-11-01', validUntil: '2026-10-31', employerRestriction: false };
    x.residenceHistory = [{ titleId: '20a-skilled', from: '2025-11-01', to: null }];
    x.employment = [];
    x.experience = [{ isco: '2512', from: '2018-09-01', to: '2025-10-15', relatedToQualification: true }];
    if (newJob === undefined) delete x.newJob;
    else x.newJob = newJob;
  });
}
const job = (isco: string, salary: number): NonNullable<ResidenceInput['newJob']> => ({ isco, annualGrossSalaryEur: salary, contractMonths: null, federalState: 'DE-RP', municipality: 'Kaiserslautern' });

test('Switch into employment: the first eligible route of the pathway check for the new job, not a first title', () => {
  for (const [salary, isco] of [
    [52_000, '2512'],
    [47_000, '2512'],
    [40_000, '2512'],
    [30_000, '2411'],
  ] as const) {
    const input = chancenkarte(job(isco, salary));
    const m = move(input, 'purpose-change-employment');
    // the expectation comes from the pathway check itself, run on the same facts
    const check = evaluate(newJobCheckInput(input));
    assert.equal(newJobCheckInput(input).person.firstTitleInGermany, false);
    const order = ['18g-standard', '18g-shortage', '18g-new-entrant', '18g-it', '18b', '18a', '19c2-experience'];
    const first = order.find((id) => check.routes.find((r) => r.id === id)!.outcome === 'eligible') ?? null;
    assert.equal(m.targetRoute, first, `${salary} ${isco}`);
    assert.equal(m.outcome, first === null ? 'closed' : 'open');
    if (first !== null) assert.equal(m.discretionary, check.routes.find((r) => r.id === first)!.discretionary);
  }
  assert.equal(move(chancenkarte(job('2512', 52_000)), 'purpose-change-employment').targetRoute, '18g-standard');
  assert.equal(move(chancenkarte(job('2512', 47_000)), 'purpose-change-employment').targetRoute, '18g-shortage');
});

test('Switch into employment: no job offer is unknown; no route for a person without qualification or experience is closed', () => {
  const none = move(chancenkarte(undefined), 'purpose-change-employment');
  assert.deepEqual([none.outcome, none.targetRoute, met(none, 'new_job')], ['unknown', null, null]);
  const unqualified = vary(chancenkarte(job('9313', 30_000)), (x) => {
    x.qualification = { level: 'none', germanAssessment: 'none' };
    x.experience = [];
  });
  const closed = move(unqualified, 'purpose-change-employment');
  assert.deepEqual([closed.outcome, closed.targetRoute, met(closed, 'target_route')], ['closed', null, false]);
  // qualification not given: what the check cannot prove stays unknown
  const unsure = move(vary(unqualified, (x) => delete x.qualification), 'purpose-change-employment');
  assert.equal(unsure.outcome, 'unknown');
  // an employment title already held: closed
  assert.equal(met(move(blueCardHolder(), 'purpose-change-employment'), 'title_type'), false);
  assert.equal(move(blueCardHolder(), 'purpose-change-employment').outcome, 'closed');
});

// ---- naturalisation ----

test('Naturalisation time: 8 years before 2024-06-27, 5 from then; earliestDate follows the dated law', () => {
  const at = (date: string, since = '2019-06-01') => vary(skilledWorker(date), (x) => void (x.person.lawfulResidenceSince = since));
  const before = move(at('2024-06-26'), 'naturalisation-time');
  assert.equal(before.outcome, 'not_yet');
  assert.match(before.conditions[0]!.text.en, /^5 of 8 years/);
  assert.equal(before.earliestDate, '2024-06-27');
  const after = move(at('2024-06-27'), 'naturalisation-time');
  assert.equal(after.outcome, 'open');
  // 5 years boundary under the new law
  assert.equal(move(at('2026-05-31', '2021-06-01'), 'naturalisation-time').earliestDate, '2026-06-01');
  assert.equal(move(at('2026-06-01', '2021-06-01'), 'naturalisation-time').outcome, 'open');
  // not given: unknown
  assert.equal(move(skilledWorker(), 'naturalisation-time').outcome, 'unknown');
});

// ---- family ----

const spouse = (over: Partial<FamilyMember> = {}): FamilyMember => ({ ref: 'wife', relation: 'spouse', birthDate: '1995-03-03', citizenship: 'IN', german: 'none', marriedOn: '2020-11-21', ...over });

test('Spouse of a Blue Card holder: no German needed; 18 from the birthday; a living-space false becomes unknown (unconfirmed waiver)', () => {
  const input = vary(blueCardHolder('2026-06-10'), (x) => void (x.family = [spouse()]));
  const m = move(input, 'family-spouse', 'wife');
  assert.equal(m.outcome, 'open');
  assert.equal(met(m, 'german'), true);
  assert.equal(move(vary(input, (x) => void (x.family[0]!.birthDate = '2008-06-11')), 'family-spouse', 'wife').outcome, 'closed');
  assert.equal(move(vary(input, (x) => void (x.family[0]!.birthDate = '2008-06-10')), 'family-spouse', 'wife').outcome, 'open');
  const cramped = move(vary(input, (x) => void (x.household!.livingSpaceSufficient = false)), 'family-spouse', 'wife');
  assert.equal(met(cramped, 'living_space'), null);
  assert.equal(cramped.conditions.find((c) => c.id === 'living_space')!.unconfirmed, true);
  assert.equal(cramped.outcome, 'unknown');
});

test('Spouse of a § 18b holder: A1 needed (exemption unconfirmed: unknown); the title held 2 years or the marriage at issue', () => {
  const base = vary(skilledWorker('2025-06-01'), (x) => void (x.family = [spouse()]));
  const m = move(base, 'family-spouse', 'wife');
  assert.equal(met(m, 'german'), null);
  assert.equal(m.conditions.find((c) => c.id === 'german')!.unconfirmed, true);
  assert.equal(met(m, 'principal_title'), true, 'married before the title was issued, and it runs over a year');
  assert.equal(move(vary(base, (x) => void (x.family[0]!.german = 'A1')), 'family-spouse', 'wife').outcome, 'open');
  // married after the title was issued: only two years with a permit count
  const late = vary(base, (x) => Object.assign(x.family[0]!, { german: 'A1', marriedOn: '2025-01-01' }));
  assert.equal(met(move(late, 'family-spouse', 'wife'), 'principal_title'), false);
  assert.equal(met(move(vary(late, (x) => void (x.decisionDate = '2026-05-01')), 'family-spouse', 'wife'), 'principal_title'), false);
  assert.equal(met(move(vary(late, (x) => void (x.decisionDate = '2026-05-02')), 'family-spouse', 'wife'), 'principal_title'), true);
  // a Chancenkarte holder's spouse with no German: closed
  const ck = vary(base, (x) => {
    x.currentTitle = { id: '20a-points', issuedOn: '2025-01-01', validUntil: '2025-12-31' };
    x.residenceHistory = [{ titleId: '20a-points', from: '2025-01-01', to: null }];
  });
  assert.equal(met(move(ck, 'family-spouse', 'wife'), 'german'), false);
});

test('Child: under 18, unmarried; 16 and 17 not moving with the parents need C1 (exemptions unconfirmed)', () => {
  const child = (birthDate: string, over: Partial<FamilyMember> = {}): FamilyMember => ({ ref: 'kid', relation: 'child', birthDate, citizenship: 'IN', ...over });
  const at = (c: FamilyMember) => move(vary(blueCardHolder('2026-06-10'), (x) => void (x.family = [c])), 'family-child', 'kid');
  // 15 the day before the 16th birthday: no language condition
  assert.equal(at(child('2010-06-11')).outcome, 'open');
  // 16: moving with the parents, or C1, or unknown
  assert.equal(at(child('2010-06-10', { movesWithParent: true })).outcome, 'open');
  assert.equal(at(child('2010-06-10', { movesWithParent: false, german: 'C1' })).outcome, 'open');
  const b2 = at(child('2010-06-10', { movesWithParent: false, german: 'B2' }));
  assert.equal(b2.outcome, 'unknown');
  assert.equal(b2.conditions.find((c) => c.id === 'language_16')!.unconfirmed, true);
  const notSaid = at(child('2010-06-10', { german: 'B2' }));
  assert.equal(notSaid.outcome, 'unknown');
  assert.equal(notSaid.conditions.find((c) => c.id === 'language_16')!.unconfirmed, undefined, 'not given is not unconfirmed');
  // 17 the day before the 18th birthday, 18 on it
  assert.equal(at(child('2008-06-11', { movesWithParent: true })).outcome, 'open');
  assert.equal(at(child('2008-06-10', { movesWithParent: true })).outcome, 'closed');
  assert.equal(at(child('2015-01-01', { unmarried: false })).outcome, 'closed');
});

const parent = (over: Partial<FamilyMember> = {}): FamilyMember => ({ ref: 'mother', relation: 'parent', birthDate: '1961-05-05', citizenship: 'TR', ...over });
const firstTitled = (from: string, date = '2026-06-15', family: FamilyMember[] = [parent()]) =>
  vary(skilledWorker(date), (x) => {
    x.residenceHistory = [{ titleId: '18b', from, to: null }];
    x.employment = [{ titleId: '18b', from, to: null, pensionInsured: true }];
    x.currentTitle.issuedOn = from;
    x.family = family;
  });

test('Parents: the first qualifying title (national visa included) on 2024-03-01 opens the move, on 2024-02-29 not; always discretionary', () => {
  const feb = move(firstTitled('2024-02-29'), 'family-parent', 'mother');
  assert.deepEqual([feb.outcome, met(feb, 'first_title_date'), feb.discretionary], ['closed', false, true]);
  const mar = move(firstTitled('2024-03-01'), 'family-parent', 'mother');
  assert.deepEqual([mar.outcome, met(mar, 'first_title_date'), mar.discretionary], ['open', true, true]);
  // an earlier § 18b visa counts as the first title, even if a Blue Card followed after 2024-03-01
  const earlier = vary(firstTitled('2024-07-01'), (x) => {
    x.residenceHistory = [
      { titleId: '18b', from: '2023-11-20', to: '2024-06-30' },
      { titleId: '18g-standard', from: '2024-07-01', to: null },
    ];
    x.currentTitle.id = '18g-standard';
  });
  assert.equal(met(move(earlier, 'family-parent', 'mother'), 'first_title_date'), false);
  // a family title before does not count; a settlement permit before 2024-03-01 may have been § 18c (3): unknown
  const family = vary(firstTitled('2024-09-01'), (x) => void x.residenceHistory.unshift({ titleId: 'other', from: '2021-01-01', to: '2024-08-31' }));
  assert.equal(met(move(family, 'family-parent', 'mother'), 'first_title_date'), true);
  const settled = vary(firstTitled('2024-09-01'), (x) => void x.residenceHistory.unshift({ titleId: 'settlement', from: '2021-01-01', to: '2024-08-31' }));
  assert.equal(met(move(settled, 'family-parent', 'mother'), 'first_title_date'), null);
  // a Chancenkarte holder has no such title
  const ck = vary(firstTitled('2025-01-01'), (x) => {
    x.currentTitle.id = '20a-skilled';
    x.residenceHistory[0]!.titleId = '20a-skilled';
  });
  assert.equal(move(ck, 'family-parent', 'mother').outcome, 'closed');
});

test('Parents-in-law only if the spouse lives in Germany permanently; from 2029-01-01 the unconfirmed time limit makes the move unknown', () => {
  const inLaw = (v: boolean | undefined): FamilyMember => {
    const m = parent({ ref: 'father-in-law', relation: 'parent_in_law' });
    if (v !== undefined) m.spouseLivesPermanentlyInGermany = v;
    return m;
  };
  assert.equal(move(firstTitled('2024-09-01', '2026-06-15', [inLaw(true)]), 'family-parent', 'father-in-law').outcome, 'open');
  assert.equal(move(firstTitled('2024-09-01', '2026-06-15', [inLaw(false)]), 'family-parent', 'father-in-law').outcome, 'closed');
  assert.equal(move(firstTitled('2024-09-01', '2026-06-15', [inLaw(undefined)]), 'family-parent', 'father-in-law').outcome, 'unknown');
  assert.equal(met(move(firstTitled('2024-09-01'), 'family-parent', 'mother'), 'in_law_residence'), undefined);
  const last = move(firstTitled('2024-09-01', '2028-12-31'), 'family-parent', 'mother');
  assert.deepEqual([last.outcome, met(last, 'in_force')], ['open', undefined]);
  const next = move(firstTitled('2024-09-01', '2029-01-01'), 'family-parent', 'mother');
  assert.deepEqual([next.outcome, met(next, 'in_force')], ['unknown', null]);
  assert.equal(next.conditions.find((c) => c.id === 'in_force')!.unconfirmed, true);
});

test('The moves come in the contract order, then one family move per member in input order; earliestDate only when not yet', () => {
  const input = vary(firstTitled('2024-09-01'), (x) => {
    x.family = [parent({ ref: 'b' }), spouse({ ref: 'a' }), { ref: 'c', relation: 'child', birthDate: '2020-01-01', citizenship: 'TR' }];
  });
  const r = checkResidence(input);
  assert.deepEqual(
    r.moves.map((m) => (m.memberRef ? `${m.id}:${m.memberRef}` : m.id)),
    ['settlement-18c1', 'settlement-18c2', 'settlement-9', 'eu-long-term-9a', 'employer-change', 'extension', 'purpose-change-employment', 'naturalisation-time', 'family-parent:b', 'family-spouse:a', 'family-child:c'],
  );
  for (const m of r.moves) {
    if (m.outcome !== 'not_yet') assert.equal(m.earliestDate, null, m.id);
    assert.equal(m.discretionary, m.id === 'family-parent', m.id);
    assert.equal('procedure' in m, m.id === 'employer-change', m.id);
    assert.equal('targetRoute' in m, m.id === 'purpose-change-employment', m.id);
    for (const c of m.conditions) assert.match(c.ref, /(AufenthG|StAG|BGB|BeschV)$/, `${m.id}.${c.id}`);
  }
  assert.match(r.lawVersion, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(r.lawVersion <= input.decisionDate);
});
