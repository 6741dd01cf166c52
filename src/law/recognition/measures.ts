// Further qualification after a recognition notice (issue 16; recognition-integration-facts.md §§ 2.1–2.6,
// legal-facts.md §§ 1.8, 4.7): the catalogue of measures (what each is for, its legal basis, duration and cost), the
// deficit tags an adviser gives the substantial differences named in a partial-recognition notice, and
// proposeMeasures, which ranks the measures that close those differences with the funding that may apply and the
// residence route for the measure. Pure: no I/O, no clock (the date comes from the caller).
//
// The codes of MEASURE_KINDS are shared: the partner directory's `offers` column (src/app/common/codes.ts) repeats them.

import type { Cefr, Text } from '../types.ts';
import { CEFR_LEVELS } from '../types.ts';
import { valueAt } from '../parameters/parameter.ts';
import type { Reference } from '../parameters/parameter.ts';
import { recognitionGerman } from '../parameters/recognition.ts';
import {
  REF_BAMF_IK_FAQ,
  REF_BAMF_IK_KOSTEN,
  REF_FACHKRAEFTE_JETZT_BSK,
  REF_BIBB_QA,
  REF_DEUFOEV_12,
  integrationCourseContribution,
  integrationCourseUnits,
  professionalLanguageCourseContribution,
  professionalLanguageCourseJointThreshold,
  professionalLanguageCourseUnits,
  qualifikationsanalyseExampleCost,
} from '../parameters/qualificationFunding.ts';
import { fundingFor } from './funding.ts';
import type { FundingOption } from './funding.ts';

export const MEASURE_KINDS = [
  'anpassungsqualifizierung_betrieb',
  'anpassungsqualifizierung_kurs',
  'ausgleichsmassnahme_anpassungslehrgang',
  'eignungspruefung_vorbereitung',
  'kenntnispruefung_vorbereitung',
  'qualifikationsanalyse',
  'berufssprachkurs',
  'fachsprachkurs',
  'integrationskurs',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export function isMeasureKind(v: unknown): v is MeasureKind {
  return typeof v === 'string' && (MEASURE_KINDS as readonly string[]).includes(v);
}

/** The outcome of the recognition procedure as the notice states it (or still pending, or no recognition needed). */
export const NOTICE_OUTCOMES = ['pending', 'full', 'partial', 'none', 'not_required'] as const;
export type NoticeOutcome = (typeof NOTICE_OUTCOMES)[number];

export const NOTICE_OUTCOME_LABELS: Record<NoticeOutcome, Text> = {
  pending: { de: 'Verfahren läuft / noch kein Bescheid', en: 'procedure pending / no notice yet' },
  full: { de: 'volle Gleichwertigkeit', en: 'full equivalence' },
  partial: { de: 'teilweise Gleichwertigkeit (Defizitbescheid)', en: 'partial equivalence (deficit notice)' },
  none: { de: 'keine Gleichwertigkeit', en: 'no equivalence' },
  not_required: { de: 'Anerkennung nicht erforderlich', en: 'recognition not required' },
};

/**
 * The substantial differences a partial-recognition notice names (§ 7 BQFG), as tags the adviser chooses beside the
 * notice's own text. Fixed codes; the CHECK of case_recognitions.deficit_tags repeats them.
 */
export const DEFICIT_TAGS = [
  'fachtheorie',
  'fachpraxis',
  'berufserfahrung',
  'rechtsvorschriften_de',
  'arbeitssicherheit',
  'normen_vde',
  'fachsprache',
  'deutsch',
  'dokumente_fehlen',
  'sonstiges',
] as const;
export type DeficitTag = (typeof DEFICIT_TAGS)[number];

export function isDeficitTag(v: unknown): v is DeficitTag {
  return typeof v === 'string' && (DEFICIT_TAGS as readonly string[]).includes(v);
}

export const DEFICIT_TAG_LABELS: Record<DeficitTag, Text> = {
  fachtheorie: { de: 'Fachtheorie (Inhalte der Ausbildung)', en: 'theory of the occupation (training content)' },
  fachpraxis: { de: 'Fachpraxis (praktische Fertigkeiten)', en: 'practical skills' },
  berufserfahrung: { de: 'Berufserfahrung in Deutschland / im Beruf', en: 'work experience in the occupation' },
  rechtsvorschriften_de: { de: 'deutsche Rechtsvorschriften', en: 'German legal provisions' },
  arbeitssicherheit: { de: 'Arbeitssicherheit und Unfallverhütung', en: 'occupational safety' },
  normen_vde: { de: 'Normen und technische Regeln (z. B. DIN, VDE)', en: 'standards and technical rules (e.g. DIN, VDE)' },
  fachsprache: { de: 'Fachsprache Deutsch', en: 'German technical language' },
  deutsch: { de: 'allgemeine Deutschkenntnisse', en: 'general German' },
  dokumente_fehlen: { de: 'Nachweise fehlen (Qualifikationsanalyse möglich)', en: 'documents missing (skills analysis possible)' },
  sonstiges: { de: 'Sonstiges (siehe Bescheidtext)', en: 'other (see the notice text)' },
};

export interface LegalBasisEntry {
  text: Text;
  reference?: Reference;
  unconfirmed?: boolean;
}

/** A cost: a text, and where known an amount per UE or an example figure, with its source. */
export interface MeasureCost {
  text: Text;
  perUeEur?: number;
  exampleEur?: number;
  reference?: Reference;
  unconfirmed?: boolean;
}

/** How long a measure takes: a text, and where known its teaching units (1 UE = 45 minutes) or most months. */
export interface MeasureDuration {
  text: Text;
  ue?: number;
  maxMonths?: number;
  unconfirmed?: boolean;
}

export interface Measure {
  kind: MeasureKind;
  title: Text;
  /** what it is for */
  purpose: Text;
  legalBasis: readonly LegalBasisEntry[];
  /** 'regulated': an Ausgleichsmaßnahme of a regulated profession; 'nonRegulated': BBiG/HwO occupations; 'any' */
  professions: 'regulated' | 'nonRegulated' | 'any';
  /** the deficit tags it closes */
  closes: readonly DeficitTag[];
  /** computed for a date (the dated course sizes); the static text where none is dated */
  duration: (date: string) => MeasureDuration;
  /** computed for a date by costOf (the dated contributions); the static text where none is dated */
  cost: (date: string) => MeasureCost;
  /** a residence title for the measure: § 16d (1) and (3) AufenthG */
  residence: boolean;
  /** where the facts come from */
  reference: Reference;
}

const REF_BQ_ANPASSUNG: Reference = {
  title: 'BQ-Portal: Möglichkeiten und Grenzen der Anpassungsqualifizierung',
  url: 'https://bq-portal.de//aktuelles/moeglichkeiten-und-grenzen-der-anpassungsqualifizierung',
};
const REF_BQFG_7: Reference = { title: '§ 7 BQFG (Bescheid: vorhandene Qualifikationen und wesentliche Unterschiede)', url: 'https://www.gesetze-mit-links.de/bqfg/_7.html' };
const REF_16D: Reference = { title: '§ 16d AufenthG (Maßnahmen zur Anerkennung ausländischer Berufsqualifikationen), buzer.de', url: 'http://www.buzer.de/gesetz/4752/a234469.htm' };
const REF_IHK_FOSA_ABLAUF: Reference = { title: 'IHK FOSA: Verfahrensablauf (Anpassungsqualifizierung, Ausgleichsmaßnahmen)', url: 'https://www.ihk-fosa.de/fuer-antragstellende/verfahrensablauf/' };
const REF_IQ_QUALI: Reference = {
  title: 'Netzwerk IQ: Qualifizierungen im Förderprogramm IQ (Vorbereitung auf Kenntnis-/Eignungsprüfung, Anpassungslehrgänge)',
  url: 'https://www.netzwerk-iq.de/berufliche-anerkennung/qualifizierungen-im-foerderprogramm-iq.html',
};
const REF_GLOSSAR_Q: Reference = { title: 'Anerkennung in Deutschland, Glossar: Qualifikationsanalyse (§ 14 BQFG, § 50c HwO)', url: 'https://anerkennung-in-deutschland.de/html/de/service/glossar-q.php' };
const REF_HWK_LEIPZIG_QA: Reference = {
  title: 'HWK Leipzig: Teilnahme an der Qualifikationsanalyse (Arbeitsproben, Fachgespräch, zwei Sachverständige)',
  url: 'https://www.hwk-leipzig.de/artikel/teilnahme-an-der-qualifikationsanalyse-im-rahmen-des-gleichwertigkeitsfeststellungsverfahrens-nach-dem-berufsqualifikationsfeststellungsgesetz-bqfg-3,0,4023.html',
};
const REF_BSB_BREMEN: Reference = { title: 'BSB Bremen: Berufssprachkurse (Spezialkurse, DTB)', url: 'https://www.bsb-bremen.de/de/berufssprachkurse.html' };
const REF_BAMF_IK_AUSLAENDER: Reference = {
  title: 'BAMF: Teilnahme und Kosten für Ausländerinnen und Ausländer (Berechtigung nach § 44 AufenthG)',
  url: 'https://www.bamf.de/DE/Themen/Integration/TraegerLehrFachkraefte/TraegerIntegrationskurse/Organisatorisches/TeilnahmeKosten/Auslaender/auslaender.html',
};

const fmt = (n: number) => n.toLocaleString('de-DE', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 });
const en = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 });

const ASK_PROVIDER: MeasureCost = { text: { de: 'Kosten beim Anbieter erfragen', en: 'ask the provider about the costs' } };

const RES_16D = { text: { de: 'Aufenthalt für die Maßnahme: § 16d AufenthG', en: 'residence for the measure: § 16d AufenthG' }, reference: REF_16D };

export const MEASURES: Record<MeasureKind, Measure> = {
  anpassungsqualifizierung_betrieb: {
    kind: 'anpassungsqualifizierung_betrieb',
    title: { de: 'Anpassungsqualifizierung im Betrieb', en: 'Adaptation qualification in a company' },
    purpose: {
      de: 'Beschäftigung oder Praktikum im Betrieb, das die im Bescheid über teilweise Gleichwertigkeit genannten wesentlichen Unterschiede ausgleicht; danach Folgeantrag auf volle Gleichwertigkeit. Ausreichende Deutschkenntnisse sind praktisch Voraussetzung.',
      en: 'Employment or an internship in a company that closes the substantial differences named in the partial-equivalence notice; then a follow-up application for full equivalence. Sufficient German is a practical precondition.',
    },
    legalBasis: [
      { text: { de: 'Bescheid über teilweise Gleichwertigkeit (§ 7 BQFG; nicht reglementierte Berufe, freiwillig)', en: 'partial-equivalence notice (§ 7 BQFG; non-regulated occupations, voluntary)' }, reference: REF_BQFG_7 },
      RES_16D,
    ],
    professions: 'nonRegulated',
    closes: ['fachpraxis', 'berufserfahrung', 'arbeitssicherheit', 'normen_vde', 'rechtsvorschriften_de'],
    duration: () => ({ text: { de: 'je nach den Unterschieden im Bescheid', en: 'depends on the differences in the notice' } }),
    cost: () => ASK_PROVIDER,
    residence: true,
    reference: REF_BQ_ANPASSUNG,
  },
  anpassungsqualifizierung_kurs: {
    kind: 'anpassungsqualifizierung_kurs',
    title: { de: 'Anpassungsqualifizierung bei einem Bildungsträger', en: 'Adaptation qualification with a provider (course)' },
    purpose: {
      de: 'Kurs oder Lehrgang (nicht formal), der die im Bescheid genannten Unterschiede in Theorie, Vorschriften und Normen ausgleicht; danach Folgeantrag.',
      en: 'A course or training measure (non-formal) that closes the differences in theory, regulations and standards named in the notice; then a follow-up application.',
    },
    legalBasis: [
      { text: { de: 'Bescheid über teilweise Gleichwertigkeit (§ 7 BQFG; nicht reglementierte Berufe, freiwillig)', en: 'partial-equivalence notice (§ 7 BQFG; non-regulated occupations, voluntary)' }, reference: REF_BQFG_7 },
      RES_16D,
    ],
    professions: 'nonRegulated',
    closes: ['fachtheorie', 'rechtsvorschriften_de', 'arbeitssicherheit', 'normen_vde', 'fachpraxis'],
    duration: () => ({ text: { de: 'je nach Kurs und Bescheid', en: 'depends on the course and the notice' } }),
    cost: () => ASK_PROVIDER,
    residence: true,
    reference: REF_BQ_ANPASSUNG,
  },
  ausgleichsmassnahme_anpassungslehrgang: {
    kind: 'ausgleichsmassnahme_anpassungslehrgang',
    title: { de: 'Ausgleichsmaßnahme: Anpassungslehrgang', en: 'Compensation measure: adaptation period' },
    purpose: {
      de: 'Reglementierte Berufe: Pflicht für den Berufszugang, wenn der Bescheid wesentliche Unterschiede nennt; Anpassungslehrgang von höchstens drei Jahren (alternativ Eignungs- oder Kenntnisprüfung).',
      en: 'Regulated professions: required for access when the notice names substantial differences; an adaptation period of at most three years (or an aptitude or knowledge test instead).',
    },
    legalBasis: [
      { text: { de: 'Ausgleichsmaßnahme nach § 11 BQFG bzw. Landesrecht (BQFGRP § 11 für Landesberufe)', en: 'compensation measure under § 11 BQFG or Land law (BQFGRP § 11 for Land professions)' } },
      RES_16D,
    ],
    professions: 'regulated',
    closes: ['fachpraxis', 'fachtheorie', 'berufserfahrung', 'rechtsvorschriften_de', 'arbeitssicherheit', 'normen_vde'],
    duration: () => ({ text: { de: 'höchstens 3 Jahre', en: 'at most 3 years' }, maxMonths: 36 }),
    cost: () => ASK_PROVIDER,
    residence: true,
    reference: REF_IHK_FOSA_ABLAUF,
  },
  eignungspruefung_vorbereitung: {
    kind: 'eignungspruefung_vorbereitung',
    title: { de: 'Vorbereitung auf die Eignungsprüfung', en: 'Preparation for the aptitude test' },
    purpose: {
      de: 'Reglementierte Berufe: Kurs zur Vorbereitung auf die Eignungsprüfung, die sich auf die im Bescheid genannten Unterschiede beschränkt.',
      en: 'Regulated professions: a course preparing for the aptitude test, which covers the differences named in the notice.',
    },
    legalBasis: [
      { text: { de: 'Ausgleichsmaßnahme nach § 11 BQFG bzw. Landesrecht (Eignungsprüfung)', en: 'compensation measure under § 11 BQFG or Land law (aptitude test)' } },
      RES_16D,
    ],
    professions: 'regulated',
    closes: ['fachtheorie', 'rechtsvorschriften_de', 'normen_vde', 'arbeitssicherheit'],
    duration: () => ({ text: { de: 'je nach Kurs', en: 'depends on the course' } }),
    cost: () => ASK_PROVIDER,
    residence: true,
    reference: REF_IQ_QUALI,
  },
  kenntnispruefung_vorbereitung: {
    kind: 'kenntnispruefung_vorbereitung',
    title: { de: 'Vorbereitung auf die Kenntnisprüfung', en: 'Preparation for the knowledge test' },
    purpose: {
      de: 'Reglementierte Berufe, in denen der Bescheid eine Kenntnisprüfung verlangt: Kurs zur Vorbereitung darauf.',
      en: 'Regulated professions whose notice requires a knowledge test: a course preparing for it.',
    },
    legalBasis: [
      { text: { de: 'Berufsgesetz des reglementierten Berufs (Vorschrift zu prüfen)', en: 'the regulated profession’s own statute (provision to be verified)' }, unconfirmed: true },
      RES_16D,
    ],
    professions: 'regulated',
    closes: ['fachtheorie', 'fachpraxis', 'rechtsvorschriften_de'],
    duration: () => ({ text: { de: 'je nach Kurs', en: 'depends on the course' } }),
    cost: () => ASK_PROVIDER,
    residence: true,
    reference: REF_IQ_QUALI,
  },
  qualifikationsanalyse: {
    kind: 'qualifikationsanalyse',
    title: { de: 'Qualifikationsanalyse', en: 'Skills analysis (Qualifikationsanalyse)' },
    purpose: {
      de: 'Wenn Nachweise unverschuldet fehlen (verloren, Krieg) oder die Stelle an ihrer Echtheit zweifelt: Arbeitsproben, Fachgespräch, Probearbeit, durchgeführt von zwei Sachverständigen. Nur für duale Ausbildungsberufe und Meisterberufe (BBiG/HwO), nicht für Landesberufe.',
      en: 'Where documents are missing through no fault of the applicant (lost, war) or the body doubts them: work samples, a technical interview, trial work, by two experts. Only for dual training occupations and master crafts (BBiG/HwO), not for Land professions.',
    },
    legalBasis: [{ text: { de: '§ 14 BQFG; § 50c HwO', en: '§ 14 BQFG; § 50c HwO' }, reference: REF_GLOSSAR_Q }],
    professions: 'nonRegulated',
    closes: ['dokumente_fehlen'],
    duration: () => ({ text: { de: 'keine Angabe (bei der zuständigen Kammer erfragen)', en: 'not known (ask the chamber)' } }),
    cost: (date) => {
      const c = valueAt(qualifikationsanalyseExampleCost, date);
      if (c === undefined) return { ...ASK_PROVIDER, reference: REF_BIBB_QA };
      return {
        text: { de: `Beispiel ${c.value.chamber}: ${fmt(c.value.amount)} €`, en: `example ${c.value.chamber}: ${en(c.value.amount)} €` },
        exampleEur: c.value.amount,
        reference: c.reference,
        unconfirmed: c.unconfirmed,
      };
    },
    residence: false,
    reference: REF_HWK_LEIPZIG_QA,
  },
  berufssprachkurs: {
    kind: 'berufssprachkurs',
    title: { de: 'Berufssprachkurs (Basismodul B2, C1, C2)', en: 'Professional language course (basic module B2, C1, C2)' },
    purpose: {
      de: 'Deutsch für den Beruf: Basismodule führen von B1 zu B2, von B2 zu C1, von C1 zu C2; Prüfung DTB. Zugang über Arbeitsagentur/Jobcenter (Arbeitsuchende) oder BAMF (Beschäftigte, Personen im Anerkennungsverfahren).',
      en: 'German for work: basic modules lead from B1 to B2, B2 to C1, C1 to C2; exam DTB. Admission through the employment agency/Jobcenter (job-seekers) or the BAMF (employees, people in a recognition procedure).',
    },
    legalBasis: [{ text: { de: '§ 45a AufenthG; § 12 DeuFöV', en: '§ 45a AufenthG; § 12 DeuFöV' }, reference: REF_DEUFOEV_12 }],
    professions: 'any',
    closes: ['deutsch'],
    duration: (date) => {
      const u = valueAt(professionalLanguageCourseUnits, date);
      if (u === undefined) return { text: { de: 'zu prüfen', en: 'to be verified' }, unconfirmed: true };
      const { standard, extraNeedB2 } = u.value;
      return {
        text: {
          de: `in der Regel ${standard} UE (B1→B2 mit Zusatzbedarf ${extraNeedB2} UE); 1 UE = 45 Minuten`,
          en: `usually ${standard} UE (B1→B2 with extra need ${extraNeedB2} UE); 1 UE = 45 minutes`,
        },
        ue: standard,
      };
    },
    cost: (date) => {
      const c = valueAt(professionalLanguageCourseContribution, date);
      const joint = valueAt(professionalLanguageCourseJointThreshold, date);
      if (c === undefined) return { text: { de: 'Kostenbeitrag: zu prüfen', en: 'contribution: to be verified' }, unconfirmed: true, reference: REF_FACHKRAEFTE_JETZT_BSK };
      const jointDe = joint ? `, gemeinsam veranlagt ${fmt(joint.value)} € (zu prüfen)` : '';
      const jointEn = joint ? `, ${en(joint.value)} € jointly assessed (to be verified)` : '';
      return {
        text: {
          de: `Grundsätzlich kostenfrei; Beschäftigte mit zu versteuerndem Jahreseinkommen über ${fmt(c.value.incomeThresholdSingle)} €${jointDe} zahlen ${fmt(c.value.perUe)} € je UE (Teilnehmende oder Arbeitgeber); 50 % Erstattung bei bestandener Prüfung innerhalb von 2 Jahren`,
          en: `Free in principle; employed people with taxable annual income above ${en(c.value.incomeThresholdSingle)} €${jointEn} pay ${en(c.value.perUe)} € per UE (participant or employer); 50 % refund if the exam is passed within 2 years`,
        },
        perUeEur: c.value.perUe,
        reference: c.reference,
        unconfirmed: c.unconfirmed,
      };
    },
    residence: false,
    reference: REF_DEUFOEV_12,
  },
  fachsprachkurs: {
    kind: 'fachsprachkurs',
    title: { de: 'Berufssprachkurs: Spezialkurs Fachsprache', en: 'Professional language course: specialist course' },
    purpose: {
      de: 'Spezialkurse der Berufssprachkurse für bestimmte Berufe (u. a. akademische Heilberufe, Anerkennungsverfahren) und Branchenmodule (z. B. Gewerbe/Technik, Pflege, Handel).',
      en: 'Specialist professional language courses for particular professions (e.g. academic health professions, recognition procedures) and branch modules (e.g. trades/technology, care, retail).',
    },
    legalBasis: [{ text: { de: '§ 45a AufenthG; DeuFöV (Spezialkurse; Vorschrift zu prüfen)', en: '§ 45a AufenthG; DeuFöV (specialist courses; provision to be verified)' }, reference: REF_BSB_BREMEN, unconfirmed: true }],
    professions: 'any',
    closes: ['fachsprache'],
    duration: () => ({ text: { de: 'je nach Kurs', en: 'depends on the course' } }),
    cost: (date) => MEASURES.berufssprachkurs.cost(date),
    residence: false,
    reference: REF_BSB_BREMEN,
  },
  integrationskurs: {
    kind: 'integrationskurs',
    title: { de: 'Integrationskurs', en: 'Integration course' },
    purpose: {
      de: 'Sprachkurs bis B1 (Prüfung DTZ) und Orientierungskurs („Leben in Deutschland“). Anspruch bei erstem Aufenthaltstitel zur Erwerbstätigkeit mit dauerhaftem Aufenthalt; Bescheinigung der Ausländerbehörde.',
      en: 'Language course up to B1 (exam DTZ) and orientation course ("Life in Germany"). Entitled with a first residence title for employment and a permanent stay; certificate from the immigration office.',
    },
    legalBasis: [{ text: { de: '§§ 43–44a AufenthG; Integrationskursverordnung (IntV)', en: '§§ 43–44a AufenthG; Integration Course Ordinance (IntV)' }, reference: REF_BAMF_IK_AUSLAENDER }],
    professions: 'any',
    closes: ['deutsch'],
    duration: (date) => {
      const u = valueAt(integrationCourseUnits, date);
      if (u === undefined) return { text: { de: 'zu prüfen', en: 'to be verified' }, unconfirmed: true };
      const { language, orientation, specialMax } = u.value;
      return {
        text: {
          de: `${language + orientation} UE (${language} Sprachkurs + ${orientation} Orientierungskurs); Spezialkurse bis ${fmt(specialMax)} UE`,
          en: `${language + orientation} UE (${language} language + ${orientation} orientation); special courses up to ${en(specialMax)} UE`,
        },
        ue: language + orientation,
      };
    },
    cost: (date) => {
      const c = valueAt(integrationCourseContribution, date);
      const ue = MEASURES.integrationskurs.duration(date).ue;
      if (c === undefined || ue === undefined) return { text: { de: 'Kostenbeitrag: zu prüfen', en: 'contribution: to be verified' }, unconfirmed: true, reference: REF_BAMF_IK_KOSTEN };
      const total = Math.round(c.value * ue * 100) / 100;
      return {
        text: {
          de: `${fmt(c.value)} € je UE (${fmt(total)} € für ${ue} UE), befreit u. a. bei Bürgergeld; Hälfte erstattet bei erfolgreichem Abschluss innerhalb von 2 Jahren`,
          en: `${en(c.value)} € per UE (${en(total)} € for ${ue} UE), exempt e.g. on Bürgergeld; half refunded on successful completion within 2 years`,
        },
        perUeEur: c.value,
        reference: c.reference,
        unconfirmed: c.unconfirmed,
      };
    },
    residence: false,
    reference: REF_BAMF_IK_FAQ,
  },
};

// --- proposals ----------------------------------------------------------------------------------------------------

export interface ProposalInput {
  outcome: NoticeOutcome;
  deficitTags: readonly DeficitTag[];
  /** the reference occupation is regulated; null/undefined: not known */
  regulated?: boolean | null;
  germanLevel?: Cefr | null;
  residesInGermany?: boolean;
  /** ISO date the proposals are for (funding windows, contributions) */
  date: string;
}

export interface ResidenceLink {
  /** § 16d (1) qualification measure; § 16d (3) recognition partnership */
  sections: readonly ('16d1' | '16d3')[];
  text: Text;
  reference: Reference;
}

export interface MeasureProposal {
  kind: MeasureKind;
  measure: Measure;
  /** the deficit tags of the notice it closes */
  closes: DeficitTag[];
  why: Text;
  /** notes to check (e.g. the German level for § 16d, the course level) */
  notes: Text[];
  cost: MeasureCost;
  duration: MeasureDuration;
  funding: FundingOption[];
  residence: ResidenceLink | null;
}

const ADAPTATION_REGULATED: readonly MeasureKind[] = ['ausgleichsmassnahme_anpassungslehrgang', 'eignungspruefung_vorbereitung', 'kenntnispruefung_vorbereitung'];
const ADAPTATION_NON_REGULATED: readonly MeasureKind[] = ['anpassungsqualifizierung_betrieb', 'anpassungsqualifizierung_kurs'];

const rank = (l: Cefr) => CEFR_LEVELS.indexOf(l);

function residenceLink(kind: MeasureKind, date: string): ResidenceLink {
  const german = valueAt(recognitionGerman, date);
  const level = german?.value.qualificationMeasure ?? 'A2';
  const inCompany = kind === 'anpassungsqualifizierung_betrieb' || kind === 'ausgleichsmassnahme_anpassungslehrgang';
  const approval = inCompany
    ? { de: ' Findet die Maßnahme überwiegend im Betrieb statt, ist die Zustimmung der Bundesagentur für Arbeit nötig (§ 39 AufenthG).', en: ' A measure mainly in a company needs the Federal Employment Agency’s approval (§ 39 AufenthG).' }
    : { de: '', en: '' };
  return {
    sections: ['16d1', '16d3'],
    text: {
      de: `§ 16d Abs. 1 AufenthG: Aufenthaltserlaubnis für die Qualifizierungsmaßnahme (bis 24 Monate, Verlängerung um höchstens 12 Monate, insgesamt höchstens 3 Jahre; Nebenbeschäftigung bis 20 Std./Woche; Deutsch in der Regel ${level}).${approval.de} Oder § 16d Abs. 3: Anerkennungspartnerschaft mit dem Arbeitgeber.`,
      en: `§ 16d (1) AufenthG: residence permit for the qualification measure (up to 24 months, extendable by at most 12, 3 years in total; side work up to 20 h/week; German as a rule ${level}).${approval.en} Or § 16d (3): recognition partnership with the employer.`,
    },
    reference: REF_16D,
  };
}

function tagList(tags: readonly DeficitTag[], lang: 'de' | 'en'): string {
  return tags.map((t) => DEFICIT_TAG_LABELS[t][lang]).join(', ');
}

/**
 * The measures to propose for a case's recognition record, best first: those closing more of the notice's deficit
 * tags rank higher; ties keep the catalogue's order. Adaptation measures follow a partial-equivalence notice (the
 * regulated or non-regulated kind, both when not known); a Qualifikationsanalyse where documents are missing
 * (not for regulated professions); language courses by the deficit tags and the German level.
 */
export function proposeMeasures(input: ProposalInput): MeasureProposal[] {
  const tags = new Set(input.deficitTags);
  const chosen = new Map<MeasureKind, { notes: Text[]; whyExtra?: Text }>();
  const add = (k: MeasureKind, notes: Text[] = [], whyExtra?: Text) => {
    if (!chosen.has(k)) chosen.set(k, { notes, whyExtra });
  };

  if (input.outcome === 'partial') {
    const kinds = input.regulated === true ? ADAPTATION_REGULATED : input.regulated === false ? ADAPTATION_NON_REGULATED : [...ADAPTATION_NON_REGULATED, ...ADAPTATION_REGULATED];
    const professional = [...tags].filter((t) => t !== 'deutsch' && t !== 'fachsprache' && t !== 'dokumente_fehlen');
    for (const k of kinds) {
      const closes = MEASURES[k].closes.filter((t) => tags.has(t));
      // no professional tag entered yet: the notice still names differences, so the adaptation measures are offered
      if (closes.length > 0 || professional.length === 0 || (professional.length === 1 && professional[0] === 'sonstiges')) {
        const notes: Text[] = [];
        if (input.regulated == null) notes.push({ de: 'Ob der Beruf reglementiert ist, ist nicht erfasst: der Bescheid nennt die Art der Maßnahme.', en: 'Whether the profession is regulated is not recorded: the notice names the kind of measure.' });
        add(k, notes);
      }
    }
  }

  if (tags.has('dokumente_fehlen') && input.outcome !== 'full' && input.outcome !== 'not_required') {
    if (input.regulated !== true) {
      const notes: Text[] = input.regulated == null ? [{ de: 'Nur für duale Ausbildungsberufe und Meisterberufe (BBiG/HwO).', en: 'Only for dual training occupations and master crafts (BBiG/HwO).' }] : [];
      add('qualifikationsanalyse', notes);
    }
  }

  // language: the German level decides the course where it is known
  const level = input.germanLevel ?? null;
  const wantsGerman = tags.has('deutsch');
  if (level !== null) {
    if (rank(level) < rank('B1')) {
      add('integrationskurs', [], { de: `Deutsch derzeit ${level}: der Integrationskurs führt bis B1.`, en: `German currently ${level}: the integration course leads to B1.` });
    } else if (wantsGerman && rank(level) < rank('C2')) {
      const target = CEFR_LEVELS[rank(level) + 1]!;
      add('berufssprachkurs', [], { de: `Deutsch derzeit ${level}: Basismodul mit Ziel ${target}.`, en: `German currently ${level}: basic module with target ${target}.` });
    }
  } else if (wantsGerman) {
    const check: Text = { de: 'Deutschniveau nicht erfasst: unter B1 zuerst der Integrationskurs, ab B1 ein Berufssprachkurs.', en: 'German level not recorded: below B1 the integration course first, from B1 a professional language course.' };
    add('berufssprachkurs', [check]);
    add('integrationskurs', [check]);
  }
  if (tags.has('fachsprache')) add('fachsprachkurs');

  const proposals: MeasureProposal[] = [];
  for (const kind of MEASURE_KINDS) {
    const c = chosen.get(kind);
    if (c === undefined) continue;
    const measure = MEASURES[kind];
    const closes = measure.closes.filter((t) => tags.has(t));
    const notes = [...c.notes];
    const why: Text =
      closes.length > 0
        ? { de: `Gleicht aus: ${tagList(closes, 'de')}.`, en: `Closes: ${tagList(closes, 'en')}.` }
        : input.outcome === 'partial' && measure.professions !== 'any'
          ? { de: 'Der Bescheid nennt wesentliche Unterschiede; noch keine Schlagworte erfasst.', en: 'The notice names substantial differences; no tags recorded yet.' }
          : { de: '', en: '' };
    const whyFull: Text = c.whyExtra ? { de: `${why.de} ${c.whyExtra.de}`.trim(), en: `${why.en} ${c.whyExtra.en}`.trim() } : why;
    if (measure.residence && level !== null) {
      const need = valueAt(recognitionGerman, input.date)?.value.qualificationMeasure;
      if (need !== undefined && rank(level) < rank(need)) {
        notes.push({ de: `§ 16d Abs. 1 verlangt in der Regel Deutsch ${need}; derzeit ${level}.`, en: `§ 16d (1) requires German ${need} as a rule; currently ${level}.` });
      }
    }
    proposals.push({
      kind,
      measure,
      closes,
      why: whyFull,
      notes,
      cost: measure.cost(input.date),
      duration: measure.duration(input.date),
      funding: fundingFor(kind, { date: input.date, residesInGermany: input.residesInGermany }),
      residence: measure.residence ? residenceLink(kind, input.date) : null,
    });
  }
  // more deficit tags closed first; the catalogue's order otherwise (Array.prototype.sort is stable)
  return proposals.sort((a, b) => b.closes.length - a.closes.length);
}
