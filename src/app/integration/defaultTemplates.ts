// The default integration steps of every office (issue 17): the company's own steps besides the legal duties, which
// the office edits (a row in integration_templates without a company replaces the default of the same key) and a
// company adapts for its cases (a row with its company). Offsets count from the arrival or the first day of work.

import type { TaskOwner } from '../cases/codes.ts';
import type { TemplateAnchor } from './codes.ts';

export interface TemplateStep {
  key: string;
  title: string;
  titleEn: string | null;
  description: string | null;
  owner: TaskOwner;
  anchor: TemplateAnchor;
  offsetMonths: number;
  offsetDays: number;
  position: number;
}

export const DEFAULT_TEMPLATES: readonly TemplateStep[] = [
  {
    key: 'housing',
    title: 'Wohnung oder Übergangsunterkunft sichern',
    titleEn: 'Secure a flat or temporary housing',
    description: 'Vor der Ankunft: Mietvertrag oder Unterkunft, Wohnungsgeberbestätigung für die Anmeldung.',
    owner: 'company',
    anchor: 'arrival',
    offsetMonths: 0,
    offsetDays: -14,
    position: 0,
  },
  {
    key: 'mentor',
    title: 'Patin oder Paten im Betrieb benennen',
    titleEn: 'Name a mentor at work',
    description: 'Eine feste Ansprechperson für die ersten Monate, auch für Fragen außerhalb der Arbeit.',
    owner: 'company',
    anchor: 'work_start',
    offsetMonths: 0,
    offsetDays: -7,
    position: 1,
  },
  {
    key: 'first-day',
    title: 'Checkliste erster Arbeitstag',
    titleEn: 'First-day checklist',
    description: 'Begrüßung, Arbeitsplatz, Zugänge, Arbeitsschutzunterweisung, Ansprechpersonen, Rundgang.',
    owner: 'company',
    anchor: 'work_start',
    offsetMonths: 0,
    offsetDays: 0,
    position: 2,
  },
  {
    key: 'language-support',
    title: 'Sprachförderung vereinbaren (Kurs, Zeiten, Kosten)',
    titleEn: 'Agree on language support (course, hours, costs)',
    description: 'Integrationskurs oder Berufssprachkurs (DeuFöV) klären; Freistellung und Kostenübernahme absprechen.',
    owner: 'adviser',
    anchor: 'arrival',
    offsetMonths: 0,
    offsetDays: 28,
    position: 3,
  },
  {
    key: 'checkin-1',
    title: 'Gespräch nach einem Monat',
    titleEn: 'Check-in after one month',
    description: 'Wie läuft es im Betrieb, in der Wohnung, mit den Behörden? Offene Fragen an die Servicestelle.',
    owner: 'adviser',
    anchor: 'work_start',
    offsetMonths: 1,
    offsetDays: 0,
    position: 4,
  },
  {
    key: 'checkin-3',
    title: 'Gespräch nach drei Monaten',
    titleEn: 'Check-in after three months',
    description: 'Einarbeitung, Sprachkurs, Familie: was braucht es noch?',
    owner: 'adviser',
    anchor: 'work_start',
    offsetMonths: 3,
    offsetDays: 0,
    position: 5,
  },
  {
    key: 'checkin-6',
    title: 'Gespräch nach sechs Monaten (vor Ende der Probezeit)',
    titleEn: 'Check-in after six months (before the end of probation)',
    description: 'Bilanz der Einarbeitung; nächste Schritte (Weiterbildung, Familiennachzug, Aufenthaltstitel).',
    owner: 'adviser',
    anchor: 'work_start',
    offsetMonths: 6,
    offsetDays: 0,
    position: 6,
  },
];
