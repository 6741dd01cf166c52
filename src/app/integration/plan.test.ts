// The onboarding plan (issue 17), pure: keys, owners, dates and legal bases of the duties and the template steps; the
// children's school and childcare duties keyed by the family member; the route's title kind.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_TEMPLATES } from './defaultTemplates.ts';
import { onboardingPlan, titleKindOf } from './plan.ts';

const FACTS = { arrivalDate: '2026-11-27', visaValidUntil: null, workStartOn: null, foreignDrivingLicence: null, federalState: 'DE-RP', routeId: '18b' };

test('title kinds by route', () => {
  assert.deepEqual(['18g-standard', '18g-it', '18a', '18b', '16d1-qualification', 'other'].map(titleKindOf), ['blue_card', 'blue_card', 'skilled_worker', 'skilled_worker', 'other_employment', 'other']);
});

test('table: the plan of an arrival on 27.11.2026 without the first day of work or the visa', () => {
  const plan = onboardingPlan(FACTS, [], DEFAULT_TEMPLATES);
  const by = new Map(plan.map((p) => [p.key, p]));
  const rows: [string, string | null, string, string | null][] = [
    // key, due, owner, missing
    ['onboarding:registration', '2026-12-11', 'candidate', null],
    ['onboarding:residence_permit', null, 'candidate', 'visaValidUntil'],
    ['onboarding:health_insurance', null, 'candidate', 'workStartOn'],
    ['onboarding:social_insurance', null, 'company', 'workStartOn'],
    ['onboarding:employer_title_copy', null, 'company', 'workStartOn'],
    ['onboarding:employer_early_end', null, 'company', null],
    ['onboarding-tpl:housing', '2026-11-13', 'company', null],
    ['onboarding-tpl:language-support', '2026-12-25', 'adviser', null],
    ['onboarding-tpl:checkin-1', null, 'adviser', 'workStartOn'],
  ];
  for (const [key, due, owner, missing] of rows) {
    const p = by.get(key);
    assert.ok(p, key);
    assert.deepEqual([p.dueOn, p.owner, p.missing], [due, owner, missing], key);
  }
  // no licence known: no conversion duty; an unconfirmed rule is marked on its legal basis
  assert.ok(!by.has('onboarding:driving_licence'));
  assert.equal(by.get('onboarding:tax_id')!.deadlineRef, '§ 139b AO · zu prüfen');
  assert.equal(by.get('onboarding:registration')!.deadlineRef, '§ 17 Abs. 1 BMG');
  assert.equal(by.get('onboarding:employer_early_end')!.onEventDays, 28);
  // every key once
  assert.equal(new Set(plan.map((p) => p.key)).size, plan.length);
});

test('children: school and childcare keyed by the member, in birth order; a baby and a child born after the arrival get none', () => {
  const kids = [
    { id: 'baby', birthDate: '2026-05-01' },
    { id: 'toddler', birthDate: '2023-01-10' },
    { id: 'pupil', birthDate: '2018-02-02' },
    { id: 'later', birthDate: '2026-12-01' },
  ];
  const plan = onboardingPlan({ ...FACTS, workStartOn: '2026-12-01' }, kids, []);
  const keys = plan.filter((p) => p.key.startsWith('onboarding:school') || p.key.startsWith('onboarding:childcare')).map((p) => p.key);
  assert.deepEqual(keys.sort(), ['onboarding:childcare:toddler', 'onboarding:school:pupil']);
  // with the first day of work, a check-in a month later; the title copy before the start
  const withTemplates = onboardingPlan({ ...FACTS, workStartOn: '2026-12-01' }, [], DEFAULT_TEMPLATES);
  assert.equal(withTemplates.find((p) => p.key === 'onboarding-tpl:checkin-1')?.dueOn, '2027-01-01');
  assert.equal(withTemplates.find((p) => p.key === 'onboarding:employer_title_copy')?.dueOn, '2026-12-01');
});
