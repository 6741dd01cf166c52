// Chancenkarte (§§ 20a, 20b AufenthG, in force from 1 June 2024: see ./reform2023.ts, stage 3):
// the monthly means of subsistence per year and the points table of the Anlage zu § 20a Abs. 3 Nr. 2.

import type { Cefr } from '../types.ts';
import type { Reference } from './parameter.ts';
import { defineParameter } from './parameter.ts';

const VERIFIED = '2026-11-25';
/** the day the 2026 figures were searched for again (none published found) */
const SEARCHED_2026 = '2026-12-04';

const DEUBNER_20A: Reference = {
  title: '§ 20a AufenthG (Chancenkarte), Gesetzestext bei deubner-recht.de (Stand 01.07.2024)',
  url: 'https://deubner-recht.de/produkte/arbeitsrecht/doc/-20-a-aufenthg-chancenkarte-verordnungsermaechtigung-871194',
};
const DEUBNER_20B: Reference = {
  title: '§ 20b AufenthG (Punktevergabe für die Chancenkarte), Gesetzestext bei deubner-recht.de (Stand 01.07.2024)',
  url: 'https://deubner-recht.de/produkte/arbeitsrecht/doc/-20-b-aufenthg-punktevergabe-fuer-die-chancenkarte-verordnungsermaechtigung-871195',
};
const BUZER_ANLAGE: Reference = {
  title: 'Anlage zu § 20a Abs. 3 Nr. 2 AufenthG (Punktetabelle), Gesetzestext auf buzer.de',
  url: 'https://buzer.de/Anlage_AufenthG.htm',
};
const JAKARTA_2025: Reference = {
  title: 'Deutsche Botschaft Jakarta: Chancenkarte und Anerkennung, Finanzierungsnachweis 2025',
  url: 'https://jakarta.diplo.de/id-de/service/06-visa-und-einreise-seite/2685160-2685160',
};
const MISSION_RABAT: Reference = {
  title: 'Deutsche Botschaft Rabat: Chancenkarte, Nachweise (Berufserfahrung nach der Qualifikation und mit Bezug zu ihr)',
  url: 'https://rabat.diplo.de/ma-de/service/05-visaeinreise/2715672-2715672?isLocal=false&isPreview=false',
};

/**
 * § 20a Abs. 4 S. 1 AufenthG: secured means of subsistence for a Chancenkarte, in euro net per month.
 * `null`: the figure for that period could not be confirmed; the rules then answer "unknown", never with
 * the previous year's figure.
 */
export const chancenkarteMonthlyMeans = defineParameter<number | null>({
  id: 'aufenthg.20a.4.means',
  description: {
    de: 'Chancenkarte: nachzuweisender Lebensunterhalt (netto je Monat)',
    en: 'Chancenkarte: means of subsistence to be proven (net per month)',
  },
  unit: 'EUR/month',
  values: [
    {
      validFrom: '2024-06-01',
      validUntil: '2024-12-31',
      value: 1_027,
      reference: {
        title: 'RT Partner Rechtsanwälte: Wie kann ich nachweisen, dass mein Lebensunterhalt gesichert ist? (Chancenkarte 2024: 1.027 € je Monat)',
        url: 'https://www.rtpartner.de/faq/wie-kann-ich-nachweisen-dass-mein-lebensunterhalt-gesichert-ist/',
      },
      lastVerified: VERIFIED,
      note: 'Only a secondary source was found for 2024 (12,324 € a year in a blocked account).',
    },
    {
      validFrom: '2025-01-01',
      validUntil: '2025-12-31',
      value: 1_091,
      reference: JAKARTA_2025,
      alsoSee: [{ title: 'KAfIS: Sperrkonto-Hilfe (13.092 € je Jahr seit 01.01.2025)', url: 'https://kafis.org/sperrkonto-hilfe' }],
      lastVerified: VERIFIED,
    },
    {
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      value: null,
      reference: JAKARTA_2025,
      lastVerified: SEARCHED_2026,
      unconfirmed: true,
      note: 'UNCONFIRMED: no source for the 2026 figure was found (searched again 2026-12-04: the BMI notice of the 2026 figure, missions’ pages "ab 01.01.2026", Sperrkonto pages); the rules report the means condition as unknown.',
    },
  ],
});

/** The Merkmale of § 20b Abs. 1 S. 1 AufenthG, by what they reward. */
export type PointsCriterion =
  | 'partialRecognition'
  | 'germanGood'
  | 'germanSufficient'
  | 'germanBasic'
  | 'englishC1'
  | 'experienceLong'
  | 'experienceShort'
  | 'shortageOccupation'
  | 'ageYoung'
  | 'ageMiddle'
  | 'priorStay'
  | 'partner';

export interface PointsRow {
  /** Nummer in § 20b Abs. 1 S. 1 and the Anlage */
  nr: number;
  criterion: PointsCriterion;
  points: number;
  /** criteria whose points exclude this one ("es sei denn, er erhält Punkte nach Nummer …") */
  excludedBy: readonly PointsCriterion[];
  /** the wording or the Nummer of this row rests on an inference (legal-facts § 8 item 4) */
  unconfirmed: boolean;
}

export interface PointsTable {
  /** "ausreichende Punktzahl" of § 20a Abs. 3 Nr. 2 */
  minimum: number;
  rows: readonly PointsRow[];
  /** CEFR level for Nr. 2, 3, 4 (gute, ausreichende, hinreichende deutsche Sprachkenntnisse) */
  german: { good: Cefr; sufficient: Cefr; basic: Cefr };
  english: Cefr;
  /** Nr. 6: `years` within the last `windowYears`; Nr. 7 likewise */
  experienceLong: { years: number; windowYears: number };
  experienceShort: { years: number; windowYears: number };
  /** Nr. 9: under `young` years; Nr. 10: from `young` to under `middle` */
  age: { young: number; middle: number };
  /** Nr. 11: lawful stay of at least `months` within the last `windowYears` */
  priorStay: { months: number; windowYears: number };
}

/** § 20b Abs. 1 S. 1 AufenthG with the Anlage zu § 20a Abs. 3 Nr. 2: the points table. */
export const chancenkartePoints = defineParameter<PointsTable>({
  id: 'aufenthg.20b.points',
  description: {
    de: 'Chancenkarte: Punktetabelle (Merkmale, Punkte, Ausschlüsse, Mindestpunktzahl)',
    en: 'Chancenkarte: points table (criteria, points, exclusions, minimum score)',
  },
  unit: 'count',
  values: [
    {
      validFrom: '2024-06-01',
      value: {
        minimum: 6,
        rows: [
          { nr: 1, criterion: 'partialRecognition', points: 4, excludedBy: [], unconfirmed: false },
          { nr: 2, criterion: 'germanGood', points: 3, excludedBy: [], unconfirmed: false },
          { nr: 3, criterion: 'germanSufficient', points: 2, excludedBy: ['germanGood'], unconfirmed: false },
          { nr: 4, criterion: 'germanBasic', points: 1, excludedBy: ['germanGood', 'germanSufficient'], unconfirmed: false },
          { nr: 5, criterion: 'englishC1', points: 1, excludedBy: [], unconfirmed: false },
          { nr: 6, criterion: 'experienceLong', points: 3, excludedBy: [], unconfirmed: true },
          { nr: 7, criterion: 'experienceShort', points: 2, excludedBy: ['experienceLong'], unconfirmed: true },
          { nr: 8, criterion: 'shortageOccupation', points: 1, excludedBy: [], unconfirmed: true },
          { nr: 9, criterion: 'ageYoung', points: 2, excludedBy: [], unconfirmed: true },
          { nr: 10, criterion: 'ageMiddle', points: 1, excludedBy: ['ageYoung'], unconfirmed: true },
          { nr: 11, criterion: 'priorStay', points: 1, excludedBy: [], unconfirmed: true },
          { nr: 12, criterion: 'partner', points: 1, excludedBy: [], unconfirmed: true },
        ],
        german: { good: 'B2', sufficient: 'B1', basic: 'A2' },
        english: 'C1',
        experienceLong: { years: 5, windowYears: 7 },
        experienceShort: { years: 2, windowYears: 5 },
        age: { young: 35, middle: 40 },
        priorStay: { months: 6, windowYears: 5 },
      },
      reference: BUZER_ANLAGE,
      alsoSee: [
        DEUBNER_20B,
        { title: 'Riemenschneider Legal: Chancenkarte und Punktesystem', url: 'https://riemenschneider.legal/?p=1360' },
        { title: 'deutsch-solutions: Punktesystem für die Chancenkarte', url: 'https://deutsch-solutions.de/l/punktesystem-fur-die-chancenkarte' },
        MISSION_RABAT,
      ],
      lastVerified: VERIFIED,
      unconfirmed: true,
      note:
        'Points per Nummer are from the Anlage; the wording of Nr. 1–5 from § 20b (deubner). UNCONFIRMED: the ' +
        'assignment of Nr. 6–12 to experience, shortage occupation, age, prior stay and partner is inferred from ' +
        'matching point values in secondary sources; so are the exact age wording and the list behind Nr. 8.',
    },
  ],
});

/** § 20a Abs. 4 S. 3 Nr. 2 AufenthG: language entry requirement of the points route. */
export const chancenkarteEntryLanguage = defineParameter<{ german: Cefr; english: Cefr }>({
  id: 'aufenthg.20a.4.s3.nr2.language',
  description: {
    de: 'Chancenkarte (Punkte): Mindestsprachniveau Deutsch oder Englisch',
    en: 'Chancenkarte (points): minimum level of German or English',
  },
  unit: 'codes',
  values: [{ validFrom: '2024-06-01', value: { german: 'A1', english: 'B2' }, reference: DEUBNER_20A, lastVerified: VERIFIED }],
});
