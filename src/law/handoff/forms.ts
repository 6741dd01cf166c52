// What each official step's form or portal asks (issue 14), as dated, referenced data. A section is "confirmed" only
// where its questions were read in a copy of the form on `lastVerified`; everything else is "unconfirmed" and the page
// says so ("to be verified"). Each field names the fact of the case that fills it, or null: "to be entered", never a
// guess. Sources: ../shared/reference/legal-facts.md §§ 1.2, 1.10, 4.4, 6.1, 6.2; updates-2026-12.md § 1.

import type { Reference } from '../parameters/parameter.ts';
import type { FormDefinition, FormSection, HandoffStep } from './types.ts';

const VERIFIED = '2026-12-04';

// --- the BA's employer approval: "Erklärung zum Beschäftigungsverhältnis" ------------------------------------------

/** Copies of the form read on VERIFIED (the BA's own download was not among the stored sources). */
const REF_EZB_2024: Reference = {
  title: 'Erklärung zum Beschäftigungsverhältnis (Kopie des Formulars mit „Arbeitgeberwechsel“ und Zusatzblatt B, 6 Seiten; Abschnitte 1–7 gelesen)',
  url: 'https://www.scribd.com/document/723100006/anlage4',
};
const REF_EZB_2017: Reference = {
  title: 'Erklärung zum Beschäftigungsverhältnis (ältere Kopie, Stand 2017; Abschnitte 1–6 gelesen)',
  url: 'https://es.scribd.com/document/460377729/mdb-f50329-stellenbeschreibung-2017',
};
const REF_BA_ONLINE: Reference = {
  title: 'Agentur für Arbeit Schwandorf, Presseinfo 2024-62: Vorabzustimmung seit Juli 2024 über das Onlineportal der BA („Vorabzustimmung“)',
  url: 'https://arbeitsagentur.de/vor-ort/schwandorf/presse/2024-62-arbeitsmarktzulassung',
};
const REF_FORM_UPDATED: Reference = {
  title: 'Arbeitgeberverband Osthessen: Formular zum 1. März 2024 aktualisiert; Vorabzustimmung ab Juli 2024 digital',
  url: 'https://arbeitgeberverband-fulda.de/erwerbsmigration-vorabzustimmung-der-bundesagentur-fuer-arbeit-ab-juli-2024-digital-moeglich/',
};

const confirmed = (s: Omit<FormSection, 'status'>): FormSection => ({ ...s, status: 'confirmed' });
const unconfirmed = (s: Omit<FormSection, 'status'>): FormSection => ({ ...s, status: 'unconfirmed' });

export const BA_DECLARATION: FormDefinition = {
  id: 'ba-erklaerung-beschaeftigungsverhaeltnis',
  step: 'ba-approval',
  title: {
    de: 'Zustimmung der Bundesagentur für Arbeit: Erklärung zum Beschäftigungsverhältnis',
    en: 'Approval of the Federal Employment Agency: Erklärung zum Beschäftigungsverhältnis (declaration on the employment relationship)',
  },
  filing: {
    de: 'Im regulären Verfahren kann der Arbeitgeber die Vorabzustimmung (§ 36 Abs. 3 BeschV) seit Juli 2024 online beantragen: im Onlineportal der BA unter „Vorabzustimmung“; die Zustimmung geht an das Ausländerzentralregister, der Arbeitgeber lädt sie herunter und schickt sie der Fachkraft. Ohne Vorabzustimmung legt die Fachkraft die unterschriebene Erklärung mit dem Visumantrag vor. Im beschleunigten Verfahren geht die Erklärung mit den Unterlagen an die Ausländerbehörde, die die Zustimmung einholt.',
    en: 'In the regular procedure the employer may request the pre-approval (§ 36 (3) BeschV) online since July 2024: in the BA’s online portal under “Vorabzustimmung”; the approval goes to the central register of foreigners, the employer downloads it and sends it to the skilled worker. Without a pre-approval, the worker submits the signed declaration with the visa application. In the accelerated procedure the declaration goes with the documents to the immigration office, which obtains the approval.',
  },
  filedBy: { de: 'Arbeitgeber (unterschreibt die Erklärung)', en: 'The employer (signs the declaration)' },
  url: 'https://www.arbeitsagentur.de/unternehmen/arbeitskraefte/fachkraefte-ausland',
  reference: REF_EZB_2024,
  alsoSee: [REF_EZB_2017, REF_BA_ONLINE, REF_FORM_UPDATED],
  lastVerified: VERIFIED,
  status: 'unconfirmed',
  note: {
    de: 'Abschnitte 1–7 wurden in Kopien des Formulars gelesen; die Abschnitte zu Arbeitszeit, Arbeitsentgelt, Urlaub und Tarifbindung nicht (zu prüfen). Das Formular wurde zum 1. März 2024 geändert: vor dem Ausfüllen die aktuelle Fassung der BA verwenden. Die Angaben müssen mit dem Arbeitsvertrag übereinstimmen.',
    en: 'Sections 1–7 were read in copies of the form; the sections on working hours, pay, leave and collective agreement were not (to be verified). The form changed on 1 March 2024: use the BA’s current version when filling it in. The entries must match the employment contract.',
  },
  sections: [
    confirmed({
      id: 'employee',
      label: { de: '1. Arbeitnehmer/in', en: '1. Employee' },
      fields: [
        { id: 'name', label: { de: 'Name, Vorname/n', en: 'Surname, first name(s)' }, source: 'candidate.name', hint: { de: 'wie im Reisepass', en: 'as in the passport' } },
        { id: 'sex', label: { de: 'Geschlecht (weiblich, männlich, divers)', en: 'Sex (female, male, diverse)' }, source: null },
        { id: 'birthDate', label: { de: 'Geburtsdatum', en: 'Date of birth' }, source: 'candidate.birthDate' },
        { id: 'citizenship', label: { de: 'Staatsangehörigkeit', en: 'Citizenship' }, source: 'candidate.citizenship' },
        { id: 'residence', label: { de: 'Derzeitiger Wohnsitz oder gewöhnlicher Aufenthaltsort', en: 'Current residence or usual place of stay' }, source: null },
      ],
    }),
    confirmed({
      id: 'employer',
      label: { de: '2. Arbeitgeber/in', en: '2. Employer' },
      fields: [
        { id: 'firm', label: { de: 'Firma', en: 'Company' }, source: 'company.name' },
        { id: 'contact', label: { de: 'Kontaktperson, Telefon, E-Mail', en: 'Contact person, telephone, e-mail' }, source: null },
        { id: 'street', label: { de: 'Straße', en: 'Street' }, source: 'company.street' },
        { id: 'postcodeCity', label: { de: 'Postleitzahl und Ort', en: 'Postcode and town' }, source: 'company.postcodeCity' },
        {
          id: 'betriebsnummer',
          label: { de: 'Betriebsnummer des Beschäftigungsbetriebes', en: 'Establishment number (Betriebsnummer) of the employing establishment' },
          source: null,
          hint: { de: 'immer eintragen', en: 'always to be given' },
        },
      ],
    }),
    confirmed({
      id: 'start',
      label: { de: '3. Beginn und Dauer der Beschäftigung', en: '3. Start and duration of the employment' },
      fields: [
        { id: 'startsOn', label: { de: 'Das Beschäftigungsverhältnis beginnt am', en: 'The employment starts on' }, source: 'job.plannedStart' },
        { id: 'duration', label: { de: 'unbefristet / befristet bis', en: 'Open-ended / fixed-term until' }, source: 'job.contractDuration' },
      ],
    }),
    confirmed({
      id: 'agencyWork',
      label: { de: '4. Einsatz als Leiharbeitnehmer/in', en: '4. Temporary agency work' },
      fields: [{ id: 'agency', label: { de: 'Soll die Person an Dritte überlassen werden? (ja/nein)', en: 'Is the person to be hired out to third parties? (yes/no)' }, source: null }],
    }),
    confirmed({
      id: 'place',
      label: { de: '5. Arbeitsort', en: '5. Place of work' },
      fields: [
        { id: 'place', label: { de: 'Arbeitnehmer/in wird beschäftigt in', en: 'The employee works in' }, source: 'job.placeOfWork' },
        { id: 'changing', label: { de: 'an wechselnden Arbeits- oder Einsatzorten?', en: 'at changing places of work?' }, source: null },
      ],
    }),
    confirmed({
      id: 'activity',
      label: { de: '6. Berufsbezeichnung und Beschreibung der Tätigkeit', en: '6. Job title and description of the activity' },
      fields: [
        { id: 'jobTitle', label: { de: 'Berufsbezeichnung', en: 'Job title' }, source: 'job.title' },
        {
          id: 'occupation',
          label: { de: 'Beruf (ISCO-08, zur Orientierung)', en: 'Occupation (ISCO-08, for orientation)' },
          source: 'job.occupation',
          hint: { de: 'Das Formular fragt die Tätigkeit im Wortlaut, nicht den Code.', en: 'The form asks for the activity in words, not for the code.' },
        },
        {
          id: 'description',
          label: { de: 'Genaue Beschreibung der Tätigkeit (Fachrichtung, Funktionsbereich, Branche)', en: 'Precise description of the activity (specialism, function, sector)' },
          source: null,
        },
      ],
    }),
    confirmed({
      id: 'qualification',
      label: { de: '7. Qualifikation der Arbeitnehmerin / des Arbeitnehmers', en: '7. Qualification of the employee' },
      note: { de: 'Nachweise mit deutscher Übersetzung beifügen.', en: 'Attach the proof with a German translation.' },
      fields: [
        { id: 'degree', label: { de: 'Abschluss (Hochschule oder Berufsausbildung), erworben in/am', en: 'Degree or vocational qualification, obtained in/on' }, source: null },
        {
          id: 'recognition',
          label: { de: 'Anerkennung oder Vergleichbarkeit in Deutschland: Nachweis (Aktenzeichen)', en: 'Recognition or comparability in Germany: proof (file number)' },
          source: 'ref.recognition',
        },
      ],
    }),
    unconfirmed({
      id: 'conditions',
      label: { de: 'Arbeitsbedingungen (Abschnittsnummern zu prüfen)', en: 'Working conditions (section numbers to be verified)' },
      note: {
        de: 'Diese Angaben fragt das Formular nach den Quellen zu den Arbeitsbedingungen; Wortlaut und Reihenfolge sind nicht bestätigt.',
        en: 'The sources say the form asks about the working conditions; wording and order are not confirmed.',
      },
      fields: [
        { id: 'weeklyHours', label: { de: 'Wöchentliche Arbeitszeit (Stunden)', en: 'Weekly working hours' }, source: 'job.weeklyHours' },
        { id: 'salary', label: { de: 'Arbeitsentgelt (brutto)', en: 'Pay (gross)' }, source: 'job.annualSalary' },
        { id: 'leave', label: { de: 'Urlaubsanspruch (Arbeitstage im Jahr)', en: 'Annual leave (working days)' }, source: null },
        { id: 'collective', label: { de: 'Tarifvertrag anwendbar?', en: 'Collective agreement applies?' }, source: 'job.collectiveAgreement' },
      ],
    }),
  ],
  planSteps: ['ba-approval', 'ba-preapproval'],
  attach: ['declaration-employment', 'employment-contract', 'ba-preapproval-request'],
  produces: ['ba-preapproval'],
};

// --- the visa application in the Federal Foreign Office's portal -----------------------------------------------------

export const VISA_APPLICATION: FormDefinition = {
  id: 'auslandsportal-visum',
  step: 'visa',
  title: { de: 'Visumantrag im Auslandsportal des Auswärtigen Amts', en: 'Visa application in the Federal Foreign Office’s portal (Auslandsportal)' },
  filing: {
    de: 'Die Fachkraft stellt den Antrag online im Auslandsportal (digital.diplo.de; seit 01.01.2025 an allen 167 Visastellen für die Erwerbsvisa) und lädt die Unterlagen hoch; danach persönlicher Termin bei der Auslandsvertretung (Identitätsprüfung, Fingerabdrücke, Gebühr).',
    en: 'The skilled worker applies online in the Auslandsportal (digital.diplo.de; since 1 January 2025 at all 167 visa offices for the employment visas) and uploads the documents; then a personal appointment at the mission (identity check, fingerprints, fee).',
  },
  filedBy: { de: 'Die Fachkraft (der Arbeitgeber liefert die Angaben zur Beschäftigung)', en: 'The skilled worker (the employer supplies the employment details)' },
  url: 'https://digital.diplo.de',
  reference: { title: 'Auswärtiges Amt: Auslandsportal', url: 'https://preview.auswaertiges-amt.de/blueprint/servlet/de/service/auslandsportal-2538094' },
  alsoSee: [{ title: 'Auslandsportal: Arbeitsaufnahme mit Berufserfahrung', url: 'https://digital.diplo.de/Arbeitsaufnahme-Berufserfahrung' }],
  lastVerified: VERIFIED,
  status: 'unconfirmed',
  note: {
    de: 'Welche Felder das Portal im Einzelnen fragt, ist nicht bestätigt (zu prüfen): hier stehen die Angaben, die jeder Erwerbsvisumantrag braucht.',
    en: 'Which fields the portal asks exactly is not confirmed (to be verified): listed here are the details every employment visa application needs.',
  },
  sections: [
    unconfirmed({
      id: 'applicant',
      label: { de: 'Antragsteller/in', en: 'Applicant' },
      fields: [
        { id: 'name', label: { de: 'Name, Vorname/n (wie im Reisepass)', en: 'Surname, first name(s) (as in the passport)' }, source: 'candidate.name' },
        { id: 'birthDate', label: { de: 'Geburtsdatum', en: 'Date of birth' }, source: 'candidate.birthDate' },
        { id: 'citizenship', label: { de: 'Staatsangehörigkeit', en: 'Citizenship' }, source: 'candidate.citizenship' },
        { id: 'passport', label: { de: 'Reisepass: Nummer, ausgestellt am, gültig bis', en: 'Passport: number, issued on, valid until' }, source: null },
        { id: 'residence', label: { de: 'Wohnanschrift im Ausland', en: 'Address abroad' }, source: null },
      ],
    }),
    unconfirmed({
      id: 'purpose',
      label: { de: 'Zweck des Aufenthalts', en: 'Purpose of the stay' },
      fields: [
        { id: 'route', label: { de: 'Aufenthaltszweck (Rechtsgrundlage)', en: 'Purpose of residence (legal basis)' }, source: 'case.route' },
        { id: 'entry', label: { de: 'Geplanter Arbeitsbeginn', en: 'Planned start of work' }, source: 'job.plannedStart' },
      ],
    }),
    unconfirmed({
      id: 'employment',
      label: { de: 'Beschäftigung in Deutschland', en: 'Employment in Germany' },
      fields: [
        { id: 'employer', label: { de: 'Arbeitgeber (Name und Anschrift)', en: 'Employer (name and address)' }, source: 'company.address' },
        { id: 'jobTitle', label: { de: 'Berufsbezeichnung', en: 'Job title' }, source: 'job.title' },
        { id: 'occupation', label: { de: 'Beruf (ISCO-08)', en: 'Occupation (ISCO-08)' }, source: 'job.occupation' },
        { id: 'salary', label: { de: 'Bruttojahresgehalt', en: 'Annual gross salary' }, source: 'job.annualSalary' },
        { id: 'place', label: { de: 'Arbeitsort', en: 'Place of work' }, source: 'job.placeOfWork' },
      ],
    }),
    unconfirmed({
      id: 'approvals',
      label: { de: 'Zustimmungen und Bescheide', en: 'Approvals and notices' },
      fields: [
        { id: 'ba', label: { de: 'Vorabzustimmung der BA (Nummer, Datum)', en: 'BA pre-approval (number, date)' }, source: 'ref.ba_approval' },
        { id: 'abh', label: { de: 'Vorabzustimmung der Ausländerbehörde, § 81a (Aktenzeichen, Datum)', en: 'Immigration office pre-approval, § 81a (file number, date)' }, source: 'ref.immigration_office' },
        { id: 'recognition', label: { de: 'Anerkennung / Zeugnisbewertung (Aktenzeichen, Datum)', en: 'Recognition / statement of comparability (file number, date)' }, source: 'ref.recognition' },
        { id: 'visaNumber', label: { de: 'Vorgangsnummer des Visumantrags (nach dem Absenden)', en: 'Visa application number (after submitting)' }, source: 'ref.visa' },
      ],
    }),
  ],
  planSteps: ['visa-application'],
  attach: [
    'passport',
    'biometric-photo',
    'visa-application-form',
    'health-insurance',
    'employment-contract',
    'declaration-employment',
    'pre-approval',
    'ba-preapproval',
    'degree-certificate',
    'anabin-printout',
    'zab-statement',
    'vocational-certificate',
    'zab-vocational-statement',
    'equivalence-notice',
    'partial-notice',
    'experience-proof',
    'language-certificate',
    'blocked-account',
    'assignment-letter',
    'group-employment-proof',
    'partnership-agreement',
    'measure-plan',
    'translations',
  ],
  produces: ['visa'],
};

// --- the recognition application ----------------------------------------------------------------------------------

export const RECOGNITION_APPLICATION: FormDefinition = {
  id: 'anerkennung-antrag',
  step: 'recognition',
  title: { de: 'Anerkennung: Zeugnisbewertung der ZAB oder Antrag auf Gleichwertigkeit', en: 'Recognition: ZAB statement of comparability or application for equivalence' },
  filing: {
    de: 'Hochschulabschluss: Antrag auf Zeugnisbewertung bei der Zentralstelle für ausländisches Bildungswesen (ZAB, Bonn), online. Berufsausbildung: Antrag auf Feststellung der Gleichwertigkeit bei der zuständigen Stelle (IHK FOSA, Handwerkskammer oder Landesbehörde; der Anerkennungs-Finder nennt sie; in 10 Ländern und bei IHK FOSA auch online). Im beschleunigten Verfahren leitet die Ausländerbehörde den Antrag weiter.',
    en: 'Degree: apply for a statement of comparability at the Central Office for Foreign Education (ZAB, Bonn), online. Vocational qualification: apply for an equivalence assessment at the competent body (IHK FOSA, the chamber of crafts or a Land authority; the Anerkennungs-Finder names it; online in 10 Länder and at IHK FOSA). In the accelerated procedure the immigration office forwards the application.',
  },
  filedBy: { de: 'Die Fachkraft (oder der Arbeitgeber mit Vollmacht)', en: 'The skilled worker (or the employer with a power of attorney)' },
  url: 'https://www.anerkennung-in-deutschland.de',
  reference: { title: 'KMK/ZAB: Zeugnisbewertung, Gebühren', url: 'https://www.kmk.org/zab/zeugnisbewertung/gebuehren.html' },
  alsoSee: [{ title: 'Anerkennung in Deutschland: digitale Antragstellung', url: 'https://www.anerkennung-in-deutschland.de' }],
  lastVerified: VERIFIED,
  status: 'unconfirmed',
  note: {
    de: 'Die Felder der Antragsformulare sind je Stelle verschieden und nicht bestätigt (zu prüfen). ZAB-Zeugnisbewertung: 200 €.',
    en: 'The fields of the application forms differ by body and are not confirmed (to be verified). ZAB statement: 200 €.',
  },
  sections: [
    unconfirmed({
      id: 'applicant',
      label: { de: 'Antragsteller/in', en: 'Applicant' },
      fields: [
        { id: 'name', label: { de: 'Name, Vorname/n', en: 'Surname, first name(s)' }, source: 'candidate.name' },
        { id: 'birthDate', label: { de: 'Geburtsdatum', en: 'Date of birth' }, source: 'candidate.birthDate' },
        { id: 'citizenship', label: { de: 'Staatsangehörigkeit', en: 'Citizenship' }, source: 'candidate.citizenship' },
        { id: 'address', label: { de: 'Anschrift, E-Mail', en: 'Address, e-mail' }, source: null },
      ],
    }),
    unconfirmed({
      id: 'qualification',
      label: { de: 'Ausländischer Abschluss', en: 'Foreign qualification' },
      fields: [
        { id: 'degree', label: { de: 'Abschluss, Institution, Land, Jahr', en: 'Qualification, institution, country, year' }, source: null },
        { id: 'reference', label: { de: 'Deutscher Referenzberuf', en: 'German reference occupation' }, source: 'job.occupation' },
      ],
    }),
    unconfirmed({
      id: 'purpose',
      label: { de: 'Zweck und Beschäftigung in Deutschland', en: 'Purpose and employment in Germany' },
      fields: [
        { id: 'employer', label: { de: 'Arbeitgeber (Name und Anschrift)', en: 'Employer (name and address)' }, source: 'company.address' },
        { id: 'jobTitle', label: { de: 'Vorgesehene Tätigkeit', en: 'Intended job' }, source: 'job.title' },
        { id: 'place', label: { de: 'Arbeitsort (bestimmt die zuständige Stelle)', en: 'Place of work (decides the competent body)' }, source: 'job.placeOfWork' },
        { id: 'fileNumber', label: { de: 'Aktenzeichen (nach Eingang)', en: 'File number (after receipt)' }, source: 'ref.recognition' },
      ],
    }),
  ],
  planSteps: ['anabin-check', 'zab-statement', 'zab-vocational-statement', 'recognition-receipt'],
  attach: ['recognition-application', 'degree-certificate', 'vocational-certificate', 'experience-proof', 'anabin-printout', 'translations', 'passport', 'partial-notice', 'adaptation-proof'],
  produces: ['zab-statement', 'zab-vocational-statement', 'equivalence-notice', 'partial-notice'],
};

// --- the § 81a agreement with the immigration office --------------------------------------------------------------

export const ACCELERATED_AGREEMENT: FormDefinition = {
  id: 'vereinbarung-81a',
  step: 'accelerated',
  title: {
    de: 'Beschleunigtes Fachkräfteverfahren: Vereinbarung mit der Ausländerbehörde (§ 81a AufenthG)',
    en: 'Accelerated procedure: agreement with the immigration office (§ 81a AufenthG)',
  },
  filing: {
    de: 'Der Arbeitgeber beantragt das Verfahren mit der Vollmacht der Fachkraft bei der Ausländerbehörde des Beschäftigungsortes, schließt mit ihr die Vereinbarung zum beschleunigten Fachkräfteverfahren und reicht die Unterlagen ein (in Rheinland-Pfalz bei der Zentralen Ausländerbehörde Kaiserslautern, Upload online). Gebühr 411 € (§ 47 Abs. 1 Nr. 15 AufenthV); die Ausländerbehörden erheben sie beim Arbeitgeber, wenn er die Vereinbarung unterschreibt.',
    en: 'With the skilled worker’s power of attorney, the employer requests the procedure at the immigration office for the place of employment, signs the agreement on the accelerated procedure with it and submits the documents (in Rhineland-Palatinate at the central office in Kaiserslautern, uploaded online). Fee 411 € (§ 47 (1) no. 15 AufenthV); the immigration offices charge it to the employer when the agreement is signed.',
  },
  filedBy: { de: 'Arbeitgeber (mit Vollmacht der Fachkraft)', en: 'The employer (with the skilled worker’s power of attorney)' },
  reference: {
    title: 'Make it in Germany: Glossar, beschleunigtes Fachkräfteverfahren',
    url: 'https://www.make-it-in-germany.com/de/service/glossar/glossar-detail/glossar/do/show/beschleunigtes-fachkraefteverfahren',
  },
  alsoSee: [{ title: 'Stadt Kaiserslautern: Zentrale Ausländerbehörde für Fachkräfteeinwanderung', url: 'https://www.kaiserslautern.de/zab/themen/064549/index.html.de' }],
  lastVerified: VERIFIED,
  status: 'unconfirmed',
  note: {
    de: 'Jede Ausländerbehörde hat ihr eigenes Vereinbarungs- und Vollmachtsformular; die Felder hier sind die Angaben, die das Verfahren braucht, nicht ein bestätigtes Formular (zu prüfen).',
    en: 'Each immigration office has its own agreement and power-of-attorney form; the fields here are what the procedure needs, not a confirmed form (to be verified).',
  },
  sections: [
    unconfirmed({
      id: 'employer',
      label: { de: 'Arbeitgeber', en: 'Employer' },
      fields: [
        { id: 'firm', label: { de: 'Firma', en: 'Company' }, source: 'company.name' },
        { id: 'address', label: { de: 'Anschrift', en: 'Address' }, source: 'company.address' },
        { id: 'contact', label: { de: 'Ansprechperson, Telefon, E-Mail', en: 'Contact person, telephone, e-mail' }, source: null },
      ],
    }),
    unconfirmed({
      id: 'worker',
      label: { de: 'Fachkraft (Vollmachtgeber/in)', en: 'Skilled worker (grantor of the power of attorney)' },
      fields: [
        { id: 'name', label: { de: 'Name, Vorname/n', en: 'Surname, first name(s)' }, source: 'candidate.name' },
        { id: 'birthDate', label: { de: 'Geburtsdatum', en: 'Date of birth' }, source: 'candidate.birthDate' },
        { id: 'citizenship', label: { de: 'Staatsangehörigkeit', en: 'Citizenship' }, source: 'candidate.citizenship' },
        { id: 'passport', label: { de: 'Reisepassnummer', en: 'Passport number' }, source: null },
        { id: 'family', label: { de: 'Mitreisende Familienangehörige (§ 81a Abs. 4)', en: 'Family members joining (§ 81a (4))' }, source: null },
      ],
    }),
    unconfirmed({
      id: 'employment',
      label: { de: 'Beschäftigung', en: 'Employment' },
      fields: [
        { id: 'route', label: { de: 'Aufenthaltszweck', en: 'Purpose of residence' }, source: 'case.route' },
        { id: 'jobTitle', label: { de: 'Berufsbezeichnung', en: 'Job title' }, source: 'job.title' },
        { id: 'occupation', label: { de: 'Beruf (ISCO-08)', en: 'Occupation (ISCO-08)' }, source: 'job.occupation' },
        { id: 'salary', label: { de: 'Bruttojahresgehalt', en: 'Annual gross salary' }, source: 'job.annualSalary' },
        { id: 'place', label: { de: 'Beschäftigungsort', en: 'Place of employment' }, source: 'job.placeOfWork' },
        { id: 'start', label: { de: 'Geplanter Beginn', en: 'Planned start' }, source: 'job.plannedStart' },
        { id: 'fileNumber', label: { de: 'Aktenzeichen der Ausländerbehörde', en: 'Immigration office file number' }, source: 'ref.immigration_office' },
      ],
    }),
  ],
  planSteps: ['accelerated-request'],
  attach: ['power-of-attorney', 'agreement-abh', 'employment-contract', 'declaration-employment', 'passport'],
  produces: ['pre-approval'],
};

export const HANDOFF_FORMS: Record<HandoffStep, FormDefinition> = {
  recognition: RECOGNITION_APPLICATION,
  accelerated: ACCELERATED_AGREEMENT,
  'ba-approval': BA_DECLARATION,
  visa: VISA_APPLICATION,
};
