// Texts of the company's overview (issue 14). German first.

import type { Lang } from '../../../i18n/index.ts';

const de = {
  title: (company: string) => `Übersicht: ${company}`,
  intro: 'Die Fälle Ihres Unternehmens mit ihrem Stand, Ihren offenen Aufgaben und den noch fehlenden Unterlagen.',
  tasksSummary: (open: number, overdue: number) => `${open} offene ${open === 1 ? 'Aufgabe' : 'Aufgaben'} Ihres Unternehmens, davon ${overdue} überfällig.`,
  startCheck: 'Neuen Check starten',
  startCheckHint: 'Der Check wird Ihrem Unternehmen zugeordnet; die Beratungsstelle kann ihn sehen.',
  cases: 'Fälle',
  noCases: 'Ihr Unternehmen hat noch keine Fälle. Die Beratungsstelle legt einen Fall an, sobald eine Einstellung geplant ist.',
  caseNumber: 'Fall',
  candidate: 'Kandidat/in',
  job: 'Stelle',
  status: 'Stand',
  since: (d: string) => `seit ${d}`,
  missingDocuments: 'Fehlende Unterlagen',
  openTasks: 'Ihre offenen Aufgaben',
  none: '–',
  due: (d: string) => `fällig ${d}`,
  noDue: 'ohne Termin',
  overdue: 'überfällig',
  erased: 'gelöscht',
  statuses: {
    advice: 'Beratung',
    recognition: 'Anerkennung',
    ba_approval: 'Zustimmung der BA',
    visa: 'Visum',
    entry: 'Einreise',
    residence_permit: 'Aufenthaltstitel',
    integration: 'Integration',
    closed: 'Abgeschlossen',
    cancelled: 'Abgebrochen',
  } as Record<string, string>,
};

const en: typeof de = {
  title: (company: string) => `Overview: ${company}`,
  intro: 'Your company’s cases with their status, your open tasks and the documents still missing.',
  tasksSummary: (open: number, overdue: number) => `${open} open ${open === 1 ? 'task' : 'tasks'} of your company, ${overdue} of them overdue.`,
  startCheck: 'Start a new check',
  startCheckHint: 'The check is saved to your company; the service office can see it.',
  cases: 'Cases',
  noCases: 'Your company has no cases yet. The service office opens a case once a hire is planned.',
  caseNumber: 'Case',
  candidate: 'Candidate',
  job: 'Job',
  status: 'Status',
  since: (d: string) => `since ${d}`,
  missingDocuments: 'Missing documents',
  openTasks: 'Your open tasks',
  none: '–',
  due: (d: string) => `due ${d}`,
  noDue: 'no date',
  overdue: 'overdue',
  erased: 'erased',
  statuses: {
    advice: 'Advice',
    recognition: 'Recognition',
    ba_approval: 'BA approval',
    visa: 'Visa',
    entry: 'Entry',
    residence_permit: 'Residence permit',
    integration: 'Integration',
    closed: 'Closed',
    cancelled: 'Cancelled',
  },
};

export function om(lang: Lang): typeof de {
  return lang === 'de' ? de : en;
}
