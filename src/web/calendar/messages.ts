// Texts of the personal calendar feed (issue 15), German first, English second.

import type { Lang } from '../../i18n/index.ts';

const de = {
  /** NAME / X-WR-CALNAME: no comma, semicolon or backslash (src/app/calendar/writeCalendar.ts) */
  calendarName: 'Lotse – Aufgaben und Fristen',
  deadline: 'Frist',
  caseLine: (n: string) => `Fall ${n}`,
  ownerLine: (o: string) => `Zuständig: ${o}`,
  deadlineLine: (ref: string) => `Gesetzliche Frist: ${ref}`,
  owners: { adviser: 'Beratungsstelle', company: 'Unternehmen', candidate: 'Kandidat/in' } as Record<string, string>,
};

const en: typeof de = {
  calendarName: 'Lotse – tasks and deadlines',
  deadline: 'Deadline',
  caseLine: (n) => `Case ${n}`,
  ownerLine: (o) => `Responsible: ${o}`,
  deadlineLine: (ref) => `Statutory deadline: ${ref}`,
  owners: { adviser: 'Service office', company: 'Company', candidate: 'Candidate' },
};

export function fm(lang: Lang): typeof de {
  return lang === 'en' ? en : de;
}
