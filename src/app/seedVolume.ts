// The volume demo of `npm run seed:volume` and `npm run bench:workspace`: one service office with 2,000 companies,
// their contact persons, a partner directory and 20,000 consultations over about three years — enough data to see
// whether the company list, the search and the report stay fast (issue 6). Everything is generated from word lists
// and sentence templates by a seeded pseudo-random generator, so the same options give the same data.
//
// The tenant is marked as demo data; like the small demo (seedDemo.ts) the volume seed refuses a database that holds
// real data. Its logins are publicly known demo credentials. Rows are inserted in multi-row batches inside one
// transaction, with one audit row per created record (actor `cli:seed-volume`), as every create in Lotse writes one.

import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { auditLog, companies, consultationParticipants, consultationReferrals, consultations, contacts, partners, tenants, users } from '../db/schema.ts';
import { hashPassword } from './password.ts';
import { sizeClassOf } from './workspace.ts';
import type { AccessRoute, Channel, PartnerType, SizeClass, Topic } from './workspace.ts';

export const VOLUME_TENANT_NAME = 'Servicestelle Volumen (Demo)';
export const VOLUME_COMPANIES = 2_000;
export const VOLUME_CONSULTATIONS = 20_000;
const AUDIT_ACTOR = 'cli:seed-volume';

export interface VolumeLogin {
  role: 'admin' | 'adviser';
  name: string;
  email: string;
  password: string;
}

/** Publicly known demo credentials: they exist only in a database marked as demo. */
export const VOLUME_LOGINS: readonly VolumeLogin[] = [
  { role: 'admin', name: 'Volumen-Administration (Demo)', email: 'admin@volumen.demo.lotse.example', password: 'volumen-admin-2026' },
  { role: 'adviser', name: 'Jana Krämer (Demo)', email: 'beratung@volumen.demo.lotse.example', password: 'volumen-beratung-2026' },
  { role: 'adviser', name: 'Tobias Weber (Demo)', email: 'beratung2@volumen.demo.lotse.example', password: 'volumen-beratung2-2026' },
];

export interface VolumeOptions {
  companies?: number;
  consultations?: number;
  /** the last day of the three years of consultations (ISO date); default: today (UTC) */
  today?: string;
  /** the seed of the pseudo-random generator; default 6 */
  seed?: number;
}

export interface VolumeCounts {
  companies: number;
  contacts: number;
  partners: number;
  users: number;
  consultations: number;
  referrals: number;
  /** consultation × contact person rows */
  participants: number;
  auditRows: number;
}

export type VolumeResult =
  | { ok: true; created: true; tenantId: string; counts: VolumeCounts; from: string; to: string; logins: readonly VolumeLogin[] }
  | { ok: true; created: false; tenantId: string; logins: readonly VolumeLogin[] }
  | { ok: false; reason: string };

// --- the generator ---------------------------------------------------------------------------------------------

/** mulberry32: a small, fast, seeded 32-bit generator; good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Gen {
  constructor(readonly random: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }
  /** a value by weight: [[value, weight], …] */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.random() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1]![0];
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  /** n distinct items */
  some<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0]!);
    return out;
  }
}

// --- word lists ------------------------------------------------------------------------------------------------

/** [city, postcodes, Land, telephone area code, weight] — mostly Rhineland-Palatinate and its neighbours */
const PLACES: readonly (readonly [string, readonly string[], string, string, number])[] = [
  ['Kaiserslautern', ['67655', '67657', '67659', '67661', '67663'], 'DE-RP', '0631', 30],
  ['Pirmasens', ['66953', '66954', '66955'], 'DE-RP', '06331', 6],
  ['Zweibrücken', ['66482'], 'DE-RP', '06332', 5],
  ['Landstuhl', ['66849'], 'DE-RP', '06371', 4],
  ['Ramstein-Miesenbach', ['66877'], 'DE-RP', '06371', 3],
  ['Kusel', ['66869'], 'DE-RP', '06381', 3],
  ['Rockenhausen', ['67806'], 'DE-RP', '06361', 2],
  ['Kirchheimbolanden', ['67292'], 'DE-RP', '06352', 2],
  ['Enkenbach-Alsenborn', ['67677'], 'DE-RP', '06303', 2],
  ['Otterberg', ['67697'], 'DE-RP', '06301', 1],
  ['Winnweiler', ['67722'], 'DE-RP', '06302', 1],
  ['Ludwigshafen am Rhein', ['67059', '67061', '67063', '67065'], 'DE-RP', '0621', 10],
  ['Mainz', ['55116', '55118', '55120', '55122', '55129'], 'DE-RP', '06131', 9],
  ['Worms', ['67547', '67549', '67551'], 'DE-RP', '06241', 4],
  ['Speyer', ['67346'], 'DE-RP', '06232', 3],
  ['Neustadt an der Weinstraße', ['67433', '67434'], 'DE-RP', '06321', 4],
  ['Landau in der Pfalz', ['76829'], 'DE-RP', '06341', 4],
  ['Bad Dürkheim', ['67098'], 'DE-RP', '06322', 2],
  ['Frankenthal (Pfalz)', ['67227'], 'DE-RP', '06233', 3],
  ['Trier', ['54290', '54292', '54294', '54295'], 'DE-RP', '0651', 6],
  ['Koblenz', ['56068', '56070', '56073', '56075'], 'DE-RP', '0261', 6],
  ['Bad Kreuznach', ['55543', '55545'], 'DE-RP', '0671', 3],
  ['Idar-Oberstein', ['55743'], 'DE-RP', '06781', 2],
  ['Homburg', ['66424'], 'DE-SL', '06841', 3],
  ['Saarbrücken', ['66111', '66113', '66117', '66121'], 'DE-SL', '0681', 5],
  ['St. Ingbert', ['66386'], 'DE-SL', '06894', 2],
  ['Neunkirchen', ['66538', '66539'], 'DE-SL', '06821', 2],
  ['Mannheim', ['68159', '68161', '68163', '68167'], 'DE-BW', '0621', 4],
  ['Karlsruhe', ['76131', '76133', '76135'], 'DE-BW', '0721', 3],
  ['Heidelberg', ['69115', '69117', '69120'], 'DE-BW', '06221', 2],
  ['Wiesbaden', ['65183', '65185', '65189'], 'DE-HE', '0611', 3],
  ['Darmstadt', ['64283', '64289', '64293'], 'DE-HE', '06151', 2],
  ['Frankfurt am Main', ['60311', '60314', '60327', '60486'], 'DE-HE', '069', 3],
];

const STREETS = [
  'Hauptstraße', 'Bahnhofstraße', 'Industriestraße', 'Gewerbestraße', 'Am Gewerbepark', 'Mainzer Straße', 'Pariser Straße',
  'Kaiserstraße', 'Ringstraße', 'Merkurstraße', 'Opelstraße', 'Carl-Benz-Straße', 'Robert-Bosch-Straße', 'Siemensstraße',
  'Gutenbergstraße', 'Daimlerstraße', 'Mühlstraße', 'Schulstraße', 'Lindenstraße', 'Talstraße', 'Friedrich-Ebert-Straße',
  'Europaallee', 'Im Gewerbegebiet', 'Rudolf-Diesel-Straße', 'Mannheimer Straße', 'Trippstadter Straße', 'Zum Bahnhof',
  'Am Hafen', 'Rheinstraße', 'Eisenbahnstraße', 'Schillerstraße', 'Goethestraße', 'Im Brühl', 'Hertzstraße',
];

/** [trade word, WZ section] */
const TRADES: readonly (readonly [string, string])[] = [
  ['Elektrotechnik', 'F'], ['Elektroanlagen', 'F'], ['Metallbau', 'C'], ['Maschinenbau', 'C'], ['Präzisionstechnik', 'C'],
  ['Feinmechanik', 'C'], ['Kunststofftechnik', 'C'], ['Automatisierungstechnik', 'C'], ['Medizintechnik', 'C'],
  ['Anlagenbau', 'C'], ['Stahlbau', 'C'], ['Werkzeugbau', 'C'], ['Oberflächentechnik', 'C'], ['Fahrzeugtechnik', 'C'],
  ['Software', 'J'], ['IT-Service', 'J'], ['Systemhaus', 'J'], ['Datentechnik', 'J'], ['Digital Solutions', 'J'],
  ['Ingenieurbüro', 'M'], ['Planungsgesellschaft', 'M'], ['Laborservice', 'M'], ['Umwelttechnik', 'M'], ['Vermessung', 'M'],
  ['Bauunternehmung', 'F'], ['Haustechnik', 'F'], ['Heizung und Sanitär', 'F'], ['Holzbau', 'F'], ['Dachtechnik', 'F'],
  ['Energietechnik', 'D'], ['Stadtwerke-Service', 'D'], ['Wassertechnik', 'E'], ['Recycling', 'E'], ['Logistik', 'H'],
  ['Spedition', 'H'], ['Kfz-Technik', 'G'], ['Landtechnik', 'G'], ['Pflegedienst', 'Q'], ['Klinikservice', 'Q'],
  ['Gebäudeservice', 'N'], ['Hotel und Gastronomie', 'I'], ['Druck und Medien', 'C'], ['Chemie', 'C'], ['Lebensmitteltechnik', 'C'],
];

const REGION_ADJECTIVES = [
  'Pfälzer', 'Westpfalz', 'Südpfalz', 'Vorderpfalz', 'Rheinhessen', 'Saarpfalz', 'Nordpfalz', 'Lautertal', 'Donnersberg',
  'Palatina', 'Rhein-Neckar', 'Mosel', 'Hunsrück', 'Barbarossa', 'Sickinger', 'Kaiser', 'Rhein', 'Nahe', 'Glan',
];

const BRAND_HEADS = ['Techn', 'Innov', 'Prim', 'Vect', 'Axi', 'Lumi', 'Quant', 'Nov', 'Sol', 'Mecha', 'Fluid', 'Terr', 'Cyber', 'Elek', 'Therm', 'Integr', 'Opti', 'Strat'];
const BRAND_TAILS = ['ova', 'ion', 'ix', 'atec', 'onic', 'ica', 'ex', 'ora', 'um', 'aris', 'eon', 'otec', 'ana', 'ent'];

const LEGAL = [['GmbH', 60], ['GmbH & Co. KG', 15], ['AG', 3], ['e.K.', 8], ['KG', 4], ['UG (haftungsbeschränkt)', 5], ['OHG', 2], ['GbR', 3]] as const;

const SURNAMES = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer',
  'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger',
  'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schmid', 'Schulze',
  'Maier', 'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz',
  'Möller', 'Weiß', 'Jung', 'Hahn', 'Schubert', 'Vogel', 'Friedrich', 'Keller', 'Günther', 'Frank', 'Berger', 'Winkler',
  'Roth', 'Beck', 'Lorenz', 'Baumann', 'Franke', 'Albrecht', 'Schuster', 'Simon', 'Ludwig', 'Böhm', 'Winter', 'Kraus',
  'Martin', 'Schumacher', 'Krämer', 'Vogt', 'Stein', 'Jäger', 'Otto', 'Sommer', 'Groß', 'Seidel', 'Heinrich', 'Brandt',
  'Haas', 'Schreiber', 'Graf', 'Schulte', 'Dietrich', 'Ziegler', 'Kuhn', 'Kühn', 'Pohl', 'Engel', 'Horn', 'Busch',
  'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Öztürk', 'Nowak', 'Kowalski', 'Popescu', 'Petrović', 'Ivanova', 'Rossi',
  'Nguyen', 'Kumar', 'Singh', 'Santos', 'García', 'Haddad', 'Mansour', 'Schwab', 'Gerber', 'Blum', 'Pfeiffer',
];

const FIRST_NAMES = [
  'Anna', 'Julia', 'Laura', 'Sarah', 'Katharina', 'Sabine', 'Petra', 'Claudia', 'Nicole', 'Stefanie', 'Melanie', 'Sandra',
  'Lena', 'Miriam', 'Aylin', 'Elif', 'Maria', 'Olena', 'Ana', 'Priya', 'Thomas', 'Michael', 'Andreas', 'Stefan', 'Markus',
  'Christian', 'Frank', 'Jürgen', 'Matthias', 'Daniel', 'Florian', 'Sebastian', 'Tobias', 'Jan', 'Lukas', 'Mehmet',
  'Emre', 'Dimitri', 'Luca', 'Rahul', 'Karim', 'Jens', 'Uwe', 'Dirk', 'Heike', 'Silke', 'Birgit', 'Tanja', 'Carina',
];

const CONTACT_ROLES = [
  'Geschäftsführung', 'Personalleitung', 'Personalreferentin', 'Personalreferent', 'Ausbildungsleitung', 'Inhaberin', 'Inhaber',
  'HR Business Partner', 'Assistenz der Geschäftsführung', 'Betriebsleitung', 'Recruiting', 'Technische Leitung', null,
];

/** ISCO-08 code and a German job title for the records */
const OCCUPATIONS: readonly (readonly [string, string])[] = [
  ['2512', 'Softwareentwickler/innen'], ['2511', 'Systemanalytiker/innen'], ['2521', 'Datenbankentwickler/innen'],
  ['3512', 'IT-Support-Fachkräfte'], ['7411', 'Elektroniker/innen für Energie- und Gebäudetechnik'], ['7412', 'Elektroniker/innen für Betriebstechnik'],
  ['7233', 'Industriemechaniker/innen'], ['7212', 'Schweißer/innen'], ['7223', 'Zerspanungsmechaniker/innen'],
  ['7126', 'Anlagenmechaniker/innen SHK'], ['7231', 'Kfz-Mechatroniker/innen'], ['2144', 'Maschinenbauingenieur/innen'],
  ['2142', 'Bauingenieur/innen'], ['2151', 'Elektroingenieur/innen'], ['3113', 'Elektrotechniker/innen'], ['3115', 'Maschinenbautechniker/innen'],
  ['2113', 'Chemiker/innen'], ['3111', 'Chemielaborant/innen'], ['2149', 'Wirtschaftsingenieur/innen'], ['3221', 'Pflegefachkräfte'],
  ['7115', 'Zimmerer/Zimmerinnen'], ['8332', 'Berufskraftfahrer/innen'],
];

const COUNTRIES = [
  'Indien', 'den Philippinen', 'der Türkei', 'Brasilien', 'Tunesien', 'Marokko', 'Vietnam', 'Kolumbien', 'Mexiko', 'Ägypten',
  'der Ukraine', 'Serbien', 'Bosnien und Herzegowina', 'Indonesien', 'Kenia', 'Georgien', 'Albanien', 'Usbekistan', 'Jordanien',
];

const PARTNER_DIRECTORY: readonly { name: string; type: PartnerType; address: string }[] = [
  { name: 'Agentur für Arbeit Kaiserslautern-Pirmasens, Arbeitgeber-Service', type: 'employment_agency', address: 'Kaiserslautern' },
  { name: 'Agentur für Arbeit Ludwigshafen, Arbeitgeber-Service', type: 'employment_agency', address: 'Ludwigshafen am Rhein' },
  { name: 'Zentrale Auslands- und Fachvermittlung (ZAV)', type: 'employment_agency', address: 'Bonn' },
  { name: 'Zentrale Ausländerbehörde für Fachkräfteeinwanderung Rheinland-Pfalz', type: 'immigration_office', address: 'Kaiserslautern' },
  { name: 'Stadtverwaltung Kaiserslautern, Ausländerbehörde', type: 'immigration_office', address: 'Kaiserslautern' },
  { name: 'Kreisverwaltung Kaiserslautern, Ausländerbehörde', type: 'immigration_office', address: 'Kaiserslautern' },
  { name: 'IHK Pfalz, Welcome Center', type: 'ihk', address: 'Ludwigshafen am Rhein' },
  { name: 'IHK für Rheinhessen', type: 'ihk', address: 'Mainz' },
  { name: 'Handwerkskammer der Pfalz, Welcome Center', type: 'hwk', address: 'Kaiserslautern' },
  { name: 'Handwerkskammer Koblenz', type: 'hwk', address: 'Koblenz' },
  { name: 'IHK FOSA (Foreign Skills Approval)', type: 'recognition_body', address: 'Nürnberg' },
  { name: 'Zentralstelle für ausländisches Bildungswesen (ZAB)', type: 'recognition_body', address: 'Bonn' },
  { name: 'Landesamt für Soziales, Jugend und Versorgung, Anerkennung Gesundheitsberufe', type: 'recognition_body', address: 'Mainz' },
  { name: 'IQ Netzwerk Rheinland-Pfalz, Anerkennungs- und Qualifizierungsberatung', type: 'education_provider', address: 'Mainz' },
  { name: 'Volkshochschule Kaiserslautern, Sprachkurse', type: 'education_provider', address: 'Kaiserslautern' },
  { name: 'Hochschule Kaiserslautern, International Office', type: 'education_provider', address: 'Kaiserslautern' },
  { name: 'Migrationsberatung für erwachsene Zugewanderte (MBE)', type: 'other', address: 'Kaiserslautern' },
  { name: 'Make it in Germany, Hotline', type: 'other', address: 'Nürnberg' },
];

/** partner types a topic refers to */
const REFERRAL_TYPES: Record<Topic, readonly PartnerType[]> = {
  skilled_immigration: ['employment_agency', 'immigration_office', 'other'],
  residence_law: ['immigration_office'],
  recognition: ['recognition_body', 'ihk', 'hwk'],
  further_qualification: ['education_provider', 'hwk', 'ihk'],
  integration_management: ['education_provider', 'other'],
};

type Fill = { occ: string; country: string; n: number; city: string };

/** record sentences per topic; `{occ}`, `{country}`, `{n}`, `{city}` are filled in */
const RECORD_SENTENCES: Record<Topic, readonly string[]> = {
  skilled_immigration: [
    'Der Betrieb sucht {n} {occ}; Kandidatinnen und Kandidaten aus {country} sind in Aussicht.',
    'Wege der Fachkräfteeinwanderung für {occ} aus {country} erläutert.',
    'Beschleunigtes Fachkräfteverfahren nach § 81a AufenthG und die nötige Vollmacht besprochen.',
    'Blaue Karte EU und die aktuellen Gehaltsschwellen für {occ} erklärt.',
    'Anwerbung über ein Vermittlungsprogramm der Bundesagentur für Arbeit in {country} besprochen.',
    'Chancenkarte als Weg zur Arbeitsuche in Deutschland vorgestellt.',
    'Erfahrungssäule nach § 6 BeschV: Berufserfahrung und staatlich anerkannter Abschluss in {country} geprüft.',
  ],
  residence_law: [
    'Aufenthaltserlaubnis nach § 18a AufenthG für Fachkräfte mit Berufsausbildung erläutert.',
    'Aufenthaltserlaubnis nach § 18b AufenthG für akademische Fachkräfte besprochen.',
    'Zustimmung der Bundesagentur für Arbeit und die Vorabzustimmung erklärt.',
    'Visumverfahren bei der deutschen Auslandsvertretung in {country}: Wartezeiten und Terminvergabe besprochen.',
    'Arbeitgeberwechsel während des Aufenthalts: Mitteilungspflicht an die Ausländerbehörde erklärt.',
    'Verlängerung des Aufenthaltstitels rechtzeitig vor Ablauf bei der Ausländerbehörde {city} beantragen.',
    'Familiennachzug für Ehepartner und Kinder der Fachkraft besprochen.',
  ],
  recognition: [
    'Anerkennung des ausländischen Berufsabschlusses als {occ} besprochen; Gleichwertigkeitsprüfung bei der zuständigen Stelle.',
    'Zeugnisbewertung der ZAB für den Hochschulabschluss aus {country} empfohlen.',
    'Teilweise Gleichwertigkeit festgestellt; Defizitbescheid mit den fehlenden Inhalten liegt vor.',
    'Unterlagen für das Anerkennungsverfahren gesichtet: Übersetzungen und Arbeitszeugnisse fehlen noch.',
    'Anerkennungspartnerschaft nach § 16d Abs. 3 AufenthG als Alternative zur vorherigen Anerkennung erläutert.',
    'Kosten und Dauer des Anerkennungsverfahrens bei der IHK FOSA erklärt.',
  ],
  further_qualification: [
    'Anpassungsqualifizierung nach § 16d AufenthG zum Ausgleich der wesentlichen Unterschiede besprochen.',
    'Berufsbezogener Deutschkurs (DeuFöV) bis Sprachniveau B2 empfohlen.',
    'Betriebliche Einarbeitung als Teil der Qualifizierungsmaßnahme geplant.',
    'Förderung der Weiterbildung über das Qualifizierungschancengesetz geprüft.',
    'Vorbereitung auf die Kenntnisprüfung und passende Kursangebote in {city} besprochen.',
  ],
  integration_management: [
    'Unterstützung bei der Wohnungssuche in {city} für die neuen Fachkräfte besprochen.',
    'Patenprogramm und Willkommenskultur im Betrieb angeregt.',
    'Integrationskurs und Kinderbetreuung für die Familie der Fachkraft angesprochen.',
    'Einarbeitungsplan für die ersten Monate mit festen Ansprechpersonen entworfen.',
    'Kontoeröffnung, Krankenversicherung und Anmeldung beim Bürgerbüro als erste Schritte erklärt.',
  ],
};

/** the first sentence of a record, by channel ('' for none) */
const OPENINGS: Record<Channel, readonly string[]> = {
  on_site: ['Gespräch im Betrieb mit der Geschäftsführung.', 'Termin vor Ort mit der Personalleitung.', ''],
  phone: ['Telefonat mit der Personalabteilung.', 'Rückruf der Geschäftsführung.', ''],
  video: ['Videotermin mit der Personalleitung.', 'Videokonferenz mit Geschäftsführung und Fachabteilung.', ''],
  email: ['Rückfrage des Unternehmens per E-Mail.', 'Schriftliche Anfrage beantwortet.'],
  event: ['Beratung im Rahmen einer Informationsveranstaltung.', 'Gespräch am Stand auf der Fachkräftemesse.'],
};

const OUTCOMES = [
  'Anerkennungsverfahren vorbereiten; Unterlagen der Kandidaten anfordern.',
  'Vollmacht für das beschleunigte Fachkräfteverfahren vorbereiten.',
  'Unternehmen meldet sich nach Rücksprache mit der Geschäftsführung.',
  'Kontakt zur zuständigen Anerkennungsstelle hergestellt.',
  'Stellenangebot für die Vermittlung über die Bundesagentur für Arbeit aufbereiten.',
  'Checkliste für das Visumverfahren zugeschickt.',
  'Termin zur Nachbesprechung vereinbart.',
  'Fachkraft hat die Arbeit aufgenommen; Beratung vorerst abgeschlossen.',
  'Antrag auf Vorabzustimmung wird gestellt.',
  'Sprachkurs und Anpassungsqualifizierung werden organisiert.',
  'Kein weiterer Beratungsbedarf.',
];

const NOTES = [
  'Sucht {n} {occ}.',
  'Hat bereits Erfahrung mit Fachkräften aus {country}.',
  'Bildet selbst aus; Interesse an Auszubildenden aus {country}.',
  'Ansprechpersonen wechseln häufig; bitte über die Personalabteilung gehen.',
  'Kooperation mit der Hochschule Kaiserslautern geplant.',
  'Mehrere Standorte; Beratung für den Standort {city}.',
  'Wünscht Termine nur vormittags.',
];

const TOPIC_WEIGHTS: readonly (readonly [Topic, number])[] = [
  ['skilled_immigration', 35], ['recognition', 25], ['residence_law', 20], ['further_qualification', 12], ['integration_management', 8],
];
const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [['phone', 35], ['on_site', 28], ['video', 20], ['email', 12], ['event', 5]];
const DURATION: Record<Channel, readonly [number, number]> = { phone: [10, 45], on_site: [45, 120], video: [30, 90], email: [5, 20], event: [15, 60] };
const ACCESS_WEIGHTS: readonly (readonly [AccessRoute | null, number])[] = [
  ['own_initiative', 20], ['chamber', 20], ['employment_agency', 15], ['event', 12], ['recommendation', 15], ['internet', 13], ['other', 3], [null, 2],
];
const SIZE_WEIGHTS: readonly (readonly [SizeClass, number])[] = [['micro', 33], ['small', 40], ['medium', 21], ['large', 6]];
const HEADCOUNT: Record<SizeClass, readonly [number, number]> = { micro: [1, 9], small: [10, 49], medium: [50, 249], large: [250, 2500] };

function fill(template: string, f: Fill): string {
  return template.replace('{occ}', f.occ).replace('{country}', f.country).replace('{n}', String(f.n)).replace('{city}', f.city);
}

/** ASCII for e-mail addresses and web addresses */
function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ş/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const DAY_MS = 86_400_000;
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// --- the data --------------------------------------------------------------------------------------------------

export interface VolumeData {
  companies: Array<Omit<typeof companies.$inferInsert, 'tenantId'> & { id: string }>;
  contacts: Array<Omit<typeof contacts.$inferInsert, 'tenantId'> & { id: string }>;
  partners: Array<Omit<typeof partners.$inferInsert, 'tenantId'> & { id: string }>;
  /** adviserIndex: index into the advisers of VOLUME_LOGINS */
  consultations: Array<
    Omit<typeof consultations.$inferInsert, 'tenantId' | 'adviserUserId'> & { id: string; adviserIndex: number; partnerIds: string[]; participantIds: string[] }
  >;
  from: string;
  to: string;
}

/** Generates the volume data in memory (no database): the same options give the same data, apart from the ids. */
export function generateVolume(opts: Required<Omit<VolumeOptions, 'today'>> & { today: string }): VolumeData {
  const g = new Gen(prng(opts.seed));
  // the participants come from a generator of their own, so that adding them left the rest of the data as it was
  const gp = new Gen(prng(opts.seed ^ 0x5eed));
  const toMs = Date.parse(`${opts.today}T00:00:00Z`);
  const fromMs = toMs - 3 * 365 * DAY_MS;

  const partnerRows = PARTNER_DIRECTORY.map((p) => ({ id: randomUUID(), name: p.name, type: p.type, address: p.address }));
  const partnersOf = (type: PartnerType) => partnerRows.filter((p) => p.type === type);

  // companies
  const names = new Set<string>();
  const companyRows: VolumeData['companies'] = [];
  const companyMeta: { city: string; route: AccessRoute | null; adviserIndex: number; occ: readonly (readonly [string, string])[] }[] = [];
  const contactRows: VolumeData['contacts'] = [];
  const contactsOf: string[][] = [];
  for (let i = 0; i < opts.companies; i++) {
    contactsOf.push([]);
    const [city, postcodes, land, area] = g.weighted(PLACES.map((p) => [p, p[4]] as const));
    const [trade, wz] = g.pick(TRADES);
    const legal = g.weighted(LEGAL);
    let name = '';
    for (let attempt = 0; attempt < 20 && (name === '' || names.has(name.toLowerCase())); attempt++) {
      const style = g.int(0, 9);
      if (style <= 3) name = `${g.pick(SURNAMES)} ${trade} ${legal}`;
      else if (style <= 5) name = `${g.pick(REGION_ADJECTIVES)} ${trade} ${legal}`;
      else if (style <= 7) name = `${g.pick(BRAND_HEADS)}${g.pick(BRAND_TAILS)} ${trade} ${legal}`;
      else if (style === 8) name = `${g.pick(SURNAMES)} & ${g.pick(SURNAMES)} ${trade} ${legal}`;
      else name = `${trade} ${g.pick(SURNAMES)} ${city.split(' ')[0]} ${legal}`;
    }
    if (names.has(name.toLowerCase())) name = `${name} (Niederlassung ${city} ${i})`;
    names.add(name.toLowerCase());
    const sizeClass = g.weighted(SIZE_WEIGHTS);
    const headcount = g.chance(0.85) ? g.int(...HEADCOUNT[sizeClass]) : null;
    const occ = g.some(OCCUPATIONS, g.int(1, 3));
    const fillIn: Fill = { occ: occ[0]![1], country: g.pick(COUNTRIES), n: g.int(1, 6), city };
    const domain = `${slug(name.replace(/ (GmbH.*|AG|e\.K\.|KG|UG.*|OHG|GbR)$/, ''))}.example`;
    companyRows.push({
      id: randomUUID(),
      name,
      street: g.chance(0.95) ? `${g.pick(STREETS)} ${g.int(1, 180)}` : null,
      postcode: g.pick(postcodes),
      city,
      federalState: land,
      municipality: city.replace(/ \(Pfalz\)$/, ''),
      sizeClass: headcount === null ? (g.chance(0.7) ? sizeClass : null) : sizeClassOf(headcount),
      headcount,
      wzSection: g.chance(0.93) ? wz : null,
      website: g.chance(0.6) ? `https://www.${domain}/` : null,
      notes: g.chance(0.3) ? fill(g.pick(NOTES), fillIn) : null,
    });
    companyMeta.push({ city, route: g.weighted(ACCESS_WEIGHTS), adviserIndex: g.chance(0.6) ? 0 : 1, occ });
    const nContacts = g.weighted([[1, 45], [2, 35], [3, 20]] as const);
    const used = new Set<string>();
    for (let k = 0; k < nContacts; k++) {
      const first = g.pick(FIRST_NAMES);
      const last = g.pick(SURNAMES);
      if (used.has(`${first} ${last}`)) continue;
      used.add(`${first} ${last}`);
      const contactId = randomUUID();
      contactsOf[i]!.push(contactId);
      contactRows.push({
        id: contactId,
        companyId: companyRows[i]!.id,
        name: `${first} ${last}`,
        role: g.pick(CONTACT_ROLES),
        email: g.chance(0.85) ? `${slug(first)}.${slug(last)}@${domain}` : null,
        phone: g.chance(0.7) ? `${area} ${g.int(10_000, 9_999_999)}` : null,
      });
    }
  }

  // consultations: a few companies get many, most a handful, some none; each company's earliest one is its first
  const perCompany: number[][] = companyRows.map(() => []);
  const order = g.some(
    companyRows.map((_, i) => i),
    companyRows.length,
  );
  for (let j = 0; j < opts.consultations && companyRows.length > 0; j++) {
    const rank = Math.floor(companyRows.length * Math.pow(g.random(), 1.6));
    // a consultation day: uniform over the range, weekends moved to the Friday before
    let ms = fromMs + g.int(0, Math.round((toMs - fromMs) / DAY_MS)) * DAY_MS;
    const wd = new Date(ms).getUTCDay();
    if (wd === 6) ms -= DAY_MS;
    if (wd === 0) ms -= 2 * DAY_MS;
    perCompany[order[rank]!]!.push(Math.max(ms, fromMs));
  }

  const consultationRows: VolumeData['consultations'] = [];
  perCompany.forEach((days, ci) => {
    days.sort((a, b) => a - b);
    const meta = companyMeta[ci]!;
    const company = companyRows[ci]!;
    const created = days.length > 0 ? days[0]! : fromMs + g.int(0, 3 * 365) * DAY_MS;
    company.createdAt = new Date(created + 8 * 3_600_000);
    company.updatedAt = new Date((days.length > 0 ? days[days.length - 1]! : created) + 17 * 3_600_000);
    days.forEach((ms, k) => {
      const date = isoDay(ms);
      const channel = k === 0 && g.chance(0.5) ? 'on_site' : g.weighted(CHANNEL_WEIGHTS);
      const topics: Topic[] = [];
      const nTopics = g.weighted([[1, 45], [2, 40], [3, 15]] as const);
      while (topics.length < nTopics) {
        const t = g.weighted(TOPIC_WEIGHTS);
        if (!topics.includes(t)) topics.push(t);
      }
      const occ = g.some(meta.occ, g.weighted([[0, 20], [1, 60], [2, 20]] as const));
      const f: Fill = { occ: (occ[0] ?? g.pick(meta.occ))[1], country: g.pick(COUNTRIES), n: g.int(1, 5), city: meta.city };
      const sentences = [k === 0 ? 'Erstberatung des Unternehmens.' : '', g.pick(OPENINGS[channel])];
      for (const t of topics) sentences.push(fill(g.pick(RECORD_SENTENCES[t]), f));
      if (g.chance(0.4)) sentences.push(fill(g.pick(RECORD_SENTENCES[g.weighted(TOPIC_WEIGHTS)]), f));
      const partnerIds: string[] = [];
      if (g.chance(0.25)) {
        for (const t of topics.slice(0, g.int(1, 2))) {
          const candidates = partnersOf(g.pick(REFERRAL_TYPES[t]));
          const p = candidates.length > 0 ? g.pick(candidates) : null;
          if (p && !partnerIds.includes(p.id)) partnerIds.push(p.id);
        }
      }
      // about two in three consultations name one or two of the company's contact persons; events count further guests
      const participantIds = gp.chance(0.65) ? gp.some(contactsOf[ci]!, gp.weighted([[1, 70], [2, 30]] as const)) : [];
      const otherParticipants = channel === 'event' && gp.chance(0.8) ? gp.int(3, 40) : null;
      const [dMin, dMax] = DURATION[channel];
      consultationRows.push({
        id: randomUUID(),
        companyId: company.id,
        date,
        channel,
        durationMinutes: g.chance(0.9) ? g.int(dMin, dMax) : null,
        adviserIndex: g.chance(0.85) ? meta.adviserIndex : 1 - meta.adviserIndex,
        topics,
        occupations: occ.map(([code]) => code),
        record: g.chance(0.97) ? sentences.filter((s) => s !== '').join(' ') : null,
        outcome: g.chance(0.85) ? g.pick(OUTCOMES) : null,
        followUpDate: g.chance(0.3) ? isoDay(ms + g.int(7, 60) * DAY_MS) : null,
        kind: k === 0 ? 'first' : 'follow_up',
        accessRoute: g.chance(0.9) ? meta.route : g.weighted(ACCESS_WEIGHTS),
        createdAt: new Date(ms + g.int(8, 17) * 3_600_000),
        updatedAt: new Date(ms + 18 * 3_600_000),
        otherParticipants,
        partnerIds,
        participantIds,
      });
    });
  });
  consultationRows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { companies: companyRows, contacts: contactRows, partners: partnerRows, consultations: consultationRows, from: isoDay(fromMs), to: opts.today };
}

// --- writing it ------------------------------------------------------------------------------------------------

const BATCH = 500;

function* batches<T>(rows: readonly T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

export async function seedVolume(db: Db, options: VolumeOptions = {}, now: Date = new Date()): Promise<VolumeResult> {
  const opts = {
    companies: options.companies ?? VOLUME_COMPANIES,
    consultations: options.consultations ?? VOLUME_CONSULTATIONS,
    seed: options.seed ?? 6,
    today: options.today ?? now.toISOString().slice(0, 10),
  };
  const real = await db.select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.isDemo, false)).limit(1);
  if (real.length > 0) {
    return {
      ok: false,
      reason: `this database already holds real data (service office "${real[0]!.name}"); volume demo data is loaded only into an empty or demo database`,
    };
  }
  const existing = await db
    .select({ id: tenants.id })
    .from(tenants)
    .where(and(eq(tenants.isDemo, true), eq(tenants.name, VOLUME_TENANT_NAME)))
    .limit(1);
  if (existing.length > 0) return { ok: true, created: false, tenantId: existing[0]!.id, logins: VOLUME_LOGINS };

  const data = generateVolume(opts);
  // Hash outside the transaction: never await slow work while holding PGlite's single connection.
  const hashes = await Promise.all(VOLUME_LOGINS.map((l) => hashPassword(l.password)));
  const tenantId = randomUUID();
  const userIds = VOLUME_LOGINS.map(() => randomUUID());
  const adviserIds = userIds.filter((_, i) => VOLUME_LOGINS[i]!.role === 'adviser');
  const audit = (entity: string, entityId: string, changes: Record<string, unknown>) => ({
    tenantId,
    actor: AUDIT_ACTOR,
    action: 'create',
    entity,
    entityId,
    changes,
    at: now,
  });
  let auditRows = 0;
  let referrals = 0;
  let participants = 0;

  await db.transaction(async (tx) => {
    const auditBatch = async (rows: ReturnType<typeof audit>[]) => {
      for (const b of batches(rows, 1000)) await tx.insert(auditLog).values(b);
      auditRows += rows.length;
    };
    await tx.insert(tenants).values({ id: tenantId, name: VOLUME_TENANT_NAME, isDemo: true, createdAt: now });
    await tx.insert(users).values(
      VOLUME_LOGINS.map((l, i) => ({ id: userIds[i]!, tenantId, email: l.email, name: l.name, role: l.role, passwordHash: hashes[i]!, createdAt: now })),
    );
    await tx.insert(partners).values(data.partners.map((p) => ({ ...p, tenantId, createdAt: now, updatedAt: now })));
    await auditBatch([
      audit('tenant', tenantId, { name: VOLUME_TENANT_NAME, isDemo: true }),
      ...VOLUME_LOGINS.map((l, i) => audit('user', userIds[i]!, { email: l.email, role: l.role })),
      ...data.partners.map((p) => audit('partner', p.id, { name: p.name, type: p.type })),
    ]);
    for (const b of batches(data.companies)) {
      await tx.insert(companies).values(b.map((c) => ({ ...c, tenantId })));
      await auditBatch(b.map(({ id, createdAt: _ca, updatedAt: _ua, ...f }) => audit('company', id, f)));
    }
    for (const b of batches(data.contacts)) {
      await tx.insert(contacts).values(b.map((c) => ({ ...c, tenantId, createdAt: now, updatedAt: now })));
      await auditBatch(b.map(({ id, ...f }) => audit('contact', id, f)));
    }
    for (const b of batches(data.consultations)) {
      await tx
        .insert(consultations)
        .values(b.map(({ adviserIndex, partnerIds: _p, participantIds: _q, ...c }) => ({ ...c, tenantId, adviserUserId: adviserIds[adviserIndex] ?? null })));
      const refs = b.flatMap((c) => c.partnerIds.map((partnerId) => ({ consultationId: c.id, partnerId })));
      if (refs.length > 0) await tx.insert(consultationReferrals).values(refs);
      referrals += refs.length;
      const people = b.flatMap((c) => c.participantIds.map((id) => ({ consultationId: c.id, personKey: id, contactId: id })));
      if (people.length > 0) await tx.insert(consultationParticipants).values(people);
      participants += people.length;
      await auditBatch(
        b.map(({ id, adviserIndex, createdAt: _ca, updatedAt: _ua, ...f }) => audit('consultation', id, { ...f, adviserUserId: adviserIds[adviserIndex] ?? null })),
      );
    }
  });
  // Fresh planner statistics for the bulk load: without them the planner takes the tables for nearly empty and picks
  // nested loops that are 10-100 times slower (PGlite has no autovacuum; a server's would catch up only later).
  for (const table of ['companies', 'contacts', 'consultations', 'consultation_referrals', 'consultation_participants', 'partners', 'audit_log']) {
    await db.execute(sql.raw(`analyze ${table}`));
  }
  return {
    ok: true,
    created: true,
    tenantId,
    from: data.from,
    to: data.to,
    counts: {
      companies: data.companies.length,
      contacts: data.contacts.length,
      partners: data.partners.length,
      users: VOLUME_LOGINS.length,
      consultations: data.consultations.length,
      referrals,
      participants,
      auditRows,
    },
    logins: VOLUME_LOGINS,
  };
}
