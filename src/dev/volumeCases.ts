// The candidates and cases of the volume demo (issue 14): by default 20,000 cases over the three years of the volume
// office, spread over its companies as an office sees it (most companies none to three, the few it works with most
// closely hundreds), each with its candidate, its status history, official reference numbers, the tasks and the
// documents checklist of its route's plan, a few tasks added by hand, and now and then a note. Pure: no database; the
// same options give the same data apart from the ids.
//
// Realism where the pages and the bench see it: routes by weight (§ 18b, § 18a and the Blue Card most often), a
// candidate's facts that fit the route, case numbers PREFIX-YEAR-NNNN counted per year of creation, and a status that
// follows the age of the case along its plan: the statuses are reached on the plan's typical dates, stretched by a pace
// of its own per case, so old cases are closed, young ones still in advice, and some stall or are cancelled with a
// reason. Tasks and documents of the steps already passed are done and checked.
//
// The plan comes from the engine (buildPlan), but not 20,000 times: one plan per route, procedure, qualification and
// weekday of the start date is built on a start date in the volume's last year and shifted by whole weeks to each
// case's start (its steps, documents and durations do not depend on the date; the weekday does, through working days;
// a period counted in months may end a day off the engine's own date for that start, which demo data can afford).

import { randomUUID } from 'node:crypto';
import type { candidateConsents, candidates, caseDocuments, caseNotes, caseReferences, caseStatusChanges, caseTasks, cases } from '../db/schema/index.ts';
import type { CandidateFacts } from '../app/candidates/checkFacts.ts';
import type { PipelineStatus, RecognitionStatus, ReferenceKind } from '../app/cases/codes.ts';
import { planTaskRows } from '../app/tasks/planTasks.ts';
import { planDocumentRows } from '../app/documents/planDocuments.ts';
import { acceleratedAvailable, buildPlan } from '../law/plan/buildPlan.ts';
import type { Plan, Procedure } from '../law/plan/types.ts';
import type { GermanAssessment, RouteId } from '../law/types.ts';
import { addDays, addMonths, fromDay, toDay } from '../law/dates.ts';
import { isBlueCard } from '../law/residenceTitle.ts';
import { slug } from './volumeWords.ts';
import { Gen, prng } from './volumeGenerator.ts';
import type { VolumeData } from './volumeGenerator.ts';
import {
  CANCEL_REASONS,
  CANDIDATE_COUNTRIES,
  CANDIDATE_NOTES,
  CASE_NOTES,
  CONSENT_TEXT_VERSIONS,
  ENGLISH_WEIGHTS,
  HAND_TASKS,
  REJECT_REASONS,
  ROUTE_SHAPES,
  ROUTE_WEIGHTS,
} from './volumeCaseWords.ts';
import type { Country } from './volumeCaseWords.ts';

/** cases per company at the volume's default scale: 20,000 cases for 2,000 companies */
export const CASES_PER_COMPANY = 10;
/** the volume office's case-number prefix */
export const VOLUME_CASE_PREFIX = 'KL';

type Row<T extends { $inferInsert: object }> = Omit<T['$inferInsert'], 'tenantId'> & { id: string };

/** The rows of some cases (and candidates), ready to insert. */
export interface CaseRows {
  candidates: Row<typeof candidates>[];
  consents: Omit<(typeof candidateConsents)['$inferInsert'], 'tenantId'>[];
  cases: Row<typeof cases>[];
  statusChanges: Omit<(typeof caseStatusChanges)['$inferInsert'], 'tenantId'>[];
  references: Omit<(typeof caseReferences)['$inferInsert'], 'tenantId'>[];
  tasks: Omit<(typeof caseTasks)['$inferInsert'], 'tenantId'>[];
  documents: Omit<(typeof caseDocuments)['$inferInsert'], 'tenantId'>[];
  notes: Omit<(typeof caseNotes)['$inferInsert'], 'tenantId'>[];
}

export interface CaseData extends CaseRows {
  /** the company with the most cases (the volume's company user belongs to it); null without companies */
  busiestCompanyId: string | null;
  /** how many plans the engine built (the rest are shifted copies) */
  plansBuilt: number;
}

export interface CaseCompany {
  id: string;
  city: string;
  federalState: string | null;
  municipality: string | null;
  /** the day the office first advised it (ms since the epoch, UTC midnight) */
  firstMs: number;
  /** its consultations: id and ms, ascending */
  consultations: { id: string; ms: number }[];
  adviserUserId: string;
}

const DAY_MS = 86_400_000;
/** the status of a document the case needed already, and of one it needs within a month */
const PASSED_DOCUMENT = [['checked', 70], ['uploaded', 16], ['rejected', 4], ['missing', 10]] as const;
const NEXT_DOCUMENT = [['uploaded', 35], ['missing', 65]] as const;
const NOTES_PER_CASE = [[0, 45], [1, 35], [2, 15], [3, 5]] as const;

/** The companies of the volume as the cases see them: place, first consultation, consultations, adviser. */
export function caseCompanies(data: VolumeData, adviserIds: readonly string[]): CaseCompany[] {
  const byCompany = new Map<string, { id: string; ms: number }[]>();
  for (const c of data.consultations) {
    const list = byCompany.get(c.companyId) ?? [];
    list.push({ id: c.id, ms: Date.parse(`${c.date}T00:00:00Z`) });
    byCompany.set(c.companyId, list);
  }
  return data.companies.map((c, i) => {
    const consultations = (byCompany.get(c.id) ?? []).sort((a, b) => a.ms - b.ms);
    const created = c.createdAt instanceof Date ? c.createdAt.getTime() : Date.parse(data.from);
    return {
      id: c.id,
      city: c.city ?? 'Kaiserslautern',
      federalState: c.federalState ?? null,
      municipality: c.municipality ?? null,
      firstMs: consultations[0]?.ms ?? Math.floor(created / DAY_MS) * DAY_MS,
      consultations,
      adviserUserId: adviserIds[data.companyAdviserIndex[i] ?? 0] ?? adviserIds[0]!,
    };
  });
}

/** The statuses of a case's pipeline with the day (offset from the plan's start) each is reached on the typical schedule. */
interface PlanShape {
  plan: Plan;
  pipeline: PipelineStatus[];
  /** typical offset in days of each pipeline status from the start, ascending */
  offsets: number[];
  /** per task row: the offset of its end; per document row: the offset of the first step that needs it */
  taskEnd: number[];
  docNeeded: number[];
  /** the plan's task and document rows (planTaskRows, planDocumentRows), copied for each case with its dates */
  tasks: ReturnType<typeof planTaskRows>;
  /** per task row: start and due as offsets from the plan's start, or null */
  taskDays: { start: number | null; due: number | null }[];
  documents: ReturnType<typeof planDocumentRows>;
  /** offset of a step's start by id, for the hand-written tasks */
  stepStart: Map<string, number>;
}

const RECOGNITION_STEP = (id: string, actor: string) => actor === 'recognition-body' || id === 'anabin-check';

function shapeOf(plan: Plan): PlanShape {
  const start = toDay(plan.startDate);
  const off = (iso: string) => toDay(iso) - start;
  const step = new Map(plan.steps.map((s) => [s.id, s]));
  const stepStart = new Map(plan.steps.map((s) => [s.id, off(s.start)]));
  const visaApp = step.get('visa-application');
  const visaStart = visaApp ? off(visaApp.start) : 0;
  const recognition = plan.steps.filter((s) => RECOGNITION_STEP(s.id, s.actor) && off(s.start) < visaStart);
  const ba = step.get('ba-approval') ?? step.get('ba-preapproval');
  const entry = step.get('entry');
  const permit = step.get('residence-permit');
  const firstDay = step.get('first-working-day');
  const pipeline: PipelineStatus[] = ['advice'];
  const offsets: number[] = [0];
  const push = (s: PipelineStatus, at: number) => {
    pipeline.push(s);
    // the pipeline's order is fixed; a status the plan starts earlier than the one before is reached a few days after it
    offsets.push(Math.max(at, offsets[offsets.length - 1]! + 3));
  };
  if (recognition.length > 0) push('recognition', Math.min(...recognition.map((s) => off(s.start))));
  if (ba) push('ba_approval', off((step.get('accelerated-request') ?? ba).start));
  push('visa', visaStart);
  push('entry', entry ? off(entry.start) : visaStart + 60);
  const permitStart = permit ? off(permit.start) : offsets[offsets.length - 1]! + 30;
  push('residence_permit', permitStart);
  const integration = Math.max(permit ? off(permit.end) : permitStart + 30, firstDay ? off(firstDay.end) : 0);
  push('integration', integration);
  push('closed', integration + 180);
  const tasks = planTaskRows({ id: '', tenantId: '' }, plan);
  const documents = planDocumentRows({ id: '', tenantId: '' }, plan);
  const docNeededById = new Map<string, number>();
  for (const s of plan.steps) for (const d of s.documents) if (!docNeededById.has(d.id)) docNeededById.set(d.id, off(s.start));
  return {
    plan,
    pipeline,
    offsets,
    taskEnd: plan.steps.map((s) => off(s.end)),
    docNeeded: documents.map((d) => docNeededById.get(d.planDocumentId!) ?? 0),
    tasks,
    taskDays: tasks.map((t) => ({ start: t.startOn ? off(t.startOn) : null, due: t.dueOn ? off(t.dueOn) : null })),
    documents,
    stepStart,
  };
}

interface CaseShape {
  routeId: RouteId;
  procedure: Procedure;
  assessment: GermanAssessment;
  chamber: 'IHK' | 'HWK' | undefined;
}

/** Plans by route, procedure, qualification and weekday, built once on a start date in `year` and shifted by weeks. */
class PlanCache {
  private readonly shapes = new Map<string, PlanShape>();
  built = 0;
  constructor(private readonly year: number) {}
  get(c: CaseShape, federalState: string, weekday: number): PlanShape {
    const key = `${c.routeId}|${c.procedure}|${c.assessment}|${c.chamber ?? ''}|${weekday}`;
    let s = this.shapes.get(key);
    if (!s) {
      // the first day of the year with that weekday (1970-01-01, day 0, was a Thursday: weekday 4)
      const jan1 = toDay(`${this.year}-01-01`);
      const day = jan1 + ((weekday - ((jan1 + 4) % 7) + 7) % 7);
      const shape = ROUTE_SHAPES[c.routeId];
      s = shapeOf(
        buildPlan({
          routeId: c.routeId,
          procedure: c.procedure,
          federalState,
          qualification: { level: shape.level, germanAssessment: c.assessment, ...(c.chamber ? { chamber: c.chamber } : {}) },
          startDate: fromDay(day),
        }),
      );
      this.built++;
      this.shapes.set(key, s);
    }
    return s;
  }
}

function fullName(g: Gen, country: Country, female: boolean): { name: string; given: string; family: string } {
  const given = g.pick(female ? country.female : country.male);
  let family = g.pick(country.surnames);
  if (female && country.femaleSurname) family = country.femaleSurname(family);
  if (country.order === 'family-first') return { name: `${family} ${given}`, given: given.split(' ').pop()!, family };
  if (country.order === 'two-surnames') {
    let second = g.pick(country.surnames);
    if (second === family) second = country.surnames[(country.surnames.indexOf(family) + 1) % country.surnames.length]!;
    return { name: `${given} ${family} ${second}`, given: given.split(' ')[0]!, family };
  }
  return { name: `${given} ${family}`, given: given.split(' ')[0]!, family };
}

/** The last of ascending consultations on or before `ms` (binary search: the busiest companies have hundreds). */
function latestBefore(list: readonly { id: string; ms: number }[], ms: number): { id: string; ms: number } | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.ms <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

function isoAt(ms: number, hour: number): Date {
  return new Date(ms + hour * 3_600_000);
}

/**
 * Which companies get how many cases: the companies the office advises most (by consultations) get the most cases. The
 * first 1 % of them share half the cases (hundreds each at the default scale), the next 9 % three tenths, and the
 * rest one fifth at random, so that most companies have none to three.
 */
function companyPicker(g: Gen, companies: readonly CaseCompany[]): () => number {
  const order = companies.map((c, i) => [i, c.consultations.length] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const top = Math.max(1, Math.round(companies.length * 0.01));
  const middle = Math.max(0, Math.round(companies.length * 0.1) - top);
  const rest = companies.length - top - middle;
  // gently falling weights among the top companies: at the default scale the first gets about 750 cases, the 20th 300
  const topWeights = Array.from({ length: top }, (_, r) => [order[r]![0], 1 / Math.pow(r + 1, 0.3)] as const);
  return () => {
    const r = g.random();
    if (r < 0.5 || (middle === 0 && rest === 0)) return g.weighted(topWeights);
    if ((r < 0.8 && middle > 0) || rest === 0) return order[top + g.int(0, middle - 1)]![0];
    return order[top + middle + g.int(0, rest - 1)]![0];
  };
}

export interface CaseOptions {
  seed: number;
  today: string;
  fromMs: number;
  cases: number;
  companies: readonly CaseCompany[];
  companyUserId: string;
}

/** All the case data at once (tests; the seed takes it in chunks: caseGeneration). */
export function generateCases(opts: CaseOptions): CaseData {
  const gen = caseGeneration(opts);
  const all: CaseRows = emptyRows();
  for (const chunk of gen.chunks(Number.POSITIVE_INFINITY)) for (const k of Object.keys(all) as (keyof CaseRows)[]) for (const row of chunk[k]) (all[k] as unknown[]).push(row);
  return { ...all, busiestCompanyId: gen.busiestCompanyId, plansBuilt: gen.plansBuilt() };
}

function emptyRows(): CaseRows {
  return { candidates: [], consents: [], cases: [], statusChanges: [], references: [], tasks: [], documents: [], notes: [] };
}

export interface CaseGeneration {
  /** the company with the most cases (the volume's company user belongs to it); null without companies */
  busiestCompanyId: string | null;
  /**
   * The rows in chunks of about `size` cases each, the candidates without a case in the last; call once. Chunks keep
   * the memory of the seed bounded (20,000 cases are about 600,000 rows).
   */
  chunks(size: number): Generator<CaseRows>;
  /** how many plans the engine built (the rest are shifted copies) */
  plansBuilt(): number;
}

/**
 * Issue 17: the reporting fields at the rates an office might reach when it asks them with the consent for reporting:
 * sex 60 %, employment status 55 %, ISCED 40 % (following the qualification), disability and foreign origin 30 %.
 */
function reportingFields(rg: Gen, female: boolean, level: string) {
  return {
    reportSex: rg.chance(0.6) ? (rg.chance(0.01) ? 'non_binary' : female ? 'female' : 'male') : null,
    reportEmploymentStatus: rg.chance(0.55)
      ? rg.weighted([
          ['employed', 60],
          ['unemployed', 20],
          ['long_term_unemployed', 5],
          ['inactive', 10],
          ['not_stated', 5],
        ] as const)
      : null,
    reportIsced: rg.chance(0.4) ? (level === 'academic' ? 'isced_5_8' : level === 'vocational' ? (rg.chance(0.8) ? 'isced_3_4' : 'isced_5_8') : rg.chance(0.7) ? 'isced_0_2' : 'isced_3_4') : null,
    reportDisability: rg.chance(0.3) ? (rg.chance(0.03) ? 'yes' : rg.chance(0.1) ? 'not_stated' : 'no') : null,
    reportForeignOrigin: rg.chance(0.3) ? (rg.chance(0.95) ? 'yes' : 'no') : null,
  };
}

export function caseGeneration(opts: CaseOptions): CaseGeneration {
  // a generator of its own, so that the companies and consultations stay as they were before cases existed
  const g = new Gen(prng(opts.seed ^ 0xca5e5));
  // issue 17: the reporting fields for the funder from a generator of their own, so that every other value stays
  const rg = new Gen(prng(opts.seed ^ 0xf0e5));
  const todayDay = toDay(opts.today);
  let out = emptyRows();
  if (opts.companies.length === 0) return { busiestCompanyId: null, chunks: function* () {}, plansBuilt: () => 0 };
  const pickCompany = companyPicker(g, opts.companies);
  const plans = new PlanCache(Number(opts.today.slice(0, 4)));
  const westBalkan = CANDIDATE_COUNTRIES.filter((c) => c.westBalkan);
  const countryWeights = CANDIDATE_COUNTRIES.map((c) => [c, c.weight] as const);
  const perCompany = new Map<string, number>();

  // the cases in order of creation, so that numbers count up with the days
  type Draft = { company: CaseCompany; createdDay: number };
  const drafts: Draft[] = [];
  for (let i = 0; i < opts.cases; i++) {
    const company = opts.companies[pickCompany()]!;
    const firstDay = Math.max(Math.floor(company.firstMs / DAY_MS), Math.floor(opts.fromMs / DAY_MS));
    const lastDay = Math.max(firstDay, todayDay - 2);
    drafts.push({ company, createdDay: firstDay + g.int(0, lastDay - firstDay) });
    perCompany.set(company.id, (perCompany.get(company.id) ?? 0) + 1);
  }
  drafts.sort((a, b) => a.createdDay - b.createdDay);
  const busiestCompanyId = [...perCompany.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? opts.companies[0]!.id;

  const seqOfYear = new Map<number, number>();
  const consentVersion = (iso: string) => [...CONSENT_TEXT_VERSIONS].reverse().find(([from]) => from <= iso)?.[1] ?? CONSENT_TEXT_VERSIONS[0]![1];

  function candidateFor(companyId: string, routeId: RouteId, assessment: GermanAssessment, createdDay: number, recognitionStatus: RecognitionStatus, adviser: string) {
    const shape = ROUTE_SHAPES[routeId];
    const country = routeId === '19c1-westbalkan' ? g.pick(westBalkan) : g.weighted(countryWeights);
    const female = g.chance(0.45);
    const { name, given, family } = fullName(g, country, female);
    const created = fromDay(createdDay);
    const age = g.int(shape.age[0], shape.age[1]);
    const birthDate = fromDay(createdDay - age * 365 - g.int(0, 364));
    const job = g.pick(shape.jobs);
    const years = g.int(shape.experience[0], shape.experience[1]);
    const experience =
      years === 0
        ? []
        : [{ isco: job[0], from: fromDay(createdDay - years * 365 - g.int(0, 180)), to: created, relatedToQualification: shape.level !== 'none' }];
    const facts: CandidateFacts = {
      person: { german: g.weighted(shape.german), english: g.weighted(ENGLISH_WEIGHTS), firstTitleInGermany: g.chance(0.9) },
      qualification: {
        level: shape.level,
        ...(shape.level === 'none'
          ? {}
          : {
              awardedOn: fromDay(createdDay - (years + g.int(0, 3)) * 365 - g.int(0, 300)),
              obtainedIn: 'abroad' as const,
              stateRecognisedAbroad: true,
              trainingYears: shape.level === 'academic' ? g.pick([3, 4, 4, 5]) : g.pick([2, 3, 3, 3.5]),
            }),
        germanAssessment: assessment,
      },
      experience,
    };
    const id = randomUUID();
    const n = g.int(1, 99);
    out.candidates.push({
      id,
      companyId,
      name,
      birthDate,
      citizenship: country.code,
      email: g.chance(0.9) ? `${slug(given)}.${slug(family)}${n}@mail.example` : null,
      phone: g.chance(0.8) ? `${country.phone} ${g.int(70, 99)}${g.int(1_000_000, 9_999_999)}` : null,
      preferredLanguage: g.chance(0.8) ? 'en' : 'de',
      otherLanguages: g.pick(country.languages),
      facts,
      recognitionStatus,
      notes: g.chance(0.15) ? g.pick(CANDIDATE_NOTES) : null,
      ...reportingFields(rg, female, shape.level),
      createdBy: adviser,
      createdAt: isoAt(createdDay * DAY_MS, g.int(8, 16)),
      updatedAt: isoAt(createdDay * DAY_MS, 17),
    });
    out.consents.push({ candidateId: id, purpose: 'advice', given: true, declaredOn: created, textVersion: consentVersion(created), recordedBy: adviser, createdAt: isoAt(createdDay * DAY_MS, 17) });
    return { id, job };
  }

  function* chunks(size: number): Generator<CaseRows> {
    for (const { company, createdDay } of drafts) {
      if (out.cases.length >= size) {
        yield out;
        out = emptyRows();
      }
      const routeId = g.weighted(ROUTE_WEIGHTS);
      const shape = ROUTE_SHAPES[routeId];
      const assessment = g.weighted(shape.assessment);
      const chamber = shape.level === 'vocational' ? (g.chance(0.7) ? 'IHK' : 'HWK') : undefined;
      const procedure: Procedure = acceleratedAvailable(routeId) === true && g.chance(0.35) ? 'accelerated' : 'regular';
      const state = company.federalState ?? 'DE-RP';
      const ps = plans.get({ routeId, procedure, assessment, chamber }, state, (createdDay + 4) % 7);
      const shift = createdDay - toDay(ps.plan.startDate);
      const adviser = company.adviserUserId;

      // how far the case got: the statuses' typical days stretched by the case's pace; some stall, some are cancelled
      const pace = 0.85 + g.random() * g.random() * 1.2;
      const reachedDay = ps.offsets.map((o) => createdDay + Math.round(o * pace));
      let stopDay = todayDay;
      const stalled = g.chance(0.08);
      if (stalled) stopDay = Math.min(todayDay, createdDay + g.int(10, Math.max(11, reachedDay[reachedDay.length - 2]! - createdDay)));
      const cancelled = g.chance(0.07);
      let cancelDay: number | null = null;
      if (cancelled) {
        const latest = Math.min(todayDay, reachedDay[reachedDay.length - 1]! - 1);
        if (latest > createdDay + 5) cancelDay = createdDay + g.int(5, latest - createdDay);
        if (cancelDay !== null) stopDay = Math.min(stopDay, cancelDay);
      }
      let reached = 0;
      while (reached + 1 < ps.pipeline.length && reachedDay[reached + 1]! <= stopDay) reached++;
      const status = cancelDay !== null ? 'cancelled' : ps.pipeline[reached]!;
      const statusDay = cancelDay ?? reachedDay[reached]!;
      const closed = status === 'closed';
      const past = (s: PipelineStatus) => ps.pipeline.indexOf(s) >= 0 && ps.pipeline.indexOf(s) < reached + (closed ? 1 : 0);

      const recognitionStatus: RecognitionStatus =
        assessment === 'comparable' || assessment === 'equivalent'
          ? 'full'
          : assessment === 'partial'
            ? 'partial'
            : !ps.pipeline.includes('recognition')
              ? routeId === '16d3-partnership'
                ? 'in_progress'
                : 'not_needed'
              : past('recognition')
                ? 'full'
                : ps.pipeline[reached] === 'recognition'
                  ? 'in_progress'
                  : 'not_started';
      const cand = candidateFor(company.id, routeId, assessment, createdDay, recognitionStatus, adviser);
      if (reached > 0) {
        out.consents.push({ candidateId: cand.id, purpose: 'authorities', given: true, declaredOn: fromDay(reachedDay[1]!), textVersion: consentVersion(fromDay(reachedDay[1]!)), recordedBy: adviser, createdAt: isoAt(reachedDay[1]! * DAY_MS, 10) });
      }
      if (g.chance(0.4)) out.consents.push({ candidateId: cand.id, purpose: 'funder_reporting', given: g.chance(0.9), declaredOn: fromDay(createdDay), textVersion: consentVersion(fromDay(createdDay)), recordedBy: adviser, createdAt: isoAt(createdDay * DAY_MS, 17) });

      const year = Number(fromDay(createdDay).slice(0, 4));
      const seq = (seqOfYear.get(year) ?? 0) + 1;
      seqOfYear.set(year, seq);
      const caseId = randomUUID();
      const consultation = latestBefore(company.consultations, createdDay * DAY_MS);
      const firstDay = ps.stepStart.has('first-working-day') ? ps.plan.steps.find((s) => s.id === 'first-working-day')!.end : null;
      const createdAt = isoAt(createdDay * DAY_MS, g.int(8, 16));
      const updatedAt = isoAt(statusDay * DAY_MS, g.int(9, 17));
      // issue 15: the residence title, once the case reached the residence permit (no random draw, so that the rest of the
      // volume stays as it was): issued that day; a Blue Card for 48 months (a contract of 24: 27), others for 24
      const permitAt = ps.pipeline.indexOf('residence_permit');
      out.cases.push({
        id: caseId,
        companyId: company.id,
        candidateId: cand.id,
        number: `${VOLUME_CASE_PREFIX}-${year}-${String(seq).padStart(4, '0')}`,
        numberYear: year,
        numberSeq: seq,
        consultationId: consultation && g.chance(0.5) ? consultation.id : null,
        adviserUserId: adviser,
        occupationIsco: cand.job[0],
        jobTitle: cand.job[1],
        annualGrossSalaryEur: Math.round(g.int(shape.salary[0], shape.salary[1]) / 100) * 100,
        federalState: state,
        municipality: company.municipality ?? company.city,
        plannedStart: firstDay ? fromDay(toDay(firstDay) + shift) : null,
        jobFacts: {
          collectiveAgreement: g.chance(0.35),
          contractMonths: g.chance(0.8) ? null : 24,
          ...(routeId === '19-ict' ? { ict: { role: 'specialist', monthsWithGroup: g.int(9, 48), transferMonths: g.int(12, 36), sendingEntityOutsideEu: true } } : {}),
        },
        routeId,
        procedure,
        startDate: fromDay(createdDay),
        pipeline: ps.pipeline,
        status,
        statusSince: fromDay(statusDay),
        cancelReason: cancelDay !== null ? g.pick(CANCEL_REASONS) : null,
        createdBy: adviser,
        createdAt,
        updatedAt,
      });
      if (cancelDay === null && permitAt >= 0 && permitAt <= reached) {
        const row = out.cases[out.cases.length - 1]!;
        const issuedOn = fromDay(reachedDay[permitAt]!);
        const blue = isBlueCard(routeId);
        const months = blue ? ((row.jobFacts as { contractMonths?: number | null }).contractMonths === 24 ? 27 : 48) : 24;
        const entryAt = ps.pipeline.indexOf('entry');
        Object.assign(row, {
          titleRouteId: routeId,
          titleIssuedOn: issuedOn,
          titleValidUntil: addDays(addMonths(issuedOn, months), -1),
          titleEmploymentFrom: blue && entryAt >= 0 ? fromDay(reachedDay[entryAt]!) : null,
        });
      }

      // the status history: every status reached, then the cancellation
      for (let k = 0; k <= reached; k++) {
        out.statusChanges.push({
          caseId,
          fromStatus: k === 0 ? null : ps.pipeline[k - 1]!,
          toStatus: ps.pipeline[k]!,
          changedOn: fromDay(reachedDay[k]!),
          changedBy: adviser,
          createdAt: isoAt(reachedDay[k]! * DAY_MS, g.int(8, 17)),
        });
      }
      if (cancelDay !== null) {
        out.statusChanges.push({ caseId, fromStatus: ps.pipeline[reached]!, toStatus: 'cancelled', changedOn: fromDay(cancelDay), reason: out.cases[out.cases.length - 1]!.cancelReason, changedBy: adviser, createdAt: isoAt(cancelDay * DAY_MS, 12) });
      }

      // official reference numbers of the steps passed
      const ref = (kind: ReferenceKind, number: string, day: number) => {
        if (g.chance(0.85)) out.references.push({ caseId, kind, referenceNumber: number, decidedOn: fromDay(day), updatedBy: adviser, updatedAt: isoAt(day * DAY_MS, 11) });
      };
      // the decision's date: the day the step that the reference documents ended (at the case's pace), a day or two
      // before its task was ticked but not before the step could start (issue 15: the office's own durations read
      // these dates); a status without such a step in the plan: a few days before the next status was reached
      const dayOf = (s: PipelineStatus, steps: readonly string[]) => {
        const before = g.int(1, 3);
        const k = ps.tasks.findIndex((t) => t.planStepId !== null && t.planStepId !== undefined && steps.includes(t.planStepId));
        if (k < 0) return reachedDay[ps.pipeline.indexOf(s) + 1]! - before;
        const end = Math.max(createdDay, Math.min(createdDay + Math.round(ps.taskEnd[k]! * pace), closed ? statusDay : Number.POSITIVE_INFINITY));
        const start = createdDay + Math.round((ps.taskDays[k]!.start ?? 0) * pace);
        return Math.min(todayDay, Math.max(start, end - (before - 1)));
      };
      if (past('recognition')) ref('recognition', `${chamber === 'HWK' ? 'HWK-KL' : chamber === 'IHK' ? 'FOSA' : 'ZAB'}-${year}-${g.int(10_000, 99_999)}`, dayOf('recognition', ['recognition-decision', 'zab-statement', 'zab-vocational-statement']));
      if (past('ba_approval')) ref('ba_approval', `ZAV-${g.int(100, 999)}-${g.int(100_000, 999_999)}`, dayOf('ba_approval', ['ba-approval', 'ba-preapproval']));
      if (past('visa')) ref('visa', `VIS-${year}-${g.int(1_000_000, 9_999_999)}`, dayOf('visa', ['visa-decision']));
      if (past('residence_permit')) ref('immigration_office', `ABH-KL ${g.int(100, 999)}/${String(year).slice(2)}`, dayOf('residence_permit', ['residence-permit']));

      // tasks: the plan's, shifted, done when their typical end (at the case's pace) lies before where the case stopped;
      // then a few by hand. A stalled case leaves its due tasks open, which is what "stalled" shows.
      const doneUntil = closed ? Number.POSITIVE_INFINITY : stopDay;
      const companyUser = company.id === busiestCompanyId ? opts.companyUserId : null;
      const doneBy = (owner: string) => (owner === 'adviser' ? adviser : owner === 'company' ? companyUser : null);
      const rows = ps.tasks;
      rows.forEach((t, k) => {
        // a closed case has every task done, at the latest on the day it was closed
        const doneDay = Math.max(createdDay, Math.min(createdDay + Math.round(ps.taskEnd[k]! * pace), closed ? statusDay : Number.POSITIVE_INFINITY));
        const done = doneDay <= doneUntil && doneDay <= todayDay;
        const days = ps.taskDays[k]!;
        out.tasks.push({
          caseId,
          planStepId: t.planStepId,
          title: t.title,
          titleEn: t.titleEn,
          description: t.description,
          owner: t.owner,
          dependsOn: t.dependsOn,
          durationDays: t.durationDays,
          deadlineRef: t.deadlineRef,
          startOn: days.start === null ? null : fromDay(createdDay + days.start),
          dueOn: days.due === null ? null : fromDay(createdDay + days.due),
          dueSetByHand: false,
          position: t.position,
          doneAt: done ? isoAt(doneDay * DAY_MS, g.int(8, 18)) : null,
          doneBy: done ? doneBy(t.owner) : null,
          createdAt,
          updatedAt: done ? isoAt(doneDay * DAY_MS, 18) : createdAt,
        });
      });
      const hand = HAND_TASKS.filter(([, , step]) => ps.stepStart.has(step));
      const nHand = Math.min(hand.length, g.int(2, 4));
      for (let k = 0; k < nHand; k++) {
        const [title, owner, step, days] = hand.splice(g.int(0, hand.length - 1), 1)[0]!;
        const dueDay = createdDay + ps.stepStart.get(step)! + days;
        const doneDay = Math.max(createdDay, Math.min(createdDay + Math.round((ps.stepStart.get(step)! + days) * pace) + g.int(-3, 5), closed ? statusDay : Number.POSITIVE_INFINITY));
        const done = doneDay <= doneUntil && doneDay <= todayDay;
        out.tasks.push({
          caseId,
          planStepId: null,
          title,
          titleEn: null,
          description: null,
          owner,
          dependsOn: [],
          durationDays: 0,
          deadlineRef: null,
          startOn: null,
          dueOn: fromDay(Math.max(createdDay, dueDay)),
          dueSetByHand: true,
          position: rows.length + k,
          doneAt: done ? isoAt(doneDay * DAY_MS, g.int(8, 18)) : null,
          doneBy: done ? doneBy(owner) : null,
          createdAt: isoAt((createdDay + g.int(0, 10)) * DAY_MS, 12),
          updatedAt: done ? isoAt(doneDay * DAY_MS, 18) : createdAt,
        });
      }

      // the documents checklist: what the steps already passed needed is checked (now and then only uploaded or
      // rejected), what the next month needs partly uploaded, the rest missing
      ps.documents.forEach((d, k) => {
        const neededDay = createdDay + Math.round(ps.docNeeded[k]! * pace);
        let docStatus: 'missing' | 'uploaded' | 'checked' | 'rejected';
        if (closed) docStatus = g.chance(0.96) ? 'checked' : 'uploaded';
        else if (neededDay <= stopDay) docStatus = g.weighted(PASSED_DOCUMENT);
        else if (neededDay <= stopDay + 30 && stopDay === todayDay) docStatus = g.weighted(NEXT_DOCUMENT);
        else docStatus = g.chance(0.05) ? 'uploaded' : 'missing';
        const reviewed = docStatus === 'checked' || docStatus === 'rejected';
        const at = Math.min(todayDay, Math.max(createdDay, neededDay - g.int(0, 14)));
        out.documents.push({
          caseId,
          planDocumentId: d.planDocumentId,
          label: d.label,
          labelEn: d.labelEn,
          providedBy: d.providedBy,
          position: d.position,
          status: docStatus,
          rejectReason: docStatus === 'rejected' ? g.pick(REJECT_REASONS) : null,
          reviewedBy: reviewed ? adviser : null,
          reviewedAt: reviewed ? isoAt(at * DAY_MS, g.int(9, 17)) : null,
          createdAt,
          updatedAt: docStatus === 'missing' ? createdAt : isoAt(at * DAY_MS, 17),
        });
      });

      // a few notes along the way
      const nNotes = g.weighted(NOTES_PER_CASE);
      for (let k = 0; k < nNotes; k++) {
        const day = createdDay + g.int(0, Math.max(0, Math.min(todayDay, statusDay) - createdDay));
        out.notes.push({
          caseId,
          body: g.pick(CASE_NOTES).replace('{city}', company.municipality ?? company.city),
          visibleToCompany: g.chance(0.3),
          authorUserId: adviser,
          createdAt: isoAt(day * DAY_MS, g.int(8, 18)),
        });
      }
    }

    // candidates a company considers but has no case for yet: a tenth more
    for (let i = 0, n = Math.round(opts.cases / 10); i < n; i++) {
      const company = opts.companies[pickCompany()]!;
      const routeId = g.weighted(ROUTE_WEIGHTS);
      const day = Math.max(Math.floor(company.firstMs / DAY_MS), todayDay - g.int(1, 365));
      candidateFor(company.id, routeId, g.weighted(ROUTE_SHAPES[routeId].assessment), day, 'unknown', company.adviserUserId);
    }
    yield out;
  }
  return { busiestCompanyId, chunks, plansBuilt: () => plans.built };
}
