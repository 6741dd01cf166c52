// Fixtures for the ICT, § 16d, Western Balkans and Chancenkarte law tests: E1's buildInput (./fixtures.ts)
// plus the contract's § 16d (3) and Chancenkarte blocks. Only test files import this module.

import type { CheckInput, Hint, RouteAssessment } from '../types.ts';
import type { DecidedRoute } from '../decision.ts';
import type { Facts } from '../route.ts';
import { applyDefaults } from '../route.ts';
import type { CaseOverrides } from './fixtures.ts';
import { buildInput } from './fixtures.ts';

export interface CaseOverridesE3 extends CaseOverrides {
  recognitionPartnership?: CheckInput['recognitionPartnership'];
  chancenkarte?: CheckInput['chancenkarte'];
  /** remove optional person facts (to test "unknown") */
  omitPerson?: Array<keyof CheckInput['person']>;
}

export function buildInputE3(o: CaseOverridesE3 = {}): CheckInput {
  const input = buildInput(o);
  if (o.recognitionPartnership) input.recognitionPartnership = o.recognitionPartnership;
  if (o.chancenkarte) input.chancenkarte = o.chancenkarte;
  for (const k of o.omitPerson ?? []) delete input.person[k];
  return input;
}

export function buildFactsE3(o: CaseOverridesE3 = {}): Facts {
  return applyDefaults(buildInputE3(o));
}

/** TC-17: a Kosovo national without formal qualification, offered 32,000 € as a construction worker (ISCO 9313) in 2026. */
export function tc17Overrides(o: CaseOverridesE3 = {}): CaseOverridesE3 {
  return {
    decisionDate: '2026-04-01',
    person: { birthDate: '1995-03-01', citizenship: 'XK', german: 'A1', english: 'none', asylblgBenefitsLast24Months: false },
    qualification: {
      level: 'none',
      awardedOn: undefined,
      obtainedIn: undefined,
      stateRecognisedAbroad: undefined,
      trainingYears: undefined,
      germanAssessment: 'none',
    },
    experience: [],
    job: { isco: '9313', annualGrossSalaryEur: 32_000, regulated: false, qualifiedEmployment: false },
    ...o,
  };
}

/** What a law-table case expects of a route; only the fields given are compared. */
export interface RouteExpectation {
  outcome?: RouteAssessment['outcome'];
  baApproval?: RouteAssessment['baApproval'];
  priorityCheck?: boolean;
  discretionary?: boolean;
  salaryThresholdEur?: number | null;
  points?: number;
  /** met per condition id; "missing": the route must not have this condition */
  conditions?: Record<string, boolean | null | 'missing'>;
  /** condition ids that carry the "to be verified" flag (compared for the ids named in `conditions` and here) */
  unconfirmed?: string[];
  /** hints by condition id and kind with their target or date */
  hints?: Array<Pick<Hint, 'conditionId' | 'kind'> & Partial<Pick<Hint, 'target' | 'date'>>>;
}

/**
 * The actual route projected onto the expectation's shape, so a test can assert.deepEqual(project(a, e), e).
 * A missing condition shows as `"missing"`, which never equals an expected met value.
 */
export function project(a: RouteAssessment | DecidedRoute, e: RouteExpectation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (e.outcome !== undefined) out.outcome = a.outcome;
  if (e.baApproval !== undefined) out.baApproval = a.baApproval;
  if (e.priorityCheck !== undefined) out.priorityCheck = a.priorityCheck;
  if (e.discretionary !== undefined) out.discretionary = a.discretionary;
  if (e.salaryThresholdEur !== undefined) out.salaryThresholdEur = a.salaryThresholdEur;
  if (e.points !== undefined) out.points = a.points;
  if (e.conditions) {
    const c: Record<string, boolean | null | 'missing'> = {};
    for (const id of Object.keys(e.conditions)) {
      const found = a.conditions.find((x) => x.id === id);
      c[id] = found ? found.met : 'missing';
    }
    out.conditions = c;
  }
  if (e.unconfirmed) {
    // flagged ids among those the case names, in the order the case names them
    const named = [...new Set([...e.unconfirmed, ...Object.keys(e.conditions ?? {})])];
    out.unconfirmed = named.filter((id) => a.conditions.some((x) => x.id === id && x.unconfirmed === true));
  }
  if (e.hints) {
    out.hints = e.hints.map((h) => {
      const found = a.hints.find((x) => x.conditionId === h.conditionId && x.kind === h.kind && (h.target === undefined || x.target === h.target));
      if (!found) return { ...h, missing: true };
      const p: Record<string, unknown> = { conditionId: found.conditionId, kind: found.kind };
      if (h.target !== undefined) p.target = found.target;
      if (h.date !== undefined) p.date = found.date;
      return p;
    });
  }
  return out;
}
