// Word lists and sentence templates of the volume demo (src/dev/volumeGenerator.ts).

import type { AccessRoute, Channel, PartnerType, SizeClass, Topic } from '../app/common/codes.ts';

// --- word lists ------------------------------------------------------------------------------------------------

/** [city, postcodes, Land, telephone area code, weight] — mostly Rhineland-Palatinate and its neighbours */
export const PLACES: readonly (readonly [string, readonly string[], string, string, number])[] = [
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

export const STREETS = [
  'Hauptstraße', 'Bahnhofstraße', 'Industriestraße', 'Gewerbestraße', 'Am Gewerbepark', 'Mainzer Straße', 'Pariser Straße',
  'Kaiserstraße', 'Ringstraße', 'Merkurstraße', 'Opelstraße', 'Carl-Benz-Straße', 'Robert-Bosch-Straße', 'Siemensstraße',
  'Gutenbergstraße', 'Daimlerstraße', 'Mühlstraße', 'Schulstraße', 'Lindenstraße', 'Talstraße', 'Friedrich-Ebert-Straße',
  'Europaallee', 'Im Gewerbegebiet', 'Rudolf-Diesel-Straße', 'Mannheimer Straße', 'Trippstadter Straße', 'Zum Bahnhof',
  'Am Hafen', 'Rheinstraße', 'Eisenbahnstraße', 'Schillerstraße', 'Goethestraße', 'Im Brühl', 'Hertzstraße',
];

/** [trade word, WZ section] */
export const TRADES: readonly (readonly [string, string])[] = [
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

export const REGION_ADJECTIVES = [
  'Pfälzer', 'Westpfalz', 'Südpfalz', 'Vorderpfalz', 'Rheinhessen', 'Saarpfalz', 'Nordpfalz', 'Lautertal', 'Donnersberg',
  'Palatina', 'Rhein-Neckar', 'Mosel', 'Hunsrück', 'Barbarossa', 'Sickinger', 'Kaiser', 'Rhein', 'Nahe', 'Glan',
];

export const BRAND_HEADS = ['Techn', 'Innov', 'Prim', 'Vect', 'Axi', 'Lumi', 'Quant', 'Nov', 'Sol', 'Mecha', 'Fluid', 'Terr', 'Cyber', 'Elek', 'Therm', 'Integr', 'Opti', 'Strat'];
export const BRAND_TAILS = ['ova', 'ion', 'ix', 'atec', 'onic', 'ica', 'ex', 'ora', 'um', 'aris', 'eon', 'otec', 'ana', 'ent'];

export const LEGAL = [['GmbH', 60], ['GmbH & Co. KG', 15], ['AG', 3], ['e.K.', 8], ['KG', 4], ['UG (haftungsbeschränkt)', 5], ['OHG', 2], ['GbR', 3]] as const;

export const SURNAMES = [
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

export const FIRST_NAMES = [
  'Anna', 'Julia', 'Laura', 'Sarah', 'Katharina', 'Sabine', 'Petra', 'Claudia', 'Nicole', 'Stefanie', 'Melanie', 'Sandra',
  'Lena', 'Miriam', 'Aylin', 'Elif', 'Maria', 'Olena', 'Ana', 'Priya', 'Thomas', 'Michael', 'Andreas', 'Stefan', 'Markus',
  'Christian', 'Frank', 'Jürgen', 'Matthias', 'Daniel', 'Florian', 'Sebastian', 'Tobias', 'Jan', 'Lukas', 'Mehmet',
  'Emre', 'Dimitri', 'Luca', 'Rahul', 'Karim', 'Jens', 'Uwe', 'Dirk', 'Heike', 'Silke', 'Birgit', 'Tanja', 'Carina',
];

export const CONTACT_ROLES = [
  'Geschäftsführung', 'Personalleitung', 'Personalreferentin', 'Personalreferent', 'Ausbildungsleitung', 'Inhaberin', 'Inhaber',
  'HR Business Partner', 'Assistenz der Geschäftsführung', 'Betriebsleitung', 'Recruiting', 'Technische Leitung', null,
];

/** ISCO-08 code and a German job title for the records */
export const OCCUPATIONS: readonly (readonly [string, string])[] = [
  ['2512', 'Softwareentwickler/innen'], ['2511', 'Systemanalytiker/innen'], ['2521', 'Datenbankentwickler/innen'],
  ['3512', 'IT-Support-Fachkräfte'], ['7411', 'Elektroniker/innen für Energie- und Gebäudetechnik'], ['7412', 'Elektroniker/innen für Betriebstechnik'],
  ['7233', 'Industriemechaniker/innen'], ['7212', 'Schweißer/innen'], ['7223', 'Zerspanungsmechaniker/innen'],
  ['7126', 'Anlagenmechaniker/innen SHK'], ['7231', 'Kfz-Mechatroniker/innen'], ['2144', 'Maschinenbauingenieur/innen'],
  ['2142', 'Bauingenieur/innen'], ['2151', 'Elektroingenieur/innen'], ['3113', 'Elektrotechniker/innen'], ['3115', 'Maschinenbautechniker/innen'],
  ['2113', 'Chemiker/innen'], ['3111', 'Chemielaborant/innen'], ['2149', 'Wirtschaftsingenieur/innen'], ['3221', 'Pflegefachkräfte'],
  ['7115', 'Zimmerer/Zimmerinnen'], ['8332', 'Berufskraftfahrer/innen'],
];

export const COUNTRIES = [
  'Indien', 'den Philippinen', 'der Türkei', 'Brasilien', 'Tunesien', 'Marokko', 'Vietnam', 'Kolumbien', 'Mexiko', 'Ägypten',
  'der Ukraine', 'Serbien', 'Bosnien und Herzegowina', 'Indonesien', 'Kenia', 'Georgien', 'Albanien', 'Usbekistan', 'Jordanien',
];

export const PARTNER_DIRECTORY: readonly { name: string; type: PartnerType; address: string }[] = [
  { name: 'Agentur für Arbeit Kaiserslautern-Pirmasens, Arbeitgeber-Service', type: 'ba_employer_service', address: 'Kaiserslautern' },
  { name: 'Agentur für Arbeit Ludwigshafen, Arbeitgeber-Service', type: 'ba_employer_service', address: 'Ludwigshafen am Rhein' },
  { name: 'Zentrale Auslands- und Fachvermittlung (ZAV)', type: 'ba_central_service', address: 'Bonn' },
  { name: 'Zentrale Ausländerbehörde für Fachkräfteeinwanderung Rheinland-Pfalz', type: 'immigration_office_central', address: 'Kaiserslautern' },
  { name: 'Stadtverwaltung Kaiserslautern, Ausländerbehörde', type: 'immigration_office', address: 'Kaiserslautern' },
  { name: 'Kreisverwaltung Kaiserslautern, Ausländerbehörde', type: 'immigration_office', address: 'Kaiserslautern' },
  { name: 'IHK Pfalz, Welcome Center', type: 'ihk', address: 'Ludwigshafen am Rhein' },
  { name: 'IHK für Rheinhessen', type: 'ihk', address: 'Mainz' },
  { name: 'Handwerkskammer der Pfalz, Welcome Center', type: 'hwk', address: 'Kaiserslautern' },
  { name: 'Handwerkskammer Koblenz', type: 'hwk', address: 'Koblenz' },
  { name: 'IHK FOSA (Foreign Skills Approval)', type: 'recognition_body', address: 'Nürnberg' },
  { name: 'Zentralstelle für ausländisches Bildungswesen (ZAB)', type: 'recognition_body', address: 'Bonn' },
  { name: 'Landesamt für Soziales, Jugend und Versorgung, Anerkennung Gesundheitsberufe', type: 'recognition_body', address: 'Mainz' },
  { name: 'IQ Netzwerk Rheinland-Pfalz, Anerkennungs- und Qualifizierungsberatung', type: 'iq_counselling', address: 'Mainz' },
  { name: 'Ingenieurkammer Rheinland-Pfalz', type: 'chamber_other', address: 'Mainz' },
  { name: 'Welcome Center Rheinland-Pfalz', type: 'welcome_center', address: 'Mainz' },
  { name: 'Volkshochschule Kaiserslautern, Sprachkurse', type: 'education_provider', address: 'Kaiserslautern' },
  { name: 'Hochschule Kaiserslautern, International Office', type: 'education_provider', address: 'Kaiserslautern' },
  { name: 'Migrationsberatung für erwachsene Zugewanderte (MBE)', type: 'other', address: 'Kaiserslautern' },
  { name: 'Make it in Germany, Hotline', type: 'other', address: 'Nürnberg' },
];

/** partner types a topic refers to */
export const REFERRAL_TYPES: Record<Topic, readonly PartnerType[]> = {
  skilled_immigration: ['ba_employer_service', 'ba_central_service', 'immigration_office_central', 'welcome_center', 'other'],
  residence_law: ['immigration_office'],
  recognition: ['recognition_body', 'ihk', 'hwk', 'chamber_other', 'iq_counselling'],
  further_qualification: ['education_provider', 'hwk', 'ihk', 'iq_counselling'],
  integration_management: ['education_provider', 'other'],
};

export type Fill = { occ: string; country: string; n: number; city: string };

/** record sentences per topic; `{occ}`, `{country}`, `{n}`, `{city}` are filled in */
export const RECORD_SENTENCES: Record<Topic, readonly string[]> = {
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
export const OPENINGS: Record<Channel, readonly string[]> = {
  on_site: ['Gespräch im Betrieb mit der Geschäftsführung.', 'Termin vor Ort mit der Personalleitung.', ''],
  phone: ['Telefonat mit der Personalabteilung.', 'Rückruf der Geschäftsführung.', ''],
  video: ['Videotermin mit der Personalleitung.', 'Videokonferenz mit Geschäftsführung und Fachabteilung.', ''],
  email: ['Rückfrage des Unternehmens per E-Mail.', 'Schriftliche Anfrage beantwortet.'],
  event: ['Beratung im Rahmen einer Informationsveranstaltung.', 'Gespräch am Stand auf der Fachkräftemesse.'],
};

export const OUTCOMES = [
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

export const NOTES = [
  'Sucht {n} {occ}.',
  'Hat bereits Erfahrung mit Fachkräften aus {country}.',
  'Bildet selbst aus; Interesse an Auszubildenden aus {country}.',
  'Ansprechpersonen wechseln häufig; bitte über die Personalabteilung gehen.',
  'Kooperation mit der Hochschule Kaiserslautern geplant.',
  'Mehrere Standorte; Beratung für den Standort {city}.',
  'Wünscht Termine nur vormittags.',
];

export const TOPIC_WEIGHTS: readonly (readonly [Topic, number])[] = [
  ['skilled_immigration', 35], ['recognition', 25], ['residence_law', 20], ['further_qualification', 12], ['integration_management', 8],
];
export const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [['phone', 35], ['on_site', 28], ['video', 20], ['email', 12], ['event', 5]];
export const DURATION: Record<Channel, readonly [number, number]> = { phone: [10, 45], on_site: [45, 120], video: [30, 90], email: [5, 20], event: [15, 60] };
export const ACCESS_WEIGHTS: readonly (readonly [AccessRoute | null, number])[] = [
  ['own_initiative', 20], ['chamber', 20], ['employment_agency', 15], ['event', 12], ['recommendation', 15], ['internet', 13], ['other', 3], [null, 2],
];
export const SIZE_WEIGHTS: readonly (readonly [SizeClass, number])[] = [['micro', 33], ['small', 40], ['medium', 21], ['large', 6]];
export const HEADCOUNT: Record<SizeClass, readonly [number, number]> = { micro: [1, 9], small: [10, 49], medium: [50, 249], large: [250, 2500] };

export function fill(template: string, f: Fill): string {
  return template.replace('{occ}', f.occ).replace('{country}', f.country).replace('{n}', String(f.n)).replace('{city}', f.city);
}

/** ASCII for e-mail addresses and web addresses */
export function slug(s: string): string {
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
