// Texts of the report page and its CSV export, German first, English second.

import type { Lang } from '../../i18n/index.ts';

/** 2026-03-01 as 01.03.2026 */
function germanDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

const de = {
  title: 'Bericht',
  intro: 'Kennzahlen und Auswertungen der Beratungen eines Zeitraums (beide Tage eingeschlossen). Gelöschte Unternehmen zählen weiter mit.',
  from: 'Von',
  to: 'Bis',
  toBeforeFrom: 'Das Ende liegt vor dem Beginn des Zeitraums.',
  submit: 'Anzeigen',
  csv: 'Als CSV herunterladen',
  period: (from: string, to: string) => `Zeitraum ${germanDate(from)} bis ${germanDate(to)}`,
  keyFigures: 'Kennzahlen',
  consultations: 'Beratungen (Kontakte)',
  companies: 'Beratene Unternehmen',
  referrals: 'Weitervermittlungen',
  persons: 'Erreichte Personen',
  contactPersons: 'davon teilnehmende Ansprechpersonen (verschiedene)',
  otherParticipants: 'davon weitere Teilnehmende',
  personsNote:
    'Erreichte Personen: die verschiedenen Ansprechpersonen, die an einer Beratung des Zeitraums teilgenommen haben – wer an mehreren Beratungen teilnahm, zählt einmal; auch gelöschte Ansprechpersonen zählen weiter, ohne ihre Daten –, dazu die je Beratung erfassten weiteren Teilnehmenden (etwa bei einer Veranstaltung), die nicht unterschieden werden und zusätzlich zählen. Eine Beratung mit mehreren Themen zählt bei jedem Thema; eine Weitervermittlung ist eine Beratung mit einem Partner.',
  item: 'Merkmal',
  count: 'Anzahl',
  share: 'Anteil in %',
  none: 'Keine Angabe',
  empty: 'Keine Beratungen in diesem Zeitraum.',
  chart: (title: string) => `Balkendiagramm: ${title}`,
  sections: {
    byMonth: 'Beratungen je Monat',
    byTopic: 'Beratungen nach Thema',
    byChannel: 'Beratungen nach Beratungsform',
    byAccessRoute: 'Beratungen nach Zugangsweg',
    byKind: 'Erst- und Folgeberatungen',
    companiesBySizeClass: 'Beratene Unternehmen nach Größenklasse',
    companiesByWzSection: 'Beratene Unternehmen nach Wirtschaftszweig (WZ 2008)',
    referralsByPartnerType: 'Weitervermittlungen nach Art des Partners',
  },
  // issue 16: the tracked referrals of cases and consultations, by the day they were sent
  tracking: {
    title: 'Verfolgte Weitervermittlungen',
    intro:
      'Weitervermittlungen aus Beratungen und Fällen, die im Zeitraum gesendet wurden, mit ihrem heutigen Stand. Jede Weitervermittlung an einen Partner zählt einmal.',
    total: 'Weitervermittlungen (verfolgt)',
    fromConsultations: 'davon aus Beratungen',
    fromCases: 'davon aus Fällen',
    empty: 'Keine Weitervermittlungen in diesem Zeitraum.',
    byStatus: 'Weitervermittlungen nach Stand',
    byPartnerType: 'Verfolgte Weitervermittlungen nach Art des Partners',
    byMeasureKind: 'Weitervermittlungen nach Maßnahme',
    byPartner: 'Weitervermittlungen je Partner',
    partner: 'Partner',
    type: 'Art',
    total2: 'Gesamt',
  },
};

type ReportMessages = typeof de;

const en: ReportMessages = {
  title: 'Report',
  intro: 'Key figures and breakdowns of the consultations of a period (both days included). Deleted companies still count.',
  from: 'From',
  to: 'To',
  toBeforeFrom: 'The end is before the start of the period.',
  submit: 'Show',
  csv: 'Download as CSV',
  period: (from: string, to: string) => `Period ${from} to ${to}`,
  keyFigures: 'Key figures',
  consultations: 'Consultations (contacts)',
  companies: 'Companies advised',
  referrals: 'Referrals',
  persons: 'Persons reached',
  contactPersons: 'of which participating contact persons (distinct)',
  otherParticipants: 'of which further participants',
  personsNote:
    'Persons reached: the distinct contact persons who took part in a consultation of the period – someone who took part in several consultations counts once; deleted contact persons still count, without their data – plus the further participants recorded per consultation (e.g. at an event), who are not told apart and count in addition. A consultation with several topics counts for each topic; a referral is one consultation with one partner.',
  item: 'Item',
  count: 'Count',
  share: 'Share in %',
  none: 'Not stated',
  empty: 'No consultations in this period.',
  chart: (title: string) => `Bar chart: ${title}`,
  sections: {
    byMonth: 'Consultations per month',
    byTopic: 'Consultations by topic',
    byChannel: 'Consultations by channel',
    byAccessRoute: 'Consultations by access route',
    byKind: 'First and follow-up consultations',
    companiesBySizeClass: 'Companies advised by size class',
    companiesByWzSection: 'Companies advised by sector (WZ 2008)',
    referralsByPartnerType: 'Referrals by partner type',
  },
  tracking: {
    title: 'Tracked referrals',
    intro: 'Referrals of consultations and cases sent in the period, with their status today. Each referral to a partner counts once.',
    total: 'Referrals (tracked)',
    fromConsultations: 'of which from consultations',
    fromCases: 'of which from cases',
    empty: 'No referrals in this period.',
    byStatus: 'Referrals by status',
    byPartnerType: 'Tracked referrals by partner type',
    byMeasureKind: 'Referrals by measure',
    byPartner: 'Referrals per partner',
    partner: 'Partner',
    type: 'Type',
    total2: 'Total',
  },
};

export function rm(lang: Lang): ReportMessages {
  return lang === 'en' ? en : de;
}
