// The 16 German Länder (ISO 3166-2) with German and English names, and the kreisfreie Städte and Landkreise of
// Rhineland-Palatinate as suggestions for the place of work (the municipality itself stays free text).

import { FEDERAL_STATES } from '../../../law/schema.ts';

export type FederalState = (typeof FEDERAL_STATES)[number];

export const LAENDER: ReadonlyArray<{ code: FederalState; de: string; en: string }> = Object.freeze([
  { code: 'DE-BW', de: 'Baden-Württemberg', en: 'Baden-Württemberg' },
  { code: 'DE-BY', de: 'Bayern', en: 'Bavaria' },
  { code: 'DE-BE', de: 'Berlin', en: 'Berlin' },
  { code: 'DE-BB', de: 'Brandenburg', en: 'Brandenburg' },
  { code: 'DE-HB', de: 'Bremen', en: 'Bremen' },
  { code: 'DE-HH', de: 'Hamburg', en: 'Hamburg' },
  { code: 'DE-HE', de: 'Hessen', en: 'Hesse' },
  { code: 'DE-MV', de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' },
  { code: 'DE-NI', de: 'Niedersachsen', en: 'Lower Saxony' },
  { code: 'DE-NW', de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  { code: 'DE-RP', de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' },
  { code: 'DE-SL', de: 'Saarland', en: 'Saarland' },
  { code: 'DE-SN', de: 'Sachsen', en: 'Saxony' },
  { code: 'DE-ST', de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' },
  { code: 'DE-SH', de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' },
  { code: 'DE-TH', de: 'Thüringen', en: 'Thuringia' },
]);

export function isFederalState(code: string): code is FederalState {
  return (FEDERAL_STATES as readonly string[]).includes(code);
}

export function landName(code: string, lang: 'de' | 'en'): string {
  return LAENDER.find((l) => l.code === code)?.[lang] ?? code;
}

/** Kreisfreie Städte and Landkreise of Rhineland-Palatinate (12 + 24), as suggestions for the place of work. */
export const RLP_MUNICIPALITIES: readonly string[] = Object.freeze([
  'Frankenthal (Pfalz)',
  'Kaiserslautern',
  'Koblenz',
  'Landau in der Pfalz',
  'Ludwigshafen am Rhein',
  'Mainz',
  'Neustadt an der Weinstraße',
  'Pirmasens',
  'Speyer',
  'Trier',
  'Worms',
  'Zweibrücken',
  'Landkreis Ahrweiler',
  'Landkreis Altenkirchen (Westerwald)',
  'Landkreis Alzey-Worms',
  'Landkreis Bad Dürkheim',
  'Landkreis Bad Kreuznach',
  'Landkreis Bernkastel-Wittlich',
  'Landkreis Birkenfeld',
  'Landkreis Cochem-Zell',
  'Donnersbergkreis',
  'Eifelkreis Bitburg-Prüm',
  'Landkreis Germersheim',
  'Landkreis Kaiserslautern',
  'Landkreis Kusel',
  'Landkreis Mainz-Bingen',
  'Landkreis Mayen-Koblenz',
  'Landkreis Neuwied',
  'Rhein-Hunsrück-Kreis',
  'Rhein-Lahn-Kreis',
  'Rhein-Pfalz-Kreis',
  'Landkreis Südliche Weinstraße',
  'Landkreis Südwestpfalz',
  'Landkreis Trier-Saarburg',
  'Landkreis Vulkaneifel',
  'Westerwaldkreis',
]);
