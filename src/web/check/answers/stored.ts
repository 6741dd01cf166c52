// Saved answers → form values (for pre-filling), and the stored JSON read back defensively.

import { DATA_STEPS } from './model.ts';
import type { Answers, DataStepId, FormValues, StepId } from './model.ts';
import { parseStep } from './parse.ts';

export const yn = (b: boolean | undefined): string => (b === undefined ? '' : b ? 'yes' : 'no');

export function formValuesOf(step: DataStepId, answers: Answers): FormValues {
  switch (step) {
    case 'occupation':
      return answers.occupation ? { occupation: answers.occupation.occupationId } : {};
    case 'job': {
      const j = answers.job;
      if (!j) return {};
      return {
        hasOffer: yn(j.hasOffer),
        salary: j.salaryEur !== undefined ? String(j.salaryEur) : '',
        collectiveAgreement: yn(j.collectiveAgreement),
        contract: j.contract ?? '',
        contractMonths: j.contractMonths !== undefined ? String(j.contractMonths) : '',
        federalState: j.federalState,
        municipality: j.municipality ?? '',
        decisionDate: j.decisionDate,
        applicationDate: j.applicationDate ?? '',
      };
    }
    case 'person': {
      const p = answers.person;
      if (!p) return {};
      return {
        citizenship: p.citizenship,
        birthDate: p.birthDate,
        german: p.german,
        english: p.english,
        firstTitle: yn(p.firstTitle),
        means: p.meansMonthlyNetEur !== undefined ? String(p.meansMonthlyNetEur) : '',
      };
    }
    case 'qualification': {
      const q = answers.qualification;
      if (!q) return {};
      return {
        level: q.level,
        obtainedIn: q.obtainedIn ?? '',
        stateRecognised: q.stateRecognised === undefined ? (q.level === 'none' ? '' : 'unknown') : yn(q.stateRecognised),
        awardedOn: q.awardedOn ?? '',
        trainingYears: q.trainingYears !== undefined ? String(q.trainingYears) : '',
        tertiaryEquivalent: yn(q.tertiaryEquivalent),
        assessment: q.assessment,
        engineerTitle: yn(q.engineerTitle),
      };
    }
    case 'experience': {
      const out: FormValues = {};
      (answers.experience?.entries ?? []).forEach((e, i) => {
        out[`exp${i}_isco`] = e.isco;
        out[`exp${i}_from`] = e.from;
        out[`exp${i}_to`] = e.to ?? '';
        out[`exp${i}_related`] = e.related ? 'yes' : 'no';
      });
      return out;
    }
  }
}

/**
 * Stored answers, read back: each page is re-parsed through its own parser from its form values, so that a row
 * written by an older version (or edited by hand) can never smuggle an invalid value into the check.
 */
export function readStoredAnswers(raw: unknown, today: string): Answers {
  const out: Answers = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  const r = raw as Record<string, unknown>;
  for (const step of DATA_STEPS) {
    const page = r[step];
    if (typeof page !== 'object' || page === null) continue;
    // Dates far in the past stay valid when read later: parse against the page's own decision date horizon.
    const values = formValuesOf(step, { [step]: page } as Answers);
    const parsed = parseStep(step, values, today);
    if (parsed.ok) (out as Record<string, unknown>)[step] = parsed.value;
  }
  return out;
}

/** The first page without a saved answer, or 'review' when all are answered. */
export function firstOpenStep(answers: Answers): StepId {
  return DATA_STEPS.find((s) => answers[s] === undefined) ?? 'review';
}
