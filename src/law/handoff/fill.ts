// The hand-off pack of one step (issue 14): the form's fields filled from the case's facts (or "to be entered"), the
// documents to attach with the checklist's status, and which steps a case's route needs at all. Pure: the facts come
// in as arguments; no value is ever guessed: what the case does not hold stays empty.

import type { Text } from '../types.ts';
import { HANDOFF_FORMS } from './forms.ts';
import { HANDOFF_STEPS } from './types.ts';
import type { FormDefinition, FormStatus, HandoffStep, ValueSource } from './types.ts';
import type { DocumentId } from '../plan/data/documents.ts';

export type ReferenceKind = 'recognition' | 'ba_approval' | 'visa' | 'immigration_office';

/** What the case holds that a filing may ask for. Absent or null: Lotse does not know it. */
export interface HandoffFacts {
  caseNumber: string;
  /** the route's citation, e.g. "§ 18b AufenthG"; null when the route is not known to the plan */
  routeRef: string | null;
  candidate: { name: string | null; birthDate: string | null; citizenship: string | null };
  company: { name: string; street: string | null; postcode: string | null; city: string | null };
  job: {
    title: string | null;
    isco: string | null;
    /** the ISCO unit group's title from the catalogue, when it knows the code */
    iscoTitle: Text | null;
    annualGrossSalaryEur: number | null;
    weeklyHours: number | null;
    federalState: string | null;
    municipality: string | null;
    plannedStart: string | null;
    /** months of a fixed-term contract; null: open-ended (as the check records it); undefined: not recorded */
    contractMonths: number | null | undefined;
    collectiveAgreement: boolean | undefined;
  };
  references: Partial<Record<ReferenceKind, { number: string | null; decidedOn: string | null }>>;
}

/** A route and a procedure as a case holds them: the pipeline lists the statuses the route passes through. */
export interface CaseRoute {
  pipeline: readonly string[];
  procedure: string;
}

/** The steps a case's route needs, in the order the case meets them: recognition only when the pipeline has it, the
 * BA only when approval is needed, § 81a only in the accelerated procedure, the visa when the route goes through one. */
export function handoffStepsFor(route: CaseRoute): HandoffStep[] {
  return HANDOFF_STEPS.filter((s) => {
    if (s === 'recognition') return route.pipeline.includes('recognition');
    if (s === 'ba-approval') return route.pipeline.includes('ba_approval');
    if (s === 'accelerated') return route.procedure === 'accelerated';
    return route.pipeline.includes('visa');
  });
}

export interface FilledField {
  id: string;
  label: Text;
  /** null: to be entered */
  value: Text | null;
  source: ValueSource | null;
  hint?: Text;
}

export interface FilledSection {
  id: string;
  label: Text;
  status: FormStatus;
  note?: Text;
  fields: FilledField[];
}

export interface AttachDocument {
  id: DocumentId;
  /** the case's checklist row, as the checklist labels it */
  label: Text;
  status: string;
}

export interface HandoffPack {
  step: HandoffStep;
  form: FormDefinition;
  sections: FilledSection[];
  /** the documents to attach that are on the case's checklist, in the form's order */
  documents: AttachDocument[];
  /** how many fields the case could fill and how many are left to enter */
  filled: number;
  toBeEntered: number;
}

const LAENDER: Record<string, Text> = {
  'DE-BW': { de: 'Baden-Württemberg', en: 'Baden-Württemberg' },
  'DE-BY': { de: 'Bayern', en: 'Bavaria' },
  'DE-BE': { de: 'Berlin', en: 'Berlin' },
  'DE-BB': { de: 'Brandenburg', en: 'Brandenburg' },
  'DE-HB': { de: 'Bremen', en: 'Bremen' },
  'DE-HH': { de: 'Hamburg', en: 'Hamburg' },
  'DE-HE': { de: 'Hessen', en: 'Hesse' },
  'DE-MV': { de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' },
  'DE-NI': { de: 'Niedersachsen', en: 'Lower Saxony' },
  'DE-NW': { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  'DE-RP': { de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' },
  'DE-SL': { de: 'Saarland', en: 'Saarland' },
  'DE-SN': { de: 'Sachsen', en: 'Saxony' },
  'DE-ST': { de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' },
  'DE-SH': { de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' },
  'DE-TH': { de: 'Thüringen', en: 'Thuringia' },
};

const same = (s: string): Text => ({ de: s, en: s });
const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const date = (iso: string): Text => ({ de: germanDate(iso), en: iso });

function country(code: string): Text {
  const name = (lang: 'de' | 'en') => {
    try {
      return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  return { de: `${name('de')} (${code})`, en: `${name('en')} (${code})` };
}

function join(parts: (string | null | undefined)[], sep: string): string | null {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return kept.length === 0 ? null : kept.join(sep);
}

/** The value of one source, or null when the case does not hold it. */
export function valueOf(facts: HandoffFacts, source: ValueSource): Text | null {
  const { candidate, company, job, references } = facts;
  switch (source) {
    case 'candidate.name':
      return candidate.name ? same(candidate.name) : null;
    case 'candidate.birthDate':
      return candidate.birthDate ? date(candidate.birthDate) : null;
    case 'candidate.citizenship':
      return candidate.citizenship ? country(candidate.citizenship) : null;
    case 'company.name':
      return same(company.name);
    case 'company.street':
      return company.street ? same(company.street) : null;
    case 'company.postcodeCity': {
      const v = join([company.postcode, company.city], ' ');
      return v === null ? null : same(v);
    }
    case 'company.address': {
      const v = join([company.name, company.street, join([company.postcode, company.city], ' ')], ', ');
      return company.street || company.city ? same(v!) : null;
    }
    case 'job.title':
      return job.title ? same(job.title) : null;
    case 'job.occupation':
      if (!job.isco) return null;
      return job.iscoTitle ? { de: `${job.isco} ${job.iscoTitle.de}`, en: `${job.isco} ${job.iscoTitle.en}` } : same(job.isco);
    case 'job.annualSalary':
      return job.annualGrossSalaryEur === null
        ? null
        : { de: `${job.annualGrossSalaryEur.toLocaleString('de-DE')} € brutto im Jahr`, en: `€${job.annualGrossSalaryEur.toLocaleString('en-GB')} gross a year` };
    case 'job.weeklyHours':
      return job.weeklyHours === null ? null : { de: `${job.weeklyHours.toLocaleString('de-DE')} Stunden`, en: `${job.weeklyHours} hours` };
    case 'job.placeOfWork': {
      const land = job.federalState ? LAENDER[job.federalState] : undefined;
      if (!job.municipality && !land) return null;
      return { de: join([job.municipality, land?.de], ', ')!, en: join([job.municipality, land?.en], ', ')! };
    }
    case 'job.plannedStart':
      return job.plannedStart ? date(job.plannedStart) : null;
    case 'job.contractDuration':
      if (job.contractMonths === undefined) return null;
      return job.contractMonths === null ? { de: 'unbefristet', en: 'open-ended' } : { de: `befristet, ${job.contractMonths} Monate`, en: `fixed-term, ${job.contractMonths} months` };
    case 'job.collectiveAgreement':
      return job.collectiveAgreement === undefined ? null : job.collectiveAgreement ? { de: 'ja', en: 'yes' } : { de: 'nein', en: 'no' };
    case 'case.number':
      return same(facts.caseNumber);
    case 'case.route':
      return facts.routeRef ? { de: `Beschäftigung, ${facts.routeRef}`, en: `Employment, ${facts.routeRef}` } : null;
    case 'ref.recognition':
    case 'ref.ba_approval':
    case 'ref.visa':
    case 'ref.immigration_office': {
      const r = references[source.slice(4) as ReferenceKind];
      if (!r || !r.number) return null;
      return r.decidedOn ? { de: `${r.number} vom ${germanDate(r.decidedOn)}`, en: `${r.number} of ${r.decidedOn}` } : same(r.number);
    }
  }
}

/** The pack of one step: every field of its form with the case's value or null, and the documents to attach. */
export function buildHandoffPack(
  step: HandoffStep,
  facts: HandoffFacts,
  checklist: readonly { planDocumentId: string | null; label: string; labelEn: string | null; status: string }[],
): HandoffPack {
  const form = HANDOFF_FORMS[step];
  let filled = 0;
  let toBeEntered = 0;
  const sections = form.sections.map((s) => ({
    id: s.id,
    label: s.label,
    status: s.status,
    ...(s.note ? { note: s.note } : {}),
    fields: s.fields.map((f) => {
      const value = f.source === null ? null : valueOf(facts, f.source);
      if (value === null) toBeEntered += 1;
      else filled += 1;
      return { id: f.id, label: f.label, value, source: f.source, ...(f.hint ? { hint: f.hint } : {}) };
    }),
  }));
  const byId = new Map(checklist.filter((d) => d.planDocumentId !== null).map((d) => [d.planDocumentId!, d]));
  const documents: AttachDocument[] = form.attach.flatMap((id) => {
    const d = byId.get(id);
    return d === undefined ? [] : [{ id, label: { de: d.label, en: d.labelEn ?? d.label }, status: d.status }];
  });
  return { step, form, sections, documents, filled, toBeEntered };
}
