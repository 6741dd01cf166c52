// Further qualification after a recognition notice (issue 16; recognition-integration-facts.md §§ 2.2–2.5): the dated
// amounts of the Anerkennungszuschuss (BMBF, run by f-bb), the contributions to integration and professional language
// courses, and the IQ programme's funding period. Read by src/law/recognition/funding.ts and measures.ts.
// Where the fact sheets give no start date, the first validFrom is the start of the period they cover (18 November
// 2023), as in ./plan/fees.ts: nothing is said for an earlier date.

import type { Reference } from './parameter.ts';
import { defineParameter } from './parameter.ts';

/** the fact sheet (compiled November 2026) these values were taken from */
const VERIFIED = '2026-11-25';
const FROM = '2023-11-18';
/** the day the 2025 terms (amounts, income limits, deadlines) were checked again against IQ Brandenburg and IQ RLP */
const RECHECKED = '2026-12-05';

export const REF_ANERKENNUNGSZUSCHUSS: Reference = {
  title: 'Anerkennung in Deutschland: Anerkennungszuschuss (600 € Anerkennungskosten, Antrag vor Kostenentstehung)',
  url: 'https://anerkennung-in-deutschland.de/html/de/pro/anerkennungszuschuss.php',
};
export const REF_ZEFAS: Reference = {
  title: 'ZEFAS Sachsen: Förderung von Anerkennungsinteressierten (BMBF), Fristen 30.06.2027 und 30.09.2028',
  url: 'https://zefas.sachsen.de/foerderung-von-anerkennungsinteressierten-mit-im-ausland-erworbenen-berufsqualifikationen-bmbf-6187.html',
};
export const REF_IQ_RLP_ZUSCHUSS: Reference = {
  title: 'IQ Rheinland-Pfalz: Anerkennungszuschuss wird unter neuen Bedingungen fortgesetzt (Einkommensgrenzen 32.000/50.000 €)',
  url: 'https://iq-rlp.de/aktuelles/anerkennungszuschuss-wird-unter-neuen-bedingungen-fortgesetzt',
};
export const REF_IQ_BRANDENBURG: Reference = {
  title: 'IQ Brandenburg: Anerkennungszuschuss bis 2027 verlängert (Qualifizierungsmaßnahmen bis 3.000 €)',
  url: 'https://brandenburg.netzwerk-iq.de/aktuelles/news/news-singleview/anerkennungszuschuss-bis-2027-verlaengert',
};
export const REF_BMBF_RICHTLINIE: Reference = {
  title: 'BMBF: Bekanntmachung der Förderrichtlinie vom 09.01.2025 (Berufsqualifikationen, kein Rechtsanspruch)',
  url: 'https://bmbf.de/SharedDocs/Bekanntmachungen/DE/2025/01/2025-01-09-bekanntmachung-berufsqualifikationen.html',
};
export const REF_IHK_ULM: Reference = {
  title: 'IHK Ulm: Anerkennungszuschuss (bis 31.12.2024: 26.000/40.000 €, Aufenthalt mindestens 3 Monate, Subsidiarität)',
  url: 'https://ihk.de/ulm/produktmarken/auslaendische-berufsabschluesse/anerkennungszuschuss-4710148',
};
export const REF_BAMF_IK_KOSTEN: Reference = {
  title: 'BAMF: Teilnahme und Kosten des Integrationskurses (2,29 € je Unterrichtseinheit, 700 UE)',
  url: 'https://www.bamf.de/DE/Themen/Integration/TraegerLehrFachkraefte/TraegerIntegrationskurse/Organisatorisches/TeilnahmeKosten/Deutsche/deutsche-node.html',
};
export const REF_BAMF_IK_FAQ: Reference = {
  title: 'BAMF FAQ: Was kostet ein Integrationskurs? (Erstattung der Hälfte bei Erfolg innerhalb von 2 Jahren)',
  url: 'https://www.bamf.de/SharedDocs/FAQ/DE/Integrationskurse/006-was-kostet-ein-integrationskurs.html?nn=282388',
};
export const REF_FACHKRAEFTE_JETZT_BSK: Reference = {
  title: 'fachkraefte.jetzt: Sprachförderung und Berufssprachkurs (Beitrag 2,32 €/UE ab 20.000 € zu versteuerndem Einkommen)',
  url: 'https://www.fachkraefte.jetzt/sprachfoerderung-und-berufssprachkurs/',
};
export const REF_VHS_OS_BSK: Reference = {
  title: 'VHS Osnabrück: Berufssprachkurse nach DeuFöV (Kostenbeitrag, Einkommen des Ehepartners zählt nicht)',
  url: 'https://www.vhs-os.de/fachbereich/deutsch-als-zweitsprache/berufssprachkurse-deufoev',
};
export const REF_IQ_VERSTETIGUNG: Reference = {
  title: 'Netzwerk IQ: Qualifizierungen im Förderprogramm IQ (kostenfrei für Teilnehmende)',
  url: 'https://www.netzwerk-iq.de/berufliche-anerkennung/qualifizierungen-im-foerderprogramm-iq.html',
};
export const REF_IQ_MONITORING: Reference = {
  title: 'Netzwerk IQ: ESF-Plus-Programm IQ 01.01.2026–31.12.2028 (Monitoring)',
  url: 'https://www.netzwerk-iq.de/berufliche-anerkennung/angebote/monitoring.html',
};

/** Anerkennungszuschuss: the most it pays per person, by kind of cost (EUR); a claim must reach `minimumClaim`. */
export const anerkennungszuschussAmounts = defineParameter<{ recognitionCosts: number; qualifikationsanalyse: number; qualificationMeasures: number; minimumClaim: number }>({
  id: 'bmbf.anerkennungszuschuss.amounts',
  description: {
    de: 'Anerkennungszuschuss: Höchstbeträge (Anerkennungskosten, Qualifikationsanalyse, Qualifizierungsmaßnahmen) und Mindestbetrag',
    en: 'Recognition grant: maximum amounts (recognition costs, skills analysis, qualification measures) and minimum claim',
  },
  unit: 'EUR',
  scope: 'plan',
  values: [
    {
      validFrom: FROM,
      validUntil: '2024-12-31',
      value: { recognitionCosts: 600, qualifikationsanalyse: 1_200, qualificationMeasures: 3_000, minimumClaim: 100 },
      reference: REF_ANERKENNUNGSZUSCHUSS,
      alsoSee: [REF_IQ_BRANDENBURG, REF_ZEFAS],
      lastVerified: VERIFIED,
      note: 'Applications filed by 31.12.2024 keep the old terms; their last cost submission was 30.09.2025.',
    },
    {
      // applications for admission are accepted until 30.06.2027: after that no new funding is proposed
      validFrom: '2025-01-01',
      validUntil: '2027-06-30',
      value: { recognitionCosts: 600, qualifikationsanalyse: 1_200, qualificationMeasures: 3_000, minimumClaim: 100 },
      reference: REF_ANERKENNUNGSZUSCHUSS,
      alsoSee: [REF_ZEFAS, REF_IQ_BRANDENBURG, REF_BMBF_RICHTLINIE],
      lastVerified: RECHECKED,
    },
  ],
});

/** Anerkennungszuschuss: the annual income limit (sum of positive income less child allowances), single / joint. */
export const anerkennungszuschussIncomeLimit = defineParameter<{ single: number; joint: number }>({
  id: 'bmbf.anerkennungszuschuss.incomeLimit',
  description: {
    de: 'Anerkennungszuschuss: Einkommensgrenze je Jahr (alleinstehend / gemeinsam veranlagt)',
    en: 'Recognition grant: annual income limit (single / jointly assessed)',
  },
  unit: 'EUR/year',
  scope: 'plan',
  values: [
    { validFrom: FROM, validUntil: '2024-12-31', value: { single: 26_000, joint: 40_000 }, reference: REF_IHK_ULM, lastVerified: VERIFIED },
    { validFrom: '2025-01-01', validUntil: '2027-06-30', value: { single: 32_000, joint: 50_000 }, reference: REF_IQ_RLP_ZUSCHUSS, alsoSee: [REF_IQ_BRANDENBURG], lastVerified: RECHECKED },
  ],
});

/** Anerkennungszuschuss: the last day for applications for admission and the last day for payment claims. */
export const anerkennungszuschussDeadlines = defineParameter<{ applyUntil: string; claimsUntil: string }>({
  id: 'bmbf.anerkennungszuschuss.deadlines',
  description: {
    de: 'Anerkennungszuschuss: Antragsfrist (Aufnahme in die Förderung) und Frist für Auszahlungsanträge',
    en: 'Recognition grant: deadline for applications and for payment claims',
  },
  unit: 'date',
  scope: 'plan',
  values: [
    { validFrom: '2025-01-01', validUntil: '2027-06-30', value: { applyUntil: '2027-06-30', claimsUntil: '2028-09-30' }, reference: REF_ZEFAS, alsoSee: [REF_IQ_RLP_ZUSCHUSS, REF_IQ_BRANDENBURG], lastVerified: RECHECKED },
  ],
});

/** Integrationskurs: the participant's contribution per teaching unit (50 % of the cost rate, § 9 (1) IntV). */
export const integrationCourseContribution = defineParameter<number>({
  id: 'intv.9.contributionPerUe',
  description: { de: 'Integrationskurs: Kostenbeitrag je Unterrichtseinheit (§ 9 Abs. 1 IntV)', en: 'Integration course: contribution per teaching unit (§ 9 (1) IntV)' },
  unit: 'EUR',
  scope: 'plan',
  values: [
    {
      validFrom: '2022-08-01',
      value: 2.29,
      reference: REF_BAMF_IK_KOSTEN,
      alsoSee: [REF_BAMF_IK_FAQ],
      lastVerified: VERIFIED,
      note: '2.20 € per UE for participants registered before 01.08.2022; 1,603 € for 700 UE.',
    },
  ],
});

/** Berufssprachkurs (DeuFöV): the contribution per UE of employed participants above the income threshold. */
export const professionalLanguageCourseContribution = defineParameter<{ perUe: number; incomeThresholdSingle: number }>({
  id: 'deufoev.contribution',
  description: {
    de: 'Berufssprachkurs: Kostenbeitrag je UE für Beschäftigte mit zu versteuerndem Jahreseinkommen über der Grenze',
    en: 'Professional language course: contribution per UE for employed people with taxable annual income above the threshold',
  },
  unit: 'EUR',
  scope: 'plan',
  values: [
    {
      validFrom: FROM,
      value: { perUe: 2.32, incomeThresholdSingle: 20_000 },
      reference: REF_FACHKRAEFTE_JETZT_BSK,
      alsoSee: [REF_VHS_OS_BSK],
      lastVerified: VERIFIED,
      note: 'The DeuFöV section that sets the contribution (§ 4 or § 9) is UNCONFIRMED; the figures are from secondary sources.',
    },
  ],
});

/** Berufssprachkurs: the income threshold for jointly assessed participants (UNCONFIRMED). */
export const professionalLanguageCourseJointThreshold = defineParameter<number>({
  id: 'deufoev.contribution.jointThreshold',
  description: {
    de: 'Berufssprachkurs: Einkommensgrenze bei gemeinsamer Veranlagung',
    en: 'Professional language course: income threshold when jointly assessed',
  },
  unit: 'EUR/year',
  scope: 'plan',
  values: [{ validFrom: FROM, value: 40_000, reference: REF_FACHKRAEFTE_JETZT_BSK, lastVerified: VERIFIED, unconfirmed: true, note: 'UNCONFIRMED: only one secondary source.' }],
});

/** The IQ programme ("Integration durch Qualifizierung"): its qualifications are free of charge for participants. */
export const iqProgrammePeriod = defineParameter<{ freeOfCharge: true }>({
  id: 'iq.programme.period',
  description: { de: 'Förderprogramm IQ: Förderperiode (Qualifizierungen kostenfrei)', en: 'IQ programme: funding period (qualifications free of charge)' },
  unit: 'codes',
  scope: 'plan',
  values: [
    { validFrom: '2023-01-01', validUntil: '2025-12-31', value: { freeOfCharge: true }, reference: REF_IQ_VERSTETIGUNG, lastVerified: VERIFIED },
    {
      validFrom: '2026-01-01',
      validUntil: '2028-12-31',
      value: { freeOfCharge: true },
      reference: REF_IQ_MONITORING,
      alsoSee: [REF_IQ_VERSTETIGUNG],
      lastVerified: VERIFIED,
      unconfirmed: true,
      note: 'The ESF Plus round 2026–2028 is confirmed (updates-2026-12.md § 2); that its qualifications stay free of charge is UNCONFIRMED.',
    },
  ],
});

export const REF_BIBB_QA: Reference = { title: 'BIBB Datenreport 2022: Qualifikationsanalyse (Beispiel IHK Hannover)', url: 'https://bibb.de/datenreport/de/2022/162484.php' };
export const REF_DEUFOEV_12: Reference = { title: '§ 12 DeuFöV (Basismodule: Zielniveau B2, C1, C2; 400 bzw. 500 UE)', url: 'https://www.gesetze-mit-links.de/deuföv/_12.html' };

/** Qualifikationsanalyse: an example of its cost (one chamber's figure, not a fee schedule). */
export const qualifikationsanalyseExampleCost = defineParameter<{ amount: number; chamber: string }>({
  id: 'bqfg.14.qualifikationsanalyse.exampleCost',
  description: { de: 'Qualifikationsanalyse: Beispiel der Kosten (eine Kammer)', en: 'Skills analysis: example of the cost (one chamber)' },
  unit: 'EUR',
  scope: 'plan',
  values: [{ validFrom: FROM, value: { amount: 1_184, chamber: 'IHK Hannover' }, reference: REF_BIBB_QA, lastVerified: VERIFIED, note: 'An example from 2022; each chamber charges its own.' }],
});

/** Integrationskurs: teaching units (UE) of the general course (language + orientation) and the most for special courses. */
export const integrationCourseUnits = defineParameter<{ language: number; orientation: number; specialMax: number }>({
  id: 'intv.units',
  description: { de: 'Integrationskurs: Unterrichtseinheiten (Sprachkurs, Orientierungskurs, Spezialkurse höchstens)', en: 'Integration course: teaching units (language, orientation, special courses at most)' },
  unit: 'count',
  scope: 'plan',
  values: [{ validFrom: FROM, value: { language: 600, orientation: 100, specialMax: 1_000 }, reference: REF_BAMF_IK_KOSTEN, lastVerified: VERIFIED }],
});

/** Berufssprachkurs, basic module: teaching units as a rule, and with extra need for B1→B2 (§ 12 DeuFöV). */
export const professionalLanguageCourseUnits = defineParameter<{ standard: number; extraNeedB2: number }>({
  id: 'deufoev.12.units',
  description: { de: 'Berufssprachkurs, Basismodul: Unterrichtseinheiten (Regel; B1→B2 mit Zusatzbedarf)', en: 'Professional language course, basic module: teaching units (rule; B1→B2 with extra need)' },
  unit: 'count',
  scope: 'plan',
  values: [{ validFrom: FROM, value: { standard: 400, extraNeedB2: 500 }, reference: REF_DEUFOEV_12, lastVerified: VERIFIED }],
});
