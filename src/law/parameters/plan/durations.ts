// Durations and statutory deadlines of the process plan, in calendar days (legal-facts.md §§ 1.2, 1.10, 4.7,
// 6.1–6.3; recognition-integration-facts.md §§ 1.3, 4.1). A statutory deadline carries its norm and the period
// as the statute states it; the plan computes the deadline's date with calendar months, and uses 30 days per
// month only to schedule the steps. `estimate: true` marks Lotse's planning assumptions: no authority publishes
// these figures, so the plan shows them as estimates and an adviser should adjust them to the case.

import type { Reference } from '../parameter.ts';
import { defineParameter } from '../parameter.ts';
import { REF_IHK_FOSA_PROCEDURE, REF_ETL_BQFG, REF_HWK_RHEINHESSEN, REF_BQFG_14A, REF_MIIG_BA, REF_LEXCADA_81A, REF_DIPLO_FRANCE_81A, REF_ZBS_81A_DEADLINES, REF_BMG_17, REF_DIPLO_EXPERIENCE, REF_PAKA_REGULAR, REF_TAGESSCHAU_VISA, REF_MAINZ_BINGEN_EAT, REF_DARMSTADT_ABH, REF_ZAB_BOTTLENECK, REF_ANABIN, REF_ZAB_KL, REF_INGKAG_4, REF_BAYERN_ENGINEER, REF_WESTBALKAN_VORAB, REF_JAKARTA_MEANS, REF_BUZER_16D, REF_MIIG_PARTNERSHIP, REF_4A_AUFENTHG } from './durationReferences.ts';
import type { Text } from '../../types.ts';
import type { DurationValue, Period } from '../../plan/types.ts';

const VERIFIED = '2026-11-25';
const FROM = '2023-11-18';

/** Calendar-day equivalent of a period, for scheduling (30 days per month; 7 per calendar week; 7 per 5 working days). */
export function periodDays(p: Period): number {
  switch (p.unit) {
    case 'days':
      return p.n;
    case 'weeks':
      return 7 * p.n;
    case 'months':
      return 30 * p.n;
    case 'workingDays':
      return Math.ceil((p.n * 7) / 5);
  }
}

interface Spec {
  id: string;
  description: Text;
  value: DurationValue;
  reference: Reference;
  alsoSee?: Reference[];
  unconfirmed?: boolean;
  note?: string;
}

function duration(s: Spec) {
  return defineParameter<DurationValue>({
    scope: 'plan',
    id: s.id,
    description: s.description,
    unit: 'days',
    values: [
      {
        validFrom: FROM,
        value: s.value,
        reference: s.reference,
        ...(s.alsoSee ? { alsoSee: s.alsoSee } : {}),
        lastVerified: VERIFIED,
        ...(s.unconfirmed ? { unconfirmed: true } : {}),
        ...(s.note ? { note: s.note } : {}),
      },
    ],
  });
}

function statutory(minDays: number, typicalDays: number, period: Period, norm: string, deadlineText?: Text): DurationValue {
  return { minDays, typicalDays, maxDays: periodDays(period), statutory: true, norm, period, estimate: false, ...(deadlineText ? { deadlineText } : {}) };
}

function estimate(minDays: number, typicalDays: number, maxDays: number): DurationValue {
  return { minDays, typicalDays, maxDays, statutory: false, estimate: true };
}

// ---- Recognition (BQFG; legal-facts.md § 4.7) ----

export const durRecognitionReceipt = duration({
  id: 'bqfg.6.3.receipt',
  description: { de: 'Anerkennung: Eingangsbestätigung (reguläres Verfahren)', en: 'Recognition: confirmation of receipt (regular procedure)' },
  value: statutory(1, 14, { n: 1, unit: 'months' }, '§ 6 Abs. 2 S. 1 BQFG', {
    de: 'Die Anerkennungsstelle bestätigt den Eingang und nennt fehlende Unterlagen.',
    en: 'The recognition body confirms receipt and lists missing documents.',
  }),
  reference: REF_ETL_BQFG,
  alsoSee: [REF_IHK_FOSA_PROCEDURE],
});

export const durRecognitionDecision = duration({
  id: 'bqfg.6.3.decision',
  description: { de: 'Anerkennung: Bescheid (reguläres Verfahren)', en: 'Recognition: decision (regular procedure)' },
  value: statutory(21, 90, { n: 3, unit: 'months' }, '§ 6 Abs. 3 BQFG', {
    de: 'Entscheidung über die Gleichwertigkeit, gerechnet ab den vollständigen Unterlagen.',
    en: 'Decision on equivalence, counted from the complete file.',
  }),
  reference: REF_IHK_FOSA_PROCEDURE,
  alsoSee: [REF_ETL_BQFG, REF_HWK_RHEINHESSEN],
  note: 'Minimum: HWK Rheinhessen states 3 weeks to 3 months. The period can be extended in difficult cases.',
});

export const durRecognitionReceiptAccelerated = duration({
  id: 'bqfg.14a.2.receipt',
  description: { de: 'Anerkennung: Eingangsbestätigung (§ 81a)', en: 'Recognition: confirmation of receipt (§ 81a)' },
  value: statutory(1, 7, { n: 2, unit: 'weeks' }, '§ 14a Abs. 2 BQFG', {
    de: 'Die Anerkennungsstelle bestätigt den Eingang des Antrags.',
    en: 'The recognition body confirms receipt of the application.',
  }),
  reference: REF_BQFG_14A,
});

export const durRecognitionDecisionAccelerated = duration({
  id: 'bqfg.14a.3.decision',
  description: { de: 'Anerkennung: Bescheid (§ 81a)', en: 'Recognition: decision (§ 81a)' },
  value: statutory(21, 60, { n: 2, unit: 'months' }, '§ 14a Abs. 3 BQFG', {
    de: 'Entscheidung über die Gleichwertigkeit, gerechnet ab den vollständigen Unterlagen.',
    en: 'Decision on equivalence, counted from the complete file.',
  }),
  reference: REF_BQFG_14A,
  alsoSee: [{ title: 'Art. 14a BayBQFG (Landesrecht, gleichlautende Frist), gesetze.legal', url: 'https://gesetze.legal/bayern/baybqfg/14a' }],
});

export const durAnabinCheck = duration({
  id: 'plan.anabin.check',
  description: { de: 'Prüfung des Abschlusses in anabin', en: 'Checking the degree in anabin' },
  value: estimate(1, 3, 7),
  reference: REF_ANABIN,
});

export const durZabStatement = duration({
  id: 'plan.zab.statement',
  description: { de: 'ZAB-Zeugnisbewertung: Bearbeitungsdauer', en: 'ZAB statement of comparability: processing time' },
  value: estimate(30, 90, 180),
  reference: REF_ZAB_BOTTLENECK,
  unconfirmed: true,
  note: 'UNCONFIRMED: the ZAB publishes no processing time and reports bottlenecks (legal-facts.md § 8 item 11). Processing starts when the fee is received.',
});

// ---- Employer, Federal Employment Agency ----

export const durEmploymentContract = duration({
  id: 'plan.contract',
  description: { de: 'Arbeitsvertrag und Erklärung zum Beschäftigungsverhältnis', en: 'Employment contract and declaration on the employment relationship' },
  value: estimate(1, 7, 21),
  reference: REF_MIIG_BA,
});

export const durBaApproval = duration({
  id: 'beschv.36.2.regular',
  description: { de: 'Zustimmung der Bundesagentur für Arbeit (reguläres Verfahren)', en: 'Approval of the Federal Employment Agency (regular procedure)' },
  value: statutory(1, 14, { n: 2, unit: 'weeks' }, '§ 36 Abs. 2 BeschV', {
    de: 'Die Bundesagentur für Arbeit entscheidet; danach gilt die Zustimmung als erteilt.',
    en: 'The Federal Employment Agency decides; after this the approval is deemed given.',
  }),
  reference: REF_MIIG_BA,
  alsoSee: [{ title: 'zbs-auf.info 8.18: Ist die Bundesagentur für Arbeit an der Erteilung eines Visums beteiligt?', url: 'https://www.zbs-auf.info/8-18-ist-die-bundesagentur-fuer-arbeit-an-der-erteilung-eines-visums-beteiligt/' }],
});

export const durBaApprovalAccelerated = duration({
  id: 'beschv.36.2.accelerated',
  description: { de: 'Zustimmung der Bundesagentur für Arbeit (§ 81a)', en: 'Approval of the Federal Employment Agency (§ 81a)' },
  value: statutory(1, 7, { n: 1, unit: 'weeks' }, '§ 36 Abs. 2 BeschV', {
    de: 'Die Bundesagentur für Arbeit entscheidet; danach gilt die Zustimmung als erteilt.',
    en: 'The Federal Employment Agency decides; after this the approval is deemed given.',
  }),
  reference: REF_MIIG_BA,
});

export const durWestbalkanPreApproval = duration({
  id: 'plan.westbalkan.preapproval',
  description: { de: 'Westbalkanregelung: Vorabzustimmung der Bundesagentur für Arbeit', en: 'Western Balkans rule: pre-approval of the Federal Employment Agency' },
  value: estimate(14, 30, 90),
  reference: REF_WESTBALKAN_VORAB,
  alsoSee: [{ title: 'Deutsche Botschaft Sarajewo: Westbalkanregelung', url: 'https://sarajewo.diplo.de/ba-de/service/westbalkanregelung-2550504' }],
  unconfirmed: true,
  note: 'UNCONFIRMED: no processing time is published; applications are handled in order of receipt within monthly quotas per country, and the 2025 quota was used up by early December 2025.',
});

// ---- Accelerated procedure (§ 81a AufenthG; legal-facts.md § 1.10) ----

export const durAcceleratedRequest = duration({
  id: 'plan.81a.request',
  description: { de: '§ 81a: Vereinbarung, Vollmacht und Unterlagen an die Ausländerbehörde', en: '§ 81a: agreement, power of attorney and documents to the immigration office' },
  value: estimate(3, 14, 28),
  reference: REF_ZAB_KL,
  alsoSee: [REF_LEXCADA_81A],
});

export const durPreApproval = duration({
  id: 'aufenthg.81a.3.preapproval',
  description: { de: '§ 81a: Vorabzustimmung der Ausländerbehörde', en: '§ 81a: pre-approval of the immigration office' },
  value: statutory(1, 5, { n: 3, unit: 'workingDays' }, '§ 81a Abs. 3 Nr. 3 AufenthG', {
    de: 'Liegen alle Bescheide vor, lädt die Ausländerbehörde den Arbeitgeber binnen 3 Werktagen ein; die Vorabzustimmung erteilt sie unverzüglich (§ 81a Abs. 3 Nr. 6).',
    en: 'Once all notices are in, the immigration office invites the employer within 3 working days; it issues the pre-approval without undue delay (§ 81a (3) no. 6).',
  }),
  reference: REF_LEXCADA_81A,
});

export const durVisaAppointmentAccelerated = duration({
  id: 'aufenthv.31a.appointment',
  description: { de: '§ 81a: Termin bei der Auslandsvertretung', en: '§ 81a: appointment at the mission abroad' },
  value: statutory(3, 21, { n: 3, unit: 'weeks' }, '§ 31a AufenthV', {
    de: 'Die Auslandsvertretung vergibt den Termin binnen 3 Wochen nach Vorlage der Vorabzustimmung.',
    en: 'The mission gives an appointment within 3 weeks of the pre-approval being presented.',
  }),
  reference: REF_DIPLO_FRANCE_81A,
  alsoSee: [REF_ZBS_81A_DEADLINES],
});

export const durVisaDecisionAccelerated = duration({
  id: 'aufenthv.31a.decision',
  description: { de: '§ 81a: Entscheidung über das Visum', en: '§ 81a: decision on the visa' },
  value: statutory(7, 21, { n: 3, unit: 'weeks' }, '§ 31a AufenthV', {
    de: 'Die Auslandsvertretung entscheidet in der Regel binnen 3 Wochen nach dem vollständigen Antrag.',
    en: 'The mission decides, as a rule, within 3 weeks of the complete application.',
  }),
  reference: REF_DIPLO_FRANCE_81A,
  alsoSee: [REF_ZBS_81A_DEADLINES],
});

// ---- Regular visa procedure (legal-facts.md §§ 6.1, 6.3) ----

export const durVisaAppointmentRegular = duration({
  id: 'plan.visa.regular.appointment',
  description: { de: 'Reguläres Verfahren: Wartezeit auf den Visumtermin', en: 'Regular procedure: waiting time for the visa appointment' },
  value: estimate(14, 60, 270),
  reference: REF_PAKA_REGULAR,
  alsoSee: [REF_TAGESSCHAU_VISA],
  unconfirmed: true,
  note: 'Practitioner estimates only; waits differ by mission. Waits of 9 months and more were reported before the Auslandsportal.',
});

export const durVisaDecisionRegular = duration({
  id: 'plan.visa.regular.decision',
  description: { de: 'Reguläres Verfahren: Entscheidung über das Visum', en: 'Regular procedure: decision on the visa' },
  value: estimate(14, 42, 90),
  reference: {
    title: 'homesoverseas.ru: Blue Card visa decided in "up to 90 days" (press figure)',
    url: 'https://www.homesoverseas.ru/eng/news/Tri_strany_ES_povyshajut_trebovanija_k_zarplate_dlja_soiskatelej_na_Golubuju_kartu',
  },
  alsoSee: [REF_PAKA_REGULAR],
  unconfirmed: true,
  note: 'Press figure for the Blue Card; no statutory deadline applies outside § 81a.',
});

export const durEntry = duration({
  id: 'plan.entry',
  description: { de: 'Reise und Einreise nach Erteilung des Visums', en: 'Travel and entry after the visa is issued' },
  value: estimate(3, 14, 30),
  reference: REF_DIPLO_EXPERIENCE,
});

export const durAnmeldung = duration({
  id: 'bmg.17.1.anmeldung',
  description: { de: 'Anmeldung bei der Meldebehörde', en: 'Registration of address' },
  value: statutory(1, 7, { n: 2, unit: 'weeks' }, '§ 17 Abs. 1 BMG', {
    de: 'Anmeldung binnen 2 Wochen nach dem Einzug, mit der Wohnungsgeberbestätigung (§ 19 BMG).',
    en: 'Registration within 2 weeks of moving in, with the landlord’s confirmation (§ 19 BMG).',
  }),
  reference: REF_BMG_17,
});

export const durFirstWorkingDay = duration({
  id: 'plan.first-working-day',
  description: { de: 'Vom Einreisetag bis zum ersten Arbeitstag', en: 'From entry to the first working day' },
  value: estimate(1, 7, 14),
  reference: REF_4A_AUFENTHG,
  note: 'The start date is agreed in the contract; the national visa for employment allows work from entry.',
});

export const durResidencePermit = duration({
  id: 'plan.residence-permit',
  description: { de: 'Aufenthaltstitel (eAT) bei der Ausländerbehörde', en: 'Residence permit (electronic card) at the immigration office' },
  value: estimate(21, 56, 180),
  reference: REF_MAINZ_BINGEN_EAT,
  alsoSee: [REF_DARMSTADT_ABH],
  unconfirmed: true,
  note: 'Card production takes "several weeks" (Mainz-Bingen); Darmstadt reports up to six months. Apply before the visa expires.',
});

// ---- Chancenkarte ----

export const durBlockedAccount = duration({
  id: 'plan.blocked-account',
  description: { de: 'Sperrkonto eröffnen und einzahlen', en: 'Opening and funding a blocked account' },
  value: estimate(7, 14, 30),
  reference: REF_JAKARTA_MEANS,
});

// ---- After arrival ----

export const durEngineerReceipt = duration({
  id: 'ingkag.rlp.4.receipt',
  description: { de: 'Ingenieurkammer RLP: Eingangsbestätigung', en: 'Chamber of engineers RLP: confirmation of receipt' },
  value: statutory(1, 30, { n: 1, unit: 'months' }, '§ 4 IngKaG', {
    de: 'Die Ingenieurkammer bestätigt den Eingang des Antrags.',
    en: 'The chamber of engineers confirms receipt of the application.',
  }),
  reference: REF_INGKAG_4,
});

export const durEngineerDecision = duration({
  id: 'plan.engineer-title.decision',
  description: { de: 'Berufsbezeichnung „Ingenieur/in“: Entscheidung', en: 'Title "Ingenieur/in": decision' },
  value: estimate(60, 75, 90),
  reference: REF_BAYERN_ENGINEER,
  unconfirmed: true,
  note: 'Only the Bavarian figure (about 2–3 months) is known; for RLP the duration is UNCONFIRMED.',
});

export const durQualificationMeasure = duration({
  id: 'aufenthg.16d.1.measure',
  description: { de: '§ 16d Abs. 1: Qualifizierungsmaßnahme', en: '§ 16d (1): qualification measure' },
  value: estimate(90, 365, 730),
  reference: REF_BUZER_16D,
  note: 'The length follows the deficits in the notice. The permit is granted for up to 24 months, extendable by up to 12 months to at most 3 years.',
});

export const durPartnershipStart = duration({
  id: 'aufenthg.16d.3.start',
  description: { de: 'Anerkennungspartnerschaft: Antrag nach der Einreise', en: 'Recognition partnership: application after entry' },
  value: estimate(1, 14, 30),
  reference: REF_MIIG_PARTNERSHIP,
  note: 'The agreement obliges both sides to start the recognition procedure without delay after entry.',
});
