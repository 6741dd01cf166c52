// What each route needs in the process plan: employer, BA approval, recognition, residence fee, § 81a
// (legal-facts.md §§ 1.2–1.12, 4.1–4.2).

import type { RouteId, Text } from '../../types.ts';
import type { DocumentId } from './documents.ts';

/**
 * - comparability: academic degree comparable (anabin, else ZAB statement), § 18b, § 18g Abs. 1
 * - equivalence: full equivalence of a vocational qualification (IHK FOSA or HWK), § 18a
 * - measure: partial-equivalence notice, then a qualification measure after entry, § 16d Abs. 1
 * - partnership: state recognition proven before entry, recognition procedure after entry, § 16d Abs. 3
 * - fachkraft: Fachkraft under § 18 Abs. 3 (comparability or equivalence), Chancenkarte § 20a Abs. 3 Nr. 1
 * - state-recognition: qualification state-recognised abroad (anabin, ZAB), Chancenkarte points route
 * - none: no German assessment (§ 18g Abs. 2, § 19c Abs. 2 with § 6 BeschV, ICT, Western Balkans)
 */
export type QualificationNeed = 'comparability' | 'equivalence' | 'measure' | 'partnership' | 'fachkraft' | 'state-recognition' | 'none';

export interface RouteProfile {
  ref: string;
  employer: boolean;
  ba: 'none' | 'approval' | 'westbalkan-pre';
  qualification: QualificationNeed;
  residenceFee: 'blueCardIct' | 'other';
  /** § 81a: true covered, false not available, null UNCONFIRMED (the plan is built with a warning) */
  accelerated: boolean | null;
  acceleratedNote?: Text;
  /** documents for the visa application beyond the common ones */
  visaDocuments: DocumentId[];
}

const NO_EMPLOYER_81A: Text = {
  de: 'Das beschleunigte Fachkräfteverfahren beantragt der Arbeitgeber (§ 81a AufenthG); für die Chancenkarte gibt es keinen Arbeitgeber.',
  en: 'The accelerated procedure is requested by the employer (§ 81a AufenthG); the Chancenkarte has no employer.',
};

export const ROUTE_PROFILES: Record<RouteId, RouteProfile> = {
  '18g-standard': { ref: '§ 18g Abs. 1 S. 1 AufenthG', employer: true, ba: 'none', qualification: 'comparability', residenceFee: 'blueCardIct', accelerated: true, visaDocuments: [] },
  '18g-shortage': { ref: '§ 18g Abs. 1 S. 2 Nr. 1 AufenthG', employer: true, ba: 'approval', qualification: 'comparability', residenceFee: 'blueCardIct', accelerated: true, visaDocuments: [] },
  '18g-new-entrant': { ref: '§ 18g Abs. 1 S. 2 Nr. 2 AufenthG', employer: true, ba: 'approval', qualification: 'comparability', residenceFee: 'blueCardIct', accelerated: true, visaDocuments: [] },
  '18g-it': { ref: '§ 18g Abs. 2 AufenthG', employer: true, ba: 'approval', qualification: 'none', residenceFee: 'blueCardIct', accelerated: true, visaDocuments: ['experience-proof'] },
  '18b': { ref: '§ 18b AufenthG', employer: true, ba: 'approval', qualification: 'comparability', residenceFee: 'other', accelerated: true, visaDocuments: [] },
  '18a': { ref: '§ 18a AufenthG', employer: true, ba: 'approval', qualification: 'equivalence', residenceFee: 'other', accelerated: true, visaDocuments: [] },
  '19-ict': {
    ref: '§ 19 AufenthG',
    employer: true,
    ba: 'approval',
    qualification: 'none',
    residenceFee: 'blueCardIct',
    accelerated: null,
    acceleratedNote: {
      de: 'Ob das beschleunigte Fachkräfteverfahren für die ICT-Karte offensteht, ist nicht bestätigt: Die Quellen nennen die ICT-Karte nicht unter den erfassten Zwecken.',
      en: 'Whether the accelerated procedure is open to the ICT card is not confirmed: the sources do not list the ICT card among the covered purposes.',
    },
    visaDocuments: ['assignment-letter', 'group-employment-proof'],
  },
  '19c2-experience': {
    ref: '§ 19c Abs. 2 AufenthG i. V. m. § 6 BeschV',
    employer: true,
    ba: 'approval',
    qualification: 'none',
    residenceFee: 'other',
    accelerated: true,
    visaDocuments: ['experience-proof'],
  },
  '16d3-partnership': { ref: '§ 16d Abs. 3 AufenthG', employer: true, ba: 'approval', qualification: 'partnership', residenceFee: 'other', accelerated: true, visaDocuments: ['partnership-agreement'] },
  '16d1-qualification': { ref: '§ 16d Abs. 1 AufenthG', employer: true, ba: 'approval', qualification: 'measure', residenceFee: 'other', accelerated: true, visaDocuments: ['partial-notice', 'measure-plan'] },
  '19c1-westbalkan': {
    ref: '§ 19c Abs. 1 AufenthG i. V. m. § 26 Abs. 2 BeschV',
    employer: true,
    ba: 'westbalkan-pre',
    qualification: 'none',
    residenceFee: 'other',
    accelerated: false,
    acceleratedNote: {
      de: 'Die Westbalkanregelung setzt keine Qualifikation voraus und hat ein eigenes Vorabzustimmungsverfahren der Bundesagentur für Arbeit; die Quellen nennen sie nicht unter den Zwecken des § 81a AufenthG. Bitte bei der Servicestelle klären.',
      en: 'The Western Balkans rule needs no qualification and has its own pre-approval by the Federal Employment Agency; the sources do not list it among the purposes of § 81a AufenthG. Ask the service office.',
    },
    visaDocuments: [],
  },
  '20a-skilled': { ref: '§ 20a Abs. 3 Nr. 1 AufenthG', employer: false, ba: 'none', qualification: 'fachkraft', residenceFee: 'other', accelerated: false, acceleratedNote: NO_EMPLOYER_81A, visaDocuments: ['blocked-account'] },
  '20a-points': {
    ref: '§ 20a Abs. 3 Nr. 2 AufenthG',
    employer: false,
    ba: 'none',
    qualification: 'state-recognition',
    residenceFee: 'other',
    accelerated: false,
    acceleratedNote: NO_EMPLOYER_81A,
    visaDocuments: ['blocked-account', 'language-certificate', 'experience-proof'],
  },
};
