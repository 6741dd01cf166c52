// Word lists of the volume demo's candidates and cases (src/dev/volumeCases.ts): names as they are written in the
// countries most candidates of a Rhineland-Palatinate service office come from, their languages, the jobs per route,
// the tasks an adviser adds by hand, notes and reasons for cancelling a case.

import type { GermanAssessment, QualificationLevel, RouteId } from '../law/types.ts';

export interface Country {
  /** ISO 3166-1 alpha-2 ("XK" for Kosovo) */
  code: string;
  weight: number;
  /** Western Balkans (§ 26 Abs. 2 BeschV): Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia, Serbia */
  westBalkan?: boolean;
  female: readonly string[];
  male: readonly string[];
  surnames: readonly string[];
  /** how a full name is put together: given-family (default), family-middle-given (Vietnam), given-two surnames */
  order?: 'family-first' | 'two-surnames';
  /** the surname's female form (North Macedonia: -ski → -ska) */
  femaleSurname?: (s: string) => string;
  phone: string;
  /** other languages than German and English, as the adviser writes them down */
  languages: readonly string[];
}

const ARABIC_F = ['Amira', 'Salma', 'Yasmine', 'Nour', 'Ines', 'Fatma', 'Mariem', 'Rania', 'Hiba'];
const ARABIC_M = ['Mohamed', 'Ahmed', 'Youssef', 'Karim', 'Omar', 'Hamza', 'Anis', 'Mehdi', 'Bilal'];
const SPANISH_F = ['Valentina', 'Daniela', 'Camila', 'Paula', 'Andrea', 'Luisa Fernanda', 'María José', 'Natalia'];
const SPANISH_M = ['Santiago', 'Andrés', 'Juan David', 'Alejandro', 'Carlos', 'Diego', 'Sebastián', 'Luis Miguel'];
const SPANISH_SURNAMES = ['García', 'Rodríguez', 'Martínez', 'López', 'Gómez', 'Hernández', 'Díaz', 'Torres', 'Ramírez', 'Vargas', 'Castro', 'Moreno'];

export const CANDIDATE_COUNTRIES: readonly Country[] = [
  {
    code: 'IN',
    weight: 26,
    female: ['Priya', 'Ananya', 'Divya', 'Kavya', 'Lakshmi', 'Meera', 'Neha', 'Pooja', 'Shreya', 'Sneha', 'Aishwarya', 'Deepika', 'Swathi'],
    male: ['Arjun', 'Rahul', 'Vikram', 'Karthik', 'Rohan', 'Suresh', 'Aditya', 'Sanjay', 'Manoj', 'Rajesh', 'Harish', 'Venkatesh', 'Abhishek'],
    surnames: ['Sharma', 'Patel', 'Reddy', 'Nair', 'Iyer', 'Kumar', 'Singh', 'Gupta', 'Menon', 'Pillai', 'Rao', 'Das', 'Joshi', 'Krishnan', 'Chatterjee', 'Mehta', 'Desai', 'Kulkarni', 'Verma'],
    phone: '+91',
    languages: ['Hindi (Muttersprache)', 'Tamil (Muttersprache), Hindi', 'Telugu (Muttersprache), Hindi', 'Malayalam (Muttersprache)', 'Marathi (Muttersprache), Hindi', 'Bengali (Muttersprache)'],
  },
  {
    code: 'PH',
    weight: 12,
    female: ['Maria Cristina', 'Angelica', 'Kristine', 'Jasmine', 'Rowena', 'Mary Grace', 'Joy', 'Rhea Mae'],
    male: ['Jerome', 'Mark Anthony', 'John Paul', 'Rommel', 'Jomar', 'Carlo', 'Christian Jay', 'Raymond'],
    surnames: ['Santos', 'Reyes', 'Cruz', 'Bautista', 'dela Cruz', 'Garcia', 'Mendoza', 'Ramos', 'Villanueva', 'Castillo', 'Aquino', 'Navarro', 'Tolentino'],
    phone: '+63',
    languages: ['Filipino (Muttersprache)', 'Filipino (Muttersprache), Cebuano', 'Ilokano (Muttersprache), Filipino'],
  },
  {
    code: 'VN',
    weight: 10,
    female: ['Thị Lan', 'Thị Hương', 'Ngọc Linh', 'Thị Trang', 'Thu Phương', 'Thị Thảo', 'Minh Anh'],
    male: ['Văn An', 'Văn Hùng', 'Minh Tuấn', 'Đức Anh', 'Quang Huy', 'Văn Dũng', 'Thanh Tùng'],
    surnames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'],
    order: 'family-first',
    phone: '+84',
    languages: ['Vietnamesisch (Muttersprache)'],
  },
  {
    code: 'TR',
    weight: 9,
    female: ['Ayşe', 'Elif', 'Zeynep', 'Merve', 'Büşra', 'Selin', 'Esra', 'Gizem'],
    male: ['Mehmet', 'Mustafa', 'Emre', 'Burak', 'Can', 'Oğuz', 'Serkan', 'Yusuf'],
    surnames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Kılıç', 'Koç', 'Kurt'],
    phone: '+90',
    languages: ['Türkisch (Muttersprache)', 'Türkisch (Muttersprache), Kurdisch'],
  },
  {
    code: 'BR',
    weight: 7,
    female: ['Ana Clara', 'Beatriz', 'Camila', 'Fernanda', 'Juliana', 'Larissa', 'Mariana'],
    male: ['João Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Thiago', 'Matheus', 'Felipe'],
    surnames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira', 'Costa', 'Ferreira', 'Almeida', 'Carvalho', 'Rodrigues', 'Gomes'],
    order: 'two-surnames',
    phone: '+55',
    languages: ['Portugiesisch (Muttersprache)', 'Portugiesisch (Muttersprache), Spanisch'],
  },
  {
    code: 'XK',
    weight: 6,
    westBalkan: true,
    female: ['Blerta', 'Arta', 'Drita', 'Vjosa', 'Teuta', 'Elira', 'Liridona'],
    male: ['Arbër', 'Besnik', 'Driton', 'Fatos', 'Gëzim', 'Kushtrim', 'Valon', 'Ilir'],
    surnames: ['Krasniqi', 'Gashi', 'Berisha', 'Morina', 'Shala', 'Hoxha', 'Kelmendi', 'Bytyqi', 'Rexhepi', 'Mustafa'],
    phone: '+383',
    languages: ['Albanisch (Muttersprache)', 'Albanisch (Muttersprache), Serbisch'],
  },
  {
    code: 'RS',
    weight: 4,
    westBalkan: true,
    female: ['Jelena', 'Milica', 'Marija', 'Jovana', 'Ivana', 'Tijana'],
    male: ['Marko', 'Nikola', 'Stefan', 'Milan', 'Dragan', 'Aleksandar'],
    surnames: ['Jovanović', 'Petrović', 'Nikolić', 'Marković', 'Đorđević', 'Stojanović', 'Ilić', 'Pavlović'],
    phone: '+381',
    languages: ['Serbisch (Muttersprache)', 'Serbisch (Muttersprache), Ungarisch'],
  },
  {
    code: 'BA',
    weight: 3,
    westBalkan: true,
    female: ['Amra', 'Lejla', 'Emina', 'Selma', 'Ajla'],
    male: ['Emir', 'Adnan', 'Haris', 'Edin', 'Mirza', 'Damir'],
    surnames: ['Hodžić', 'Hadžić', 'Begić', 'Delić', 'Kovačević', 'Mehmedović', 'Husić'],
    phone: '+387',
    languages: ['Bosnisch (Muttersprache)', 'Bosnisch (Muttersprache), Kroatisch'],
  },
  {
    code: 'AL',
    weight: 2,
    westBalkan: true,
    female: ['Anisa', 'Klea', 'Ermira', 'Jonida', 'Megi'],
    male: ['Erion', 'Klodian', 'Arben', 'Gentian', 'Ardit'],
    surnames: ['Hoxha', 'Shehu', 'Leka', 'Dervishi', 'Çela', 'Marku', 'Gjoka'],
    phone: '+355',
    languages: ['Albanisch (Muttersprache)', 'Albanisch (Muttersprache), Italienisch'],
  },
  {
    code: 'MK',
    weight: 2,
    westBalkan: true,
    female: ['Elena', 'Marija', 'Ivana', 'Simona', 'Bojana'],
    male: ['Aleksandar', 'Goran', 'Dimitar', 'Bojan', 'Zoran'],
    surnames: ['Stojanovski', 'Nikolovski', 'Trajkovski', 'Petrovski', 'Angelovski', 'Ristovski'],
    femaleSurname: (s) => s.replace(/ski$/, 'ska'),
    phone: '+389',
    languages: ['Mazedonisch (Muttersprache)', 'Mazedonisch (Muttersprache), Albanisch'],
  },
  {
    code: 'TN',
    weight: 4,
    female: ARABIC_F,
    male: ARABIC_M,
    surnames: ['Ben Salah', 'Trabelsi', 'Jebali', 'Gharbi', 'Hammami', 'Ben Ali', 'Mejri', 'Bouazizi'],
    phone: '+216',
    languages: ['Arabisch (Muttersprache), Französisch'],
  },
  {
    code: 'MA',
    weight: 4,
    female: ARABIC_F,
    male: ARABIC_M,
    surnames: ['El Amrani', 'Benali', 'Alaoui', 'Bennani', 'El Idrissi', 'Tazi', 'Chraibi'],
    phone: '+212',
    languages: ['Arabisch (Muttersprache), Französisch', 'Tamazight (Muttersprache), Arabisch, Französisch'],
  },
  {
    code: 'EG',
    weight: 3,
    female: ARABIC_F,
    male: ARABIC_M,
    surnames: ['Hassan', 'Mahmoud', 'Abdelrahman', 'Ibrahim', 'El-Sayed', 'Mostafa', 'Farouk'],
    phone: '+20',
    languages: ['Arabisch (Muttersprache)'],
  },
  { code: 'CO', weight: 3, female: SPANISH_F, male: SPANISH_M, surnames: SPANISH_SURNAMES, order: 'two-surnames', phone: '+57', languages: ['Spanisch (Muttersprache)'] },
  { code: 'MX', weight: 2, female: SPANISH_F, male: SPANISH_M, surnames: SPANISH_SURNAMES, order: 'two-surnames', phone: '+52', languages: ['Spanisch (Muttersprache)'] },
  {
    code: 'ID',
    weight: 3,
    female: ['Siti', 'Dewi', 'Putri', 'Ayu', 'Rina', 'Intan'],
    male: ['Budi', 'Agus', 'Rizky', 'Andi', 'Dimas', 'Fajar'],
    surnames: ['Santoso', 'Wijaya', 'Pratama', 'Saputra', 'Hidayat', 'Susanto', 'Nugroho'],
    phone: '+62',
    languages: ['Indonesisch (Muttersprache)', 'Indonesisch (Muttersprache), Javanisch'],
  },
  {
    code: 'KE',
    weight: 2,
    female: ['Wanjiru', 'Achieng', 'Njeri', 'Faith', 'Mercy'],
    male: ['Brian', 'Kevin', 'Dennis', 'Otieno', 'Kamau'],
    surnames: ['Mwangi', 'Otieno', 'Kamau', 'Ochieng', 'Njoroge', 'Wanjala', 'Kiprop', 'Mutua'],
    phone: '+254',
    languages: ['Swahili (Muttersprache)', 'Kikuyu (Muttersprache), Swahili'],
  },
];

/** Route ids of the contract by how often an office of this kind follows them (most: § 18b, § 18a, the Blue Card). */
export const ROUTE_WEIGHTS: readonly (readonly [RouteId, number])[] = [
  ['18b', 30],
  ['18a', 24],
  ['18g-standard', 15],
  ['18g-shortage', 5],
  ['18g-new-entrant', 4],
  ['18g-it', 4],
  ['19c2-experience', 4],
  ['19c1-westbalkan', 4],
  ['16d1-qualification', 3],
  ['16d3-partnership', 3],
  ['19-ict', 2],
  ['20a-skilled', 1],
  ['20a-points', 1],
];

/** [ISCO-08, job title] */
type Job = readonly [string, string];
const ACADEMIC_JOBS: readonly Job[] = [
  ['2512', 'Softwareentwickler/in'],
  ['2511', 'Systemanalytiker/in'],
  ['2521', 'Datenbankentwickler/in'],
  ['2144', 'Maschinenbauingenieur/in'],
  ['2142', 'Bauingenieur/in'],
  ['2151', 'Elektroingenieur/in'],
  ['2113', 'Chemiker/in'],
  ['2149', 'Wirtschaftsingenieur/in'],
];
const IT_JOBS: readonly Job[] = [
  ['2512', 'Softwareentwickler/in'],
  ['2511', 'Systemanalytiker/in'],
  ['2521', 'Datenbankentwickler/in'],
  ['2529', 'IT-Sicherheitsfachkraft'],
];
const VOCATIONAL_JOBS: readonly Job[] = [
  ['7411', 'Elektroniker/in für Energie- und Gebäudetechnik'],
  ['7412', 'Elektroniker/in für Betriebstechnik'],
  ['7233', 'Industriemechaniker/in'],
  ['7212', 'Schweißer/in'],
  ['7223', 'Zerspanungsmechaniker/in'],
  ['7126', 'Anlagenmechaniker/in SHK'],
  ['7231', 'Kfz-Mechatroniker/in'],
  ['3113', 'Elektrotechniker/in'],
  ['3221', 'Pflegefachkraft'],
  ['7115', 'Zimmerer/Zimmerin'],
];
const WESTBALKAN_JOBS: readonly Job[] = [
  ['7112', 'Maurer/in'],
  ['7115', 'Zimmerer/Zimmerin'],
  ['7126', 'Anlagenmechaniker/in SHK'],
  ['8332', 'Berufskraftfahrer/in'],
  ['5120', 'Koch/Köchin'],
  ['9313', 'Bauhelfer/in'],
];

/** What a candidate of a route brings and what the job pays: the facts that make the route the one chosen. */
export interface RouteShape {
  jobs: readonly Job[];
  level: QualificationLevel;
  /** the German assessment, by weight */
  assessment: readonly (readonly [GermanAssessment, number])[];
  salary: readonly [number, number];
  /** years of work experience */
  experience: readonly [number, number];
  /** the candidate's age at the start of the case */
  age: readonly [number, number];
  german: readonly (readonly ['none' | 'A1' | 'A2' | 'B1' | 'B2' | 'C1', number])[];
}

const GERMAN_LOW = [['none', 20], ['A1', 30], ['A2', 25], ['B1', 20], ['B2', 5]] as const;
const GERMAN_B1 = [['A2', 15], ['B1', 55], ['B2', 25], ['C1', 5]] as const;

export const ROUTE_SHAPES: Record<RouteId, RouteShape> = {
  '18g-standard': { jobs: ACADEMIC_JOBS, level: 'academic', assessment: [['comparable', 60], ['none', 40]], salary: [50_800, 78_000], experience: [2, 12], age: [25, 45], german: GERMAN_LOW },
  '18g-shortage': { jobs: ACADEMIC_JOBS, level: 'academic', assessment: [['comparable', 60], ['none', 40]], salary: [45_934, 50_600], experience: [1, 10], age: [25, 45], german: GERMAN_LOW },
  '18g-new-entrant': { jobs: ACADEMIC_JOBS, level: 'academic', assessment: [['comparable', 60], ['none', 40]], salary: [45_934, 50_000], experience: [0, 2], age: [23, 29], german: GERMAN_LOW },
  '18g-it': { jobs: IT_JOBS, level: 'none', assessment: [['none', 1]], salary: [46_000, 65_000], experience: [3, 10], age: [24, 42], german: GERMAN_LOW },
  '18b': { jobs: ACADEMIC_JOBS, level: 'academic', assessment: [['comparable', 55], ['none', 45]], salary: [42_000, 62_000], experience: [1, 12], age: [24, 45], german: GERMAN_LOW },
  '18a': { jobs: VOCATIONAL_JOBS, level: 'vocational', assessment: [['equivalent', 40], ['none', 60]], salary: [32_000, 48_000], experience: [2, 15], age: [22, 45], german: GERMAN_B1 },
  '19-ict': { jobs: ACADEMIC_JOBS, level: 'academic', assessment: [['comparable', 1]], salary: [55_000, 90_000], experience: [3, 15], age: [27, 50], german: [['none', 70], ['A1', 30]] },
  '19c2-experience': { jobs: VOCATIONAL_JOBS, level: 'vocational', assessment: [['none', 1]], salary: [45_934, 52_000], experience: [2, 12], age: [24, 48], german: GERMAN_LOW },
  '16d3-partnership': { jobs: VOCATIONAL_JOBS, level: 'vocational', assessment: [['none', 1]], salary: [30_000, 42_000], experience: [1, 10], age: [22, 40], german: GERMAN_B1 },
  '16d1-qualification': { jobs: VOCATIONAL_JOBS, level: 'vocational', assessment: [['partial', 1]], salary: [28_000, 40_000], experience: [1, 10], age: [22, 40], german: [['A2', 60], ['B1', 40]] },
  '19c1-westbalkan': { jobs: WESTBALKAN_JOBS, level: 'none', assessment: [['none', 1]], salary: [28_000, 42_000], experience: [0, 15], age: [20, 50], german: GERMAN_LOW },
  '20a-skilled': { jobs: VOCATIONAL_JOBS, level: 'vocational', assessment: [['equivalent', 1]], salary: [30_000, 45_000], experience: [2, 10], age: [22, 38], german: [['A1', 40], ['A2', 40], ['B1', 20]] },
  '20a-points': { jobs: ACADEMIC_JOBS, level: 'academic', assessment: [['none', 1]], salary: [40_000, 55_000], experience: [1, 8], age: [23, 35], german: [['A1', 40], ['A2', 40], ['B1', 20]] },
};

/** English as the candidates report it */
export const ENGLISH_WEIGHTS = [['A2', 10], ['B1', 30], ['B2', 35], ['C1', 20], ['C2', 5]] as const;

/**
 * Tasks an adviser adds by hand beside the plan's: [title, owner, the plan step it hangs on, days after that step's
 * start]; a task whose step the plan lacks (no first working day for the Chancenkarte) is not added.
 */
export const HAND_TASKS: readonly (readonly [string, 'adviser' | 'company' | 'candidate', string, number])[] = [
  ['Zeugnisse und Arbeitszeugnisse vereidigt übersetzen lassen', 'candidate', 'visa-application', -30],
  ['Deutschkurs anmelden (Ziel B1)', 'candidate', 'visa-application', 0],
  ['Rückfrage bei der Personalabteilung: Stand des Verfahrens', 'adviser', 'visa-decision', 0],
  ['Krankenversicherung ab dem Einreisetag abschließen', 'candidate', 'entry', -14],
  ['Wohnung für die Ankunft suchen', 'company', 'entry', -30],
  ['Abholung am Flughafen organisieren', 'company', 'entry', 0],
  ['Bankkonto eröffnen', 'candidate', 'anmeldung', 7],
  ['Termin bei der Ausländerbehörde vereinbaren', 'adviser', 'anmeldung', 3],
  ['Einarbeitungsplan und Patenschaft im Betrieb abstimmen', 'company', 'first-working-day', -14],
  ['Integrationskurs und Kinderbetreuung für die Familie klären', 'adviser', 'residence-permit', 14],
];

/** Notes on a case; `{city}` is filled in */
export const CASE_NOTES: readonly string[] = [
  'Termin bei der Auslandsvertretung ist bestätigt; Unterlagen vorab per E-Mail geprüft.',
  'Arbeitsvertrag liegt unterschrieben vor; Erklärung zum Beschäftigungsverhältnis an die Personalabteilung geschickt.',
  'Rückfrage der Ausländerbehörde zur Wohnanschrift beantwortet.',
  'Übersetzungen der Zeugnisse fehlen noch; Unternehmen informiert.',
  'Telefonat mit der Personalabteilung: Starttermin verschiebt sich um zwei Wochen.',
  'Anerkennungsstelle fordert eine Fächerübersicht des Studiums nach.',
  'Wohnung in {city} gefunden; die Wohnungsgeberbestätigung folgt.',
  'Deutschkurs B1 ab dem nächsten Monat gebucht.',
  'Vorabzustimmung liegt vor; Kandidatin wurde informiert.',
  'Sprachzertifikat (Goethe-Zertifikat B1) eingereicht.',
  'Vollmacht für das beschleunigte Fachkräfteverfahren unterschrieben zurück.',
  'Kandidat fragt nach Familiennachzug für Ehefrau und Kind.',
  'Unternehmen bittet um einen kurzen Zwischenstand für die Geschäftsführung.',
  'Erster Arbeitstag gut verlaufen; Patenschaft im Team eingerichtet.',
];

export const CANCEL_REASONS: readonly string[] = [
  'Kandidatin hat ein anderes Angebot angenommen.',
  'Visum abgelehnt; eine Remonstration ist nicht aussichtsreich.',
  'Anerkennung abgelehnt; keine Anpassungsqualifizierung in erreichbarer Nähe.',
  'Unternehmen hat die Stelle intern besetzt.',
  'Kandidat hat die Bewerbung aus familiären Gründen zurückgezogen.',
  'Zustimmung der Bundesagentur für Arbeit versagt (Arbeitsbedingungen nicht vergleichbar).',
  'Seit drei Monaten kein Kontakt mehr zum Kandidaten.',
];

export const REJECT_REASONS: readonly string[] = [
  'Scan unleserlich; bitte in besserer Qualität hochladen.',
  'Seite 2 fehlt.',
  'Übersetzung nicht von einer vereidigten Übersetzerin.',
  'Dokument abgelaufen.',
  'Name weicht vom Reisepass ab; bitte klären.',
];

/** Internal notes about a candidate (never shown to the company) */
export const CANDIDATE_NOTES: readonly string[] = [
  'Sehr gut vorbereitet; alle Unterlagen vollständig.',
  'Bevorzugt Kontakt per WhatsApp am Abend (Zeitverschiebung).',
  'Familie zieht später nach.',
  'Hat bereits ein Praktikum in Deutschland gemacht.',
  'Führerschein soll umgeschrieben werden.',
];

/** The versions of the consent text, with the day each came into use */
export const CONSENT_TEXT_VERSIONS: readonly (readonly [string, string])[] = [
  ['2023-01-01', '2023-v1'],
  ['2025-03-01', '2025-v2'],
  ['2026-12-01', '2026-12-v3'],
];
