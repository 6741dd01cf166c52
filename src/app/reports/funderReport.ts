// Use case (issue 17): the funder's report for a period — the EU common indicators of Regulation (EU) 2021/1057,
// Annex I, for the persons and the companies the office supported, and the office's own key figures — and the records
// behind each figure (the drill-down and the per-record export). docs/decisions/026-funder-reporting.md.
//
// Definitions (for the actor's tenant; [from, to] inclusive):
//   participant   a candidate with at least one case. Their entry into the programme is the earliest of: the day one of
//                 their cases was opened (its first status) and the date of the consultation a case was created from.
//   persons       the participants who ENTERED in the period: each person is counted once, in the period of their
//                 entry (as the indicators count participants at entry), so that the quarters add up to the year.
//   consent       the latest declaration for the purpose 'funder_reporting'. Without a given consent (never asked,
//                 withdrawn, or erased — erasure deletes the consents) a person is counted only in the total: every
//                 breakdown shows them in one row "without consent", no personal characteristic of theirs is used, and
//                 they are left out of the per-record export. The companies' figures are about the companies and count
//                 them whatever their persons' consent.
//   age band      from the birth date on the day of entry.
//   third country citizenship outside the EU, the EEA and Switzerland (funderCodes.ts).
//   ISCED         as stated; without a statement, a university degree in the check facts counts as ISCED 5–8.
//   region        the Land (and Kreis/municipality) of the participant's company (no residence address is kept).
//   companies     supported in the period: a consultation of the company dated in the period, or a case of it opened in
//                 the period; a deleted (anonymised) company keeps its row and counts, without its name.
//   estimates     the "other" indicators of Annex I 1.2 (disability, third-country nationals, foreign origin) may be
//                 reported as informed estimates: besides the count, the report gives an estimate extrapolated from the
//                 persons who told (yes / (yes + no)) to all participants, and says it is one. Everything else is a count.
// Office figures: consultations, first and follow-up, by topic and referrals (from buildReport), cases opened and
// closed (status 'closed') by route, and the median days from the first contact (the case's consultation, else its
// opening) to the arrival (the first day the case reached the status 'entry', as getResidenceOutlook reads it) for the
// cases that arrived in the period.

import { sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { buildReport, checkRange } from './buildReport.ts';
import type { Bucket, ReferralTracking, ReportInput } from './buildReport.ts';
import { ageBand, isThirdCountry, iscedOf, SME_CLASSES } from './funderCodes.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';

/** One participant of the period: the row of the drill-down and of the per-record export. */
export interface PersonRecord {
  candidateId: string;
  /** the number of the person's first case (e.g. KL-2026-0042): stable, meaningful only inside the office */
  pseudonym: string;
  entryOn: string;
  erased: boolean;
  consent: boolean;
  /** the personal characteristics: null without consent (and when not known) */
  sex: string | null;
  ageBand: string | null;
  employmentStatus: string | null;
  isced: string | null;
  iscedDerived: boolean;
  thirdCountry: boolean | null;
  disability: string | null;
  foreignOrigin: string | null;
  federalState: string | null;
  municipality: string | null;
  /** null for a company user-free view: only staff read records; the name is null once the company was deleted */
  companyId: string;
  companyName: string | null;
  sizeClass: string | null;
  wzSection: string | null;
  /** only while the candidate is not erased */
  name: string | null;
}

export interface CompanyRecord {
  companyId: string;
  /** null once deleted (anonymised) */
  name: string | null;
  anonymised: boolean;
  sizeClass: string | null;
  wzSection: string | null;
  federalState: string | null;
  consultations: number;
  casesOpened: number;
}

export interface CaseRecord {
  caseId: string;
  number: string;
  routeId: string;
  /** the event's day: opened, closed or arrived */
  on: string;
  companyName: string | null;
  candidateName: string | null;
  erased: boolean;
  /** arrivals: days from the first contact */
  days: number | null;
}

/** A breakdown row: the count in total and by sex. `key` null: not known (not asked / not stated is its own key). */
export interface Breakdown {
  key: string | null;
  total: number;
  female: number;
  male: number;
  nonBinary: number;
  /** not stated or not asked */
  sexUnknown: number;
}

export interface Indicator {
  key: string;
  count: number;
  /** Annex I 1.2: the extrapolated estimate, or null where the regulation asks for counts */
  estimate: number | null;
  /** how many participants with consent did not tell (not asked or not stated) */
  unknown: number;
}

export const PERSON_DIMENSIONS = ['all', 'sex', 'ageBand', 'employmentStatus', 'isced', 'thirdCountry', 'disability', 'foreignOrigin', 'region'] as const;
export type PersonDimension = (typeof PERSON_DIMENSIONS)[number];
export const COMPANY_DIMENSIONS = ['all', 'sme', 'sizeClass', 'wzSection'] as const;
export type CompanyDimension = (typeof COMPANY_DIMENSIONS)[number];
export const CASE_EVENTS = ['opened', 'closed', 'arrived'] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

/** The key of the row of persons without consent in every breakdown. */
export const NO_CONSENT = 'no_consent';

export interface FunderReport {
  from: string;
  to: string;
  persons: {
    total: number;
    withConsent: number;
    withoutConsent: number;
    /** of those without consent: erased */
    erased: number;
    /** the ISCED values derived from a university degree (not stated) */
    iscedDerived: number;
    breakdowns: Record<Exclude<PersonDimension, 'all'>, Breakdown[]>;
    /** Annex I 1.1 and 1.2 as the funder lists them */
    indicators: Indicator[];
  };
  companies: {
    total: number;
    smes: number;
    large: number;
    sizeUnknown: number;
    anonymised: number;
    bySizeClass: Bucket[];
    byWzSection: Array<{ key: string | null; total: number; smes: number; large: number }>;
  };
  office: {
    consultations: number;
    byKind: Bucket[];
    byTopic: Bucket[];
    referralTracking: ReferralTracking;
    casesOpened: Bucket[];
    casesClosed: Bucket[];
    casesOpenedTotal: number;
    casesClosedTotal: number;
    arrivals: number;
    /** median days from the first contact to the arrival, null without arrivals */
    medianDaysToArrival: number | null;
  };
}

type Raw = Record<string, unknown>;
const rowsOf = (res: unknown): Raw[] => (Array.isArray(res) ? res : (res as { rows: Raw[] }).rows);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const iso = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
const bool = (v: unknown): boolean => v === true || v === 't';

/** The participants who entered in [from, to] (see the header), erased ones included. */
export async function personRecords(db: Db, tenantId: string, from: string, to: string): Promise<PersonRecord[]> {
  const res = await db.execute(sql`
    with opened as (
      select case_id, min(changed_on) as opened_on from case_status_changes
      where tenant_id = ${tenantId} and from_status is null group by case_id
    ),
    case_entry as (
      select ca.candidate_id, ca.number, ca.created_at,
             least(coalesce(o.opened_on, (ca.created_at at time zone 'Europe/Berlin')::date),
                   coalesce(cn.date, o.opened_on, (ca.created_at at time zone 'Europe/Berlin')::date)) as entry_on
      from cases ca
      left join opened o on o.case_id = ca.id
      left join consultations cn on cn.id = ca.consultation_id
      where ca.tenant_id = ${tenantId}
    ),
    entries as (
      select distinct on (candidate_id) candidate_id, number, entry_on from case_entry
      order by candidate_id, entry_on, created_at, number
    ),
    consent as (
      select distinct on (candidate_id) candidate_id, given from candidate_consents
      where tenant_id = ${tenantId} and purpose = 'funder_reporting'
      order by candidate_id, declared_on desc, created_at desc
    )
    select e.candidate_id, e.number, e.entry_on, cd.name, cd.birth_date, cd.citizenship, cd.erased_at is not null as erased,
           cd.report_sex, cd.report_employment_status, cd.report_isced, cd.report_disability, cd.report_foreign_origin,
           cd.facts -> 'qualification' ->> 'level' as qualification_level,
           co.id as company_id, co.name as company_name, co.anonymised_at is not null as anonymised, co.size_class,
           co.wz_section, co.federal_state, co.municipality,
           coalesce(k.given, false) as consent
    from entries e
    join candidates cd on cd.id = e.candidate_id
    join companies co on co.id = cd.company_id
    left join consent k on k.candidate_id = e.candidate_id
    where e.entry_on between ${from}::date and ${to}::date
    order by e.entry_on, e.number`);
  return rowsOf(res).map((r) => {
    const erased = bool(r.erased);
    const consent = !erased && bool(r.consent);
    const entryOn = iso(r.entry_on);
    const isced = consent ? iscedOf(str(r.report_isced), str(r.qualification_level)) : { value: null, derived: false };
    const anonymised = bool(r.anonymised);
    return {
      candidateId: String(r.candidate_id),
      pseudonym: String(r.number),
      entryOn,
      erased,
      consent,
      sex: consent ? str(r.report_sex) : null,
      ageBand: consent ? ageBand(r.birth_date === null ? null : iso(r.birth_date), entryOn) : null,
      employmentStatus: consent ? str(r.report_employment_status) : null,
      isced: isced.value,
      iscedDerived: isced.derived,
      thirdCountry: consent ? isThirdCountry(str(r.citizenship)) : null,
      disability: consent ? str(r.report_disability) : null,
      foreignOrigin: consent ? str(r.report_foreign_origin) : null,
      federalState: consent ? str(r.federal_state) : null,
      municipality: consent ? str(r.municipality) : null,
      companyId: String(r.company_id),
      companyName: anonymised ? null : str(r.company_name),
      sizeClass: str(r.size_class),
      wzSection: str(r.wz_section),
      name: erased ? null : str(r.name),
    };
  });
}

/** The companies supported in [from, to]: a consultation in the period or a case opened in it. */
export async function companyRecords(db: Db, tenantId: string, from: string, to: string): Promise<CompanyRecord[]> {
  const res = await db.execute(sql`
    with cons as (
      select company_id, count(*)::int as n from consultations
      where tenant_id = ${tenantId} and date between ${from}::date and ${to}::date group by company_id
    ),
    opened as (
      select ca.company_id, count(*)::int as n from case_status_changes s join cases ca on ca.id = s.case_id
      where s.tenant_id = ${tenantId} and s.from_status is null and s.changed_on between ${from}::date and ${to}::date
      group by ca.company_id
    )
    select co.id, co.name, co.anonymised_at is not null as anonymised, co.size_class, co.wz_section, co.federal_state,
           coalesce(cons.n, 0) as consultations, coalesce(opened.n, 0) as cases_opened
    from companies co
    left join cons on cons.company_id = co.id
    left join opened on opened.company_id = co.id
    where co.tenant_id = ${tenantId} and (cons.n is not null or opened.n is not null)
    order by co.anonymised_at is not null, lower(co.name), co.id`);
  return rowsOf(res).map((r) => {
    const anonymised = bool(r.anonymised);
    return {
      companyId: String(r.id),
      name: anonymised ? null : str(r.name),
      anonymised,
      sizeClass: str(r.size_class),
      wzSection: str(r.wz_section),
      federalState: str(r.federal_state),
      consultations: Number(r.consultations),
      casesOpened: Number(r.cases_opened),
    };
  });
}

/** The cases opened, closed or arrived in [from, to] (arrival: the first day the case reached 'entry'). */
export async function caseRecords(db: Db, tenantId: string, event: CaseEvent, from: string, to: string): Promise<CaseRecord[]> {
  const res = await db.execute(sql`
    with ev as (
      select s.case_id, min(s.changed_on) as on_day from case_status_changes s
      where s.tenant_id = ${tenantId}
        and ${event === 'opened' ? sql`s.from_status is null` : event === 'closed' ? sql`s.to_status = 'closed'` : sql`s.to_status = 'entry'`}
      group by s.case_id
    ),
    opened as (
      select case_id, min(changed_on) as opened_on from case_status_changes
      where tenant_id = ${tenantId} and from_status is null group by case_id
    )
    select ca.id, ca.number, ca.route_id, ev.on_day, co.name as company_name, co.anonymised_at is not null as anonymised,
           cd.name as candidate_name, cd.erased_at is not null as erased,
           (ev.on_day - least(coalesce(cn.date, o.opened_on), coalesce(o.opened_on, cn.date))) as days
    from ev
    join cases ca on ca.id = ev.case_id
    join companies co on co.id = ca.company_id
    join candidates cd on cd.id = ca.candidate_id
    left join opened o on o.case_id = ca.id
    left join consultations cn on cn.id = ca.consultation_id
    where ev.on_day between ${from}::date and ${to}::date
    order by ev.on_day, ca.number`);
  return rowsOf(res).map((r) => ({
    caseId: String(r.id),
    number: String(r.number),
    routeId: String(r.route_id),
    on: iso(r.on_day),
    companyName: bool(r.anonymised) ? null : str(r.company_name),
    candidateName: bool(r.erased) ? null : str(r.candidate_name),
    erased: bool(r.erased),
    days: event === 'arrived' && r.days !== null ? Number(r.days) : null,
  }));
}

/** The value of a person record for a dimension: the breakdown's key (NO_CONSENT without consent). */
export function personKey(p: PersonRecord, dim: Exclude<PersonDimension, 'all'>): string | null {
  if (!p.consent) return NO_CONSENT;
  switch (dim) {
    case 'sex':
      return p.sex;
    case 'ageBand':
      return p.ageBand;
    case 'employmentStatus':
      return p.employmentStatus;
    case 'isced':
      return p.isced;
    case 'thirdCountry':
      return p.thirdCountry === null ? null : p.thirdCountry ? 'yes' : 'no';
    case 'disability':
      return p.disability;
    case 'foreignOrigin':
      return p.foreignOrigin;
    case 'region':
      return p.federalState;
  }
}

/** The records behind a breakdown's row (`key` '' or null: not known). */
export function personsOf(records: PersonRecord[], dim: PersonDimension, key: string | null): PersonRecord[] {
  if (dim === 'all') return records;
  const k = key === '' ? null : key;
  return records.filter((p) => personKey(p, dim) === k);
}

export function companiesOf(records: CompanyRecord[], dim: CompanyDimension, key: string | null): CompanyRecord[] {
  const k = key === '' ? null : key;
  switch (dim) {
    case 'all':
      return records;
    case 'sme':
      return records.filter((c) => (k === 'sme' ? isSme(c.sizeClass) : k === 'large' ? c.sizeClass === 'large' : c.sizeClass === null));
    case 'sizeClass':
      return records.filter((c) => c.sizeClass === k);
    case 'wzSection':
      return records.filter((c) => c.wzSection === k);
  }
}

const isSme = (s: string | null) => s !== null && (SME_CLASSES as readonly string[]).includes(s);

const ORDER: Record<string, readonly string[]> = {
  sex: ['female', 'male', 'non_binary', 'not_stated'],
  ageBand: ['under_18', '18_29', '30_54', '55_plus'],
  employmentStatus: ['employed', 'unemployed', 'long_term_unemployed', 'inactive', 'not_stated'],
  isced: ['isced_0_2', 'isced_3_4', 'isced_5_8', 'not_stated'],
  thirdCountry: ['yes', 'no'],
  disability: ['yes', 'no', 'not_stated'],
  foreignOrigin: ['yes', 'no', 'not_stated'],
};

function breakdown(records: PersonRecord[], dim: Exclude<PersonDimension, 'all'>): Breakdown[] {
  const m = new Map<string | null, Breakdown>();
  for (const p of records) {
    const key = personKey(p, dim);
    const b = m.get(key) ?? { key, total: 0, female: 0, male: 0, nonBinary: 0, sexUnknown: 0 };
    b.total += 1;
    if (p.sex === 'female') b.female += 1;
    else if (p.sex === 'male') b.male += 1;
    else if (p.sex === 'non_binary') b.nonBinary += 1;
    else b.sexUnknown += 1;
    m.set(key, b);
  }
  const order = ORDER[dim];
  const rank = (k: string | null) => (k === NO_CONSENT ? 1001 : k === null ? 1000 : order ? (order.indexOf(k) === -1 ? 999 : order.indexOf(k)) : 0);
  return [...m.values()].sort((a, b) => rank(a.key) - rank(b.key) || String(a.key).localeCompare(String(b.key)));
}

/** Annex I 1.1 (counts) and 1.2 (may be estimates) from the person records. */
function indicators(records: PersonRecord[]): Indicator[] {
  const withConsent = records.filter((p) => p.consent);
  const count = (f: (p: PersonRecord) => boolean) => withConsent.filter(f).length;
  const counted = (key: string, f: (p: PersonRecord) => boolean, unknown: (p: PersonRecord) => boolean): Indicator => ({
    key,
    count: count(f),
    estimate: null,
    unknown: count(unknown),
  });
  const estimated = (key: string, yes: (p: PersonRecord) => boolean, no: (p: PersonRecord) => boolean): Indicator => {
    const y = count(yes);
    const known = y + count(no);
    return { key, count: y, estimate: known === 0 ? null : Math.round((y / known) * records.length), unknown: withConsent.length - known };
  };
  const emp = (p: PersonRecord) => p.employmentStatus === null || p.employmentStatus === 'not_stated';
  const edu = (p: PersonRecord) => p.isced === null || p.isced === 'not_stated';
  const age = (p: PersonRecord) => p.ageBand === null;
  return [
    counted('unemployed', (p) => p.employmentStatus === 'unemployed' || p.employmentStatus === 'long_term_unemployed', emp),
    counted('long_term_unemployed', (p) => p.employmentStatus === 'long_term_unemployed', emp),
    counted('inactive', (p) => p.employmentStatus === 'inactive', emp),
    counted('employed', (p) => p.employmentStatus === 'employed', emp),
    counted('under_18', (p) => p.ageBand === 'under_18', age),
    counted('18_29', (p) => p.ageBand === '18_29', age),
    counted('55_plus', (p) => p.ageBand === '55_plus', age),
    counted('isced_0_2', (p) => p.isced === 'isced_0_2', edu),
    counted('isced_3_4', (p) => p.isced === 'isced_3_4', edu),
    counted('isced_5_8', (p) => p.isced === 'isced_5_8', edu),
    { key: 'total', count: records.length, estimate: null, unknown: 0 },
    estimated('disability', (p) => p.disability === 'yes', (p) => p.disability === 'no'),
    estimated('third_country', (p) => p.thirdCountry === true, (p) => p.thirdCountry === false),
    estimated('foreign_origin', (p) => p.foreignOrigin === 'yes', (p) => p.foreignOrigin === 'no'),
  ];
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function byRoute(rs: CaseRecord[]): Bucket[] {
  const m = new Map<string, number>();
  for (const r of rs) m.set(r.routeId, (m.get(r.routeId) ?? 0) + 1);
  return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key!.localeCompare(b.key!));
}

/** The period checked as the report's (from/to, or a quarter "2026-Q3"). */
export function funderRange(input: ReportInput & { quarter?: unknown }, today: string): { from: string; to: string } {
  const q = typeof input.quarter === 'string' ? /^(\d{4})-Q([1-4])$/.exec(input.quarter) : null;
  if (q === null && input.quarter !== undefined && input.quarter !== null && input.quarter !== '') {
    throw new WorkspaceInputError([wfe('quarter', 'oneOf', 'YYYY-Q1 … YYYY-Q4')]);
  }
  if (q) {
    const y = q[1]!;
    const n = Number(q[2]);
    const ends = ['03-31', '06-30', '09-30', '12-31'];
    return { from: `${y}-${String(3 * n - 2).padStart(2, '0')}-01`, to: `${y}-${ends[n - 1]}` };
  }
  return checkRange(input, today);
}

export async function buildFunderReport(db: Db, actor: Actor, input: ReportInput & { quarter?: unknown }, today: string): Promise<FunderReport> {
  authorize(actor, 'report.funder', { tenantId: actor.tenantId });
  const { from, to } = funderRange(input, today);
  const [persons, companies, opened, closed, arrived, office] = await Promise.all([
    personRecords(db, actor.tenantId, from, to),
    companyRecords(db, actor.tenantId, from, to),
    caseRecords(db, actor.tenantId, 'opened', from, to),
    caseRecords(db, actor.tenantId, 'closed', from, to),
    caseRecords(db, actor.tenantId, 'arrived', from, to),
    buildReport(db, actor, { from, to }, today),
  ]);
  const withConsent = persons.filter((p) => p.consent).length;
  const sizeCount = new Map<string | null, number>();
  const wz = new Map<string | null, { key: string | null; total: number; smes: number; large: number }>();
  for (const c of companies) {
    sizeCount.set(c.sizeClass, (sizeCount.get(c.sizeClass) ?? 0) + 1);
    const w = wz.get(c.wzSection) ?? { key: c.wzSection, total: 0, smes: 0, large: 0 };
    w.total += 1;
    if (isSme(c.sizeClass)) w.smes += 1;
    if (c.sizeClass === 'large') w.large += 1;
    wz.set(c.wzSection, w);
  }
  const sizeOrder = [...SME_CLASSES, 'large', null] as const;
  return {
    from,
    to,
    persons: {
      total: persons.length,
      withConsent,
      withoutConsent: persons.length - withConsent,
      erased: persons.filter((p) => p.erased).length,
      iscedDerived: persons.filter((p) => p.iscedDerived).length,
      breakdowns: {
        sex: breakdown(persons, 'sex'),
        ageBand: breakdown(persons, 'ageBand'),
        employmentStatus: breakdown(persons, 'employmentStatus'),
        isced: breakdown(persons, 'isced'),
        thirdCountry: breakdown(persons, 'thirdCountry'),
        disability: breakdown(persons, 'disability'),
        foreignOrigin: breakdown(persons, 'foreignOrigin'),
        region: breakdown(persons, 'region'),
      },
      indicators: indicators(persons),
    },
    companies: {
      total: companies.length,
      smes: companies.filter((c) => isSme(c.sizeClass)).length,
      large: companies.filter((c) => c.sizeClass === 'large').length,
      sizeUnknown: companies.filter((c) => c.sizeClass === null).length,
      anonymised: companies.filter((c) => c.anonymised).length,
      bySizeClass: sizeOrder.filter((k) => sizeCount.has(k)).map((k) => ({ key: k, count: sizeCount.get(k)! })),
      byWzSection: [...wz.values()].sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key))),
    },
    office: {
      consultations: office.totals.consultations,
      byKind: office.byKind,
      byTopic: office.byTopic,
      referralTracking: office.referralTracking,
      casesOpened: byRoute(opened),
      casesClosed: byRoute(closed),
      casesOpenedTotal: opened.length,
      casesClosedTotal: closed.length,
      arrivals: arrived.length,
      medianDaysToArrival: median(arrived.map((a) => a.days).filter((d): d is number => d !== null)),
    },
  };
}

/** The records behind one figure, for staff (policy 'report.records'). */
export type Drill =
  | { kind: 'persons'; dim: PersonDimension; key: string | null }
  | { kind: 'companies'; dim: CompanyDimension; key: string | null }
  | { kind: 'cases'; event: CaseEvent; route: string | null };

export type DrillResult =
  | { kind: 'persons'; from: string; to: string; records: PersonRecord[] }
  | { kind: 'companies'; from: string; to: string; records: CompanyRecord[] }
  | { kind: 'cases'; from: string; to: string; records: CaseRecord[] };

export async function funderReportRecords(db: Db, actor: Actor, input: ReportInput & { quarter?: unknown }, drill: Drill, today: string): Promise<DrillResult> {
  authorize(actor, 'report.records', { tenantId: actor.tenantId });
  const { from, to } = funderRange(input, today);
  if (drill.kind === 'persons') return { kind: 'persons', from, to, records: personsOf(await personRecords(db, actor.tenantId, from, to), drill.dim, drill.key) };
  if (drill.kind === 'companies') return { kind: 'companies', from, to, records: companiesOf(await companyRecords(db, actor.tenantId, from, to), drill.dim, drill.key) };
  const rs = await caseRecords(db, actor.tenantId, drill.event, from, to);
  return { kind: 'cases', from, to, records: drill.route === null ? rs : rs.filter((r) => r.routeId === drill.route) };
}

/** The per-record export: the participants with consent of the period (docs/report-fields.md), for staff. */
export async function funderExportRecords(db: Db, actor: Actor, input: ReportInput & { quarter?: unknown }, today: string): Promise<{ from: string; to: string; records: PersonRecord[]; withheld: number }> {
  authorize(actor, 'report.records', { tenantId: actor.tenantId });
  const { from, to } = funderRange(input, today);
  const all = await personRecords(db, actor.tenantId, from, to);
  const records = all.filter((p) => p.consent);
  return { from, to, records, withheld: all.length - records.length };
}
