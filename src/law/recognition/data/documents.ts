// Labels of the document codes the reference occupations list (data, de/en).

import type { DocumentCode, Text } from '../types.ts';

export const DOCUMENT_LABELS: Readonly<Record<DocumentCode, Text>> = {
  'application-form': { de: 'Antragsformular der zuständigen Stelle', en: 'Application form of the competent body' },
  identity: { de: 'Identitätsnachweis (Pass oder Personalausweis), einfache Kopie', en: 'Proof of identity (passport or ID card), simple copy' },
  'qualification-certificate': { de: 'Nachweis des ausländischen Berufsabschlusses (Zeugnis, Diplom)', en: 'Evidence of the foreign vocational qualification (certificate, diploma)' },
  'subject-list': { de: 'Fächer- und Stundenaufstellung der Ausbildung (Theorie und Praxis)', en: 'List of subjects and hours of the training (theory and practice)' },
  'work-experience': { de: 'Nachweise einschlägiger Berufserfahrung (falls vorhanden)', en: 'Evidence of relevant work experience (where available)' },
  cv: { de: 'Tabellarischer Lebenslauf (Ausbildung und Erwerbstätigkeit), auf Deutsch', en: 'CV in table form (education and employment), in German' },
  translations: { de: 'Übersetzungen durch öffentlich bestellte oder beeidigte Übersetzer', en: 'Translations by publicly appointed or sworn translators' },
  'intent-to-work': {
    de: 'Bei Antrag aus dem Ausland: Nachweis der Absicht, in Deutschland (im Land) zu arbeiten (z. B. Kontakt zu Arbeitgebern, Visumsantrag)',
    en: 'When applying from abroad: evidence of the intention to work in Germany (in the Land), e.g. contacts with employers, a visa application',
  },
  'german-language': { de: 'Nachweis der für den Beruf erforderlichen Deutschkenntnisse', en: 'Evidence of the German needed for the occupation' },
  'good-conduct': { de: 'Führungszeugnis (bei Erteilung nicht älter als drei Monate, wo verlangt)', en: 'Certificate of good conduct (not older than three months when the permit is granted, where required)' },
  'health-certificate': { de: 'Ärztliche Bescheinigung der gesundheitlichen Eignung', en: 'Medical certificate of fitness for the occupation' },
  'degree-certificate': { de: 'Hochschulabschlusszeugnis mit Fächer- und Notenübersicht (Transcript, Diploma Supplement)', en: 'Degree certificate with the list of subjects and grades (transcript, diploma supplement)' },
  'zab-statement': { de: 'Zeugnisbewertung der ZAB (vorab einzuholen)', en: 'ZAB statement of comparability (to be obtained first)' },
  'name-change': { de: 'Nachweis einer Namensänderung (falls zutreffend)', en: 'Evidence of a change of name (where applicable)' },
};
