// validateCheckInput: strict schema errors with JSON-pointer paths, and the cross-field rules.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MODELLED_FROM, validateCheckInput } from './validate.ts';
import type { CheckInput } from './types.ts';

function valid(): CheckInput {
  return {
    decisionDate: '2026-04-01',
    person: {
      birthDate: '1996-02-10',
      citizenship: 'IN',
      german: 'none',
      english: 'B2',
      firstTitleInGermany: true,
      adequatePensionProvision: false,
      lawfulStayMonthsLast5Years: 0,
      asylblgBenefitsLast24Months: false,
    },
    qualification: {
      level: 'academic',
      awardedOn: '2018-06-30',
      obtainedIn: 'abroad',
      stateRecognisedAbroad: true,
      trainingYears: 3.5,
      germanAssessment: 'comparable',
      licence: 'not_needed',
    },
    experience: [{ isco: '2512', from: '2018-09-01', to: '2026-04-01', relatedToQualification: true }],
    job: {
      isco: '2512',
      annualGrossSalaryEur: 52000,
      collectiveAgreement: false,
      qualifiedEmployment: true,
      appropriateToQualification: true,
      contractMonths: null,
      regulated: false,
      federalState: 'DE-RP',
      municipality: 'Kaiserslautern',
      ict: { role: 'specialist', monthsWithGroup: 12, transferMonths: 24, sendingEntityOutsideEu: true },
    },
    means: { monthlyNetEur: 1200 },
    recognitionPartnership: { agreementSigned: true, employerSuitable: true },
    chancenkarte: { partnerApplies: false },
  };
}

/** Tests mutate inputs freely to break them; a typed view would defeat the purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** The errors for one mutation of the valid input. */
function errorsOf(mutate: (x: Loose) => void): Array<{ path: string; message: string }> {
  const x = valid() as unknown as Loose;
  mutate(x);
  const r = validateCheckInput(x);
  assert.equal(r.ok, false, 'expected the input to be rejected');
  return r.ok ? [] : r.errors;
}

function only(mutate: (x: Loose) => void, path: string, message: RegExp): void {
  const errors = errorsOf(mutate);
  assert.deepEqual(errors.map((e) => e.path), [path], JSON.stringify(errors));
  assert.match(errors[0]!.message, message);
}

test('a complete input and a minimal one are accepted, and the value is the input itself', () => {
  const x = valid();
  const r = validateCheckInput(x);
  assert.ok(r.ok);
  assert.equal(r.value, x);
  const minimal = {
    decisionDate: MODELLED_FROM,
    person: { birthDate: '1990-01-01', citizenship: 'XK', german: 'B1', english: 'none' },
    qualification: { level: 'none', germanAssessment: 'none' },
    experience: [],
  };
  assert.deepEqual(validateCheckInput(minimal), { ok: true, value: minimal });
});

test('no coercion: a salary as a string, a boolean as "true", a number as a string are rejected', () => {
  only((x) => (x.job.annualGrossSalaryEur = '52000'), '/job/annualGrossSalaryEur', /must be a number, not the string "52000"/);
  only((x) => (x.person.firstTitleInGermany = 'true'), '/person/firstTitleInGermany', /must be true or false/);
  only((x) => (x.qualification.trainingYears = '4'), '/qualification/trainingYears', /must be a number/);
  only((x) => (x.experience = {}), '/experience', /must be an array/);
});

test('unknown properties are rejected at every level, with the path of the property', () => {
  only((x) => (x.extra = 1), '/extra', /unknown property/);
  only((x) => (x.person.name = 'A'), '/person/name', /unknown property/);
  only((x) => (x.job.ict.extra = true), '/job/ict/extra', /unknown property/);
  only((x) => (x.experience[0].employer = 'X'), '/experience/0/employer', /unknown property/);
  only((x) => (x.means.weekly = 1), '/means/weekly', /unknown property/);
});

test('missing required fields are named', () => {
  only((x) => delete x.person.birthDate, '/person/birthDate', /is required/);
  only((x) => delete x.qualification.germanAssessment, '/qualification/germanAssessment', /is required/);
  only((x) => delete x.job.federalState, '/job/federalState', /is required/);
  only((x) => delete x.experience, '/experience', /is required/);
  only((x) => delete x.recognitionPartnership.employerSuitable, '/recognitionPartnership/employerSuitable', /is required/);
});

test('enumerations, patterns and ranges', () => {
  only((x) => (x.person.german = 'B3'), '/person/german', /one of: "none", "A1", "A2", "B1", "B2", "C1", "C2"/);
  only((x) => (x.person.citizenship = 'ind'), '/person/citizenship', /ISO 3166-1 alpha-2/);
  only((x) => (x.person.citizenship = 'in'), '/person/citizenship', /ISO 3166-1 alpha-2/);
  only((x) => (x.job.isco = '251'), '/job/isco', /4 digits/);
  only((x) => (x.experience[0].isco = 2512), '/experience/0/isco', /must be a string/);
  only((x) => (x.job.federalState = 'DE-XX'), '/job/federalState', /German federal state/);
  only((x) => (x.job.annualGrossSalaryEur = -1), '/job/annualGrossSalaryEur', /at least 0/);
  only((x) => (x.job.annualGrossSalaryEur = 10_000_001), '/job/annualGrossSalaryEur', /at most 10000000/);
  only((x) => (x.person.lawfulStayMonthsLast5Years = 61), '/person/lawfulStayMonthsLast5Years', /at most 60/);
  only((x) => (x.job.contractMonths = 1201), '/job/contractMonths', /number from 0 to 1200 or null/);
  only((x) => (x.job.ict.role = 'boss'), '/job/ict/role', /one of: "manager", "specialist", "trainee"/);
  only((x) => (x.qualification.obtainedIn = 'de'), '/qualification/obtainedIn', /"DE", "abroad"/);
  only((x) => (x.job.municipality = ''), '/job/municipality', /must not be empty/);
  only((x) => (x.experience = Array(101).fill(x.experience[0])), '/experience', /at most 100 entries/);
  // null is an answer only where the contract allows it
  assert.ok(validateCheckInput({ ...valid(), job: { ...valid().job!, contractMonths: null } }).ok);
  only((x) => (x.job.collectiveAgreement = null), '/job/collectiveAgreement', /must be true or false, not null/);
});

test('dates: the form, real calendar days, and the first modelled day', () => {
  only((x) => (x.decisionDate = '01.04.2026'), '/decisionDate', /YYYY-MM-DD/);
  only((x) => (x.decisionDate = '2026-4-1'), '/decisionDate', /YYYY-MM-DD/);
  only((x) => (x.decisionDate = '2026-13-01'), '/decisionDate', /YYYY-MM-DD/);
  only((x) => (x.decisionDate = '2026-02-30'), '/decisionDate', /not a real calendar date/);
  only((x) => (x.person.birthDate = '1995-02-29'), '/person/birthDate', /not a real calendar date/);
  assert.ok(validateCheckInput({ ...valid(), person: { ...valid().person, birthDate: '1996-02-29' } }).ok);
  only((x) => (x.decisionDate = '2023-01-01'), '/decisionDate', /modelled from 2023-11-18/);
  only((x) => (x.decisionDate = '2023-11-17'), '/decisionDate', /modelled from 2023-11-18/);
  const r = validateCheckInput({ ...valid(), decisionDate: '2023-11-18', experience: [], qualification: { level: 'none', germanAssessment: 'none' } });
  assert.ok(r.ok, JSON.stringify(r));
});

test('cross-field rules: birth before the decision, award not after it, periods in order', () => {
  only((x) => (x.person.birthDate = '2026-04-01'), '/person/birthDate', /before decisionDate \(2026-04-01\)/);
  only((x) => (x.person.birthDate = '1900-01-01'), '/person/birthDate', /120 or older/);
  only((x) => (x.qualification.awardedOn = '2026-04-02'), '/qualification/awardedOn', /not be after decisionDate/);
  assert.ok(validateCheckInput({ ...valid(), qualification: { ...valid().qualification, awardedOn: '2026-04-01' } }).ok);
  only((x) => (x.qualification.awardedOn = '1990-01-01'), '/qualification/awardedOn', /after birthDate/);
  only((x) => (x.experience[0].from = '2026-04-02'), '/experience/0/from', /not be after to \(2026-04-01\)/);
  only((x) => x.experience.push({ isco: '2511', from: '1980-01-01', to: '1990-01-01' }), '/experience/1/from', /after birthDate/);
  // a job that started and ended on the same day is a valid period
  assert.ok(validateCheckInput({ ...valid(), experience: [{ isco: '2512', from: '2020-01-01', to: '2020-01-01' }] }).ok);
});

test('applicationDate (issue 12): a real date, not before the first modelled day, not after decisionDate', () => {
  only((x) => (x.applicationDate = '01.03.2026'), '/applicationDate', /YYYY-MM-DD/);
  only((x) => (x.applicationDate = '2026-02-30'), '/applicationDate', /not a real calendar date/);
  only((x) => (x.applicationDate = 20260301), '/applicationDate', /must be a string/);
  only((x) => (x.applicationDate = '2026-04-02'), '/applicationDate', /not be after decisionDate \(2026-04-01\)/);
  only((x) => (x.applicationDate = '2023-11-17'), '/applicationDate', /modelled from 2023-11-18/);
  // both sides of each boundary
  for (const applicationDate of ['2026-04-01', '2026-03-31', '2023-11-18']) {
    const r = validateCheckInput({ ...valid(), applicationDate });
    assert.ok(r.ok, `${applicationDate}: ${JSON.stringify(r)}`);
  }
});

test('tertiaryEquivalent (issue 12): a boolean, and only for a vocational or academic qualification', () => {
  only((x) => (x.qualification.tertiaryEquivalent = 'yes'), '/qualification/tertiaryEquivalent', /must be true or false/);
  only((x) => Object.assign(x.qualification, { level: 'none', tertiaryEquivalent: true }), '/qualification/tertiaryEquivalent', /vocational or academic/);
  for (const level of ['vocational', 'academic'] as const) {
    const r = validateCheckInput({ ...valid(), qualification: { ...valid().qualification, level, tertiaryEquivalent: true } });
    assert.ok(r.ok, `${level}: ${JSON.stringify(r)}`);
  }
  const none = validateCheckInput({ ...valid(), qualification: { ...valid().qualification, level: 'none', tertiaryEquivalent: false } });
  assert.ok(none.ok, JSON.stringify(none));
});

test('several errors are reported together, one per field, and a schema error does not hide a date error', () => {
  const errors = errorsOf((x) => {
    x.job.annualGrossSalaryEur = '1';
    x.person.birthDate = '2001-02-29';
    delete x.qualification.level;
  });
  assert.deepEqual(errors.map((e) => e.path).sort(), ['/job/annualGrossSalaryEur', '/person/birthDate', '/qualification/level']);
  assert.equal(new Set(errors.map((e) => e.path)).size, errors.length);
});

test('anything that is not an object is rejected at the root, without throwing', () => {
  for (const x of [null, undefined, 5, 'x', [], true, () => 1, Symbol('s'), 10n]) {
    const r = validateCheckInput(x);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.errors[0]!.path, '');
      assert.match(r.errors[0]!.message, /must be an object/);
    }
  }
  const cyclic = valid() as unknown as Loose;
  cyclic.person.self = cyclic;
  assert.equal(validateCheckInput(cyclic).ok, false);
});

test('NaN and Infinity are not numbers the contract accepts', () => {
  only((x) => (x.job.annualGrossSalaryEur = Number.NaN), '/job/annualGrossSalaryEur', /must be a number/);
  only((x) => (x.means.monthlyNetEur = Number.POSITIVE_INFINITY), '/means/monthlyNetEur', /at most|must be a number/);
});
