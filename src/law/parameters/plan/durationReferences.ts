// Sources of the process plan's durations and deadlines (and of some authorities in ../../plan/data/authorities.ts).
// Statute texts first where the figure rests on a statute; practitioners' and press pages where no authority
// publishes the figure (the durations resting on them are estimates or UNCONFIRMED).

import type { Reference } from '../parameter.ts';

export const REF_IHK_FOSA_PROCEDURE: Reference = {
  title: 'IHK FOSA: Verfahrensablauf (Entscheidung in der Regel innerhalb von 3 Monaten nach vollständigen Unterlagen, § 6 Abs. 3 BQFG)',
  url: 'https://www.ihk-fosa.de/fuer-antragstellende/verfahrensablauf/',
};
export const REF_ETL_BQFG: Reference = {
  title: 'ETL Rechtsanwälte: Wie wird die Gleichwertigkeit von Berufsqualifikationen festgestellt? (Eingangsbestätigung 1 Monat, Entscheidung 3 Monate)',
  url: 'https://etl-rechtsanwaelte.de/aktuelles/wie-wird-die-gleichwertigkeit-von-berufsqualifikationen-festgestellt',
};
export const REF_HWK_RHEINHESSEN: Reference = {
  title: 'Handwerkskammer Rheinhessen: Anerkennung ausländischer Berufsabschlüsse (Verfahren 3 Wochen bis 3 Monate)',
  url: 'https://www.hwk.de/anerkennung-auslaendischer-berufsabschluesse/',
};
export const REF_BQFG_14A: Reference = {
  title: '§ 14a BQFG (beschleunigtes Verfahren: Eingangsbestätigung 2 Wochen, Entscheidung 2 Monate), buzer.de',
  url: 'https://www.buzer.de/gesetz/9978/al85996-0.htm',
};
export const REF_MIIG_BA: Reference = {
  title: 'Make it in Germany: Die Bundesagentur für Arbeit (Zustimmung, Zustimmungsfiktion nach 2 Wochen, 1 Woche im beschleunigten Verfahren)',
  url: 'https://www.make-it-in-germany.com/de/unternehmen/einreise/bundesagentur-fuer-arbeit',
};
export const REF_LEXCADA_81A: Reference = {
  title: '§ 81a AufenthG (beschleunigtes Fachkräfteverfahren), Gesetzestext auf lexcada.com',
  url: 'https://lexcada.com/akn/de/act/2004-07-30/AufenthG/deu/!page_262',
};
export const REF_DIPLO_FRANCE_81A: Reference = {
  title: 'Deutsche Botschaft Paris: Beschleunigtes Fachkräfteverfahren (Termin binnen 3 Wochen, Entscheidung in der Regel binnen 3 Wochen, § 31a AufenthV)',
  url: 'https://allemagneenfrance.diplo.de/fr-de/service/visa/2521774-2521774',
};
export const REF_ZBS_81A_DEADLINES: Reference = {
  title: 'zbs-auf.info 8.16: Aufgaben der Auslandsvertretung im beschleunigten Fachkräfteverfahren (Termin und Entscheidung je 3 Wochen)',
  url: 'https://www.zbs-auf.info/8-16-welche-aufgaben-hat-die-auslandsvertretung-bei-einem-beschleunigten-fachkraefteverfahren/',
};
export const REF_BMG_17: Reference = {
  title: '§ 17 BMG (Anmeldung innerhalb von zwei Wochen nach dem Einzug), lexetius.com',
  url: 'https://lexetius.com/BMG/17',
};
export const REF_DIPLO_EXPERIENCE: Reference = {
  title: 'Auswärtiges Amt, Auslandsportal: Arbeitsaufnahme mit Berufserfahrung (Visum, danach Aufenthaltserlaubnis bei der Ausländerbehörde)',
  url: 'https://digital.diplo.de/Arbeitsaufnahme-Berufserfahrung',
};
export const REF_PAKA_REGULAR: Reference = {
  title: 'paka recruiting: Beschleunigtes Fachkräfteverfahren (reguläres Visumverfahren 6–12+ Monate)',
  url: 'https://wissen.paka-recruiting.com/beschleunigtes-fachkraefteverfahren',
};
export const REF_TAGESSCHAU_VISA: Reference = {
  title: 'tagesschau.de: Visa für Fachkräfte (Wartezeiten von 9 Monaten und mehr)',
  url: 'https://www.tagesschau.de/inland/innenpolitik/visa-fachkraefte-100.html',
};
export const REF_MAINZ_BINGEN_EAT: Reference = {
  title: 'Kreisverwaltung Mainz-Bingen, Ausländerbehörde: Aufenthaltstitel (Herstellung des eAT dauert mehrere Wochen)',
  url: 'http://www.mainz-bingen.de/de/Familie-Jugend-Asyl-Gesundheit-Soziales/Asyl-Integration-Auslaenderwesen/Auslaenderbehoerde/Aufenthaltstitel.php',
};
export const REF_DARMSTADT_ABH: Reference = {
  title: 'Stadt Darmstadt: Chancenkarte (Bearbeitungszeit derzeit bis zu sechs Monate)',
  url: 'https://digitales-rathaus.darmstadt.de/lebensbereiche/einwohnerwesen-und-wahlen/dienstleistungen/chancenkarte',
};
export const REF_ZAB_BOTTLENECK: Reference = {
  title: 'KMK/ZAB: Zeugnisbewertung (Hinweis auf Bearbeitungsengpässe, keine Bearbeitungsdauer genannt)',
  url: 'https://www.kmk.org/zab/zeugnisbewertung/gebuehren.html',
};
export const REF_ANABIN: Reference = {
  title: 'anabin (KMK/ZAB): Institutionsstatus H+, H+/-, H-',
  url: 'http://anabin.kmk.org/index.php?eID=user_anabin_institutionen&conf=getInstitutionsStatusBeschreibung',
};
export const REF_ZAB_KL: Reference = {
  title: 'Stadt Kaiserslautern: Zentrale Ausländerbehörde für Fachkräfteeinwanderung Rheinland-Pfalz (Unterlagen online hochladen)',
  url: 'https://www.kaiserslautern.de/zab/themen/064549/index.html.de',
};
export const REF_INGKAG_4: Reference = {
  title: 'Ingenieurkammer Rheinland-Pfalz: Antrag auf Eintragung nach § 3 Abs. 1 IngKaG (nur bei Tätigkeit in RLP; Eingangsbestätigung binnen eines Monats)',
  url: 'http://docplayer.org/12380195-Antrag-auf-eintragung-in-das-verzeichnis-nach-3-abs-1-ingkag-fuehren-der-berufsbezeichnung-ingenieur-in-aufgrund-auslaendischer-berufsqualifikationen.html',
};
export const REF_BAYERN_ENGINEER: Reference = {
  title: 'Bayern: Genehmigung zum Führen der Berufsbezeichnung Ingenieur/in (Bearbeitung etwa 2–3 Monate)',
  url: 'https://www.eap.bayern.de/informationen/leistungsbeschreibung/845312016459?anliegen=8111031172&dienstleistung=8777623333&nationalitaet=4888808174',
};
export const REF_WESTBALKAN_VORAB: Reference = {
  title: 'dpa-AFX via wallstreet-online: Westbalkanregelung begrenzt (Vorabzustimmung der BA, Bearbeitung nach Eingang in Monatskontingenten)',
  url: 'https://www.wallstreet-online.de/nachricht/19209777-arbeitsmigration-westbalkanregelung-begrenzt',
};
export const REF_JAKARTA_MEANS: Reference = {
  title: 'Deutsche Botschaft Jakarta: Chancenkarte und Anerkennung, Finanzierungsnachweis (Sperrkonto)',
  url: 'https://jakarta.diplo.de/id-de/service/06-visa-und-einreise-seite/2685160-2685160',
};
export const REF_BUZER_16D: Reference = {
  title: '§ 16d AufenthG (Maßnahmen zur Anerkennung ausländischer Berufsqualifikationen), buzer.de',
  url: 'http://www.buzer.de/gesetz/4752/a234469.htm',
};
export const REF_MIIG_PARTNERSHIP: Reference = {
  title: 'Make it in Germany: Beschäftigung im Rahmen einer Anerkennungspartnerschaft (Verfahren unverzüglich nach der Einreise beginnen)',
  url: 'https://www.make-it-in-germany.com/de/unternehmen/einreise/beschaeftigung-anerkennungspartnerschaft',
};
export const REF_4A_AUFENTHG: Reference = {
  title: '§ 4a AufenthG (Pflichten des Arbeitgebers: Titel prüfen und Kopie aufbewahren), paragraphen.online',
  url: 'https://www.paragraphen.online/gesetze/bund/aufenthg-2004/4a',
};
