// Titles of the plan's milestones.

import type { Text } from '../types.ts';
import type { MilestoneId } from './types.ts';

export const MILESTONE_TITLES: Record<MilestoneId, Text> = {
  'recognition-decision': { de: 'Bescheid der Anerkennungsstelle', en: 'Decision of the recognition body' },
  'ba-approval': { de: 'Zustimmung der Bundesagentur für Arbeit', en: 'Approval of the Federal Employment Agency' },
  'pre-approval': { de: 'Vorabzustimmung der Ausländerbehörde', en: 'Pre-approval of the immigration office' },
  'visa-appointment': { de: 'Termin bei der Auslandsvertretung', en: 'Appointment at the German mission' },
  'visa-issued': { de: 'Visum erteilt', en: 'Visa issued' },
  entry: { de: 'Einreise', en: 'Entry into Germany' },
  anmeldung: { de: 'Anmeldung der Wohnung (binnen 2 Wochen)', en: 'Registration of address (within 2 weeks)' },
  'first-working-day': { de: 'Erster Arbeitstag', en: 'First working day' },
  'residence-permit': { de: 'Aufenthaltstitel erteilt', en: 'Residence permit issued' },
};
