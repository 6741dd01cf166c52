// The residence lifecycle check (contract residence-v1, src/law/residence) on a case's facts (issue 15): the title
// recorded on the case, the candidate's person facts and the day the person entered (the case's status change to
// "entry"), assessed on a date. Pure: the use case that loads the case passes the values in.
//
// A case records less than the contract can take, so the outlook says what it assumed:
// - residence: one uninterrupted period under the current title from the entry (or, without one, from the title's
//   issue date): a national visa of the same route counts towards it (§ 6 Abs. 3 S. 3 AufenthG);
// - employment: under the current title, with compulsory pension contributions, from the recorded start of the
//   employment (title_employment_from), else the job's planned start, else the title's issue date;
// - unknown facts (means, living space, the orientation test, the employer restriction, whether the job still meets
//   the title's conditions) stay unknown: the engine marks the conditions that need them `met: null`.
// Besides the candidate's own German level, the settlement permit of Blue Card holders (§ 18c Abs. 2 AufenthG) is
// assessed with B1 and with A1, so that the page can say from when each level would be enough.

import { checkResidence } from '../../law/residence/check.ts';
import { validateResidenceInput } from '../../law/residence/validate.ts';
import { TITLE_IDS } from '../../law/residence/types.ts';
import type { ResidenceInput, ResidenceResult, TitleId } from '../../law/residence/types.ts';
import type { Cefr } from '../../law/types.ts';
import type { CandidateFacts } from '../candidates/checkFacts.ts';

export interface CaseResidenceFacts {
  /** the decision date: today in Berlin */
  today: string;
  candidate: { birthDate: string | null; citizenship: string | null; facts: CandidateFacts };
  title: { routeId: string | null; issuedOn: string | null; validUntil: string | null; employmentFrom: string | null };
  /** the day the case reached "entry", if it did */
  enteredOn: string | null;
  /** the job's planned start */
  plannedStart: string | null;
}

/** What the outlook needs and the case lacks, by field. */
export type OutlookGap = 'title' | 'titleRoute' | 'birthDate' | 'citizenship' | 'german' | 'english';

export interface ResidenceOutlook {
  status: 'assessed' | 'incomplete' | 'invalid';
  /** incomplete: what is missing */
  gaps: OutlookGap[];
  /** invalid: the engine's validation messages (path: message), e.g. a title issued after today */
  errors: string[];
  /** the assumptions made, as facts the page states */
  assumed: { residenceFrom: string; employmentFrom: string; employmentFromSource: 'recorded' | 'plannedStart' | 'titleIssued' } | null;
  result: ResidenceResult | null;
  /** § 18c Abs. 2 AufenthG (Blue Card holders): the earliest date with B1 and with A1 (null when open or not datable) */
  blueCardSettlement: { b1: LevelOutcome; a1: LevelOutcome } | null;
}

export interface LevelOutcome {
  outcome: 'open' | 'not_yet' | 'closed' | 'unknown';
  earliestDate: string | null;
  /** the conditions still unknown (means, living space, …): the case does not record them */
  unknown: string[];
}

const BLUE_CARD_TITLES: readonly string[] = ['18g-standard', '18g-shortage', '18g-new-entrant', '18g-it'];

function isTitleId(x: string | null): x is TitleId {
  return x !== null && (TITLE_IDS as readonly string[]).includes(x);
}

/** The contract input for a case, or the facts it lacks. */
export function residenceInputOfCase(f: CaseResidenceFacts, germanOverride?: Cefr): { input: ResidenceInput; assumed: NonNullable<ResidenceOutlook['assumed']> } | { gaps: OutlookGap[] } {
  const gaps: OutlookGap[] = [];
  const t = f.title;
  if (t.routeId === null || t.issuedOn === null || t.validUntil === null) gaps.push('title');
  else if (!isTitleId(t.routeId)) gaps.push('titleRoute');
  if (f.candidate.birthDate === null) gaps.push('birthDate');
  if (f.candidate.citizenship === null) gaps.push('citizenship');
  const person = f.candidate.facts.person;
  const german = germanOverride ?? person?.german;
  if (german === undefined) gaps.push('german');
  if (person?.english === undefined) gaps.push('english');
  if (gaps.length > 0 || !isTitleId(t.routeId) || german === undefined || person?.english === undefined) return { gaps };

  const issuedOn = t.issuedOn!;
  // the entry counts from the day it happened, but never after the title's own issue date
  const residenceFrom = f.enteredOn !== null && f.enteredOn < issuedOn ? f.enteredOn : issuedOn;
  const employmentFromSource = t.employmentFrom !== null ? 'recorded' : f.plannedStart !== null && f.plannedStart <= f.today ? 'plannedStart' : 'titleIssued';
  const employmentFrom = employmentFromSource === 'recorded' ? t.employmentFrom! : employmentFromSource === 'plannedStart' ? f.plannedStart! : issuedOn;
  const input: ResidenceInput = {
    decisionDate: f.today,
    person: { birthDate: f.candidate.birthDate!, citizenship: f.candidate.citizenship!, german, english: person.english },
    currentTitle: { id: t.routeId, issuedOn, validUntil: t.validUntil! },
    residenceHistory: [{ titleId: t.routeId, from: residenceFrom, to: null }],
    employment: employmentFrom <= f.today ? [{ titleId: t.routeId, from: employmentFrom, to: null, pensionInsured: true }] : [],
    family: [],
  };
  if (f.candidate.facts.qualification !== undefined) input.qualification = f.candidate.facts.qualification;
  return { input, assumed: { residenceFrom, employmentFrom, employmentFromSource } };
}

function run(input: ResidenceInput): { result: ResidenceResult } | { errors: string[] } {
  const v = validateResidenceInput(input);
  if (!v.ok) return { errors: v.errors.map((e) => `${e.path}: ${e.message}`) };
  return { result: checkResidence(v.value) };
}

function settlementAt(input: ResidenceInput, german: Cefr): LevelOutcome {
  const r = run({ ...input, person: { ...input.person, german } });
  if ('errors' in r) return { outcome: 'unknown', earliestDate: null, unknown: [] };
  const m = r.result.moves.find((x) => x.id === 'settlement-18c2' && x.memberRef === undefined);
  if (m === undefined) return { outcome: 'unknown', earliestDate: null, unknown: [] };
  return { outcome: m.outcome, earliestDate: m.earliestDate, unknown: m.conditions.filter((c) => c.met === null).map((c) => c.id) };
}

/** The residence check on a case's facts, with the Blue Card settlement dates for B1 and A1. */
export function residenceOutlookOfCase(f: CaseResidenceFacts): ResidenceOutlook {
  const built = residenceInputOfCase(f);
  if ('gaps' in built) {
    // the Blue Card dates need no German level of the person: they assume one
    const probe = f.candidate.facts.person?.german === undefined ? residenceInputOfCase(f, 'B1') : built;
    const blueCardSettlement =
      'input' in probe && BLUE_CARD_TITLES.includes(probe.input.currentTitle.id)
        ? { b1: settlementAt(probe.input, 'B1'), a1: settlementAt(probe.input, 'A1') }
        : null;
    return { status: 'incomplete', gaps: built.gaps, errors: [], assumed: 'input' in probe ? probe.assumed : null, result: null, blueCardSettlement };
  }
  const r = run(built.input);
  if ('errors' in r) return { status: 'invalid', gaps: [], errors: r.errors, assumed: built.assumed, result: null, blueCardSettlement: null };
  const blueCardSettlement = BLUE_CARD_TITLES.includes(built.input.currentTitle.id)
    ? { b1: settlementAt(built.input, 'B1'), a1: settlementAt(built.input, 'A1') }
    : null;
  return { status: 'assessed', gaps: [], errors: [], assumed: built.assumed, result: r.result, blueCardSettlement };
}
