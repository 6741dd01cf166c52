// Texts of the consultation's summary for the company (issue 14): the record and the outcome are internal to the
// office; the company's users read only the summary. German first.

import type { Lang } from '../../../i18n/index.ts';

const de = {
  companySummary: 'Zusammenfassung für das Unternehmen',
  companySummaryHint: 'Nur dieser Text ist für das Unternehmen sichtbar. Leer lassen, wenn das Unternehmen nichts lesen soll.',
  recordHint: 'Intern: nur für die Beratungsstelle, nie für das Unternehmen sichtbar.',
  outcomeHint: 'Intern: die Einschätzung der Beratungsstelle, nie für das Unternehmen sichtbar.',
  noSummary: 'Keine Zusammenfassung für das Unternehmen.',
  referredTo: 'Weitervermittelt an',
};

const en: typeof de = {
  companySummary: 'Summary for the company',
  companySummaryHint: 'Only this text is visible to the company. Leave it empty if the company should read nothing.',
  recordHint: 'Internal: for the service office only, never visible to the company.',
  outcomeHint: "Internal: the service office's assessment, never visible to the company.",
  noSummary: 'No summary for the company.',
  referredTo: 'Referred to',
};

export function cm(lang: Lang): typeof de {
  return lang === 'de' ? de : en;
}
