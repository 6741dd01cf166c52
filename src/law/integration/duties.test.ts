import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DUTY_IDS, invalidOnboardingField, onboardingDuties } from './duties.ts';
import type { Duty, DutyId, OnboardingFacts } from './duties.ts';
import { INTEGRATION_PARAMETERS } from './parameters.ts';

const base: OnboardingFacts = { arrivalDate: '2026-11-24', employmentStart: '2026-12-01', visaValidUntil: '2027-02-23', titleKind: 'blue_card', federalState: 'DE-RP' };

function duty(list: Duty[], id: DutyId): Duty {
  const d = list.find((x) => x.id === id);
  assert.ok(d, `duty ${id} present`);
  return d;
}
const dateOf = (d: Duty): string | null => (d.due.kind === 'date' ? d.due.date : null);

describe('onboarding duties: deadlines (BGB counting, both sides of each boundary)', () => {
  const table: Array<[string, Partial<OnboardingFacts>, DutyId, string | null]> = [
    // § 17 Abs. 1 BMG: moved in on Tuesday 24.11. → Tuesday 08.12. (event day not counted, § 187 Abs. 1 BGB)
    ['registration two weeks after moving in', {}, 'registration', '2026-12-08'],
    ['registration across the year end', { arrivalDate: '2026-12-28' }, 'registration', '2027-01-11'],
    ['registration across 29 February', { arrivalDate: '2028-02-20', employmentStart: null }, 'registration', '2028-03-05'],
    // § 175 Abs. 3 SGB V: two weeks from the first day of employment, that day counted (§ 187 Abs. 2 BGB)
    ['health insurer chosen within two weeks of the start', {}, 'health_insurance', '2026-12-14'],
    // § 6 DEÜV: six weeks from the start, that day counted
    ['social insurance within six weeks of the start', {}, 'social_insurance', '2027-01-11'],
    // § 81 Abs. 4 S. 1 AufenthG: apply on the visa's last day at the latest
    ['residence permit by the visa’s last day', {}, 'residence_permit', '2027-02-23'],
    // § 4a Abs. 5 S. 3 Nr. 1, 2 AufenthG: before the employment starts
    ['employer checks the title by the first day', {}, 'employer_title_copy', '2026-12-01'],
    // § 82 Abs. 1 S. 6 AufenthG: 12 months from 01.12.2026 end on 30.11.2027
    ['Blue Card notice period ends the day before', {}, 'blue_card_change_notice', '2027-11-30'],
    ['Blue Card notice from 31 January ends on 30 January', { employmentStart: '2027-01-31' }, 'blue_card_change_notice', '2028-01-30'],
    // § 29 Abs. 1 FeV: six months from taking up residence
    ['driving licence six months after moving in', { foreignDrivingLicence: true }, 'driving_licence', '2027-05-24'],
    ['driving licence from 31 August ends on the last day of February', { arrivalDate: '2026-08-31', foreignDrivingLicence: true }, 'driving_licence', '2027-02-28'],
  ];
  for (const [name, facts, id, expected] of table) {
    it(name, () => assert.equal(dateOf(duty(onboardingDuties({ ...base, ...facts }), id)), expected));
  }
});

describe('onboarding duties: unknown, never a guess', () => {
  it('a missing first day of work leaves the employment duties without a date and names the field', () => {
    const list = onboardingDuties({ ...base, employmentStart: null });
    for (const id of ['health_insurance', 'social_insurance', 'employer_title_copy', 'blue_card_change_notice'] as const) {
      assert.deepEqual(duty(list, id).due, { kind: 'unknown', missing: 'employmentStart' }, id);
    }
  });
  it('a missing visa validity leaves the permit duty without a date', () => {
    assert.deepEqual(duty(onboardingDuties({ ...base, visaValidUntil: undefined }), 'residence_permit').due, { kind: 'unknown', missing: 'visaValidUntil' });
  });
  it('the driving licence duty appears only when a foreign licence is recorded', () => {
    assert.equal(onboardingDuties(base).some((d) => d.id === 'driving_licence'), false);
    assert.equal(onboardingDuties({ ...base, foreignDrivingLicence: false }).some((d) => d.id === 'driving_licence'), false);
  });
  it('the Blue Card duty only for a Blue Card', () => {
    for (const titleKind of ['skilled_worker', 'other_employment', 'other', undefined] as const) {
      assert.equal(onboardingDuties({ ...base, titleKind }).some((d) => d.id === 'blue_card_change_notice'), false, String(titleKind));
    }
  });
  it('a title not for employment has no employer duties', () => {
    const ids = onboardingDuties({ ...base, titleKind: 'other' }).map((d) => d.id);
    for (const id of ['employer_title_copy', 'employer_early_end', 'social_insurance'] as const) assert.equal(ids.includes(id), false, id);
  });
});

describe('onboarding duties: children', () => {
  const kids = (births: string[]) => onboardingDuties({ ...base, childrenBirthDates: births });
  const table: Array<[string, string, DutyId | null]> = [
    ['a baby under one gets no duty', '2026-01-10', null],
    ['one year old on the arrival day: childcare', '2025-11-24', 'childcare'],
    ['one day short of one: none', '2025-11-25', null],
    ['five: childcare', '2021-06-01', 'childcare'],
    ['six on the arrival day: school', '2020-11-24', 'school'],
    ['seventeen: school', '2009-11-25', 'school'],
    ['eighteen: none', '2008-11-24', null],
  ];
  for (const [name, birth, expected] of table) {
    it(name, () => {
      const list = kids([birth]).filter((d) => d.id === 'school' || d.id === 'childcare');
      assert.deepEqual(
        list.map((d) => d.id),
        expected === null ? [] : [expected],
      );
    });
  }
  it('school law of Rhineland-Palatinate is cited; elsewhere it is to be verified', () => {
    const rp = duty(kids(['2015-01-01']), 'school');
    assert.equal(rp.norm, '§ 56 Abs. 1 SchulG RLP');
    assert.equal(rp.unconfirmed, false);
    const be = duty(onboardingDuties({ ...base, federalState: 'DE-BE', childrenBirthDates: ['2015-01-01'] }), 'school');
    assert.equal(be.unconfirmed, true);
    assert.equal(be.reference, null);
  });
});

describe('onboarding duties: shape', () => {
  it('dated duties come first, in date order', () => {
    const list = onboardingDuties({ ...base, foreignDrivingLicence: true });
    const dates = list.filter((d) => d.due.kind === 'date').map((d) => (d.due as { date: string }).date);
    assert.deepEqual(dates, [...dates].sort());
    const firstUndated = list.findIndex((d) => d.due.kind !== 'date');
    assert.ok(list.slice(firstUndated).every((d) => d.due.kind !== 'date'));
  });
  it('every duty has a title and reason in both languages, a norm, and an owner', () => {
    const list = onboardingDuties({ ...base, foreignDrivingLicence: true, childrenBirthDates: ['2015-01-01', '2023-01-01'] });
    assert.deepEqual(new Set(list.map((d) => d.id)), new Set(DUTY_IDS));
    for (const d of list) {
      assert.ok(d.title.de && d.title.en && d.why.de && d.why.en && d.norm, d.id);
      assert.ok(d.owner === 'employee' || d.owner === 'employer');
      if (d.reference === null) assert.equal(d.unconfirmed, true, `${d.id} without a source is unconfirmed`);
    }
  });
  it('the reason names the computed date', () => {
    assert.match(duty(onboardingDuties(base), 'registration').why.de, /08\.12\.2026/);
    assert.match(duty(onboardingDuties(base), 'registration').why.en, /08\.12\.2026/);
  });
  it('bad facts name the field', () => {
    assert.equal(invalidOnboardingField({ arrivalDate: '2026-13-01' }), 'arrivalDate');
    assert.equal(invalidOnboardingField({ arrivalDate: '2026-11-01', visaValidUntil: 'soon' }), 'visaValidUntil');
    assert.equal(invalidOnboardingField({ arrivalDate: '2026-11-01', childrenBirthDates: ['2020-01-01', '2027-01-01'] }), 'childrenBirthDates/1');
    assert.throws(() => onboardingDuties({ arrivalDate: 'x' }), /arrivalDate/);
  });
  it('every parameter has a reference, a verification date and one value in force today', () => {
    for (const p of INTEGRATION_PARAMETERS) {
      assert.equal(p.scope, 'residence', p.id);
      for (const v of p.values) assert.ok(v.reference.url.startsWith('http') && /^\d{4}-\d{2}-\d{2}$/.test(v.lastVerified), p.id);
    }
  });
});
