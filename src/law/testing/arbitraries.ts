// fast-check arbitraries for contract v1: valid CheckInputs with realistic spreads, and single-field
// mutations that make them invalid. Used by the property tests and by bench/engine.ts (seeded).
// Spreads aim at the places where the law turns: decision dates across every year incl. unpublished ones and
// the reform's stage dates, ages around 35/40/45, salaries around each threshold, ISCO groups in and out of the
// shortage and IT lists, every language level, with and without job, means, ICT and recognition partnership.

import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { CheckInput, ExperienceEntry } from '../types.ts';
import { CEFR_LEVELS } from '../types.ts';
import { FEDERAL_STATES, LIMITS } from '../schema.ts';
import { addDays, addYears, fromDay, toDay } from '../dates.ts';
import { PUBLISHED, UNPUBLISHED } from './years.ts';
import { MODELLED_FROM } from '../validate.ts';

export const FIRST_DAY = '2023-11-18';
export const LAST_DAY = `${UNPUBLISHED}-12-31`;

/** Days where the law or its figures change; decision dates cluster around them. */
const TURNING_DAYS = ['2023-11-18', '2024-01-01', '2024-03-01', '2024-06-01', '2025-01-01', '2026-01-01', `${PUBLISHED}-12-31`, `${UNPUBLISHED}-01-01`];

export const decisionDateArb: Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: toDay(FIRST_DAY), max: toDay(LAST_DAY) }).map(fromDay) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...TURNING_DAYS), fc.integer({ min: -2, max: 2 }))
      .map(([d, n]) => addDays(d, n))
      .filter((d) => d >= FIRST_DAY),
  },
);

/** ISCO-08 unit groups: IT (25xx, 133x), engineering and science (21xx), health, managers, trades (7xxx), others. */
export const ISCO_CODES = [
  '2511', '2512', '2513', '2514', '2519', '2521', '2522', '2523', '2529', '1330',
  '2111', '2113', '2114', '2131', '2141', '2142', '2143', '2144', '2145', '2146', '2149', '2151', '2152', '2153', '2161', '2166',
  '2211', '2212', '2221', '2222', '2250', '2261', '2262', '2310', '2320', '2330', '1321', '1341', '1342',
  '2421', '2431', '2631', '3112', '3113', '3512', '3513', '3221', '5321',
  '7411', '7412', '7126', '7127', '7212', '7231', '7233', '7115', '7522', '8322', '9112', '4110', '5120',
] as const;

export const iscoArb: Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...ISCO_CODES) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')) },
);

/** Western Balkans (§ 26 Abs. 2 BeschV), frequent origin countries, EU/EEA and others. */
export const CITIZENSHIPS = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS', 'IN', 'CN', 'TR', 'EG', 'BR', 'US', 'PH', 'UA', 'VN', 'NG', 'MA', 'IR', 'CO', 'PL', 'FR', 'CH'] as const;

export const cefrArb = fc.constantFrom(...CEFR_LEVELS);

/** Gross annual salary thresholds of 2023–2026 (Blue Card standard and reduced, § 6 BeschV, § 18 Abs. 2 Nr. 5). */
const SALARY_ANCHORS = [
  43_800, 39_682.8, 45_300, 41_041.8, 48_300, 43_759.8, 50_700, 45_934.2, // Blue Card 2023–2026
  40_770, 43_470, 45_630, // 45 % of the BBG, § 6 BeschV
  48_180, 49_830, 53_130, 55_770, // 55 % of the BBG, 45+ rule
] as const;

const cents = (x: number): number => Math.round(x * 100) / 100;

export const salaryArb: Arbitrary<number> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...SALARY_ANCHORS), fc.oneof(fc.constantFrom(0, -0.01, 0.01, -1, 1), fc.integer({ min: -3000, max: 3000 })))
      .map(([a, d]) => cents(Math.max(0, a + d))),
  },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 150_000 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: LIMITS.annualGrossSalaryEur, noNaN: true, noDefaultInfinity: true }).map(cents) },
);

/** Monthly net means around the Chancenkarte figures (1,027 € in 2024, 1,091 € in 2025). */
export const meansArb = fc
  .oneof(
    fc.tuple(fc.constantFrom(1_027, 1_091, 1_200), fc.integer({ min: -50, max: 50 })).map(([a, d]) => Math.max(0, a + d)),
    fc.integer({ min: 0, max: 5_000 }),
  )
  .map((monthlyNetEur) => ({ monthlyNetEur }));

/** Ages that matter (35 for Chancenkarte points, 40, 45 for the pension rule) ± a few days, and any other. */
function birthDateArb(decisionDate: string): Arbitrary<string> {
  return fc.oneof(
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(35, 40, 45), fc.integer({ min: -3, max: 3 }))
        .map(([age, d]) => addDays(addYears(decisionDate, -age), d)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 18, max: 66 }), fc.integer({ min: 0, max: 364 }))
        .map(([age, d]) => addDays(addYears(decisionDate, -age - 1), d + 1)),
    },
  );
}

function dayBetween(from: string, to: string): Arbitrary<string> {
  return fc.integer({ min: toDay(from), max: toDay(to) }).map(fromDay);
}

/** Up to four jobs between the 18th birthday and a little after the decision date, `from` ≤ `to`. */
function experienceArb(birthDate: string, decisionDate: string): Arbitrary<ExperienceEntry[]> {
  const earliest = addYears(birthDate, 18) < decisionDate ? addYears(birthDate, 18) : addDays(birthDate, 1);
  const entry = fc
    .record(
      {
        isco: iscoArb,
        from: dayBetween(earliest, decisionDate),
        length: fc.oneof(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 4000 })),
        current: fc.boolean(),
        relatedToQualification: fc.boolean(),
      },
      { requiredKeys: ['isco', 'from', 'length', 'current'], noNullPrototype: true },
    )
    .map(({ isco, from, length, current, relatedToQualification }) => {
      const end = current ? decisionDate : addDays(from, length);
      const e: ExperienceEntry = { isco, from, to: end < from ? from : end };
      if (relatedToQualification !== undefined) e.relatedToQualification = relatedToQualification;
      return e;
    });
  return fc.array(entry, { minLength: 0, maxLength: 4 });
}

function qualificationArb(birthDate: string, decisionDate: string): Arbitrary<CheckInput['qualification']> {
  const earliestAward = addYears(birthDate, 16) < decisionDate ? addYears(birthDate, 16) : addDays(birthDate, 1);
  return fc.record(
    {
      level: fc.constantFrom('none', 'vocational', 'academic'),
      awardedOn: dayBetween(earliestAward, decisionDate),
      obtainedIn: fc.constantFrom('DE', 'abroad'),
      stateRecognisedAbroad: fc.boolean(),
      trainingYears: fc.oneof(fc.constantFrom(1, 2, 3, 3.5, 4, 5, 6), fc.double({ min: 0, max: LIMITS.trainingYears, noNaN: true })),
      ahk: fc.boolean(),
      germanAssessment: fc.constantFrom('none', 'comparable', 'equivalent', 'partial'),
      licence: fc.constantFrom('not_needed', 'granted', 'promised', 'missing'),
    },
    { requiredKeys: ['level', 'germanAssessment'], noNullPrototype: true },
  );
}

export const ictArb = fc.record({
  role: fc.constantFrom('manager', 'specialist', 'trainee'),
  monthsWithGroup: fc.oneof(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: LIMITS.months })),
  transferMonths: fc.oneof(fc.integer({ min: 1, max: 48 }), fc.integer({ min: 0, max: LIMITS.months })),
  sendingEntityOutsideEu: fc.boolean(),
}, { noNullPrototype: true });

export const jobArb: Arbitrary<NonNullable<CheckInput['job']>> = fc.record(
  {
    isco: iscoArb,
    annualGrossSalaryEur: salaryArb,
    collectiveAgreement: fc.boolean(),
    qualifiedEmployment: fc.boolean(),
    appropriateToQualification: fc.boolean(),
    contractMonths: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: LIMITS.months })),
    regulated: fc.boolean(),
    federalState: fc.constantFrom(...FEDERAL_STATES),
    municipality: fc.constantFrom('Kaiserslautern', 'Berlin', 'München', 'Görlitz', 'Frankfurt am Main'),
    ict: ictArb,
  },
  { requiredKeys: ['isco', 'annualGrossSalaryEur', 'federalState'], noNullPrototype: true },
);

/** Any combination of valid facts, coherent or not. */
const anyCheckInputArb: Arbitrary<CheckInput> = decisionDateArb.chain((decisionDate) =>
  birthDateArb(decisionDate).chain((birthDate) =>
    fc
      .record(
        {
          person: fc.record(
            {
              birthDate: fc.constant(birthDate),
              citizenship: fc.constantFrom(...CITIZENSHIPS),
              german: cefrArb,
              english: cefrArb,
              firstTitleInGermany: fc.boolean(),
              adequatePensionProvision: fc.boolean(),
              lawfulStayMonthsLast5Years: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constant(0)),
              asylblgBenefitsLast24Months: fc.boolean(),
            },
            { requiredKeys: ['birthDate', 'citizenship', 'german', 'english'], noNullPrototype: true },
          ),
          qualification: qualificationArb(birthDate, decisionDate),
          experience: experienceArb(birthDate, decisionDate),
          job: jobArb,
          means: meansArb,
          recognitionPartnership: fc.record({ agreementSigned: fc.boolean(), employerSuitable: fc.boolean() }, { noNullPrototype: true }),
          chancenkarte: fc.record({ partnerApplies: fc.boolean() }, { requiredKeys: [], noNullPrototype: true }),
        },
        { requiredKeys: ['person', 'qualification', 'experience'], noNullPrototype: true },
      )
      .map((rest): CheckInput => ({ decisionDate, ...rest })),
  ),
);

/**
 * A coherent professional: a recognised qualification, experience and job in the same occupation, a job
 * that fits the qualification. Random facts rarely line up like this, so the routes' eligible paths would
 * otherwise be reached seldom.
 */
const professionalArb: Arbitrary<CheckInput> = fc
  .tuple(
    anyCheckInputArb,
    fc.constantFrom(
      { level: 'academic', isco: '2512' },
      { level: 'academic', isco: '2511' },
      { level: 'academic', isco: '2142' },
      { level: 'academic', isco: '2221' },
      { level: 'academic', isco: '2421' },
      { level: 'vocational', isco: '7411' },
      { level: 'vocational', isco: '3513' },
      { level: 'none', isco: '2512' },
    ),
    fc.constantFrom('comparable', 'equivalent'),
  )
  .map(([x, p, assessment]) => {
    const input = structuredClone(x);
    const level = p.level as CheckInput['qualification']['level'];
    input.qualification = {
      ...input.qualification,
      level,
      germanAssessment: level === 'none' ? 'none' : level === 'vocational' ? 'equivalent' : assessment,
      licence: 'not_needed',
    };
    input.experience = input.experience.map((e) => ({ ...e, isco: p.isco, relatedToQualification: true }));
    if (input.job) {
      input.job = { ...input.job, isco: p.isco, qualifiedEmployment: true, appropriateToQualification: true, regulated: false };
    }
    return input;
  });

/** A valid CheckInput: every value validateCheckInput accepts, spread over the places where the law turns. */
export const checkInputArb: Arbitrary<CheckInput> = fc
  .tuple(
    fc.oneof({ weight: 2, arbitrary: anyCheckInputArb }, { weight: 1, arbitrary: professionalArb }),
    // issue 12: an application up to about a year before the decision, and a degree-equivalent tertiary programme
    fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    fc.option(fc.boolean(), { nil: undefined }),
  )
  .map(([x, daysBefore, tertiaryEquivalent]) => {
    if (daysBefore === undefined && tertiaryEquivalent === undefined) return x;
    const input = structuredClone(x);
    if (daysBefore !== undefined) {
      const applied = addDays(input.decisionDate, -daysBefore);
      input.applicationDate = applied < MODELLED_FROM ? MODELLED_FROM : applied;
    }
    if (tertiaryEquivalent !== undefined && input.qualification.level !== 'none') input.qualification.tertiaryEquivalent = tertiaryEquivalent;
    return input;
  });

// ---- invalid inputs: one field broken ----

export type MutationKind = 'wrong_type' | 'out_of_range' | 'missing_required' | 'extra_property' | 'impossible_date';

export interface InvalidCase {
  input: unknown;
  /** JSON pointer of the broken field */
  path: string;
  kind: MutationKind;
  /** the broken field is a date (other date rules may then report too) */
  date: boolean;
}

type Json = Record<string, unknown>;

const DELETE = Symbol('delete');

interface Field {
  path: string[];
  type: 'string' | 'number' | 'boolean' | 'object' | 'array' | 'nullable-number';
  required: boolean;
  date?: boolean;
  /** a value of the right type that is still invalid */
  outOfRange?: unknown[];
}

const DATE_BAD = ['2026-13-01', '2026-00-10', '26-01-01', '2026-1-1', '01.04.2026', ''];

/** Every leaf and object of CheckInput that a mutation can break (paths with "*" are array elements). */
const FIELDS: Field[] = [
  { path: ['decisionDate'], type: 'string', required: true, date: true, outOfRange: [...DATE_BAD, '2023-11-17', '2020-01-01'] },
  { path: ['person'], type: 'object', required: true },
  { path: ['person', 'birthDate'], type: 'string', required: true, date: true, outOfRange: DATE_BAD },
  { path: ['person', 'citizenship'], type: 'string', required: true, outOfRange: ['in', 'IND', 'I', '', '12', 'DE-RP'] },
  { path: ['person', 'german'], type: 'string', required: true, outOfRange: ['B3', 'b2', 'native', ''] },
  { path: ['person', 'english'], type: 'string', required: true, outOfRange: ['C3', 'fluent', 'NONE'] },
  { path: ['person', 'firstTitleInGermany'], type: 'boolean', required: false },
  { path: ['person', 'adequatePensionProvision'], type: 'boolean', required: false },
  { path: ['person', 'lawfulStayMonthsLast5Years'], type: 'number', required: false, outOfRange: [-1, 61, 1e9] },
  { path: ['person', 'asylblgBenefitsLast24Months'], type: 'boolean', required: false },
  { path: ['qualification'], type: 'object', required: true },
  { path: ['qualification', 'level'], type: 'string', required: true, outOfRange: ['master', 'Academic', ''] },
  { path: ['qualification', 'awardedOn'], type: 'string', required: false, date: true, outOfRange: DATE_BAD },
  { path: ['qualification', 'obtainedIn'], type: 'string', required: false, outOfRange: ['de', 'IN', 'Germany'] },
  { path: ['qualification', 'stateRecognisedAbroad'], type: 'boolean', required: false },
  { path: ['qualification', 'trainingYears'], type: 'number', required: false, outOfRange: [-0.5, 21, 1e6] },
  { path: ['qualification', 'ahk'], type: 'boolean', required: false },
  { path: ['qualification', 'germanAssessment'], type: 'string', required: true, outOfRange: ['full', 'Comparable', 'yes'] },
  { path: ['qualification', 'licence'], type: 'string', required: false, outOfRange: ['yes', 'pending'] },
  { path: ['experience'], type: 'array', required: true },
  { path: ['experience', '*', 'isco'], type: 'string', required: true, outOfRange: ['251', '25120', 'abcd', '25 1'] },
  { path: ['experience', '*', 'from'], type: 'string', required: true, date: true, outOfRange: DATE_BAD },
  { path: ['experience', '*', 'to'], type: 'string', required: true, date: true, outOfRange: DATE_BAD },
  { path: ['experience', '*', 'relatedToQualification'], type: 'boolean', required: false },
  { path: ['job'], type: 'object', required: false },
  { path: ['job', 'isco'], type: 'string', required: true, outOfRange: ['999', '12345', 'x251'] },
  { path: ['job', 'annualGrossSalaryEur'], type: 'number', required: true, outOfRange: [-1, -0.01, 10_000_000.01, 1e12] },
  { path: ['job', 'collectiveAgreement'], type: 'boolean', required: false },
  { path: ['job', 'qualifiedEmployment'], type: 'boolean', required: false },
  { path: ['job', 'appropriateToQualification'], type: 'boolean', required: false },
  { path: ['job', 'contractMonths'], type: 'nullable-number', required: false, outOfRange: [-1, 1201] },
  { path: ['job', 'regulated'], type: 'boolean', required: false },
  { path: ['job', 'federalState'], type: 'string', required: true, outOfRange: ['DE-XX', 'RP', 'de-rp', 'AT-9', 'DE-RPX'] },
  { path: ['job', 'municipality'], type: 'string', required: false, outOfRange: ['', 'x'.repeat(LIMITS.municipalityLength + 1)] },
  { path: ['job', 'ict'], type: 'object', required: false },
  { path: ['job', 'ict', 'role'], type: 'string', required: true, outOfRange: ['boss', 'Manager'] },
  { path: ['job', 'ict', 'monthsWithGroup'], type: 'number', required: true, outOfRange: [-1, 1201] },
  { path: ['job', 'ict', 'transferMonths'], type: 'number', required: true, outOfRange: [-1, 1201] },
  { path: ['job', 'ict', 'sendingEntityOutsideEu'], type: 'boolean', required: true },
  { path: ['means'], type: 'object', required: false },
  { path: ['means', 'monthlyNetEur'], type: 'number', required: true, outOfRange: [-1, 1_000_001] },
  { path: ['recognitionPartnership'], type: 'object', required: false },
  { path: ['recognitionPartnership', 'agreementSigned'], type: 'boolean', required: true },
  { path: ['recognitionPartnership', 'employerSuitable'], type: 'boolean', required: true },
  { path: ['chancenkarte'], type: 'object', required: false },
  { path: ['chancenkarte', 'partnerApplies'], type: 'boolean', required: false },
];

const WRONG_TYPE: Record<Field['type'], unknown[]> = {
  string: [42, true, null, {}, ['2026-01-01']],
  number: ['52000', true, null, {}, [1]],
  'nullable-number': ['12', true, {}, [12]],
  boolean: ['true', 1, 0, null, 'yes'],
  object: ['x', 1, true, null, []],
  array: [{}, 'x', 1, null],
};

/** Concrete paths of a field in this input ("*" resolved to each element); none if a parent is absent. */
function instances(input: Json, path: string[]): string[][] {
  const out: string[][] = [];
  const walk = (node: unknown, i: number, acc: string[]): void => {
    if (i === path.length) {
      out.push(acc);
      return;
    }
    const key = path[i]!;
    if (key === '*') {
      if (Array.isArray(node)) node.forEach((el, j) => walk(el, i + 1, [...acc, String(j)]));
      return;
    }
    if (i === path.length - 1) {
      if (typeof node === 'object' && node !== null && !Array.isArray(node)) walk(undefined, i + 1, [...acc, key]);
      return;
    }
    if (typeof node === 'object' && node !== null && key in (node as Json)) walk((node as Json)[key], i + 1, [...acc, key]);
  };
  walk(input, 0, []);
  return out;
}

function getParent(root: Json, path: string[]): Json {
  let node: unknown = root;
  for (const k of path.slice(0, -1)) node = (node as Json)[k];
  return node as Json;
}

const pointer = (path: string[]): string => (path.length === 0 ? '' : '/' + path.join('/'));

/** An impossible calendar day in the pattern's shape. */
const impossibleDayArb = fc
  .tuple(fc.integer({ min: 1990, max: Number(UNPUBLISHED) }), fc.constantFrom('02-30', '02-31', '04-31', '06-31', '09-31', '11-31'))
  .map(([y, md]) => `${y}-${md}`);

function mutationsOf(input: CheckInput): Arbitrary<InvalidCase> {
  const root = input as unknown as Json;
  const candidates: Array<{ field: Field; at: string[] }> = [];
  for (const field of FIELDS) for (const at of instances(root, field.path)) candidates.push({ field, at });
  // objects present in this input, for extra properties
  const objects = [[], ...candidates.filter((c) => c.field.type === 'object' && getParent(root, c.at)[c.at.at(-1)!] !== undefined).map((c) => c.at)];
  objects.push(...(Array.isArray(root.experience) ? (root.experience as unknown[]).map((_, i) => ['experience', String(i)]) : []));

  const apply = (at: string[], value: unknown): unknown => {
    const copy = structuredClone(root);
    const parent = getParent(copy, at);
    if (value === DELETE) delete parent[at.at(-1)!];
    else parent[at.at(-1)!] = value;
    return copy;
  };
  const pick = fc.constantFrom(...candidates);
  return fc.oneof(
    pick.chain(({ field, at }) =>
      fc.constantFrom(...WRONG_TYPE[field.type]).map((v) => ({ input: apply(at, v), path: pointer(at), kind: 'wrong_type' as const, date: !!field.date })),
    ),
    fc
      .constantFrom(...candidates.filter((c) => c.field.outOfRange))
      .chain(({ field, at }) =>
        fc.constantFrom(...field.outOfRange!).map((v) => ({ input: apply(at, v), path: pointer(at), kind: 'out_of_range' as const, date: !!field.date })),
      ),
    fc
      .constantFrom(...candidates.filter((c) => c.field.required && getParent(root, c.at)[c.at.at(-1)!] !== undefined))
      .map(({ field, at }) => ({ input: apply(at, DELETE), path: pointer(at), kind: 'missing_required' as const, date: !!field.date })),
    fc.tuple(fc.constantFrom(...objects), fc.constantFrom('unexpected', 'Person', 'salary', '__x')).map(([at, key]) => {
      const copy = structuredClone(root);
      const target = at.length === 0 ? copy : getParent(copy, [...at, key]);
      target[key] = 1;
      return { input: copy, path: pointer([...at, key]), kind: 'extra_property' as const, date: false };
    }),
    fc
      .tuple(fc.constantFrom(...candidates.filter((c) => c.field.date && getParent(root, c.at)[c.at.at(-1)!] !== undefined)), impossibleDayArb)
      .map(([{ at }, day]) => ({ input: apply(at, day), path: pointer(at), kind: 'impossible_date' as const, date: true })),
  );
}

/** A CheckInput with exactly one field broken, and the JSON pointer of that field. */
export const invalidCheckInputArb: Arbitrary<InvalidCase> = checkInputArb.chain(mutationsOf);
