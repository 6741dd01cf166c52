// Texts of the integration pages (issue 17): the own integration steps (templates) and the company's retention view.

import type { Lang } from '../../i18n/index.ts';

const de = {
  navSteps: 'Integrationsschritte',
  navRetention: 'Fristen 90 Tage',
  companyLinks: 'Ankommen und Bleiben',
  retentionLink: 'Fristen der nächsten 90 Tage',
  stepsLink: 'Eigene Integrationsschritte des Unternehmens',
  // templates
  officeTitle: 'Integrationsschritte der Servicestelle',
  companyTitle: (name: string) => `Integrationsschritte: ${name}`,
  officeIntro:
    'Die eigenen Schritte neben den gesetzlichen Pflichten: Sie kommen in den Onboarding-Plan jedes Falls. Unternehmen können sie für ihre Fälle anpassen, ausschalten oder eigene ergänzen.',
  companyIntro:
    'Die Schritte der Servicestelle, wie sie für die Fälle dieses Unternehmens gelten. Eine Änderung hier gilt nur für dieses Unternehmen; „Zurücksetzen“ stellt den Schritt der Servicestelle wieder her.',
  caption: 'Integrationsschritte',
  colStep: 'Schritt',
  colOwner: 'Wer',
  colWhen: 'Wann',
  colSource: 'Herkunft',
  colState: 'Stand',
  colActions: 'Aktionen',
  owners: { candidate: 'Fachkraft', company: 'Unternehmen', adviser: 'Servicestelle' } as Record<string, string>,
  sources: { default: 'Standard', office: 'Servicestelle', company: 'Unternehmen' } as Record<string, string>,
  active: 'aktiv',
  off: 'ausgeschaltet',
  when: (months: number, days: number, anchor: string) => {
    const parts: string[] = [];
    if (months > 0) parts.push(`${months} ${months === 1 ? 'Monat' : 'Monate'}`);
    if (days !== 0) parts.push(`${Math.abs(days)} ${Math.abs(days) === 1 ? 'Tag' : 'Tage'}`);
    const base = anchor === 'arrival' ? 'der Ankunft' : 'dem ersten Arbeitstag';
    if (parts.length === 0) return anchor === 'arrival' ? 'am Tag der Ankunft' : 'am ersten Arbeitstag';
    return `${parts.join(' und ')} ${days < 0 && months === 0 ? 'vor' : 'nach'} ${base}`;
  },
  edit: 'Bearbeiten',
  editLabel: (t: string) => `${t} bearbeiten`,
  reset: 'Zurücksetzen',
  resetLabel: (t: string) => `${t} zurücksetzen`,
  editTitle: 'Schritt bearbeiten',
  addTitle: 'Eigenen Schritt hinzufügen',
  title: 'Titel',
  titleEn: 'Titel auf Englisch (für die Fachkraft)',
  description: 'Beschreibung',
  owner: 'Wer erledigt den Schritt',
  anchor: 'Gezählt ab',
  anchors: { arrival: 'Ankunft', work_start: 'erstem Arbeitstag' } as Record<string, string>,
  offsetMonths: 'Monate danach',
  offsetDays: 'Tage danach (negativ: davor)',
  disabled: 'Schritt',
  disabledOptions: { no: 'aktiv', yes: 'ausgeschaltet' } as Record<string, string>,
  save: 'Schritt speichern',
  cancel: 'Abbrechen',
  saved: 'Der Schritt wurde gespeichert.',
  resetDone: 'Der Schritt wurde zurückgesetzt.',
  otherCompany: 'Anpassung eines Unternehmens ansehen',
  company: 'Unternehmen',
  show: 'Anzeigen',
  officeLink: 'Zu den Schritten der Servicestelle',
  // retention
  retentionTitle: (name: string) => `Fristen der nächsten 90 Tage: ${name}`,
  retentionIntro: (until: string) =>
    `Wer wann was braucht, bis ${until}: Verlängerung des Aufenthaltstitels, früheste Niederlassungserlaubnis, Ende der Probezeit, Ende des Sprachkurses und offene Schritte des Onboarding-Plans. Überfälliges steht oben.`,
  retentionCaption: 'Fristen der nächsten 90 Tage',
  colDate: 'Datum',
  colPerson: 'Person und Fall',
  colWhat: 'Was',
  none: 'In den nächsten 90 Tagen ist nichts fällig.',
  erased: 'gelöscht',
  overdueTag: 'überfällig',
  kinds: {
    title_reminder: 'Verlängerung des Aufenthaltstitels vorbereiten',
    title_expiry: 'Aufenthaltstitel läuft ab: Verlängerung spätestens an diesem Tag beantragen',
    settlement: 'Niederlassungserlaubnis frühestens möglich',
    probation_end: 'Ende der Probezeit',
    language_course_end: 'Ende des Sprachkurses',
    onboarding: 'Schritt des Onboarding-Plans',
  } as Record<string, string>,
  settlementNote: 'Nach der Prüfung des Aufenthalts; Lebensunterhalt, Wohnraum und weitere Voraussetzungen sind zu prüfen.',
};

export type IntegrationMessages = typeof de;

const en: IntegrationMessages = {
  navSteps: 'Integration steps',
  navRetention: 'Dates, 90 days',
  companyLinks: 'Arrival and retention',
  retentionLink: 'Dates of the next 90 days',
  stepsLink: 'The company’s own integration steps',
  officeTitle: 'Integration steps of the service office',
  companyTitle: (name: string) => `Integration steps: ${name}`,
  officeIntro:
    'The own steps beside the legal duties: they go into the onboarding plan of every case. Companies may adapt them for their cases, switch them off or add their own.',
  companyIntro:
    'The service office’s steps as they apply to this company’s cases. A change here applies to this company only; “Reset” restores the service office’s step.',
  caption: 'Integration steps',
  colStep: 'Step',
  colOwner: 'Who',
  colWhen: 'When',
  colSource: 'Source',
  colState: 'State',
  colActions: 'Actions',
  owners: { candidate: 'Employee', company: 'Company', adviser: 'Service office' },
  sources: { default: 'Default', office: 'Service office', company: 'Company' },
  active: 'active',
  off: 'switched off',
  when: (months: number, days: number, anchor: string) => {
    const parts: string[] = [];
    if (months > 0) parts.push(`${months} ${months === 1 ? 'month' : 'months'}`);
    if (days !== 0) parts.push(`${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`);
    const base = anchor === 'arrival' ? 'the arrival' : 'the first day of work';
    if (parts.length === 0) return `on ${base}`;
    return `${parts.join(' and ')} ${days < 0 && months === 0 ? 'before' : 'after'} ${base}`;
  },
  edit: 'Edit',
  editLabel: (t: string) => `Edit ${t}`,
  reset: 'Reset',
  resetLabel: (t: string) => `Reset ${t}`,
  editTitle: 'Edit the step',
  addTitle: 'Add an own step',
  title: 'Title',
  titleEn: 'Title in English (for the employee)',
  description: 'Description',
  owner: 'Who does the step',
  anchor: 'Counted from',
  anchors: { arrival: 'the arrival', work_start: 'the first day of work' },
  offsetMonths: 'Months after',
  offsetDays: 'Days after (negative: before)',
  disabled: 'Step',
  disabledOptions: { no: 'active', yes: 'switched off' },
  save: 'Save the step',
  cancel: 'Cancel',
  saved: 'The step has been saved.',
  resetDone: 'The step has been reset.',
  otherCompany: 'View a company’s adaptation',
  company: 'Company',
  show: 'Show',
  officeLink: 'To the service office’s steps',
  retentionTitle: (name: string) => `Dates of the next 90 days: ${name}`,
  retentionIntro: (until: string) =>
    `Who needs what when, until ${until}: renewal of the residence title, earliest settlement permit, end of probation, end of the language course and open steps of the onboarding plan. Overdue items come first.`,
  retentionCaption: 'Dates of the next 90 days',
  colDate: 'Date',
  colPerson: 'Person and case',
  colWhat: 'What',
  none: 'Nothing is due in the next 90 days.',
  erased: 'erased',
  overdueTag: 'overdue',
  kinds: {
    title_reminder: 'Prepare the renewal of the residence title',
    title_expiry: 'Residence title expires: apply by this day at the latest',
    settlement: 'Settlement permit possible at the earliest',
    probation_end: 'End of probation',
    language_course_end: 'End of the language course',
    onboarding: 'Step of the onboarding plan',
  },
  settlementNote: 'By the residence check; means, living space and further conditions are to be verified.',
};

export function im(lang: Lang): IntegrationMessages {
  return lang === 'en' ? en : de;
}
