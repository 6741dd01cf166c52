// Issue 16: the partner network of Rhineland-Palatinate as data, from the fact sheet
// (/work/shared/reference/recognition-integration-facts.md § 3.1–3.5, legal-facts.md §§ 4.5, 6.2): public
// organisational facts only (names, seats, roles, web addresses the sheet cites). What the sheet marks UNCONFIRMED, or
// cites only from a secondary source, is `unconfirmed: true`, and its note says what is to be verified ("zu prüfen").
// Nothing here is guessed: a contact channel the sheet does not give is left out.
//
// Each entry has a stable `seedKey`: adoptRlpNetwork (the admin's action "RLP-Netzwerk übernehmen", and the demo seed)
// adds the entries whose key the office does not have yet and never overwrites what the office has edited.

import type { MeasureKind, PartnerType, Topic } from '../common/codes.ts';

export interface NetworkEntry {
  seedKey: string;
  name: string;
  type: PartnerType;
  federalState: string | null;
  region: string;
  address?: string;
  phone?: string;
  website?: string;
  handles: string;
  topics: Topic[];
  offers?: MeasureKind[];
  /** the sources and what is to be verified */
  notes: string;
  unconfirmed: boolean;
}

const RP = 'DE-RP';
const WELCOME = 'https://mwvlw.rlp.de/presse/detail/dreyer-baetzing-lichtenthaeler-lemke-welcome-center-rheinland-pfalz-sind-tueroeffner-fuer-fachkraefte-1';
const IHK_RLP = 'https://www.ihk-rlp.de/servicemarken/presse/aktuelle-pressemitteilungen/zehn-jahre-welcome-center-rheinland-pfalz-6496032';
const TO_VERIFY = 'Zu prüfen: ';

export const RLP_NETWORK: readonly NetworkEntry[] = [
  // § 3.1 Bundesagentur für Arbeit
  {
    seedKey: 'rp-ba-ags-kaiserslautern-pirmasens',
    name: 'Agentur für Arbeit Kaiserslautern-Pirmasens, Arbeitgeber-Service',
    type: 'ba_employer_service',
    federalState: RP,
    region: 'Westpfalz (Kaiserslautern; Geschäftsstellen Dahn, Kirchheimbolanden, Kusel, Landstuhl, Pirmasens, Rockenhausen, Zweibrücken)',
    phone: '0800 4 5555 20',
    website: 'https://www.arbeitsagentur.de/vor-ort/kaiserslautern-pirmasens/ueber-uns',
    handles:
      'Berät und begleitet Arbeitgeber bei der Rekrutierung im Ausland; arbeitet mit der ZAV zusammen. Telefon: kostenlose Arbeitgeber-Hotline der BA.',
    topics: ['skilled_immigration'],
    notes:
      'Quellen: arbeitsagentur.de/vor-ort/kaiserslautern-pirmasens (Bezirk); make-it-in-germany.com (Arbeitgeber-Service, Hotline 0800 4 5555 20). Welche Agentur zuständig ist, richtet sich nach dem Sitz des Arbeitgebers (Dienststellensuche der BA).',
    unconfirmed: false,
  },
  {
    seedKey: 'rp-ba-zav',
    name: 'ZAV – Zentrale Auslands- und Fachvermittlung der Bundesagentur für Arbeit',
    type: 'ba_central_service',
    federalState: null,
    region: 'bundesweit',
    handles:
      'Rekrutiert im Ausland (u. a. Ingenieurwesen, IT, Pflege, Berufskraftfahrer, Bau, Hotel und Gaststätten) mit den Arbeitsverwaltungen der Partnerländer; schlägt Kandidatinnen und Kandidaten vor; International Personalservice (IPS) als Ansprechstelle für Arbeitgeber.',
    topics: ['skilled_immigration'],
    notes:
      'Quellen (sekundär): netzwerk-iq.de Gastbeitrag ZAV; mittelhessen.eu. Zu prüfen: Sitz (Bonn) und die für Rheinland-Pfalz zuständige IPS-Stelle. Achtung: Die Seite „zav.make-it-in-germany.org“ ist eine Fälschung (Warnung der ADD).',
    unconfirmed: true,
  },
  {
    seedKey: 'rp-ba-zsba',
    name: 'ZSBA – Zentrale Servicestelle Berufsanerkennung (BA)',
    type: 'ba_central_service',
    federalState: null,
    region: 'bundesweit (Fachkräfte im Ausland)',
    handles: 'Berät Fachkräfte im Ausland zur Anerkennung ihrer Berufsqualifikation; Teil des Netzwerks der Welcome Center Rheinland-Pfalz.',
    topics: ['recognition'],
    notes: 'Quelle: make-it-in-germany.com, Erfahrungsbericht aus den Welcome Centern in Rheinland-Pfalz.',
    unconfirmed: false,
  },
  // § 3.2 Ausländerbehörden; legal-facts.md § 6.2
  {
    seedKey: 'rp-zab-fachkraefte-kaiserslautern',
    name: 'Zentrale Ausländerbehörde für Fachkräfteeinwanderung Rheinland-Pfalz (Stadtverwaltung Kaiserslautern)',
    type: 'immigration_office_central',
    federalState: RP,
    region: 'landesweit',
    address: 'Stadtverwaltung Kaiserslautern, Rathaus Nord',
    website: 'https://www.kaiserslautern.de/zab/themen/064549/index.html.de',
    handles:
      'Alle Verfahren nach § 81a AufenthG (beschleunigtes Fachkräfteverfahren) für ganz Rheinland-Pfalz seit 01.01.2021; Arbeitgeber laden die Unterlagen online hoch. Visa im regulären Verfahren bleiben bei der örtlichen Ausländerbehörde. Nicht zu verwechseln mit der ZAB (Zentralstelle für ausländisches Bildungswesen) in Bonn.',
    topics: ['skilled_immigration', 'residence_law'],
    notes: 'Quellen: kaiserslautern.de/zab; IHK Rheinhessen (sekundär); legal-facts.md § 6.2.',
    unconfirmed: false,
  },
  {
    seedKey: 'rp-abh-mainz',
    name: 'Stadtverwaltung Mainz, Bürgeramt – Abteilung für Ausländerangelegenheiten',
    type: 'immigration_office',
    federalState: RP,
    region: 'Mainz',
    address: 'Stadthaus Kaiserstraße (Lauteren-Flügel), Kaiserstraße 3–5, 55116 Mainz',
    website: 'https://www.mainz.de/vv/produkte/buergeramt/Aufenthaltserlaubnis-beantragen-Studium-Arbeit-Familiennachzug.php',
    handles: 'Aufenthaltserlaubnisse (Studium, Arbeit, Familiennachzug) als eAT; Verlängerungen, Arbeitgeberwechsel, Niederlassungserlaubnis für Personen mit Wohnsitz in Mainz.',
    topics: ['residence_law'],
    notes: 'Quelle: mainz.de. Termine nach Vereinbarung (Telefon, E-Mail, online).',
    unconfirmed: false,
  },
  {
    seedKey: 'rp-abh-mainz-bingen',
    name: 'Kreisverwaltung Mainz-Bingen, Ausländerbehörde',
    type: 'immigration_office',
    federalState: RP,
    region: 'Landkreis Mainz-Bingen',
    website: 'http://www.mainz-bingen.de/de/Familie-Jugend-Asyl-Gesundheit-Soziales/Asyl-Integration-Auslaenderwesen/Auslaenderbehoerde/Aufenthaltstitel.php',
    handles:
      'Alle Aufenthaltstitel außer Visa; die Herstellung des eAT durch die Bundesdruckerei dauert mehrere Wochen; ein abgelaufener Titel kann nicht verlängert werden und erlaubt keine Beschäftigung.',
    topics: ['residence_law'],
    notes: 'Quelle: mainz-bingen.de.',
    unconfirmed: false,
  },
  {
    seedKey: 'rp-abh-ludwigshafen',
    name: 'Stadt Ludwigshafen am Rhein, Bürgerservice – Aufenthalt (Angehörige aus Nicht-EU-Staaten)',
    type: 'immigration_office',
    federalState: RP,
    region: 'Ludwigshafen am Rhein',
    website: 'https://ludwigshafen.de/buergernah/buergerservice/dienstleistungen-a-z/detail/services-detail/aufenthalt-angehoerige-aus-nicht-eu-staaten',
    handles: 'Aufenthaltserlaubnisse, Niederlassungserlaubnisse; eine Online-Anfrage wird empfohlen.',
    topics: ['residence_law'],
    notes: 'Quelle: ludwigshafen.de.',
    unconfirmed: false,
  },
  {
    seedKey: 'rp-abh-kaiserslautern',
    name: 'Stadtverwaltung Kaiserslautern, Ausländerbehörde',
    type: 'immigration_office',
    federalState: RP,
    region: 'Kaiserslautern',
    website: 'https://rptu.de/intern/campustalk/news/aussenstelle-der-auslaenderbehoerde-auf-uni-campus-wiedereroeffnet',
    handles:
      'Aufenthaltsrecht für Personen mit Wohnsitz in Kaiserslautern (getrennt von der Zentralen Ausländerbehörde für Fachkräfteeinwanderung in derselben Stadtverwaltung); Außenstelle auf dem RPTU-Campus (dienstags und donnerstags).',
    topics: ['residence_law'],
    notes: 'Quellen: rptu.de (Außenstelle); SWR (sekundär: lange Wartezeiten 2025). Zu prüfen: Anschrift und Kontaktwege der Behörde.',
    unconfirmed: false,
  },
  {
    seedKey: 'rp-abh-neustadt',
    name: 'Stadtverwaltung Neustadt an der Weinstraße, Ausländerbehörde',
    type: 'immigration_office',
    federalState: RP,
    region: 'Neustadt an der Weinstraße',
    website: 'https://www.neustadt.eu/index.php?ModID=7&FID=2579.3854.1&object=tx%7C2579.3854.1',
    handles: 'Aufenthaltsrecht für Personen mit Wohnsitz in Neustadt; veröffentlicht die Regel zum Familiennachzug bei der Blauen Karte (keine Deutschkenntnisse für Ehegatten).',
    topics: ['residence_law'],
    notes: 'Quelle: neustadt.eu (legal-facts.md § 1.14).',
    unconfirmed: false,
  },
  // § 3.3 Chambers
  ...(
    [
      ['pfalz', 'IHK Pfalz', 'Ludwigshafen', 'Pfalz'],
      ['rheinhessen', 'IHK für Rheinhessen', 'Mainz', 'Rheinhessen'],
      ['koblenz', 'IHK Koblenz', 'Koblenz', 'Kammerbezirk Koblenz'],
      ['trier', 'IHK Trier', 'Trier', 'Kammerbezirk Trier'],
    ] as const
  ).map(
    ([key, name, seat, region]): NetworkEntry => ({
      seedKey: `rp-ihk-${key}`,
      name,
      type: 'ihk',
      federalState: RP,
      region,
      address: `Sitz: ${seat}`,
      handles: `Erstberatung zur Anerkennung in IHK-Berufen (entschieden wird bei der IHK FOSA in Nürnberg); Welcome Center in ${seat} (erste Beratung und Lotse für Arbeitgeber und Fachkräfte zu Anerkennung, Einreise und Aufenthalt, Sprachkursen, Wohnen, Familie).`,
      topics: ['recognition', 'skilled_immigration'],
      notes: `Quellen: mwvlw.rlp.de (Welcome Center Rheinland-Pfalz), ${WELCOME}; legal-facts.md § 4.5.`,
      unconfirmed: false,
    }),
  ),
  {
    seedKey: 'rp-hwk-pfalz',
    name: 'Handwerkskammer der Pfalz',
    type: 'hwk',
    federalState: RP,
    region: 'Pfalz',
    address: 'Sitz: Kaiserslautern',
    handles: 'Anerkennung in Handwerksberufen ihres Bezirks; Welcome Center (seit 2025).',
    topics: ['recognition', 'skilled_immigration'],
    notes: `Quellen: ihk-rlp.de Pressemitteilung 10.03.2025, ${IHK_RLP}; nachrichten.ag (sekundär).`,
    unconfirmed: false,
  },
  {
    seedKey: 'rp-hwk-rheinhessen',
    name: 'Handwerkskammer Rheinhessen',
    type: 'hwk',
    federalState: RP,
    region: 'Rheinhessen',
    address: 'Sitz: Mainz',
    website: 'https://www.hwk.de/anerkennung-auslaendischer-berufsabschluesse/',
    handles:
      'Anerkennung in Handwerksberufen, wenn die Person in Rheinhessen arbeitet, arbeiten will oder wohnt; Erstberatung über die IQ Anerkennungs- und Qualifizierungsberatung Mainz & Region (MIP GmbH); Verfahren 3 Wochen bis 3 Monate; Welcome Center (seit 2025).',
    topics: ['recognition', 'skilled_immigration'],
    notes: 'Quelle: hwk.de/anerkennung-auslaendischer-berufsabschluesse.',
    unconfirmed: false,
  },
  {
    seedKey: 'rp-hwk-koblenz',
    name: 'Handwerkskammer Koblenz',
    type: 'hwk',
    federalState: RP,
    region: 'Kammerbezirk Koblenz; zentral für einen Teil der Anträge aus dem Ausland',
    address: 'Sitz: Koblenz',
    handles:
      'Anerkennung in Handwerksberufen ihres Bezirks und, als eine von vier zentralen Kammern (München, Oldenburg, Frankfurt/Oder, Koblenz), eines Teils der Handwerksanträge aus dem Ausland; Welcome Center (seit 2025).',
    topics: ['recognition', 'skilled_immigration'],
    notes: 'Quelle (sekundär): welt.de. Zu prüfen: Aufteilung der Auslandsanträge auf die zentralen Kammern.',
    unconfirmed: true,
  },
  {
    seedKey: 'rp-hwk-trier',
    name: 'Handwerkskammer Trier',
    type: 'hwk',
    federalState: RP,
    region: 'Kammerbezirk Trier',
    address: 'Sitz: Trier',
    handles: 'Anerkennung in Handwerksberufen ihres Bezirks; Welcome Center (seit 2025).',
    topics: ['recognition', 'skilled_immigration'],
    notes: `Quelle: ihk-rlp.de Pressemitteilung 10.03.2025, ${IHK_RLP}.`,
    unconfirmed: false,
  },
  {
    seedKey: 'rp-ingenieurkammer',
    name: 'Ingenieurkammer Rheinland-Pfalz',
    type: 'chamber_other',
    federalState: RP,
    region: 'landesweit',
    address: 'Sitz: Mainz',
    website: 'https://www.ing-rlp.de/',
    handles:
      'Berufsbezeichnung „Ingenieur/in“ nach IngKaG RLP (Verzeichnis nach § 3; ausländische Abschlüsse nach § 5; Antrag nur bei Tätigkeit in Rheinland-Pfalz); Listen; mit der Akademie der Ingenieure und IQ RLP der Kurs „Ingenieurqualifizierung – Systematik des deutschen Bau- und Planungswesens“ (4 Wochen Theorie und Praktikum).',
    topics: ['recognition', 'further_qualification'],
    offers: ['anpassungsqualifizierung_kurs'],
    notes: 'Quellen: ing-rlp.de; legal-facts.md § 4.6. Zu prüfen: Gebühr; Zuständigkeit für Abschlüsse aus Drittstaaten nach § 5 IngKaG („sehr wahrscheinlich“ die Kammer).',
    unconfirmed: true,
  },
  {
    seedKey: 'rp-architektenkammer',
    name: 'Architektenkammer Rheinland-Pfalz',
    type: 'chamber_other',
    federalState: RP,
    region: 'landesweit',
    address: 'Sitz: Mainz',
    handles:
      'Eintragung in die Architektenliste (Eintragungsausschuss); bei ausländischen Abschlüssen ist vorher eine Vergleichbarkeitsbescheinigung der ZAB einzuholen.',
    topics: ['recognition'],
    notes: 'Quellen: service.rlp.de; ArchG RLP. Zu prüfen: Gebühr und Sitzungstermine des Eintragungsausschusses.',
    unconfirmed: true,
  },
  {
    seedKey: 'rp-add-trier',
    name: 'ADD – Aufsichts- und Dienstleistungsdirektion Rheinland-Pfalz',
    type: 'recognition_body',
    federalState: RP,
    region: 'landesweit',
    address: 'Sitz: Trier',
    website: 'https://add.rlp.de/de/themen/aus-fort-berufs-und-weiterbildung-vormerkstelle/anerkennung-auslaendischer-berufsabschluesse/',
    handles:
      'Anerkennung für Berufe des öffentlichen Dienstes und der Hauswirtschaft, ausländische Schulabschlüsse und an Schulen vermittelte berufliche Abschlüsse; Aufsichtsbehörde der Ausländerbehörden.',
    topics: ['recognition'],
    notes: 'Quelle: add.rlp.de. Zu prüfen: ob „Staatlich geprüfte/r Techniker/in“ (Fachschule) dazugehört – nicht ausdrücklich genannt.',
    unconfirmed: true,
  },
  {
    seedKey: 'rp-ihk-fosa',
    name: 'IHK FOSA – Foreign Skills Approval (Nürnberg)',
    type: 'recognition_body',
    federalState: null,
    region: 'bundesweit; für alle vier IHKs in Rheinland-Pfalz',
    website: 'https://www.ihk-fosa.de/',
    handles:
      'Entscheidet über die Gleichwertigkeit in IHK-Berufen (z. B. Elektroniker/in für Betriebstechnik, Fachinformatiker/in, Mechatroniker/in); Gebühr 100–600 €; in der Regel 3 Monate ab vollständigen Unterlagen (2 Monate im Verfahren nach § 81a); volle oder teilweise Gleichwertigkeit oder Ablehnung.',
    topics: ['recognition'],
    offers: ['qualifikationsanalyse'],
    notes: 'Quellen: ihk-fosa.de (Gebühren, Verfahrensablauf); legal-facts.md § 4.5.',
    unconfirmed: false,
  },
  // § 3.4 Welcome Center
  {
    seedKey: 'rp-welcome-center',
    name: 'Welcome Center Rheinland-Pfalz / „Make it in RLP“',
    type: 'welcome_center',
    federalState: RP,
    region: 'landesweit (acht Kammerstandorte)',
    website: 'https://make-it-in.rlp.de/arbeiten/anerkennung',
    handles:
      'Gemeinsame Initiative der Landesregierung und der Kammern (seit 2015 an den vier IHKs, seit 2025 auch an den Handwerkskammern): erste Beratung und Lotse für Arbeitgeber und Fachkräfte zu Anerkennung, Einreise und Aufenthalt, Sprachkursen, Wohnen und Familie; Webinare; Willkommensmappe für Arbeitgeber.',
    topics: ['skilled_immigration', 'recognition', 'integration_management'],
    notes: `Quellen: ${IHK_RLP}; make-it-in-germany.com; make-it-in.rlp.de.`,
    unconfirmed: false,
  },
  // § 3.5 IQ Netzwerk
  {
    seedKey: 'rp-iq-landeskoordination',
    name: 'IQ Netzwerk Rheinland-Pfalz, Landeskoordination (ism – Institut für Sozialpädagogische Forschung Mainz e.V.)',
    type: 'iq_counselling',
    federalState: RP,
    region: 'landesweit',
    address: 'Augustinerstraße 64–66, 55116 Mainz',
    website: 'https://www.iq-rlp.de/landesnetzwerk/landeskoordination',
    handles: 'Koordiniert das IQ Netzwerk in Rheinland-Pfalz (regionale Partner in Mainz, Rheinhessen, Koblenz, Ludwigshafen, Südpfalz, Mayen-Koblenz, Trier, Zweibrücken).',
    topics: ['recognition', 'further_qualification'],
    notes: `Quellen: iq-rlp.de; ism-mainz.de. ${TO_VERIFY}Fortführung der IQ-Förderung in Rheinland-Pfalz ab 2026; weitere IQ-Beratungsstellen (Trier, Koblenz, Ludwigshafen, Kaiserslautern) über die IQ-Karte auf netzwerk-iq.de.`,
    unconfirmed: true,
  },
  {
    seedKey: 'rp-iq-mip-mainz',
    name: 'IQ Anerkennungs- und Qualifizierungsberatung Mainz & Region (MIP GmbH)',
    type: 'iq_counselling',
    federalState: RP,
    region: 'Mainz und Rheinhessen',
    address: 'Frauenlobstr. 15–19, 55118 Mainz',
    website: 'https://www.hwk.de/anerkennung-auslaendischer-berufsabschluesse/',
    handles: 'Erstberatung zur Anerkennung: Referenzberuf, zuständige Stelle, Unterlagen; Beratung zu Qualifizierungen bei teilweiser Gleichwertigkeit.',
    topics: ['recognition', 'further_qualification'],
    notes: `Quelle: hwk.de/anerkennung-auslaendischer-berufsabschluesse. ${TO_VERIFY}Fortführung der IQ-Förderung ab 2026.`,
    unconfirmed: true,
  },
];
