// The codes of the workspace (issue 6): topics, channels, access routes, partner types, size classes, WZ sections,
// Länder, and the text limits. The database repeats the codes as CHECK constraints (src/db/schema/).

export const TOPICS = ['skilled_immigration', 'residence_law', 'recognition', 'further_qualification', 'integration_management'] as const;
export type Topic = (typeof TOPICS)[number];
export const CHANNELS = ['on_site', 'phone', 'video', 'email', 'event'] as const;
export type Channel = (typeof CHANNELS)[number];
export const KINDS = ['first', 'follow_up'] as const;
export type ConsultationKind = (typeof KINDS)[number];
export const ACCESS_ROUTES = ['own_initiative', 'chamber', 'employment_agency', 'event', 'recommendation', 'internet', 'other'] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];
/**
 * Issue 16: the kinds of organisation in the office's partner network. Migration 0019 renamed the former
 * 'employment_agency' to 'ba_employer_service' (the Arbeitgeber-Service of the local Agentur für Arbeit).
 */
export const PARTNER_TYPES = [
  'ba_employer_service',
  'ba_central_service',
  'immigration_office',
  'immigration_office_central',
  'ihk',
  'hwk',
  'chamber_other',
  'recognition_body',
  'education_provider',
  'iq_counselling',
  'welcome_center',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];
/**
 * Issue 16: the kinds of further-qualification measure (the same strings as MEASURE_KINDS in
 * src/law/recognition/measures.ts): what a partner offers (`partners.offers`) and what a referral is for.
 */
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
/** Issue 16: the states of a referral: sent → accepted → done, or declined (from sent or accepted). */
export const REFERRAL_STATUSES = ['sent', 'accepted', 'done', 'declined'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];
/** WZ 2008 sections A–U (their titles, German and English: wzSections in src/web/shell/domain/messages/) */
export const WZ_SECTIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'] as const;
export type WzSection = (typeof WZ_SECTIONS)[number];
/** ISO 3166-2 codes of the 16 Länder */
export const FEDERAL_STATES = ['DE-BW', 'DE-BY', 'DE-BE', 'DE-BB', 'DE-HB', 'DE-HH', 'DE-HE', 'DE-MV', 'DE-NI', 'DE-NW', 'DE-RP', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-SH', 'DE-TH'];

/** micro < 10, small < 50, medium < 250, large */
export function sizeClassOf(headcount: number): SizeClass {
  if (headcount < 10) return 'micro';
  if (headcount < 50) return 'small';
  if (headcount < 250) return 'medium';
  return 'large';
}

export const TEXT_MAX = 200;
export const LONG_TEXT_MAX = 20_000;
