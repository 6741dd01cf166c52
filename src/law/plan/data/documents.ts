// Documents of the process plan: one catalogue with stable ids and bilingual labels; each step lists the ids
// it needs (legal-facts.md §§ 1.2, 1.7, 1.8, 1.10, 1.12, 4.3–4.5, 6.1; recognition-integration-facts.md § 4.1).

import type { PlanDocument } from '../types.ts';

export const DOCUMENTS = {
  passport: {
    id: 'passport',
    label: { de: 'Gültiger Reisepass', en: 'Valid passport' },
    providedBy: 'candidate',
  },
  'biometric-photo': {
    id: 'biometric-photo',
    label: { de: 'Biometrisches Passfoto', en: 'Biometric passport photo' },
    providedBy: 'candidate',
  },
  'degree-certificate': {
    id: 'degree-certificate',
    label: { de: 'Hochschulabschlusszeugnis mit Fächer- und Notenübersicht (Transcript)', en: 'Degree certificate with transcript of records' },
    providedBy: 'candidate',
  },
  'vocational-certificate': {
    id: 'vocational-certificate',
    label: { de: 'Abschlusszeugnis der Berufsausbildung mit Nachweis der Ausbildungsinhalte und -dauer', en: 'Vocational qualification certificate with proof of the training content and length' },
    providedBy: 'candidate',
  },
  'experience-proof': {
    id: 'experience-proof',
    label: { de: 'Nachweise der Berufserfahrung (Arbeitszeugnisse, Arbeitsverträge)', en: 'Proof of professional experience (employer references, contracts)' },
    providedBy: 'candidate',
  },
  translations: {
    id: 'translations',
    label: { de: 'Übersetzungen fremdsprachiger Unterlagen ins Deutsche', en: 'Translations of foreign-language documents into German' },
    providedBy: 'candidate',
    note: { de: 'Übersetzungen und beglaubigte Kopien kosten zusätzlich.', en: 'Translations and certified copies cost extra.' },
  },
  'anabin-printout': {
    id: 'anabin-printout',
    label: {
      de: 'anabin-Ausdruck: Hochschule „H+“ und Abschluss „entspricht“ oder „gleichwertig“',
      en: 'anabin printout: institution "H+" and degree "entspricht" or "gleichwertig"',
    },
    providedBy: 'candidate',
  },
  'zab-statement': {
    id: 'zab-statement',
    label: { de: 'Zeugnisbewertung der ZAB (Statement of Comparability)', en: 'ZAB statement of comparability (Zeugnisbewertung)' },
    providedBy: 'recognition-body',
  },
  'zab-vocational-statement': {
    id: 'zab-vocational-statement',
    label: { de: 'Bescheinigung der ZAB zum ausländischen Berufsabschluss', en: 'ZAB statement on the foreign vocational qualification' },
    providedBy: 'recognition-body',
  },
  'recognition-application': {
    id: 'recognition-application',
    label: { de: 'Antrag auf Feststellung der Gleichwertigkeit (Formular der Anerkennungsstelle)', en: 'Application for an equivalence assessment (form of the recognition body)' },
    providedBy: 'candidate',
  },
  'equivalence-notice': {
    id: 'equivalence-notice',
    label: { de: 'Bescheid über die volle Gleichwertigkeit', en: 'Notice of full equivalence' },
    providedBy: 'recognition-body',
  },
  'partial-notice': {
    id: 'partial-notice',
    label: { de: 'Bescheid über die teilweise Gleichwertigkeit (Defizitbescheid)', en: 'Notice of partial equivalence (Defizitbescheid)' },
    providedBy: 'recognition-body',
  },
  'employment-contract': {
    id: 'employment-contract',
    label: { de: 'Arbeitsvertrag oder verbindliches Arbeitsplatzangebot', en: 'Employment contract or binding job offer' },
    providedBy: 'company',
    signedByCompany: true,
  },
  'declaration-employment': {
    id: 'declaration-employment',
    label: { de: 'Erklärung zum Beschäftigungsverhältnis (Formular der Bundesagentur für Arbeit)', en: 'Declaration on the employment relationship (Erklärung zum Beschäftigungsverhältnis, form of the Federal Employment Agency)' },
    providedBy: 'company',
    signedByCompany: true,
  },
  'ba-preapproval-request': {
    id: 'ba-preapproval-request',
    label: {
      de: 'Anfrage zu § 36 Abs. 3 BeschV (Vorabprüfung) mit Stellenbeschreibung',
      en: 'Request under § 36 (3) BeschV (pre-check) with job description (Stellenbeschreibung)',
    },
    providedBy: 'company',
    signedByCompany: true,
  },
  'ba-preapproval': {
    id: 'ba-preapproval',
    label: { de: 'Vorabzustimmung der Bundesagentur für Arbeit', en: 'Pre-approval of the Federal Employment Agency' },
    providedBy: 'ba',
  },
  'power-of-attorney': {
    id: 'power-of-attorney',
    label: { de: 'Vollmacht der Fachkraft für den Arbeitgeber (§ 81a AufenthG)', en: 'Power of attorney from the skilled worker for the employer (§ 81a AufenthG)' },
    providedBy: 'candidate',
    signedByCompany: true,
    note: {
      de: 'Die Fachkraft unterschreibt die Vollmacht; der Arbeitgeber legt sie mit dem Antrag vor und handelt damit im Verfahren für sie. Ob der Arbeitgeber mitzeichnet, richtet sich nach dem Formular der Ausländerbehörde.',
      en: 'The skilled worker signs the power of attorney; the employer submits it with the request and acts for the worker in the procedure. Whether the employer countersigns depends on the immigration office’s form.',
    },
  },
  'agreement-abh': {
    id: 'agreement-abh',
    label: { de: 'Vereinbarung zwischen Arbeitgeber und Ausländerbehörde (§ 81a AufenthG)', en: 'Agreement between the employer and the immigration office (§ 81a AufenthG)' },
    providedBy: 'company',
    signedByCompany: true,
  },
  'pre-approval': {
    id: 'pre-approval',
    label: { de: 'Vorabzustimmung der Ausländerbehörde (§ 81a AufenthG)', en: 'Pre-approval of the immigration office (§ 81a AufenthG)' },
    providedBy: 'immigration-office',
  },
  'visa-application-form': {
    id: 'visa-application-form',
    label: { de: 'Visumantrag (online über das Auslandsportal)', en: 'Visa application (online through the Auslandsportal)' },
    providedBy: 'candidate',
  },
  'health-insurance': {
    id: 'health-insurance',
    label: { de: 'Nachweis der Krankenversicherung', en: 'Proof of health insurance' },
    providedBy: 'candidate',
  },
  visa: {
    id: 'visa',
    label: { de: 'Nationales Visum (D-Visum)', en: 'National visa (D visa)' },
    providedBy: 'mission',
  },
  'wohnungsgeberbestaetigung': {
    id: 'wohnungsgeberbestaetigung',
    label: { de: 'Wohnungsgeberbestätigung (§ 19 BMG)', en: 'Landlord’s confirmation of moving in (Wohnungsgeberbestätigung, § 19 BMG)' },
    providedBy: 'landlord',
  },
  'registration-certificate': {
    id: 'registration-certificate',
    label: { de: 'Meldebescheinigung', en: 'Certificate of registration (Meldebescheinigung)' },
    providedBy: 'candidate',
  },
  'residence-permit-application': {
    id: 'residence-permit-application',
    label: { de: 'Antrag auf den Aufenthaltstitel (Formular der Ausländerbehörde)', en: 'Application for the residence permit (form of the immigration office)' },
    providedBy: 'candidate',
  },
  'title-copy': {
    id: 'title-copy',
    label: {
      de: 'Kopie des Aufenthaltstitels für die Personalakte (§ 4a Abs. 5 S. 3 Nr. 2 AufenthG)',
      en: 'Copy of the residence title for the personnel file (§ 4a (5) sentence 3 no. 2 AufenthG)',
    },
    providedBy: 'company',
    note: {
      de: 'Vor Arbeitsbeginn prüfen, dass der Titel diese Beschäftigung erlaubt, und die Kopie für die Dauer der Beschäftigung aufbewahren.',
      en: 'Before the start, check that the title allows this employment, and keep the copy for the whole employment.',
    },
  },
  'blocked-account': {
    id: 'blocked-account',
    label: { de: 'Nachweis des Lebensunterhalts: Sperrkonto, Verpflichtungserklärung oder Teilzeitarbeitsvertrag', en: 'Proof of means: blocked account, declaration of commitment or part-time job contract' },
    providedBy: 'candidate',
  },
  'language-certificate': {
    id: 'language-certificate',
    label: {
      de: 'Sprachzertifikat (ALTE-Anbieter, TOEFL/IELTS für Englisch), bei Antragstellung nicht älter als 12 Monate',
      en: 'Language certificate (ALTE provider, TOEFL/IELTS for English), not older than 12 months at application',
    },
    providedBy: 'candidate',
  },
  'assignment-letter': {
    id: 'assignment-letter',
    label: {
      de: 'Abordnungsschreiben: Ort, Art der Tätigkeit, Entgelt und Arbeitsbedingungen; Nachweis der Rückkehr in eine Niederlassung außerhalb der EU',
      en: 'Assignment letter: place, type of work, pay and working conditions; proof of return to a branch outside the EU',
    },
    providedBy: 'company',
    signedByCompany: true,
  },
  'group-employment-proof': {
    id: 'group-employment-proof',
    label: { de: 'Nachweis von mindestens 6 Monaten Beschäftigung im Unternehmen oder in der Unternehmensgruppe', en: 'Proof of at least 6 months of employment with the company or group' },
    providedBy: 'company',
  },
  'partnership-agreement': {
    id: 'partnership-agreement',
    label: {
      de: 'Schriftliche Vereinbarung zwischen Arbeitgeber und Fachkraft, das Anerkennungsverfahren unverzüglich nach der Einreise zu beantragen (§ 16d Abs. 3 AufenthG)',
      en: 'Written agreement between employer and skilled worker to apply for recognition without delay after entry (§ 16d (3) AufenthG)',
    },
    providedBy: 'company',
    signedByCompany: true,
  },
  'measure-plan': {
    id: 'measure-plan',
    label: {
      de: 'Plan der Qualifizierungsmaßnahme zu den im Bescheid genannten wesentlichen Unterschieden',
      en: 'Plan of the qualification measure covering the substantial differences listed in the notice',
    },
    providedBy: 'company',
    signedByCompany: true,
  },
  'adaptation-proof': {
    id: 'adaptation-proof',
    label: {
      de: 'Nachweis, dass die im Defizitbescheid genannten Unterschiede ausgeglichen sind (Bescheinigung der Qualifizierungsmaßnahme)',
      en: 'Proof that the differences named in the deficit notice are closed (certificate of the qualification measure)',
    },
    providedBy: 'company',
  },
  'engineer-title-application': {
    id: 'engineer-title-application',
    label: { de: 'Antrag auf Genehmigung der Berufsbezeichnung „Ingenieur/in“', en: 'Application for permission to use the title "Ingenieur/in"' },
    providedBy: 'candidate',
  },
} as const satisfies Record<string, PlanDocument>;

export type DocumentId = keyof typeof DOCUMENTS;

/** The documents with the given ids, in that order, as fresh objects. */
export function documents(...ids: DocumentId[]): PlanDocument[] {
  return ids.map((id) => {
    const d: PlanDocument = DOCUMENTS[id];
    return { ...d };
  });
}
