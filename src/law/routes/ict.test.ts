import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Facts } from '../route.ts';
import type { IctRole } from '../types.ts';
import { ictKarte } from './ict.ts';
import type { CaseOverridesE3, RouteExpectation } from '../testing/fixturesE3.ts';
import { buildFactsE3, project } from '../testing/fixturesE3.ts';

interface Ict {
  role: IctRole;
  monthsWithGroup: number;
  transferMonths: number;
  sendingEntityOutsideEu: boolean;
}

/** A software developer (degree) transferred from the group's Indian company to its German branch in 2026. */
function transfer(ict: Partial<Ict> = {}, o: CaseOverridesE3 = {}): Facts {
  return buildFactsE3({
    job: { ict: { role: 'specialist', monthsWithGroup: 12, transferMonths: 24, sendingEntityOutsideEu: true, ...ict } },
    ...o,
  });
}

interface Case {
  name: string;
  facts: Facts;
  expect: RouteExpectation;
}

const cases: Case[] = [
  {
    name: 'A specialist with 12 months in the group, transferred for 2 years from outside the EU, gets the ICT card with BA approval and without priority check',
    facts: transfer(),
    expect: {
      outcome: 'eligible',
      baApproval: 'required',
      priorityCheck: false,
      discretionary: false,
      salaryThresholdEur: null,
      conditions: { sending_entity: true, role: true, months_with_group: true, transfer_min: true, transfer_max: true },
    },
  },
  {
    name: 'Without a job offer the ICT card is unknown',
    facts: transfer({}, { job: null }),
    expect: { outcome: 'unknown', conditions: { job_offer: null } },
  },
  {
    name: 'A job offer that is not a transfer rules the ICT card out',
    facts: buildFactsE3(),
    expect: { outcome: 'ineligible', conditions: { transfer: false } },
  },
  {
    name: 'A transfer from a company in the EU is not covered',
    facts: transfer({ sendingEntityOutsideEu: false }),
    expect: { outcome: 'ineligible', conditions: { sending_entity: false } },
  },
  {
    name: '5 months with the group are one month short of 6; the hint says so',
    facts: transfer({ monthsWithGroup: 5 }),
    expect: { outcome: 'ineligible', conditions: { months_with_group: false }, hints: [{ conditionId: 'months_with_group', kind: 'experience', target: 6 }] },
  },
  {
    name: 'Exactly 6 months with the group are enough',
    facts: transfer({ monthsWithGroup: 6 }),
    expect: { outcome: 'eligible', conditions: { months_with_group: true } },
  },
  {
    name: 'A transfer of 2 months is not more than 90 days; the hint asks for 4 months',
    facts: transfer({ transferMonths: 2 }),
    expect: { outcome: 'ineligible', conditions: { transfer_min: false }, hints: [{ conditionId: 'transfer_min', kind: 'other', target: 4 }] },
  },
  {
    name: 'A transfer of exactly 3 months may be 89 to 92 days: unknown until the dates are checked',
    facts: transfer({ transferMonths: 3 }),
    expect: { outcome: 'unknown', conditions: { transfer_min: null } },
  },
  {
    name: 'A transfer of 4 months is more than 90 days',
    facts: transfer({ transferMonths: 4 }),
    expect: { outcome: 'eligible', conditions: { transfer_min: true } },
  },
  {
    name: 'A manager may be transferred for 36 months',
    facts: transfer({ role: 'manager', transferMonths: 36 }),
    expect: { outcome: 'eligible', conditions: { transfer_max: true } },
  },
  {
    name: 'A manager may not be transferred for 37 months; the hint names 36',
    facts: transfer({ role: 'manager', transferMonths: 37 }),
    expect: { outcome: 'ineligible', conditions: { transfer_max: false }, hints: [{ conditionId: 'transfer_max', kind: 'other', target: 36 }] },
  },
  {
    name: 'A trainee with a degree may be transferred for 12 months',
    facts: transfer({ role: 'trainee', transferMonths: 12 }),
    expect: { outcome: 'eligible', conditions: { trainee_degree: true, transfer_max: true } },
  },
  {
    name: 'A trainee may not be transferred for 13 months',
    facts: transfer({ role: 'trainee', transferMonths: 13 }),
    expect: { outcome: 'ineligible', conditions: { transfer_max: false } },
  },
  {
    name: 'A trainee without a degree is not covered',
    facts: transfer({ role: 'trainee', transferMonths: 12 }, { qualification: { level: 'vocational', germanAssessment: 'none' } }),
    expect: { outcome: 'ineligible', conditions: { trainee_degree: false } },
  },
  {
    name: 'A specialist needs no university degree for the ICT card (the proof of professional qualification is not modelled)',
    facts: transfer({}, { qualification: { level: 'none', germanAssessment: 'none' } }),
    expect: { outcome: 'eligible' },
  },
];

for (const c of cases) {
  test(`19-ict: ${c.name}`, () => {
    assert.deepEqual(project(ictKarte(c.facts, c.facts.decisionDate), c.expect), c.expect);
  });
}

test('Only trainees get the degree condition', () => {
  assert.equal(ictKarte(transfer(), '2026-04-01').conditions.some((c) => c.id === 'trainee_degree'), false);
});
