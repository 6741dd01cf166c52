// Places for the recognition finder (issue 16): reference data, no I/O.
// Rhineland-Palatinate in full: its 24 Landkreise and 12 kreisfreie Städte with the official Kreisschlüssel (the
// first five digits of the AGS) and aliases (the seat town of a Landkreis, common short forms). Other Länder are
// represented by the Land only. Which chamber district a place belongs to is not here but in
// src/law/recognition/data/districts.ts, with its source.

export type PlaceKind = 'landkreis' | 'kreisfreie-stadt' | 'land';

export interface Place {
  /** stable key, e.g. "kaiserslautern-stadt", "kaiserslautern-kreis", "de-by" */
  key: string;
  /** ISO 3166-2 code of the Land */
  land: string;
  kind: PlaceKind;
  name: string;
  /** Kreisschlüssel (5 digits) or, for a Land, its two-digit Länderschlüssel */
  ags: string;
  /** other names people type: the seat town of a Landkreis, short forms */
  aliases: readonly string[];
}

function kreis(key: string, ags: string, name: string, aliases: string[]): Place {
  return { key, land: 'DE-RP', kind: 'landkreis', name, ags, aliases };
}
function stadt(key: string, ags: string, name: string, aliases: string[] = []): Place {
  return { key, land: 'DE-RP', kind: 'kreisfreie-stadt', name, ags, aliases };
}

/** The 12 kreisfreie Städte of Rhineland-Palatinate. */
const RLP_CITIES: readonly Place[] = [
  stadt('koblenz', '07111', 'Koblenz'),
  stadt('trier', '07211', 'Trier'),
  stadt('frankenthal', '07311', 'Frankenthal (Pfalz)', ['Frankenthal']),
  stadt('kaiserslautern-stadt', '07312', 'Kaiserslautern', ['Stadt Kaiserslautern']),
  stadt('landau', '07313', 'Landau in der Pfalz', ['Landau', 'Landau i. d. Pfalz']),
  stadt('ludwigshafen', '07314', 'Ludwigshafen am Rhein', ['Ludwigshafen']),
  stadt('mainz', '07315', 'Mainz'),
  stadt('neustadt-weinstrasse', '07316', 'Neustadt an der Weinstraße', ['Neustadt', 'Neustadt/Weinstraße', 'Neustadt a. d. Weinstraße']),
  stadt('pirmasens', '07317', 'Pirmasens'),
  stadt('speyer', '07318', 'Speyer'),
  stadt('worms', '07319', 'Worms'),
  stadt('zweibruecken', '07320', 'Zweibrücken'),
];

/** The 24 Landkreise of Rhineland-Palatinate, with the seat town as an alias where it is not a kreisfreie Stadt. */
const RLP_DISTRICTS: readonly Place[] = [
  kreis('ahrweiler', '07131', 'Landkreis Ahrweiler', ['Ahrweiler', 'Bad Neuenahr-Ahrweiler']),
  kreis('altenkirchen', '07132', 'Landkreis Altenkirchen (Westerwald)', ['Altenkirchen']),
  kreis('bad-kreuznach', '07133', 'Landkreis Bad Kreuznach', ['Bad Kreuznach']),
  kreis('birkenfeld', '07134', 'Landkreis Birkenfeld', ['Birkenfeld', 'Idar-Oberstein']),
  kreis('cochem-zell', '07135', 'Landkreis Cochem-Zell', ['Cochem']),
  kreis('mayen-koblenz', '07137', 'Landkreis Mayen-Koblenz', ['Mayen', 'Andernach']),
  kreis('neuwied', '07138', 'Landkreis Neuwied', ['Neuwied']),
  kreis('rhein-hunsrueck', '07140', 'Rhein-Hunsrück-Kreis', ['Simmern', 'Simmern/Hunsrück']),
  kreis('rhein-lahn', '07141', 'Rhein-Lahn-Kreis', ['Bad Ems']),
  kreis('westerwald', '07143', 'Westerwaldkreis', ['Montabaur']),
  kreis('bernkastel-wittlich', '07231', 'Landkreis Bernkastel-Wittlich', ['Wittlich', 'Bernkastel-Kues']),
  kreis('bitburg-pruem', '07232', 'Eifelkreis Bitburg-Prüm', ['Bitburg', 'Prüm']),
  kreis('vulkaneifel', '07233', 'Landkreis Vulkaneifel', ['Daun']),
  kreis('trier-saarburg', '07235', 'Landkreis Trier-Saarburg', ['Saarburg']),
  kreis('alzey-worms', '07331', 'Landkreis Alzey-Worms', ['Alzey']),
  kreis('bad-duerkheim', '07332', 'Landkreis Bad Dürkheim', ['Bad Dürkheim']),
  kreis('donnersberg', '07333', 'Donnersbergkreis', ['Kirchheimbolanden']),
  kreis('germersheim', '07334', 'Landkreis Germersheim', ['Germersheim']),
  kreis('kaiserslautern-kreis', '07335', 'Landkreis Kaiserslautern', ['Kreis Kaiserslautern']),
  kreis('kusel', '07336', 'Landkreis Kusel', ['Kusel']),
  kreis('suedliche-weinstrasse', '07337', 'Landkreis Südliche Weinstraße', ['Südliche Weinstraße']),
  kreis('rhein-pfalz', '07338', 'Rhein-Pfalz-Kreis', []),
  kreis('mainz-bingen', '07339', 'Landkreis Mainz-Bingen', ['Mainz-Bingen', 'Ingelheim', 'Ingelheim am Rhein', 'Bingen', 'Bingen am Rhein']),
  kreis('suedwestpfalz', '07340', 'Landkreis Südwestpfalz', ['Südwestpfalz']),
];

const LAND_NAMES: ReadonlyArray<[string, string, string]> = [
  ['DE-BW', '08', 'Baden-Württemberg'],
  ['DE-BY', '09', 'Bayern'],
  ['DE-BE', '11', 'Berlin'],
  ['DE-BB', '12', 'Brandenburg'],
  ['DE-HB', '04', 'Bremen'],
  ['DE-HH', '02', 'Hamburg'],
  ['DE-HE', '06', 'Hessen'],
  ['DE-MV', '13', 'Mecklenburg-Vorpommern'],
  ['DE-NI', '03', 'Niedersachsen'],
  ['DE-NW', '05', 'Nordrhein-Westfalen'],
  ['DE-RP', '07', 'Rheinland-Pfalz'],
  ['DE-SL', '10', 'Saarland'],
  ['DE-SN', '14', 'Sachsen'],
  ['DE-ST', '15', 'Sachsen-Anhalt'],
  ['DE-SH', '01', 'Schleswig-Holstein'],
  ['DE-TH', '16', 'Thüringen'],
];

/** The Länder as places (for Länder other than RLP the finder knows no finer place). */
export const LAENDER_PLACES: readonly Place[] = LAND_NAMES.map(([land, ags, name]) => ({
  key: land.toLowerCase(),
  land,
  kind: 'land' as const,
  name,
  ags,
  aliases: [],
}));

/** Every RLP Kreis and kreisfreie Stadt (24 + 12). */
export const RLP_PLACES: readonly Place[] = [...RLP_CITIES, ...RLP_DISTRICTS];

export const PLACES: readonly Place[] = [...RLP_PLACES, ...LAENDER_PLACES];

/** Lower case, without diacritics, "ß" as "ss", words separated by one space; a leading "Stadt"/"Landkreis" kept. */
export function normalisePlaceName(s: string): string {
  return s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byKey = new Map(PLACES.map((p) => [p.key, p]));

/**
 * The place for a key, an AGS/Kreisschlüssel, a name or an alias, within a Land when given. A bare city name that is
 * both a kreisfreie Stadt and a Landkreis ("Kaiserslautern") is the city; "Landkreis Kaiserslautern" is the Kreis.
 */
export function findPlace(query: string, land?: string): Place | undefined {
  const direct = byKey.get(query);
  if (direct && (land === undefined || direct.land === land)) return direct;
  const q = normalisePlaceName(query);
  if (q === '') return undefined;
  const candidates = PLACES.filter((p) => p.kind !== 'land' && (land === undefined || p.land === land));
  const strip = (s: string): string => s.replace(/^(kreisfreie stadt|stadt) /, '');
  return (
    candidates.find((p) => p.ags === q) ??
    candidates.find((p) => normalisePlaceName(p.name) === q) ??
    candidates.find((p) => p.kind === 'kreisfreie-stadt' && normalisePlaceName(p.name) === strip(q)) ??
    candidates.find((p) => p.aliases.some((a) => normalisePlaceName(a) === q)) ??
    candidates.find((p) => p.aliases.some((a) => normalisePlaceName(a) === strip(q)))
  );
}

export function getPlace(key: string): Place | undefined {
  return byKey.get(key);
}
