// Properties of checkResidence over generated histories: every valid input gets a result of the contract's shape, the
// outcome follows the contract's rule, and earliestDate is exactly the first day on which every time condition holds:
// checked again on that day, none is short; on the day before, one still is.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { addDays, fromDay, toDay } from '../dates.ts';
import { CEFR_LEVELS } from '../types.ts';
import { checkResidence } from './check.ts';
import { outcomeOf } from './move.ts';
import { ResidenceResultSchema } from './schema.ts';
import { TITLE_IDS } from './types.ts';
import type { MoveAssessment, PastTitle, ResidenceInput } from './types.ts';
import { validateResidenceInput } from './validate.ts';

const day = (from: string, to: string) => fc.integer({ min: toDay(from), max: toDay(to) }).map(fromDay);

/** A person on a title since some day, maybe with an earlier period and a gap, employment that goes on. */
const inputArb: fc.Arbitrary<ResidenceInput> = fc
  .record({
    decisionDate: day('2024-03-01', '2030-12-31'),
    title: fc.constantFrom(...TITLE_IDS),
    currentFromBack: fc.integer({ min: 0, max: 2000 }),
    earlier: fc.option(fc.record({ title: fc.constantFrom<PastTitle>('18b', '18g-standard', 'study', 'other', '18a'), length: fc.integer({ min: 30, max: 1500 }), gap: fc.integer({ min: 0, max: 400 }) })),
    employmentDelay: fc.integer({ min: 0, max: 120 }),
    insured: fc.boolean(),
    german: fc.constantFrom(...CEFR_LEVELS),
    obtainedIn: fc.constantFrom<'DE' | 'abroad' | undefined>('DE', 'abroad', undefined),
    extra: fc.integer({ min: 0, max: 40 }),
    sinceBack: fc.option(fc.integer({ min: 0, max: 4000 })),
    restriction: fc.option(fc.boolean()),
  })
  .map((g) => {
    const from = addDays(g.decisionDate, -g.currentFromBack);
    const history: ResidenceInput['residenceHistory'] = [];
    const employment: ResidenceInput['employment'] = [];
    if (g.earlier !== null) {
      const to = addDays(from, -1 - g.earlier.gap);
      history.push({ titleId: g.earlier.title, from: addDays(to, -g.earlier.length), to });
      employment.push({ titleId: g.earlier.title, from: addDays(to, -g.earlier.length), to, pensionInsured: g.insured });
    }
    history.push({ titleId: g.title, from, to: null });
    employment.push({ titleId: g.title, from: addDays(from, g.employmentDelay), to: null, pensionInsured: g.insured });
    const input: ResidenceInput = {
      decisionDate: g.decisionDate,
      person: { birthDate: '1990-05-31', citizenship: 'IN', german: g.german, english: 'B2', orientationTestPassed: true },
      currentTitle: { id: g.title, issuedOn: from, validUntil: '2032-12-31', jobMeetsTitleConditions: true },
      residenceHistory: history,
      employment,
      additionalPensionMonths: g.extra,
      household: { meansSecured: true, livingSpaceSufficient: true },
      family: [],
      qualification: { level: 'academic', germanAssessment: 'comparable', ...(g.obtainedIn ? { obtainedIn: g.obtainedIn } : {}) },
    };
    if (g.restriction !== null) input.currentTitle.employerRestriction = g.restriction;
    if (g.sinceBack !== null) input.person.lawfulResidenceSince = addDays(from, -g.sinceBack);
    return input;
  })
  .filter((x) => validateResidenceInput(x).ok);

const resultCheck = TypeCompiler.Compile(ResidenceResultSchema);
const timeShort = (m: MoveAssessment): boolean => m.conditions.some((c) => c.kind === 'time' && c.met !== true);

test('Every valid input gets a result of the contract: shape, order, outcome by the rule, earliestDate only when not yet', () => {
  fc.assert(
    fc.property(inputArb, (input) => {
      const r = checkResidence(input);
      assert.ok(resultCheck.Check(r), [...resultCheck.Errors(r)].map((e) => `${e.path}: ${e.message}`).join('; '));
      assert.equal(r.moves.length, 8);
      for (const m of r.moves) {
        assert.equal(m.outcome, outcomeOf(m.conditions), m.id);
        if (m.outcome !== 'not_yet') assert.equal(m.earliestDate, null, m.id);
        else if (m.earliestDate !== null) assert.ok(m.earliestDate > input.decisionDate, m.id);
      }
    }),
    { numRuns: 300 },
  );
});

test('earliestDate is the first day on which every time condition holds, if the facts stay as they are', () => {
  fc.assert(
    fc.property(inputArb, (input) => {
      for (const m of checkResidence(input).moves) {
        if (m.outcome !== 'not_yet' || m.earliestDate === null) continue;
        const on = checkResidence({ ...input, decisionDate: m.earliestDate }).moves.find((x) => x.id === m.id)!;
        assert.ok(!timeShort(on), `${m.id} on ${m.earliestDate}: ${on.conditions.map((c) => `${c.id}=${c.met}`).join(', ')}`);
        const before = checkResidence({ ...input, decisionDate: addDays(m.earliestDate, -1) }).moves.find((x) => x.id === m.id)!;
        assert.ok(timeShort(before), `${m.id} the day before ${m.earliestDate} is already complete`);
      }
    }),
    { numRuns: 300 },
  );
});
