// The round trip of a check's input through the questionnaire's answers (issue 14): input → answers (answersFromInput)
// → stored and read back → buildCheckInput, registered as tests for named profiles. Used by inverse.test.ts (profiles of
// this repository) and inverse.contract.ts (the contract's worked examples, from ../shared).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckInput } from '../../../law/types.ts';
import { answersFromInput } from '../../../app/checks/answersFromInput.ts';
import { buildCheckInput } from './build.ts';
import { readStoredAnswers } from './stored.ts';

/** The dotted paths where a and b differ (a key absent on one side counts). */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = Array.isArray(a) || Array.isArray(b)
      ? Array.from({ length: Math.max((a as unknown[]).length ?? 0, (b as unknown[]).length ?? 0) }, (_, i) => String(i))
      : [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path === '' ? k : `${path}.${k}`));
  }
  return Object.is(a, b) ? [] : [path];
}

export function roundTrip(input: CheckInput): { built: ReturnType<typeof buildCheckInput>; dropped: string[] } {
  const { answers, dropped } = answersFromInput(input, { federalState: 'DE-RP' });
  // as saved in saved_checks.answers (JSON) and read back by the questionnaire on the day of the check
  const stored = readStoredAnswers(JSON.parse(JSON.stringify(answers)), input.decisionDate);
  return { built: buildCheckInput(stored), dropped };
}

const covered = (path: string, dropped: string[]) => dropped.some((d) => path === d || path.startsWith(`${d}.`));

/** Two tests per profile: what is dropped is said, and what the questionnaire holds comes back exactly. */
export function roundTripTests(PROFILES: Record<string, CheckInput>): void {
  for (const [name, input] of Object.entries(PROFILES)) {
    test(`${name}: input → answers → buildCheckInput differs only where the inverse says it drops a fact`, () => {
      const { built, dropped } = roundTrip(input);
      if (!built.ok) {
        // the one page that may stay unanswered is the occupation: when the job's ISCO group has no occupation in the
        // catalogue (said: job.isco dropped), or without a job offer and without work the page could be answered from
        assert.deepEqual(built.missing, ['occupation'], JSON.stringify(built));
        assert.ok(input.job === undefined ? dropped.includes('experience.0') || input.experience.length === 0 : dropped.includes('job.isco'));
        return;
      }
      const diff = differences(built.input, input);
      assert.deepEqual(diff.filter((p) => !covered(p, dropped)), [], `dropped: ${dropped.join(', ')}`);
    });

    test(`${name}: what the questionnaire can hold comes back exactly, with nothing dropped`, () => {
      const first = roundTrip(input);
      if (!first.built.ok) return;
      const again = roundTrip(first.built.input);
      assert.deepEqual(again.dropped, []);
      assert.ok(again.built.ok);
      assert.deepEqual(again.built.input, first.built.input);
    });
  }
}
