// Competent bodies of the recognition finder (recognition-integration-facts.md §§ 1.2, 3.3; legal-facts.md §§ 4.4–4.6).
// Ids are shared with src/law/plan/data/authorities.ts where the body is the same (ihk-fosa, hwk-pfalz, hwk-rheinhessen,
// hwk-koblenz, hwk-trier, ingkammer-rlp, ingkammer-bw, engineer-by, bezirksregierung-nrw, kmk-zab).
// Postal addresses: verified against stored public pages where a reference says so (search of 2026-12-05); otherwise
// `addressUnconfirmed: true` (from general knowledge; the finder says "to be verified").

import type { Reference } from '../../parameters/parameter.ts';
import type { RecognitionBody } from '../types.ts';

const VERIFIED = '2026-12-05';

const REF_HWK_PFALZ_ADDRESS: Reference = {
  title: 'Deutsches Handwerksblatt, Regionalausgabe der Handwerkskammer der Pfalz (Am Altenhof 15, 67655 Kaiserslautern), 22.02.2019',
  url: 'https://fdokument.com/document/regionalausgabe-der-handwerkskammer-der-pfalz-nr-3095pdfdeutsches-handwerksblatt.html',
};
const REF_HWK_RHEINHESSEN_ADDRESS: Reference = {
  title: 'Deutsches Handwerksblatt, Handwerkskammer Rheinhessen (Dagobertstraße 2, 55116 Mainz), 22.03.2018',
  url: 'https://fdokument.com/document/exklusiv-fuer-das-handwerk-hwkde-hans-joerg-friese-und-anja-obermann-stehen.html',
};
const REF_HWK_RHEINHESSEN_RECOGNITION: Reference = {
  title: 'Handwerkskammer Rheinhessen: Anerkennung ausländischer Berufsabschlüsse (zuständig bei Arbeit oder Wohnsitz in Rheinhessen)',
  url: 'https://www.hwk.de/anerkennung-auslaendischer-berufsabschluesse/',
};
const REF_HWK_KOBLENZ_ADDRESS: Reference = {
  title: 'HwK Koblenz, 125 Jahre: Zentrale im Friedrich-Ebert-Ring 33',
  url: 'https://125jahre.hwk-koblenz.de/zeitreise/neunzehn10/',
};
const REF_WELT_HWK_KOBLENZ: Reference = {
  title: 'Welt/dpa: Handwerkskammer prüft ausländische Fachkraft-Abschlüsse (HWK Koblenz eine von vier zentralen Kammern für Anträge aus dem Ausland)',
  url: 'https://www.welt.de/regionales/rheinland-pfalz-saarland/article204487992/Handwerkskammer-prueft-auslaendische-Fachkraft-Abschluesse.html',
};
const REF_IHK_RLP_WELCOME: Reference = {
  title: 'IHK Rheinland-Pfalz: Zehn Jahre Welcome Center Rheinland-Pfalz (Handwerkskammern seit 2025 im Netzwerk)',
  url: 'https://www.ihk-rlp.de/servicemarken/presse/aktuelle-pressemitteilungen/zehn-jahre-welcome-center-rheinland-pfalz-6496032?print=true&printsrc=button',
};
const REF_MWVLW_WELCOME: Reference = {
  title: 'MWVLW Rheinland-Pfalz: Welcome Center Rheinland-Pfalz (IHK Pfalz, IHK für Rheinhessen, IHK Koblenz, IHK Trier)',
  url: 'https://mwvlw.rlp.de/presse/detail/dreyer-baetzing-lichtenthaeler-lemke-welcome-center-rheinland-pfalz-sind-tueroeffner-fuer-fachkraefte-1',
};
const REF_ING_RLP_ADDRESS: Reference = {
  title: 'Ingenieurkammer Rheinland-Pfalz: neue Geschäftsstelle in der Malakoff-Passage, Rheinstraße 4A, Mainz (2019)',
  url: 'https://ing-rlp.de/index.php?id=95&tx_news_pi1%5Bnews%5D=385&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Baction%5D=detail&cHash=89787799025465498dc354160cec1d8a',
};
export const REF_INGKAG_2: Reference = {
  title: 'Landesrecht RLP: IngKaG § 2 (Berufsbezeichnung „Ingenieur/in“)',
  url: 'http://landesrecht.rlp.de/jportal/?quelle=jlink&query=IngKammG+RP+%C2%A7+2&psml=bsrlpprod.psml',
};
const REF_LSJV_PFLEGE: Reference = {
  title: 'Serviceportal Rheinland-Pfalz: Erlaubnis zum Führen der Berufsbezeichnung Pflegefachfrau oder Pflegefachmann beantragen',
  url: 'https://portal-rp.tpcluster.de/detail?pstCatId=255561273&pstId=312269395',
};
const REF_LSJV_GESUNDHEITSFACHBERUFE: Reference = {
  title: 'LSJV Rheinland-Pfalz: Gesundheitsfachberufe (Anerkennung ausländischer Berufsqualifikationen)',
  url: 'https://lsjv.rlp.de/de/unsere-aufgaben/arbeit/gesundheitsfachberufe/',
};
const REF_LSJV_APPROBATION: Reference = {
  title: 'LSJV Rheinland-Pfalz: Approbationen und Berufserlaubnisse (Ärzte, Zahnärzte, Apotheker)',
  url: 'https://lsjv.rlp.de/de/unsere-aufgaben/arbeit/akademische-heilberufe/approbationen-und-berufserlaubnisse/',
};
const REF_LSJV_SEAT: Reference = {
  title: 'BUS Rheinland-Pfalz, Behördenverzeichnis: Landesamt für Soziales, Jugend und Versorgung in Mainz (Dienstsitz), Koblenz, Landau und Trier',
  url: 'https://bus.rlp.de/behoerdenverzeichnis?area=Langenfeld&areaId=8956978&ags=07137060&pstId=8967546&nodeId=200724869',
};
const REF_ADD: Reference = {
  title: 'ADD Trier: Anerkennung ausländischer Berufsabschlüsse (an Schulen vermittelte berufsqualifizierende Abschlüsse)',
  url: 'https://add.rlp.de/de/themen/aus-fort-berufs-und-weiterbildung-vormerkstelle/anerkennung-auslaendischer-berufsabschluesse/',
};
const REF_ARCHK_RLP: Reference = {
  title: 'Serviceportal Rheinland-Pfalz: Eintragung in die Architektenliste (Architektenkammer Rheinland-Pfalz, Eintragungsausschuss)',
  url: 'https://service.rlp.de/rpdlp/en/detail?pstCatId=247242628&pstId=230092260',
};
const REF_OEBVI: Reference = {
  title: 'Ingenieurkammer Rheinland-Pfalz: Öffentlich bestellte Vermessungsingenieure (Bestellung durch die obere Vermessungs- und Katasterbehörde)',
  url: 'https://www.ing-rlp.de/index.php?id=58',
};
const REF_PRUEFING_RLP: Reference = {
  title: 'Landesverordnung über Prüfingenieurinnen und Prüfingenieure für Baustatik RLP (Anerkennung durch die oberste Bauaufsichtsbehörde), umwelt-online',
  url: 'http://uo.f1f37a1bf7b548e2bdb62f666ac0ec20.bodycote-enr.zeta-sw.com/regelwerk/bau/laender/rp/z24_0272.htm',
};
const REF_IHK_FOSA_APPLY: Reference = {
  title: 'IHK FOSA: Submitting an application (documents; applications from abroad possible)',
  url: 'https://www.ihk-fosa.de/en/for-applicants/submitting-an-application/',
};
const REF_ZAB_FEES: Reference = {
  title: 'KMK/ZAB: Zeugnisbewertung, Gebühren',
  url: 'https://www.kmk.org/zab/zeugnisbewertung/gebuehren.html',
};
const REF_ZAB_STATEMENT: Reference = {
  title: 'KMK/ZAB: Zeugnisbewertung (vergleichende Einstufung, keine Anerkennung)',
  url: 'https://www.kmk.org/zab/zentralstelle-fuer-auslaendisches-bildungswesen/zeugnisbewertung.html',
};
const REF_DLF_ZAB: Reference = {
  title: 'Deutschlandfunk (2017): Die ZAB in der Graurheindorfer Straße in Bonn',
  url: 'http://www.deutschlandfunk.de/auslaendische-bildungsabschluesse-gezinkte-diplome-sind-die.680.de.html?dram:article_id=383527',
};
const REF_BAYERN_ENGINEER: Reference = {
  title: 'Bayern: Genehmigung zum Führen der Berufsbezeichnung Ingenieur/in',
  url: 'https://www.eap.bayern.de/informationen/leistungsbeschreibung/845312016459?anliegen=8111031172&dienstleistung=8777623333&nationalitaet=4888808174',
};
const REF_BW_ENGINEER: Reference = {
  title: 'Antrag auf Genehmigung zum Führen der Berufsbezeichnung Ingenieur, Baden-Württemberg (§ 3 IngG BW)',
  url: 'https://de.scribd.com/document/433194616/Antrag-Genehmigung-Ingenieur-BW',
};
const REF_NRW_ENGINEER: Reference = {
  title: 'Bezirksregierung Düsseldorf: Anerkennung der Berufsbezeichnung Ingenieur/Ingenieurin',
  url: 'https://www.brd.nrw.de/themen/kommunales/handel-handwerk-gewerbe/anerkennung-der-berufsbezeichnung-ingenieur-ingenieurin',
};
const REF_FACTS_ARCHITECTS: Reference = {
  title: 'Lotse fact sheet recognition-integration-facts.md § 1.2 (architect chambers of other Länder: names from general knowledge, UNCONFIRMED)',
  url: 'https://service.rlp.de/rpdlp/en/detail?pstCatId=247242628&pstId=230092260',
};
const REF_PRUEFING_BW: Reference = {
  title: 'Landesrecht BW: BauPrüfVO (Prüfingenieure für Bautechnik), lexaris',
  url: 'https://lexaris.de/book/version/documentflat/head/1122822',
};

const ADDRESS_NOTE = {
  de: 'Anschrift aus allgemeiner Kenntnis, nicht aus einer Quelle bestätigt.',
  en: 'Address from general knowledge, not confirmed by a source.',
};

export const BODIES: readonly RecognitionBody[] = [
  // ---- Chambers, nationwide and RLP ----
  {
    id: 'ihk-fosa',
    kind: 'ihk-fosa',
    name: { de: 'IHK FOSA (Foreign Skills Approval), Nürnberg', en: 'IHK FOSA (Foreign Skills Approval), Nuremberg' },
    street: 'Ulmenstraße 52g',
    postcode: '90443',
    city: 'Nürnberg',
    url: 'https://www.ihk-fosa.de',
    reference: REF_IHK_FOSA_APPLY,
    alsoSee: [{ title: 'IHK FOSA: Verfahrensablauf', url: 'https://www.ihk-fosa.de/fuer-antragstellende/verfahrensablauf/' }],
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: {
      de: 'Zentrale Stelle der IHKs für IHK-Berufe; Anträge auch aus dem Ausland.',
      en: 'The IHKs’ central body for IHK occupations; applications also from abroad.',
    },
  },
  {
    id: 'hwk-pfalz',
    kind: 'hwk',
    name: { de: 'Handwerkskammer der Pfalz', en: 'Chamber of crafts of the Palatinate (Handwerkskammer der Pfalz)' },
    street: 'Am Altenhof 15',
    postcode: '67655',
    city: 'Kaiserslautern',
    url: 'https://www.hwk-pfalz.de',
    land: 'DE-RP',
    reference: REF_HWK_PFALZ_ADDRESS,
    alsoSee: [REF_IHK_RLP_WELCOME],
    lastVerified: VERIFIED,
  },
  {
    id: 'hwk-rheinhessen',
    kind: 'hwk',
    name: { de: 'Handwerkskammer Rheinhessen', en: 'Chamber of crafts Rheinhessen (Handwerkskammer Rheinhessen)' },
    street: 'Dagobertstraße 2',
    postcode: '55116',
    city: 'Mainz',
    url: 'https://www.hwk.de',
    land: 'DE-RP',
    reference: REF_HWK_RHEINHESSEN_RECOGNITION,
    alsoSee: [REF_HWK_RHEINHESSEN_ADDRESS],
    lastVerified: VERIFIED,
    note: {
      de: 'Erstberatung über die IQ Anerkennungs- und Qualifizierungsberatung Mainz & Region (MIP GmbH); Verfahrensdauer laut Kammer 3 Wochen bis 3 Monate.',
      en: 'First advice through the IQ recognition and qualification counselling Mainz & Region (MIP GmbH); the chamber states 3 weeks to 3 months.',
    },
  },
  {
    id: 'hwk-koblenz',
    kind: 'hwk',
    name: { de: 'Handwerkskammer Koblenz', en: 'Chamber of crafts Koblenz (Handwerkskammer Koblenz)' },
    street: 'Friedrich-Ebert-Ring 33',
    postcode: '56068',
    city: 'Koblenz',
    url: 'https://www.hwk-koblenz.de',
    land: 'DE-RP',
    reference: REF_HWK_KOBLENZ_ADDRESS,
    alsoSee: [REF_WELT_HWK_KOBLENZ],
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: {
      de: 'Die Straße ist belegt, die Postleitzahl nicht. Die HWK Koblenz bearbeitet als eine von vier zentralen Kammern auch Anträge aus dem Ausland (Stand 2019/2020; aktuelle Zuordnung nicht bestätigt).',
      en: 'The street is confirmed, the postcode is not. The HWK Koblenz is one of four central chambers that also handle applications from abroad (as of 2019/2020; the current allocation is not confirmed).',
    },
  },
  {
    id: 'hwk-trier',
    kind: 'hwk',
    name: { de: 'Handwerkskammer Trier', en: 'Chamber of crafts Trier (Handwerkskammer Trier)' },
    street: 'Loebstraße 18',
    postcode: '54292',
    city: 'Trier',
    url: 'https://www.hwk-trier.de',
    land: 'DE-RP',
    reference: REF_IHK_RLP_WELCOME,
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: ADDRESS_NOTE,
  },
  {
    id: 'ihk-pfalz',
    kind: 'ihk',
    name: { de: 'IHK Pfalz, Welcome Center (Erstberatung)', en: 'IHK Pfalz, Welcome Center (first advice)' },
    street: 'Ludwigsplatz 2–4',
    postcode: '67059',
    city: 'Ludwigshafen am Rhein',
    url: 'https://www.ihk.de/pfalz',
    land: 'DE-RP',
    reference: REF_MWVLW_WELCOME,
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: ADDRESS_NOTE,
  },
  {
    id: 'ihk-rheinhessen',
    kind: 'ihk',
    name: { de: 'IHK für Rheinhessen, Welcome Center (Erstberatung)', en: 'IHK für Rheinhessen, Welcome Center (first advice)' },
    street: 'Schillerplatz 7',
    postcode: '55116',
    city: 'Mainz',
    url: 'https://www.ihk.de/rheinhessen',
    land: 'DE-RP',
    reference: REF_MWVLW_WELCOME,
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: ADDRESS_NOTE,
  },
  {
    id: 'ihk-koblenz',
    kind: 'ihk',
    name: { de: 'IHK Koblenz, Welcome Center (Erstberatung)', en: 'IHK Koblenz, Welcome Center (first advice)' },
    street: 'Schlossstraße 2',
    postcode: '56068',
    city: 'Koblenz',
    url: 'https://www.ihk.de/koblenz',
    land: 'DE-RP',
    reference: REF_MWVLW_WELCOME,
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: ADDRESS_NOTE,
  },
  {
    id: 'ihk-trier',
    kind: 'ihk',
    name: { de: 'IHK Trier, Welcome Center (Erstberatung)', en: 'IHK Trier, Welcome Center (first advice)' },
    street: 'Herzogenbuscher Straße 12',
    postcode: '54292',
    city: 'Trier',
    url: 'https://www.ihk.de/trier',
    land: 'DE-RP',
    reference: REF_MWVLW_WELCOME,
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: ADDRESS_NOTE,
  },
  // ---- RLP Land-law bodies ----
  {
    id: 'ingkammer-rlp',
    kind: 'engineer-chamber',
    name: { de: 'Ingenieurkammer Rheinland-Pfalz', en: 'Chamber of engineers of Rhineland-Palatinate (Ingenieurkammer Rheinland-Pfalz)' },
    street: 'Rheinstraße 4A',
    postcode: '55116',
    city: 'Mainz',
    url: 'https://www.ing-rlp.de',
    land: 'DE-RP',
    reference: REF_INGKAG_2,
    alsoSee: [REF_ING_RLP_ADDRESS],
    lastVerified: VERIFIED,
    unconfirmed: true,
    addressUnconfirmed: true,
    note: {
      de: 'Zuständigkeit für Abschlüsse aus Drittstaaten (§ 5 IngKaG) sehr wahrscheinlich, aber nicht bestätigt. Antrag nur bei Tätigkeit in Rheinland-Pfalz; Deutschkenntnisse erforderlich. Straße belegt (Malakoff-Passage, seit 2019), Postleitzahl nicht.',
      en: 'Very probably competent for third-country degrees (§ 5 IngKaG), but not confirmed. Only persons working in Rhineland-Palatinate may apply; German is required. Street confirmed (Malakoff-Passage, since 2019), postcode not.',
    },
  },
  {
    id: 'architektenkammer-rlp',
    kind: 'architect-chamber',
    name: { de: 'Architektenkammer Rheinland-Pfalz (Eintragungsausschuss)', en: 'Chamber of architects of Rhineland-Palatinate (registration committee)' },
    street: 'Hindenburgplatz 6',
    postcode: '55118',
    city: 'Mainz',
    url: 'https://www.diearchitekten.org',
    land: 'DE-RP',
    reference: REF_ARCHK_RLP,
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: ADDRESS_NOTE,
  },
  {
    id: 'lsjv-rlp',
    kind: 'health-authority',
    name: { de: 'Landesamt für Soziales, Jugend und Versorgung Rheinland-Pfalz (LSJV)', en: 'Rhineland-Palatinate State Office for Social Affairs, Youth and Care (LSJV)' },
    street: 'Rheinallee 97–101',
    postcode: '55118',
    city: 'Mainz',
    url: 'https://lsjv.rlp.de',
    land: 'DE-RP',
    reference: REF_LSJV_GESUNDHEITSFACHBERUFE,
    alsoSee: [REF_LSJV_PFLEGE, REF_LSJV_APPROBATION, REF_LSJV_SEAT],
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: {
      de: 'Dienstsitz Mainz (weitere Standorte Koblenz, Landau, Trier) belegt; Straße und Postleitzahl nicht bestätigt.',
      en: 'Seat in Mainz (further sites Koblenz, Landau, Trier) confirmed; street and postcode not confirmed.',
    },
  },
  {
    id: 'add-trier',
    kind: 'school-authority',
    name: { de: 'Aufsichts- und Dienstleistungsdirektion (ADD)', en: 'Supervisory and Service Directorate (ADD)' },
    street: 'Willy-Brandt-Platz 3',
    postcode: '54290',
    city: 'Trier',
    url: 'https://add.rlp.de',
    land: 'DE-RP',
    reference: REF_ADD,
    lastVerified: VERIFIED,
    unconfirmed: true,
    addressUnconfirmed: true,
    note: {
      de: 'Zuständig für an Schulen vermittelte Berufsabschlüsse; dass dies den Fachschultitel „Staatlich geprüfte/r Techniker/in“ umfasst, ist nicht bestätigt. Anschrift aus allgemeiner Kenntnis.',
      en: 'Competent for vocational qualifications taught at schools; that this covers the Fachschule title "Staatlich geprüfte/r Techniker/in" is not confirmed. Address from general knowledge.',
    },
  },
  {
    id: 'lvermgeo-rlp',
    kind: 'land-authority',
    name: { de: 'Landesamt für Vermessung und Geobasisinformation Rheinland-Pfalz (obere Vermessungs- und Katasterbehörde)', en: 'Rhineland-Palatinate State Office for Surveying and Geobase Information (higher surveying authority)' },
    city: 'Koblenz',
    land: 'DE-RP',
    reference: REF_OEBVI,
    lastVerified: VERIFIED,
    unconfirmed: true,
    addressUnconfirmed: true,
    note: {
      de: 'Name der Behörde aus den gespeicherten Quellen nicht bestätigt; Anschrift nicht hinterlegt.',
      en: 'The authority’s name is not confirmed by the stored sources; no address held.',
    },
  },
  {
    id: 'fm-rlp-bauaufsicht',
    kind: 'land-authority',
    name: { de: 'Ministerium der Finanzen Rheinland-Pfalz (oberste Bauaufsichtsbehörde)', en: 'Rhineland-Palatinate Ministry of Finance (supreme building supervisory authority)' },
    city: 'Mainz',
    land: 'DE-RP',
    reference: REF_PRUEFING_RLP,
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: {
      de: 'Erkennt Prüfingenieurinnen und Prüfingenieure für Baustatik an, nach Bescheinigung des Prüfungsausschusses (§ 5). Anschrift nicht hinterlegt.',
      en: 'Recognises Prüfingenieure for structural analysis after the examination committee certifies aptitude (§ 5). No address held.',
    },
  },
  // ---- Federal: academic assessment ----
  {
    id: 'kmk-zab',
    kind: 'academic-assessment',
    name: {
      de: 'Zentralstelle für ausländisches Bildungswesen (ZAB) bei der Kultusministerkonferenz',
      en: 'Central Office for Foreign Education (ZAB) at the Standing Conference of Education Ministers (KMK)',
    },
    street: 'Graurheindorfer Straße 157',
    postcode: '53117',
    city: 'Bonn',
    url: 'https://zab.kmk.org',
    reference: REF_ZAB_FEES,
    alsoSee: [REF_ZAB_STATEMENT, REF_DLF_ZAB],
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: {
      de: 'Nicht zu verwechseln mit der Zentralen Ausländerbehörde (ZAB) in Kaiserslautern. Die Zeugnisbewertung ist eine vergleichende Einstufung, keine Anerkennung. Straße belegt (Graurheindorfer Straße, Bonn), Hausnummer und Postleitzahl nicht.',
      en: 'Not to be confused with the central immigration office (ZAB) in Kaiserslautern. The statement is a comparative classification, not a recognition. Street confirmed (Graurheindorfer Straße, Bonn), house number and postcode not.',
    },
  },
  // ---- Other Länder (what the facts know) ----
  {
    id: 'engineer-by-kammer',
    kind: 'engineer-chamber',
    name: { de: 'Bayerische Ingenieurekammer-Bau', en: 'Bavarian Chamber of Civil Engineers (Bayerische Ingenieurekammer-Bau)' },
    city: 'München',
    land: 'DE-BY',
    reference: REF_BAYERN_ENGINEER,
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: {
      de: 'Zuständig für Bauingenieurwesen, Gebäude- und Versorgungstechnik und Vermessung; 2–3 Monate. Anschrift nicht hinterlegt.',
      en: 'Competent for civil engineering, building services and surveying; 2–3 months. No address held.',
    },
  },
  {
    id: 'regierung-schwaben',
    kind: 'land-authority',
    name: { de: 'Regierung von Schwaben', en: 'Government of Swabia (Regierung von Schwaben)' },
    city: 'Augsburg',
    land: 'DE-BY',
    reference: REF_BAYERN_ENGINEER,
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: {
      de: 'Zuständig in Bayern für alle Ingenieur-Fachrichtungen außer Bau, Gebäudetechnik und Vermessung; 2–3 Monate. Anschrift nicht hinterlegt.',
      en: 'Competent in Bavaria for every engineering discipline except civil engineering, building services and surveying; 2–3 months. No address held.',
    },
  },
  {
    id: 'ingkammer-bw',
    kind: 'engineer-chamber',
    name: { de: 'Ingenieurkammer Baden-Württemberg', en: 'Chamber of engineers of Baden-Württemberg' },
    city: 'Stuttgart',
    land: 'DE-BW',
    reference: REF_BW_ENGINEER,
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: { de: 'Anschrift nicht hinterlegt.', en: 'No address held.' },
  },
  {
    id: 'bezirksregierung-nrw',
    kind: 'land-authority',
    name: {
      de: 'Die Bezirksregierung des Wohnorts (sonst des Sitzes des Arbeitgebers), Nordrhein-Westfalen',
      en: 'The Bezirksregierung of the place of residence (otherwise of the employer’s seat), North Rhine-Westphalia',
    },
    land: 'DE-NW',
    reference: REF_NRW_ENGINEER,
    lastVerified: VERIFIED,
  },
  {
    id: 'architektenkammer-by',
    kind: 'architect-chamber',
    name: { de: 'Bayerische Architektenkammer', en: 'Bavarian Chamber of Architects' },
    city: 'München',
    land: 'DE-BY',
    reference: REF_FACTS_ARCHITECTS,
    lastVerified: VERIFIED,
    unconfirmed: true,
    addressUnconfirmed: true,
  },
  {
    id: 'architektenkammer-bw',
    kind: 'architect-chamber',
    name: { de: 'Architektenkammer Baden-Württemberg', en: 'Chamber of Architects of Baden-Württemberg' },
    city: 'Stuttgart',
    land: 'DE-BW',
    reference: REF_FACTS_ARCHITECTS,
    lastVerified: VERIFIED,
    unconfirmed: true,
    addressUnconfirmed: true,
  },
  {
    id: 'architektenkammer-nw',
    kind: 'architect-chamber',
    name: { de: 'Architektenkammer Nordrhein-Westfalen', en: 'Chamber of Architects of North Rhine-Westphalia' },
    city: 'Düsseldorf',
    land: 'DE-NW',
    reference: REF_FACTS_ARCHITECTS,
    lastVerified: VERIFIED,
    unconfirmed: true,
    addressUnconfirmed: true,
  },
  {
    id: 'architektenkammer-he',
    kind: 'architect-chamber',
    name: { de: 'Architekten- und Stadtplanerkammer Hessen', en: 'Chamber of Architects and Urban Planners of Hesse' },
    city: 'Wiesbaden',
    land: 'DE-HE',
    reference: REF_FACTS_ARCHITECTS,
    lastVerified: VERIFIED,
    unconfirmed: true,
    addressUnconfirmed: true,
  },
  {
    id: 'mlw-bw',
    kind: 'land-authority',
    name: { de: 'Ministerium für Landesentwicklung und Wohnen Baden-Württemberg', en: 'Baden-Württemberg Ministry for Regional Development and Housing' },
    city: 'Stuttgart',
    land: 'DE-BW',
    reference: REF_PRUEFING_BW,
    lastVerified: VERIFIED,
    addressUnconfirmed: true,
    note: { de: 'Prüfingenieure für Bautechnik (BauPrüfVO). Anschrift nicht hinterlegt.', en: 'Prüfingenieure for building technology (BauPrüfVO). No address held.' },
  },
];
