// The question a person is asked for each answer of a CheckInput, by dotted path (pure data). Condition.missing
// and Hint.change name these paths; the web links them to its questions. Keep the path names stable: they are
// the contract's field names. Array elements are written with "*" ("experience.*.relatedToQualification").

import type { Text } from './types.ts';

export const QUESTIONS = {
  decisionDate: { de: 'An welchem Tag soll über den Antrag entschieden werden?', en: 'On which day will the application be decided?' },
  applicationDate: { de: 'Wann wird der Antrag voraussichtlich gestellt?', en: 'When will the application probably be made?' },
  'person.birthDate': { de: 'Wann ist die Person geboren?', en: 'When was the person born?' },
  'person.citizenship': { de: 'Welche Staatsangehörigkeit hat die Person?', en: 'What is the person’s citizenship?' },
  'person.german': { de: 'Wie gut spricht die Person Deutsch (GER-Niveau)?', en: 'How good is the person’s German (CEFR level)?' },
  'person.english': { de: 'Wie gut spricht die Person Englisch (GER-Niveau)?', en: 'How good is the person’s English (CEFR level)?' },
  'person.firstTitleInGermany': {
    de: 'Ist es der erste Aufenthaltstitel zur Beschäftigung in Deutschland?',
    en: 'Is this the first residence title for employment in Germany?',
  },
  'person.adequatePensionProvision': {
    de: 'Kann die Person eine angemessene Altersversorgung nachweisen?',
    en: 'Can the person prove adequate old-age provision?',
  },
  'person.lawfulStayMonthsLast5Years': {
    de: 'Wie viele Monate hat sich die Person in den letzten 5 Jahren ununterbrochen rechtmäßig in Deutschland aufgehalten (ohne Touristenaufenthalte)?',
    en: 'For how many months has the person stayed lawfully and without interruption in Germany in the last 5 years (tourist stays excluded)?',
  },
  'person.asylblgBenefitsLast24Months': {
    de: 'Hat die Person in den letzten 24 Monaten Leistungen nach dem Asylbewerberleistungsgesetz bezogen?',
    en: 'Has the person received benefits under the Asylum Seekers’ Benefits Act in the last 24 months?',
  },
  'qualification.level': { de: 'Welchen Abschluss hat die Person?', en: 'What qualification does the person hold?' },
  'qualification.awardedOn': { de: 'Wann wurde der Abschluss erworben?', en: 'When was the qualification obtained?' },
  'qualification.tertiaryEquivalent': {
    de: 'Ist die Ausbildung eine tertiäre Ausbildung, die einem Hochschulabschluss gleichwertig ist (mindestens drei Jahre)?',
    en: 'Is the training a tertiary programme equivalent to a university degree (at least three years)?',
  },
  'qualification.obtainedIn': { de: 'Wurde der Abschluss in Deutschland oder im Ausland erworben?', en: 'Was the qualification obtained in Germany or abroad?' },
  'qualification.stateRecognisedAbroad': {
    de: 'Ist der Abschluss in dem Land, in dem er erworben wurde, staatlich anerkannt?',
    en: 'Is the qualification state-recognised in the country where it was obtained?',
  },
  'qualification.trainingYears': {
    de: 'Wie lange dauerte die Ausbildung oder das Studium laut Ausbildungsordnung (in Jahren)?',
    en: 'How long did the training or programme formally take (in years)?',
  },
  'qualification.ahk': {
    de: 'Ist es ein Berufsabschluss einer deutschen Auslandshandelskammer (AHK)?',
    en: 'Is it a vocational qualification from a German chamber of commerce abroad (AHK)?',
  },
  'qualification.germanAssessment': {
    de: 'Wurde der Abschluss in Deutschland bewertet oder anerkannt (anabin, ZAB, Anerkennungsbescheid)?',
    en: 'Has the qualification been assessed or recognised in Germany (anabin, ZAB, recognition notice)?',
  },
  'qualification.licence': {
    de: 'Ist die Berufsausübungserlaubnis erteilt oder zugesagt?',
    en: 'Has the licence to practise been granted or promised?',
  },
  experience: { de: 'Welche Berufserfahrung hat die Person?', en: 'What professional experience does the person have?' },
  'experience.*.isco': { de: 'In welchem Beruf war die Person tätig?', en: 'In which occupation did the person work?' },
  'experience.*.from': { de: 'Seit wann war die Person in dieser Stelle tätig?', en: 'Since when did the person hold this job?' },
  'experience.*.to': { de: 'Bis wann war die Person in dieser Stelle tätig?', en: 'Until when did the person hold this job?' },
  'experience.*.relatedToQualification': {
    de: 'Hängt diese Berufserfahrung mit dem Abschluss zusammen (im erlernten Beruf)?',
    en: 'Is this experience related to the qualification (in the occupation trained for)?',
  },
  job: { de: 'Gibt es ein konkretes Stellenangebot, und zu welchen Bedingungen?', en: 'Is there a concrete job offer, and on what terms?' },
  'job.isco': { de: 'Für welchen Beruf ist die Stelle?', en: 'Which occupation is the job for?' },
  'job.annualGrossSalaryEur': { de: 'Wie hoch ist das Bruttojahresgehalt?', en: 'What is the gross annual salary?' },
  'job.collectiveAgreement': {
    de: 'Ist Ihr Unternehmen an einen Tarifvertrag gebunden und zahlt danach?',
    en: 'Is your company bound by a collective agreement and paying by it?',
  },
  'job.qualifiedEmployment': { de: 'Setzt die Stelle eine qualifizierte Ausbildung oder ein Studium voraus?', en: 'Does the job require qualified training or a degree?' },
  'job.appropriateToQualification': { de: 'Passt die Stelle zum Abschluss der Person?', en: 'Is the job appropriate to the person’s qualification?' },
  'job.contractMonths': { de: 'Ist der Arbeitsvertrag befristet, und wie lange läuft er?', en: 'Is the contract fixed-term, and for how long?' },
  'job.regulated': { de: 'Ist der Beruf in Deutschland reglementiert (Berufsausübungserlaubnis nötig)?', en: 'Is the occupation regulated in Germany (licence to practise needed)?' },
  'job.federalState': { de: 'In welchem Bundesland liegt der Arbeitsort?', en: 'In which federal state is the place of work?' },
  'job.municipality': { de: 'In welcher Gemeinde liegt der Arbeitsort?', en: 'In which municipality is the place of work?' },
  'job.ict': { de: 'Wird die Person innerhalb der Unternehmensgruppe nach Deutschland entsandt?', en: 'Is the person being transferred to Germany within the group of companies?' },
  'job.ict.role': { de: 'In welcher Funktion wird die Person entsandt?', en: 'In which role is the person transferred?' },
  'job.ict.monthsWithGroup': {
    de: 'Wie viele Monate ist die Person unmittelbar vor dem Transfer in der Unternehmensgruppe beschäftigt?',
    en: 'For how many months has the person been with the group immediately before the transfer?',
  },
  'job.ict.transferMonths': { de: 'Wie lange dauert der Transfer (genaue Daten)?', en: 'How long does the transfer last (exact dates)?' },
  'job.ict.sendingEntityOutsideEu': {
    de: 'Hat das entsendende Unternehmen seinen Sitz außerhalb der EU?',
    en: 'Is the sending company based outside the EU?',
  },
  means: { de: 'Wie ist der Lebensunterhalt gesichert?', en: 'How are the means of subsistence secured?' },
  'means.monthlyNetEur': {
    de: 'Wie viel Geld steht der Person im Monat netto sicher zur Verfügung (Sperrkonto, Verpflichtungserklärung, Nebenjob)?',
    en: 'How much money net a month is secured for the person (blocked account, formal obligation, part-time job)?',
  },
  'recognitionPartnership.agreementSigned': {
    de: 'Haben Arbeitgeber und Person schriftlich vereinbart, die Anerkennung gleich nach der Einreise zu beantragen?',
    en: 'Have employer and person agreed in writing to apply for recognition right after entry?',
  },
  'recognitionPartnership.employerSuitable': {
    de: 'Ist der Arbeitgeber zur Ausbildung oder Nachqualifizierung geeignet?',
    en: 'Is the employer suitable for training or re-qualification?',
  },
  'chancenkarte.partnerApplies': {
    de: 'Beantragt der Ehe- oder Lebenspartner ebenfalls eine Chancenkarte und erfüllt deren Voraussetzungen?',
    en: 'Does the spouse or partner also apply for a Chancenkarte and meet its requirements?',
  },
} as const satisfies Record<string, Text>;

export type QuestionPath = keyof typeof QUESTIONS;

/** The table's key for a concrete path: array indices become "*" ("experience.2.to" → "experience.*.to"). */
export function questionKey(path: string): string {
  return path.replace(/\.\d+(?=\.|$)/g, '.*');
}

/** The question for a dotted CheckInput path, or undefined for a path the table does not know. */
export function questionFor(path: string): Text | undefined {
  const key = questionKey(path);
  return Object.hasOwn(QUESTIONS, key) ? QUESTIONS[key as QuestionPath] : undefined;
}
