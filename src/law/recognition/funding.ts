// Funding programmes for further qualification (issue 16; recognition-integration-facts.md §§ 2.1–2.3): which
// programme may pay for which kind of measure, under which conditions, until when. Pure: the date comes from the
// caller. Amounts and deadlines are the dated parameters of ../parameters/qualificationFunding.ts; a programme whose
// parameter has no value on the date is not offered (the Anerkennungszuschuss after 30.06.2027).

import type { Text } from '../types.ts';
import { valueAt } from '../parameters/parameter.ts';
import type { Reference } from '../parameters/parameter.ts';
import {
  REF_ANERKENNUNGSZUSCHUSS,
  anerkennungszuschussAmounts,
  anerkennungszuschussDeadlines,
  anerkennungszuschussIncomeLimit,
  iqProgrammePeriod,
} from '../parameters/qualificationFunding.ts';
import type { MeasureKind } from './measures.ts';

export const FUNDING_IDS = ['anerkennungszuschuss', 'iq_programm', 'ba_weiterbildung', 'aufstiegs_bafoeg'] as const;
export type FundingId = (typeof FUNDING_IDS)[number];

export interface FundingCondition {
  text: Text;
  /** the fact sheets mark it UNCONFIRMED: the product says "zu prüfen / to be verified" */
  unconfirmed?: boolean;
}

export interface FundingProgramme {
  id: FundingId;
  title: Text;
  legalBasis: Text;
  /** the kinds of measure it may pay for (none: shown in the catalogue, never proposed) */
  measureKinds: readonly MeasureKind[];
  /** what it is not for */
  notFor?: Text;
  conditions: readonly FundingCondition[];
  reference: Reference;
  alsoSee?: readonly Reference[];
  lastVerified: string;
  unconfirmed?: boolean;
}

const REF_IQ_WAS_BLEIBT: Reference = {
  title: 'Netzwerk IQ konkret 2022/03: IQ-Qualifizierungen – was bleibt? (Bildungsgutschein, Qualifizierungschancengesetz, AZAV)',
  url: 'https://www.netzwerk-iq.de/angebote/iq-konkret/2022/03/artikel4/iq-qualifizierungen-was-bleibt',
};
const REF_SGB3_WEISUNGEN: Reference = {
  title: 'Fachliche Weisungen zur Förderung der beruflichen Weiterbildung, §§ 81 ff. SGB III',
  url: 'https://9dok.net/document/qvlgwkmg-fachliche-weisungen-f%C3%B6rderung-beruflichen-weiterbildung-abs-sgb-sgb.html',
};
const REF_AFBG_HESSEN: Reference = {
  title: 'Verwaltungsportal Hessen: Aufstiegs-BAföG (mindestens 400 Stunden, Vollzeit bis 36, Teilzeit bis 48 Monate)',
  url: 'https://verwaltungsportal.hessen.de/leistung?leistung_id=L100040_8665213&regschl=033530005005',
};
const REF_AFBG_DISPO: Reference = {
  title: 'campus.dispotf.de: Aufstiegs-BAföG für Ausländerinnen und Ausländer (§ 8 AFBG)',
  url: 'https://campus.dispotf.de/foerderung/aufstiegsbafoeg',
};
const REF_IQ_QUALI: Reference = {
  title: 'Netzwerk IQ: Qualifizierungen im Förderprogramm IQ (über 130 Qualifizierungen, kostenfrei)',
  url: 'https://www.netzwerk-iq.de/berufliche-anerkennung/qualifizierungen-im-foerderprogramm-iq.html',
};

const VERIFIED = '2026-11-25';

/** The adaptation measures after a partial-equivalence notice (not the language courses). */
const ADAPTATION: readonly MeasureKind[] = [
  'anpassungsqualifizierung_betrieb',
  'anpassungsqualifizierung_kurs',
  'ausgleichsmassnahme_anpassungslehrgang',
  'eignungspruefung_vorbereitung',
  'kenntnispruefung_vorbereitung',
];

export const FUNDING_PROGRAMMES: Record<FundingId, FundingProgramme> = {
  anerkennungszuschuss: {
    id: 'anerkennungszuschuss',
    title: { de: 'Anerkennungszuschuss (BMBF)', en: 'Recognition grant (Anerkennungszuschuss, BMBF)' },
    legalBasis: { de: 'Förderrichtlinie des BMBF (Bekanntmachung vom 09.01.2025), kein Rechtsanspruch', en: 'BMBF funding guideline (notice of 09.01.2025), no legal entitlement' },
    measureKinds: [...ADAPTATION, 'qualifikationsanalyse'],
    notFor: { de: 'nicht für Sprachkurse', en: 'not for language courses' },
    conditions: [
      { text: { de: 'Wohnsitz oder gewöhnlicher Aufenthalt in Deutschland (unabhängig von Staatsangehörigkeit und Status)', en: 'main residence or habitual stay in Germany (regardless of nationality or status)' } },
      { text: { de: 'Antrag vor Entstehen der Kosten: nur Kosten mit Rechnung nach Eingang des Förderantrags werden übernommen', en: 'apply before the costs arise: only costs invoiced after the funding application was received are covered' } },
      { text: { de: 'nur wenn Arbeitsagentur, Jobcenter oder Landesprogramme nicht zahlen', en: 'only where the employment agency, Jobcenter or Land programmes do not pay' } },
      { text: { de: 'Maßnahme möglichst AZAV-zertifiziert oder gleichwertig qualitätsgesichert', en: 'the measure should be AZAV-certified or equivalently quality-assured' } },
    ],
    reference: REF_ANERKENNUNGSZUSCHUSS,
    alsoSee: [anerkennungszuschussDeadlines.values[0]!.reference, anerkennungszuschussIncomeLimit.values[1]!.reference],
    lastVerified: VERIFIED,
  },
  iq_programm: {
    id: 'iq_programm',
    title: { de: 'Förderprogramm „Integration durch Qualifizierung (IQ)“', en: 'Federal programme "Integration through Qualification (IQ)"' },
    legalBasis: { de: 'ESF-Plus-Programm des Bundes', en: 'federal ESF Plus programme' },
    measureKinds: ADAPTATION,
    conditions: [
      { text: { de: 'IQ-Qualifizierungen setzen an den im Bescheid genannten wesentlichen Unterschieden an', en: 'IQ qualifications start from the substantial differences named in the notice' } },
      { text: { de: 'Angebot je nach Region und Beruf: beim IQ-Netzwerk erfragen', en: 'offers depend on region and occupation: ask the IQ network' } },
    ],
    reference: REF_IQ_QUALI,
    lastVerified: VERIFIED,
  },
  ba_weiterbildung: {
    id: 'ba_weiterbildung',
    title: { de: 'Weiterbildungsförderung der Agentur für Arbeit / des Jobcenters', en: 'Further-training funding of the employment agency / Jobcenter' },
    legalBasis: { de: '§§ 81 ff. SGB III (Bildungsgutschein); § 82 SGB III für Beschäftigte (Qualifizierungschancengesetz)', en: '§§ 81 ff. SGB III (education voucher); § 82 SGB III for employees (Qualifizierungschancengesetz)' },
    measureKinds: ['anpassungsqualifizierung_kurs', 'ausgleichsmassnahme_anpassungslehrgang', 'eignungspruefung_vorbereitung', 'kenntnispruefung_vorbereitung'],
    conditions: [
      { text: { de: 'Maßnahme und Träger AZAV-zertifiziert', en: 'measure and provider AZAV-certified' } },
      { text: { de: 'Arbeitsuchende: Bildungsgutschein der Arbeitsagentur oder des Jobcenters', en: 'job-seekers: education voucher from the employment agency or Jobcenter' } },
      { text: { de: 'Beschäftigte: Arbeitgeber beantragt Förderung nach § 82 SGB III', en: 'employees: the employer applies for funding under § 82 SGB III' } },
      { text: { de: 'Zuschusshöhe nach Betriebsgröße (§ 82 SGB III): zu prüfen', en: 'subsidy by firm size (§ 82 SGB III): to be verified' }, unconfirmed: true },
    ],
    reference: REF_IQ_WAS_BLEIBT,
    alsoSee: [REF_SGB3_WEISUNGEN],
    lastVerified: VERIFIED,
  },
  aufstiegs_bafoeg: {
    id: 'aufstiegs_bafoeg',
    title: { de: 'Aufstiegs-BAföG (AFBG)', en: 'Upgrade training grant (Aufstiegs-BAföG, AFBG)' },
    legalBasis: { de: 'Aufstiegsfortbildungsförderungsgesetz (AFBG)', en: 'Upgrade Training Assistance Act (AFBG)' },
    measureKinds: [],
    notFor: { de: 'nur für Aufstiegsfortbildungen (Meister, Techniker, Fachwirt, Erzieher), nicht für Anpassungsqualifizierungen zur Gleichwertigkeit', en: 'only for upgrade training (Meister, Techniker, Fachwirt, Erzieher), not for adaptation towards equivalence' },
    conditions: [
      { text: { de: 'Maßnahme mindestens 400 Stunden; Vollzeit bis 36, Teilzeit bis 48 Monate', en: 'measure of at least 400 hours; full-time up to 36, part-time up to 48 months' } },
      { text: { de: 'Maßnahmebeitrag einkommensunabhängig; Antrag bei der Landesbehörde am Wohnort', en: 'course-fee contribution independent of income; application to the Land authority at the place of residence' } },
      {
        text: {
          de: 'Ausländerinnen und Ausländer: bestimmte Aufenthaltstitel oder 15 Monate rechtmäßiger Aufenthalt und Beschäftigung (§ 8 AFBG); ob Inhaber eines Titels nach §§ 18a, 18b, 18g direkt förderfähig sind: zu prüfen',
          en: 'foreign nationals: certain residence titles or 15 months of lawful stay and employment (§ 8 AFBG); whether holders of a § 18a, 18b, 18g title qualify directly: to be verified',
        },
        unconfirmed: true,
      },
      { text: { de: 'Zuschussanteile (z. B. auf Lehrgangsgebühren): zu prüfen', en: 'grant shares (e.g. on course fees): to be verified' }, unconfirmed: true },
    ],
    reference: REF_AFBG_HESSEN,
    alsoSee: [REF_AFBG_DISPO],
    lastVerified: VERIFIED,
  },
};

/** One programme that may pay for a measure, as of a date. */
export interface FundingOption {
  id: FundingId;
  title: Text;
  legalBasis: Text;
  /** the most it pays for this kind of measure (EUR), when the programme has a cap for it */
  maxAmountEur: number | null;
  conditions: readonly FundingCondition[];
  /** the last day to apply (shown: "Anträge bis 30.06.2027"), when the programme has one */
  applyUntil: string | null;
  /** the last day for payment claims */
  claimsUntil: string | null;
  /** whether the person's facts fit: 'no' only where a fact excludes it (e.g. living abroad) */
  fits: 'yes' | 'unknown' | 'no';
  /** why it does not fit, or what to check */
  fitNote: Text | null;
  reference: Reference;
  unconfirmed: boolean;
}

export interface FundingFacts {
  date: string;
  /** main residence in Germany: true, false (still abroad), or undefined (unknown) */
  residesInGermany?: boolean;
}

const deDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** The programmes that may pay for `kind` on `date`. Programmes without a value on the date are left out. */
export function fundingFor(kind: MeasureKind, facts: FundingFacts): FundingOption[] {
  const out: FundingOption[] = [];
  for (const p of Object.values(FUNDING_PROGRAMMES)) {
    if (!p.measureKinds.includes(kind)) continue;
    if (p.id === 'anerkennungszuschuss') {
      const amounts = valueAt(anerkennungszuschussAmounts, facts.date);
      const limit = valueAt(anerkennungszuschussIncomeLimit, facts.date);
      const deadlines = valueAt(anerkennungszuschussDeadlines, facts.date);
      // applications are accepted until 30.06.2027: after that the grant is not proposed
      if (amounts === undefined || limit === undefined) continue;
      const fmt = (n: number) => n.toLocaleString('de-DE');
      const incomeCondition: FundingCondition = {
        text: {
          de: `Einkommen (Summe der positiven Einkünfte abzüglich Kinderfreibeträge) höchstens ${fmt(limit.value.single)} € im Jahr, gemeinsam veranlagt ${fmt(limit.value.joint)} €`,
          en: `income (sum of positive income less child allowances) at most ${fmt(limit.value.single)} € a year, ${fmt(limit.value.joint)} € when jointly assessed`,
        },
      };
      const abroad = facts.residesInGermany === false;
      out.push({
        id: p.id,
        title: p.title,
        legalBasis: p.legalBasis,
        maxAmountEur: kind === 'qualifikationsanalyse' ? amounts.value.qualifikationsanalyse : amounts.value.qualificationMeasures,
        conditions: [incomeCondition, ...p.conditions],
        applyUntil: deadlines?.value.applyUntil ?? null,
        claimsUntil: deadlines?.value.claimsUntil ?? null,
        fits: abroad ? 'no' : facts.residesInGermany === true ? 'yes' : 'unknown',
        fitNote: abroad
          ? { de: 'Nicht bei Wohnsitz im Ausland: Wer noch im Ausland lebt, erhält den Zuschuss nicht.', en: 'Not while living abroad: the applicant must live in Germany.' }
          : facts.residesInGermany === undefined
            ? { de: 'Wohnsitz in Deutschland prüfen.', en: 'Check the residence in Germany.' }
            : null,
        reference: amounts.reference,
        unconfirmed: amounts.unconfirmed === true || limit.unconfirmed === true,
      });
      continue;
    }
    if (p.id === 'iq_programm') {
      const period = valueAt(iqProgrammePeriod, facts.date);
      if (period === undefined) continue;
      out.push({
        id: p.id,
        title: p.title,
        legalBasis: p.legalBasis,
        maxAmountEur: null,
        conditions: [
          { text: { de: 'für Teilnehmende kostenfrei', en: 'free of charge for participants' }, unconfirmed: period.unconfirmed },
          ...(period.validUntil ? [{ text: { de: `Förderperiode bis ${deDate(period.validUntil)}`, en: `funding period until ${period.validUntil}` } }] : []),
          ...p.conditions,
        ],
        applyUntil: null,
        claimsUntil: null,
        fits: 'unknown',
        fitNote: null,
        reference: period.reference,
        unconfirmed: period.unconfirmed === true,
      });
      continue;
    }
    out.push({
      id: p.id,
      title: p.title,
      legalBasis: p.legalBasis,
      maxAmountEur: null,
      conditions: p.conditions,
      applyUntil: null,
      claimsUntil: null,
      fits: 'unknown',
      fitNote: null,
      reference: p.reference,
      unconfirmed: p.unconfirmed === true || p.conditions.some((c) => c.unconfirmed === true),
    });
  }
  return out;
}
