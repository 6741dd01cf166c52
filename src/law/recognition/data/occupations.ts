// Reference occupations (Referenzberufe) for STEM and the skilled trades, with one regulated health profession each
// for nursing and medicine (recognition-integration-facts.md § 1; legal-facts.md § 4; updates-2026-12.md § 1).
// Every entry is dated: validFrom is the start of the period the fact sheets cover (18 November 2023), as for the
// plan's fees; nothing before it is asserted. What the facts mark UNCONFIRMED is carried with `unconfirmed: true`
// and an `unconfirmedNote`, or on the rule or body concerned.

import type { Reference } from '../../parameters/parameter.ts';
import type { CompetentBodyRule, DocumentCode, LegalBasis, ReferenceOccupation, Text } from '../types.ts';
import { BODY_ASK, BODY_HWK_DISTRICT } from '../types.ts';
import { REF_INGKAG_2 } from './bodies.ts';

const FROM = '2023-11-18';
const VERIFIED = '2026-12-05';

// ---- References ----

const REF_BQFG_MIIG: Reference = {
  title: 'Make it in Germany: 10 Jahre Anerkennungsgesetz (BQFG für bundesrechtlich geregelte Berufe inkl. IHK- und HWK-Berufe)',
  url: 'https://www.make-it-in-germany.com/en/about-us/10-years',
};
const REF_RLP_ANERKENNUNG: Reference = {
  title: 'make-it-in.rlp.de: Anerkennung (Fachinformatiker und Elektroniker als nicht reglementierte Berufe; Profi-Filter des Anerkennungs-Finders)',
  url: 'https://make-it-in.rlp.de/arbeiten/anerkennung',
};
const REF_IHK_FOSA_FEES: Reference = {
  title: 'IHK FOSA: Gebühren für das Anerkennungsverfahren (100–600 € je nach Aufwand)',
  url: 'http://www.ihk-fosa.de/fuer-antragstellende/gebuehren/',
};
const REF_HWO_POETTMES: Reference = {
  title: 'VG Pöttmes: Zulassungspflichtiges Handwerk – Anerkennung einer ausländischen Berufsqualifikation (HwO Anlage A)',
  url: 'https://www.vg-poettmes.de/kontakt-service/buergerservice/aufgaben/72691/zulassungspflichtiges-handwerk-beantragung-der-anerkennung-einer-auslaendischen-berufsqualifikation',
};
const REF_ELEKTRO_4EIGN: Reference = {
  title: '4eigntalents: BQFG und Zuständigkeiten bei der Anerkennung ausländischer Elektro-Fachkräfte',
  url: 'https://www.4eigntalents.com/post/berufsqualifikationsfeststellungsgesetz-und-zustandigkeiten-bei-der-anerkennung-auslandischer-elektro-fachkrafte',
};
const REF_HWK_RHEINHESSEN: Reference = {
  title: 'Handwerkskammer Rheinhessen: Anerkennung ausländischer Berufsabschlüsse',
  url: 'https://www.hwk.de/anerkennung-auslaendischer-berufsabschluesse/',
};
const REF_INGKAG: Reference = {
  title: 'IngKaG Rheinland-Pfalz (Landesgesetz zum Schutz der Berufsbezeichnungen im Ingenieurwesen und über die Ingenieurkammer), umwelt-online',
  url: 'https://umwelt-online.de/recht/bau/laender/rp/ingkag.htm',
};
const REF_INGKAG_4: Reference = {
  title: 'Ingenieurkammer Rheinland-Pfalz: Antrag auf Eintragung nach § 3 Abs. 1 IngKaG (nur bei Tätigkeit in RLP; Eingangsbestätigung binnen eines Monats)',
  url: 'http://docplayer.org/12380195-Antrag-auf-eintragung-in-das-verzeichnis-nach-3-abs-1-ingkag-fuehren-der-berufsbezeichnung-ingenieur-in-aufgrund-auslaendischer-berufsqualifikationen.html',
};
const REF_INGKAG_12: Reference = {
  title: 'Landesrecht RLP: IngKaG § 12 (Beratende Ingenieurinnen und Ingenieure)',
  url: 'http://landesrecht.rlp.de/jportal/portal/page/bsrlpprod.psml?pid=Dokumentanzeige&showdoccase=1&js_peid=Trefferliste&documentnumber=1&numberofresults=2&fromdoctodoc=yes&doc.id=jlr-IngKammGRP2011V3P12',
};
const REF_BAYERN_ENGINEER: Reference = {
  title: 'Bayern: Genehmigung zum Führen der Berufsbezeichnung Ingenieur/in (Arbeit ohne Titel erlaubt)',
  url: 'https://www.eap.bayern.de/informationen/leistungsbeschreibung/845312016459?anliegen=8111031172&dienstleistung=8777623333&nationalitaet=4888808174',
};
const REF_ARCHG: Reference = {
  title: 'Architektengesetz Rheinland-Pfalz (ArchG), umwelt-online',
  url: 'http://uo.f1f37a1bf7b548e2bdb62f666ac0ec20.bodycote-enr.zeta-sw.com/regelwerk/bau/laender/rp/archg1.htm',
};
const REF_ARCH_SERVICE: Reference = {
  title: 'Serviceportal Rheinland-Pfalz: Eintragung in die Architektenliste (ZAB-Bewertung vorab; 4 Jahre Studium, 2 Jahre Praxis)',
  url: 'https://service.rlp.de/rpdlp/en/detail?pstCatId=247242628&pstId=230092260',
};
const REF_OEBVI_VO: Reference = {
  title: 'Landesverordnung über die öffentlich bestellten Vermessungsingenieurinnen und -ingenieure RLP (ÖbVIVO), lexaris',
  url: 'https://lexaris.de/book/version/documentflat/head/1325718',
};
const REF_OEBVI_ING: Reference = {
  title: 'Ingenieurkammer Rheinland-Pfalz: Öffentlich bestellte Vermessungsingenieure',
  url: 'https://www.ing-rlp.de/index.php?id=58',
};
const REF_PRUEFING: Reference = {
  title: 'Landesverordnung über Prüfingenieurinnen und Prüfingenieure für Baustatik RLP, umwelt-online',
  url: 'http://uo.f1f37a1bf7b548e2bdb62f666ac0ec20.bodycote-enr.zeta-sw.com/regelwerk/bau/laender/rp/z24_0272.htm',
};
const REF_TECHNIKER: Reference = {
  title: 'Technikerschule Landau: Berufsbezeichnung „Staatlich geprüfte/r Techniker/in“',
  url: 'https://www.technikerschule-landau.de/berufsbezeichnung/',
};
const REF_ADD: Reference = {
  title: 'ADD Trier: Anerkennung ausländischer Berufsabschlüsse',
  url: 'https://add.rlp.de/de/themen/aus-fort-berufs-und-weiterbildung-vormerkstelle/anerkennung-auslaendischer-berufsabschluesse/',
};
const REF_MIIG_IT: Reference = {
  title: 'Make it in Germany: Arbeitsmarktzulassung von IT-Kräften (nicht reglementiert)',
  url: 'https://www.make-it-in-germany.com/de/unternehmen/einreise/arbeitsmarktzulassung/it-kraefte',
};
const REF_ANABIN_GLOSSAR: Reference = {
  title: 'anerkennung-in-deutschland.de: Glossar (nicht reglementierte akademische Berufe; Zeugnisbewertung)',
  url: 'https://www.anerkennung-in-deutschland.de/html/de/glossar.php',
};
const REF_ZAB_FEES: Reference = {
  title: 'KMK/ZAB: Zeugnisbewertung, Gebühren',
  url: 'https://www.kmk.org/zab/zeugnisbewertung/gebuehren.html',
};
const REF_LMCHEM_NEUWIED: Reference = {
  title: 'Stadt Neuwied: Anerkennungs- und Berufszugangsverfahren für den landesrechtlich reglementierten Beruf staatlich geprüfte/r Lebensmittelchemiker/in',
  url: 'http://stadt-neuwied.de/buerger-rat-verwaltung/rat-und-verwaltung/rathaus/was-erledige-ich-wo-infos-von-a-bis-z/aufgaben-von-a-bis-z/detail/anerkennungs-und-berufszugangsverfahren-fuer-den-landesrechtlich-reglementierten-beruf-staatlich-gepruefter-lebensmittelchemikerin-200163189',
};
const REF_LMCHEM_VO: Reference = {
  title: 'Landesverordnung APOLMChem RLP (22.03.2018), lexaris',
  url: 'https://lexaris.de/book/version/documentflat/head/1325625',
};
const REF_PFLEGE_RLP: Reference = {
  title: 'Serviceportal Rheinland-Pfalz: Erlaubnis zum Führen der Berufsbezeichnung Pflegefachfrau oder Pflegefachmann beantragen (reglementiert)',
  url: 'https://portal-rp.tpcluster.de/detail?pstCatId=255561273&pstId=312269395',
};
const REF_PFLEGE_FIM: Reference = {
  title: 'FIM-Portal: Antrag Führen der Berufsbezeichnung Pflegefachfrau/-mann/-person bei Berufsqualifikation aus Drittstaaten (§§ 1, 2, 40, 41, 43, 64a PflBG)',
  url: 'https://fimportal.de/document-profiles/D00000295/1.0?page=52&page_size=20&resource=document-profile',
};
const REF_LSJV_PFLEGEHILFE_FEES: Reference = {
  title: 'BUS Rheinland-Pfalz: LSJV, Anerkennung Gesundheits- und Krankenpflegehilfe (Gebühr 50–300 € zzgl. 44 € Berufsurkunde)',
  url: 'https://bus.rlp.de/detail?area=Dahn&areaId=8956176&pstId=199803003&ags=07340004',
};
const REF_LSJV_APPROBATION: Reference = {
  title: 'LSJV Rheinland-Pfalz: Approbationen und Berufserlaubnisse (§ 2 Abs. 1 BÄO; Beratung durch die ZSBA vor Antrag aus dem Ausland)',
  url: 'https://lsjv.rlp.de/de/unsere-aufgaben/arbeit/akademische-heilberufe/approbationen-und-berufserlaubnisse/',
};
const REF_LAEK_RLP: Reference = {
  title: 'Landesärztekammer Rheinland-Pfalz: Approbation, Fachsprachprüfung, Kenntnisprüfung',
  url: 'http://laek-rlp.de/aerzteservice/approbationberufserlaubnis/',
};

// ---- Legal bases ----

const LB_BQFG: LegalBasis = {
  code: 'BQFG',
  ref: '§ 4 BQFG',
  text: {
    de: 'Feststellung der Gleichwertigkeit mit dem deutschen Referenzberuf (bundesrechtlich geregelter Ausbildungsberuf).',
    en: 'Finding of equivalence with the German reference occupation (a training occupation under federal law).',
  },
  reference: REF_BQFG_MIIG,
};
const LB_BBIG: LegalBasis = {
  code: 'BBiG',
  ref: 'BBiG',
  text: { de: 'Ausbildungsberuf nach dem Berufsbildungsgesetz (IHK-Bereich).', en: 'Training occupation under the Vocational Training Act (IHK sector).' },
};
function lbHwo(craft: string): LegalBasis {
  return {
    code: 'HwO',
    ref: '§ 7 HwO i. V. m. Anlage A',
    text: {
      de: `Selbständige Ausübung des zulassungspflichtigen Handwerks „${craft}“ nur mit Eintragung in die Handwerksrolle.`,
      en: `Running the licensed craft "${craft}" on one's own account needs entry in the craft register (Handwerksrolle).`,
    },
    reference: REF_HWO_POETTMES,
  };
}
const LB_INGKAG_TITLE: LegalBasis = {
  code: 'IngKaG-RLP',
  ref: '§ 2 Abs. 1 IngKaG',
  text: { de: 'Die Berufsbezeichnung „Ingenieur/in“ ist in Rheinland-Pfalz geschützt.', en: 'The title "Ingenieur/in" is protected in Rhineland-Palatinate.' },
  reference: REF_INGKAG_2,
};
const LB_INGKAG_THIRD: LegalBasis = {
  code: 'IngKaG-RLP',
  ref: '§ 5 IngKaG',
  text: { de: 'Sonstige ausländische Studienabschlüsse (Drittstaaten).', en: 'Other foreign degrees (third countries).' },
  reference: REF_INGKAG,
};
const LB_INGKAG_PROC: LegalBasis = {
  code: 'IngKaG-RLP',
  ref: '§ 4 Abs. 1 IngKaG',
  text: {
    de: 'Antrag nur bei Tätigkeit in Rheinland-Pfalz; für den Beruf nötige Sprachkenntnisse; Eingangsbestätigung binnen eines Monats.',
    en: 'Only persons working in Rhineland-Palatinate may apply; the language skills the work needs; receipt confirmed within one month.',
  },
  reference: REF_INGKAG_4,
};
const LB_LAND_ENGINEER: LegalBasis = {
  code: 'Land',
  ref: 'Ingenieurgesetz des Landes',
  text: {
    de: 'In den anderen Ländern schützt das jeweilige Ingenieurgesetz den Titel (z. B. IngG BW § 3, IngG NRW, HIngG).',
    en: 'In the other Länder each Land’s engineers act protects the title (e.g. IngG BW § 3, IngG NRW, HIngG).',
  },
};
const LB_BQFGRP: LegalBasis = {
  code: 'BQFGRP',
  ref: 'BQFGRP',
  text: {
    de: 'Landesgesetz über die Anerkennung ausländischer Berufsqualifikationen (Rheinland-Pfalz) für landesrechtlich geregelte Berufe.',
    en: 'Rhineland-Palatinate’s recognition act for occupations governed by Land law.',
  },
  reference: { title: 'BQFGRP (Landesrecht Rheinland-Pfalz), lexaris', url: 'https://lexaris.io/book/version/documentflat/head/1328302' },
};
const LB_NONE_ACADEMIC: LegalBasis = {
  code: 'none',
  ref: '–',
  text: {
    de: 'Kein Anerkennungsverfahren: Vergleichbarkeit des Hochschulabschlusses über anabin oder eine Zeugnisbewertung der ZAB.',
    en: 'No recognition procedure: comparability of the degree through anabin or a ZAB statement of comparability.',
  },
  reference: REF_ANABIN_GLOSSAR,
};

// ---- Competent-body rules ----

const IHK_FOSA_RULES: CompetentBodyRule[] = [
  { land: '*', bodyId: 'ihk-fosa', onlineApplication: 'yes' },
  {
    land: 'DE-NI',
    bodyId: 'ihk-fosa',
    onlineApplication: 'yes',
    note: { de: 'Ausnahme: Die IHKs Hannover und Braunschweig entscheiden selbst.', en: 'Exception: the IHKs Hannover and Braunschweig decide themselves.' },
  },
  {
    land: 'DE-NW',
    bodyId: 'ihk-fosa',
    onlineApplication: 'yes',
    note: { de: 'Ausnahme: Die IHK Wuppertal-Solingen-Remscheid entscheidet selbst.', en: 'Exception: the IHK Wuppertal-Solingen-Remscheid decides itself.' },
  },
  {
    land: 'DE-RP',
    bodyId: 'ihk-fosa',
    onlineApplication: 'yes',
    note: {
      de: 'Entscheidet für alle vier IHKs in Rheinland-Pfalz; erste Beratung beim Welcome Center der IHK des Ortes.',
      en: 'Decides for all four IHKs in Rhineland-Palatinate; first advice at the Welcome Center of the place’s IHK.',
    },
  },
];

const HWK_RULES: CompetentBodyRule[] = [
  { land: 'DE-RP', bodyId: BODY_HWK_DISTRICT },
  {
    land: '*',
    bodyId: BODY_ASK,
    note: {
      de: 'Zuständig ist die Handwerkskammer des Arbeits- oder Wohnorts; Lotse hat die Kammern dieses Landes nicht hinterlegt.',
      en: 'The chamber of crafts of the place of work or residence is competent; Lotse does not hold the chambers of this Land.',
    },
  },
];

const ENGINEER_TITLE_RLP: CompetentBodyRule = {
  land: 'DE-RP',
  bodyId: 'ingkammer-rlp',
  unconfirmed: true,
  feeParameterId: 'ingkag.rlp.fee',
};
const ENGINEER_TITLE_OTHER: CompetentBodyRule[] = [
  { land: 'DE-BW', bodyId: 'ingkammer-bw' },
  { land: 'DE-NW', bodyId: 'bezirksregierung-nrw' },
  {
    land: 'DE-HE',
    bodyId: BODY_ASK,
    unconfirmed: true,
    note: { de: 'Nach dem HIngG; wahrscheinlich die Ingenieurkammer Hessen in Wiesbaden, nicht bestätigt.', en: 'Under the HIngG; probably the Ingenieurkammer Hessen in Wiesbaden, not confirmed.' },
  },
];

// ---- Shared texts ----

const VOCATIONAL_FREE: Text = {
  de: 'Die Arbeit als Angestellte/r ist nicht reglementiert: Ohne Anerkennung darf man arbeiten. Für den Aufenthaltstitel nach § 18a AufenthG braucht man aber die volle Gleichwertigkeit.',
  en: 'Work as an employee is not regulated: one may work without recognition. The residence title under § 18a AufenthG, however, needs full equivalence.',
};
function craftNote(craft: string): Text {
  return {
    de: `Die Arbeit als Angestellte/r ist frei. Wer sich selbständig machen will, braucht die Eintragung in die Handwerksrolle (Anlage A HwO: „${craft}“). Für § 18a AufenthG braucht man die volle Gleichwertigkeit.`,
    en: `Work as an employee is free. Setting up one's own business needs entry in the craft register (Anlage A HwO: "${craft}"). § 18a AufenthG needs full equivalence.`,
  };
}
const ENGINEER_NOTE: Text = {
  de: 'Die Arbeit als Ingenieur/in ist frei; geschützt ist nur die Berufsbezeichnung „Ingenieur/in“. Ohne Genehmigung oder Eintragung darf man arbeiten, sich aber nicht so nennen. Für den Aufenthaltstitel zählt die Vergleichbarkeit des Abschlusses (anabin oder ZAB).',
  en: 'Working as an engineer is free; only the title "Ingenieur/in" is protected. Without the permit or register entry one may work but not use the title. For the residence title what counts is the comparability of the degree (anabin or ZAB).',
};
const ACADEMIC_NOTE: Text = {
  de: 'Nicht reglementiert: Es gibt kein Anerkennungsverfahren. Für den Aufenthaltstitel (§ 18b, § 18g AufenthG) muss der Abschluss vergleichbar sein: anabin (Hochschule H+, Abschluss „entspricht“ oder „gleichwertig“) oder eine Zeugnisbewertung der ZAB.',
  en: 'Not regulated: there is no recognition procedure. For the residence title (§ 18b, § 18g AufenthG) the degree must be comparable: anabin (institution H+, degree "entspricht" or "gleichwertig") or a ZAB statement of comparability.',
};

const VOCATIONAL_DOCS: DocumentCode[] = ['application-form', 'cv', 'identity', 'qualification-certificate', 'work-experience', 'intent-to-work', 'translations'];
const ACADEMIC_DOCS: DocumentCode[] = ['degree-certificate', 'identity', 'translations'];
const ENGINEER_DOCS: DocumentCode[] = ['application-form', 'degree-certificate', 'identity', 'german-language', 'intent-to-work', 'translations'];

function dated(reference: Reference, alsoSee?: Reference[]): Pick<ReferenceOccupation, 'validFrom' | 'reference' | 'alsoSee' | 'lastVerified'> {
  return { validFrom: FROM, reference, ...(alsoSee ? { alsoSee } : {}), lastVerified: VERIFIED };
}

function ihk(id: string, title: Text, isco: string, kldb: string | undefined, catalogueIds: string[], searchTerm: string, reference: Reference = REF_IHK_FOSA_FEES): ReferenceOccupation {
  return {
    id,
    title,
    isco,
    ...(kldb ? { kldb } : {}),
    catalogueIds,
    kind: 'ihk_training',
    employmentRegulated: false,
    titleProtected: false,
    selfEmploymentOrReservedRegulated: false,
    regulationNote: VOCATIONAL_FREE,
    legalBasis: [LB_BQFG, LB_BBIG],
    competentBodies: IHK_FOSA_RULES,
    fee: { parameterId: 'ihkfosa.fee' },
    deadlines: 'bqfg',
    documents: VOCATIONAL_DOCS,
    onlineApplication: 'unknown',
    searchTerm,
    ...dated(reference, [REF_RLP_ANERKENNUNG]),
  };
}

function hwk(id: string, title: Text, isco: string, kldb: string | undefined, catalogueIds: string[], searchTerm: string, craft: string, reference: Reference = REF_HWO_POETTMES): ReferenceOccupation {
  return {
    id,
    title,
    isco,
    ...(kldb ? { kldb } : {}),
    catalogueIds,
    kind: 'hwk_training',
    employmentRegulated: false,
    titleProtected: false,
    selfEmploymentOrReservedRegulated: true,
    regulationNote: craftNote(craft),
    legalBasis: [LB_BQFG, lbHwo(craft)],
    competentBodies: HWK_RULES,
    fee: { parameterId: 'hwk.recognition.fee' },
    deadlines: 'bqfg',
    documents: VOCATIONAL_DOCS,
    onlineApplication: 'unknown',
    searchTerm,
    ...dated(reference, [REF_HWK_RHEINHESSEN]),
  };
}

function academic(id: string, title: Text, isco: string, kldb: string | undefined, catalogueIds: string[], searchTerm: string, reference: Reference): ReferenceOccupation {
  return {
    id,
    title,
    isco,
    ...(kldb ? { kldb } : {}),
    catalogueIds,
    kind: 'academic_non_regulated',
    employmentRegulated: false,
    titleProtected: false,
    selfEmploymentOrReservedRegulated: false,
    regulationNote: ACADEMIC_NOTE,
    legalBasis: [LB_NONE_ACADEMIC],
    competentBodies: [{ land: '*', bodyId: 'kmk-zab' }],
    fee: { parameterId: 'zab.zeugnisbewertung.fee' },
    deadlines: 'none',
    documents: ACADEMIC_DOCS,
    onlineApplication: 'unknown',
    searchTerm,
    ...dated(reference, [REF_ZAB_FEES]),
  };
}

const ENGINEER_CATALOGUE_OTHER = [
  'agraringenieur', 'wirtschaftsingenieur', 'produktionsingenieur', 'qualitaetsingenieur', 'umweltingenieur',
  'siedlungswasserwirtschaft-ingenieur', 'maschinenbauingenieur', 'fahrzeugingenieur', 'luft-und-raumfahrtingenieur',
  'schiffbauingenieur', 'kaeltetechnik-ingenieur', 'verfahrensingenieur', 'lebensmittelingenieur', 'kunststoffingenieur',
  'bergbauingenieur', 'metallurge', 'werkstoffingenieur', 'medizintechnik-ingenieur', 'sicherheitsingenieur',
  'konstruktionsingenieur', 'entwicklungsingenieur', 'holztechnik-ingenieur', 'textilingenieur', 'elektroingenieur',
  'energietechnik-ingenieur', 'erneuerbare-energien-ingenieur', 'mechatronikingenieur', 'elektronikingenieur',
  'automatisierungsingenieur', 'mikrosystemtechnik-ingenieur', 'nachrichtentechnik-ingenieur',
];

function engineer(id: string, title: Text, isco: string, catalogueIds: string[], searchTerm: string, by: CompetentBodyRule, relatedIds?: string[]): ReferenceOccupation {
  return {
    id,
    title,
    isco,
    catalogueIds,
    kind: 'land_law_title',
    ...(relatedIds ? { relatedIds } : {}),
    employmentRegulated: false,
    titleProtected: true,
    selfEmploymentOrReservedRegulated: false,
    regulationNote: ENGINEER_NOTE,
    legalBasis: [LB_INGKAG_TITLE, LB_INGKAG_THIRD, LB_INGKAG_PROC, LB_LAND_ENGINEER],
    competentBodies: [ENGINEER_TITLE_RLP, by, ...ENGINEER_TITLE_OTHER],
    fee: { parameterId: 'ingenieur.title.fee.other' },
    deadlines: 'ingkag',
    documents: ENGINEER_DOCS,
    onlineApplication: 'unknown',
    searchTerm,
    ...dated(REF_INGKAG_2, [REF_INGKAG, REF_BAYERN_ENGINEER]),
    unconfirmed: true,
    unconfirmedNote: {
      de: 'Zuständigkeit der Ingenieurkammer Rheinland-Pfalz für Drittstaatsabschlüsse und die Gebühr sind nicht bestätigt.',
      en: 'The competence of the Ingenieurkammer Rheinland-Pfalz for third-country degrees and the fee are not confirmed.',
    },
  };
}

export const REFERENCE_OCCUPATIONS: readonly ReferenceOccupation[] = [
  // ---- Engineers and the built environment (Land law) ----
  engineer(
    'ingenieur',
    { de: 'Ingenieur/in (alle Fachrichtungen außer Bau und Vermessung)', en: 'Engineer (all disciplines except civil engineering and surveying)' },
    '2144',
    ENGINEER_CATALOGUE_OTHER,
    'Ingenieur',
    { land: 'DE-BY', bodyId: 'regierung-schwaben' },
  ),
  engineer(
    'bauingenieur',
    { de: 'Bauingenieur/in', en: 'Civil engineer' },
    '2142',
    ['bauingenieur', 'tragwerksplaner', 'tiefbauingenieur', 'wasserbauingenieur', 'tga-ingenieur'],
    'Bauingenieur',
    { land: 'DE-BY', bodyId: 'engineer-by-kammer' },
    ['beratender-ingenieur', 'pruefingenieur-baustatik'],
  ),
  engineer(
    'vermessungsingenieur',
    { de: 'Vermessungsingenieur/in', en: 'Surveying engineer' },
    '2165',
    ['vermessungsingenieur'],
    'Vermessungsingenieur',
    { land: 'DE-BY', bodyId: 'engineer-by-kammer' },
    ['oebvi'],
  ),
  {
    id: 'beratender-ingenieur',
    title: { de: 'Beratende/r Ingenieur/in; bauvorlageberechtigte/r Ingenieur/in', en: 'Consulting engineer; engineer entitled to submit building applications' },
    isco: '2142',
    catalogueIds: [],
    kind: 'reserved_role',
    employmentRegulated: false,
    titleProtected: true,
    selfEmploymentOrReservedRegulated: true,
    regulationNote: {
      de: 'Vorbehaltene Tätigkeit: Die Bezeichnung „Beratende/r Ingenieur/in“ und das Recht, Bauvorlagen zu unterschreiben, setzen die Eintragung in eine Liste der Ingenieurkammer voraus (u. a. Titelberechtigung, drei Jahre Praxis, Unabhängigkeit, Haftpflichtversicherung). Die Arbeit unter einer/einem berechtigten Ingenieur/in ist frei.',
      en: 'Reserved activity: the title "Beratende/r Ingenieur/in" and the right to sign building applications need entry in a list of the chamber of engineers (title eligibility, three years of practice, independence, liability insurance among others). Work under an entitled engineer is free.',
    },
    legalBasis: [
      { code: 'IngKaG-RLP', ref: '§ 12 IngKaG', text: { de: 'Beratende Ingenieurinnen und Ingenieure (Liste der Kammer).', en: 'Consulting engineers (the chamber’s list).' }, reference: REF_INGKAG_12 },
      { code: 'LBauO-RLP', ref: '§ 64 LBauO', text: { de: 'Bauvorlageberechtigung.', en: 'Entitlement to submit building applications.' } },
    ],
    competentBodies: [
      { land: 'DE-RP', bodyId: 'ingkammer-rlp' },
      {
        land: '*',
        bodyId: BODY_ASK,
        note: { de: 'Zuständig ist die Ingenieurkammer(-Bau) des Landes.', en: 'The Land’s chamber of (civil) engineers is competent.' },
      },
    ],
    deadlines: 'unknown',
    documents: ['application-form', 'degree-certificate', 'work-experience', 'identity'],
    onlineApplication: 'unknown',
    searchTerm: 'Beratender Ingenieur',
    ...dated(REF_INGKAG_12),
    unconfirmed: true,
    unconfirmedNote: {
      de: 'Details der Landesbauordnung (Bauvorlageberechtigung) sind nicht bestätigt.',
      en: 'The details of the Landesbauordnung (entitlement to submit building applications) are not confirmed.',
    },
  },
  {
    id: 'pruefingenieur-baustatik',
    title: { de: 'Prüfingenieur/in für Baustatik; Prüfsachverständige/r für Standsicherheit', en: 'Certified structural inspection engineer (Prüfingenieur/in für Baustatik)' },
    isco: '2142',
    catalogueIds: [],
    kind: 'reserved_role',
    employmentRegulated: true,
    titleProtected: true,
    selfEmploymentOrReservedRegulated: true,
    regulationNote: {
      de: 'Hoheitliche, vorbehaltene Rolle: Anerkennung durch die oberste Bauaufsichtsbehörde nach Bescheinigung der fachlichen Eignung durch den Prüfungsausschuss; mindestens 10 Jahre nach dem Abschluss in Tragwerksplanung oder Bauleitung, davon mindestens 5 Jahre Standsicherheitsnachweise und 1 Jahr Bauleitung. Prüfsachverständige für Standsicherheit: Liste beim Fachausschuss der Ingenieurkammer.',
      en: 'A sovereign, reserved role: recognised by the supreme building authority once the examination committee certifies aptitude; at least 10 years after the degree in structural design or site management, including at least 5 years of structural calculations and 1 year of site management. Prüfsachverständige for structural safety: list kept by the committee at the chamber of engineers.',
    },
    legalBasis: [
      {
        code: 'PruefIngVO-RLP',
        ref: '§ 5 PrüfingVO RLP',
        text: { de: 'Landesverordnung über Prüfingenieurinnen und Prüfingenieure für Baustatik (11.12.2007, geändert 2021 und 2024).', en: 'Land regulation on Prüfingenieure for structural analysis (11.12.2007, amended 2021 and 2024).' },
        reference: REF_PRUEFING,
      },
    ],
    competentBodies: [
      { land: 'DE-RP', bodyId: 'fm-rlp-bauaufsicht' },
      { land: 'DE-BW', bodyId: 'mlw-bw' },
      {
        land: 'DE-BY',
        bodyId: BODY_ASK,
        unconfirmed: true,
        note: { de: 'Bayerisches Staatsministerium für Wohnen, Bau und Verkehr (Name nicht bestätigt).', en: 'Bavarian State Ministry for Housing, Construction and Transport (name not confirmed).' },
      },
    ],
    deadlines: 'unknown',
    documents: ['application-form', 'degree-certificate', 'work-experience', 'identity'],
    onlineApplication: 'unknown',
    searchTerm: 'Prüfingenieur',
    ...dated(REF_PRUEFING),
  },
  {
    id: 'oebvi',
    title: { de: 'Öffentlich bestellte/r Vermessungsingenieur/in (ÖbVI)', en: 'Publicly appointed surveyor (ÖbVI)' },
    isco: '2165',
    catalogueIds: [],
    kind: 'reserved_role',
    employmentRegulated: true,
    titleProtected: true,
    selfEmploymentOrReservedRegulated: true,
    regulationNote: {
      de: 'Hoheitliche, vorbehaltene Rolle: Bestellung auf schriftlichen Antrag durch die obere Vermessungs- und Katasterbehörde; Voraussetzung ist die Befähigung für den höheren vermessungstechnischen Verwaltungsdienst oder eine vergleichbare Qualifikation. ÖbVI sind Pflichtmitglieder der Ingenieurkammer (§ 16 Abs. 2 Nr. 4 IngKaG).',
      en: 'A sovereign, reserved role: appointed on written application by the higher surveying authority; requires the qualification for the senior technical surveying service or a comparable qualification. ÖbVI are compulsory members of the chamber of engineers (§ 16 (2) no. 4 IngKaG).',
    },
    legalBasis: [
      {
        code: 'LGVerm-RLP',
        ref: '§ 1 ÖbVIVO',
        text: { de: 'Vergleichbare Qualifikationen für die Bestellung (Landesverordnung vom 22.06.2005).', en: 'Comparable qualifications for the appointment (Land regulation of 22.06.2005).' },
        reference: REF_OEBVI_VO,
      },
    ],
    competentBodies: [{ land: 'DE-RP', bodyId: 'lvermgeo-rlp', unconfirmed: true }],
    deadlines: 'unknown',
    documents: ['application-form', 'degree-certificate', 'work-experience', 'identity'],
    onlineApplication: 'unknown',
    searchTerm: 'Vermessungsingenieur',
    ...dated(REF_OEBVI_VO, [REF_OEBVI_ING]),
    unconfirmed: true,
    unconfirmedNote: {
      de: 'Der Name der oberen Vermessungs- und Katasterbehörde ist nicht bestätigt; Bayern hat wohl kein ÖbVI-System (nicht bestätigt).',
      en: 'The name of the higher surveying authority is not confirmed; Bavaria probably has no ÖbVI system (not confirmed).',
    },
  },
  {
    id: 'architekt',
    title: { de: 'Architekt/in (auch Innen-, Landschaftsarchitekt/in, Stadtplaner/in)', en: 'Architect (also interior and landscape architect, urban planner)' },
    isco: '2161',
    kldb: '31114',
    catalogueIds: ['architekt', 'landschaftsarchitekt', 'stadtplaner'],
    kind: 'land_law_title',
    employmentRegulated: false,
    titleProtected: true,
    selfEmploymentOrReservedRegulated: true,
    regulationNote: {
      de: 'Die Berufsbezeichnung ist geschützt und mit der Bauvorlageberechtigung verbunden (§ 64 Abs. 2 LBauO). Entwurfsarbeit als Angestellte/r ohne Titel ist wohl nicht verboten (im Einzelnen nicht bestätigt). Eintragung in Rheinland-Pfalz: Niederlassung, Wohnsitz oder Hauptbeschäftigung in RLP, mindestens 4 Jahre Regelstudium, mindestens 2 Jahre Praxis nach dem Abschluss, 8 anerkannte Fortbildungen (64 Stunden), bei freier Tätigkeit Berufshaftpflicht.',
      en: 'The title is protected and tied to the entitlement to submit building applications (§ 64 (2) LBauO). Design work as an employee without the title is probably not barred (not confirmed in detail). Registration in Rhineland-Palatinate: establishment, residence or main work in RLP, at least 4 years of standard study, at least 2 years of practice after the degree, 8 recognised further-training courses (64 hours), professional indemnity insurance if freelance.',
    },
    legalBasis: [
      { code: 'ArchG-RLP', ref: '§ 5 ArchG', text: { de: 'Eintragung in die Architektenliste (Architektengesetz RLP vom 16.12.2005, zuletzt geändert 03.05.2024).', en: 'Entry in the list of architects (Architects Act RLP of 16.12.2005, last amended 03.05.2024).' }, reference: REF_ARCHG },
      { code: 'LBauO-RLP', ref: '§ 64 Abs. 2 LBauO', text: { de: 'Bauvorlageberechtigung.', en: 'Entitlement to submit building applications.' } },
    ],
    competentBodies: [
      {
        land: 'DE-RP',
        bodyId: 'architektenkammer-rlp',
        note: {
          de: 'Entscheidung durch den Eintragungsausschuss (unabhängig); für ausländische Abschlüsse ist zuerst eine Zeugnisbewertung der ZAB einzuholen.',
          en: 'Decided by the independent registration committee; for foreign degrees a ZAB statement of comparability must be obtained first.',
        },
      },
      { land: 'DE-BY', bodyId: 'architektenkammer-by', unconfirmed: true },
      { land: 'DE-BW', bodyId: 'architektenkammer-bw', unconfirmed: true },
      { land: 'DE-NW', bodyId: 'architektenkammer-nw', unconfirmed: true },
      { land: 'DE-HE', bodyId: 'architektenkammer-he', unconfirmed: true },
    ],
    fee: { unconfirmed: true, note: { de: 'Gebühr der Architektenkammer nicht bekannt.', en: 'The chamber’s fee is not known.' } },
    deadlines: 'bqfgrp',
    documents: ['application-form', 'zab-statement', 'degree-certificate', 'work-experience', 'good-conduct', 'identity'],
    onlineApplication: 'unknown',
    searchTerm: 'Architekt',
    ...dated(REF_ARCH_SERVICE, [REF_ARCHG]),
    unconfirmed: true,
    unconfirmedNote: {
      de: 'Ob angestellte Entwurfsarbeit ohne Titel frei ist, und die Kammernamen anderer Länder sind nicht bestätigt.',
      en: 'Whether employed design work without the title is free, and the chambers’ names in other Länder, are not confirmed.',
    },
  },
  {
    id: 'techniker-staatlich-geprueft',
    title: { de: 'Techniker/in (staatlich geprüft, Fachschule)', en: 'State-certified technician (Fachschule)' },
    isco: '3113',
    catalogueIds: ['elektrotechniker', 'mechatroniktechniker', 'maschinenbautechniker', 'bautechniker', 'chemietechniker'],
    kind: 'fachschule',
    employmentRegulated: false,
    titleProtected: true,
    selfEmploymentOrReservedRegulated: false,
    regulationNote: {
      de: 'Die Arbeit als Angestellte/r ist frei; geschützt ist der Titel „Staatlich geprüfte/r Techniker/in“ (Schulrecht des Landes, DQR 6). Ob der Beruf als reglementiert gilt, ist nicht bestätigt.',
      en: 'Work as an employee is free; the title "Staatlich geprüfte/r Techniker/in" is protected (the Land’s school law, DQR 6). Whether the occupation counts as regulated is not confirmed.',
    },
    legalBasis: [
      { code: 'SchulG-RLP', ref: 'SchulG RLP', text: { de: 'Fachschultitel nach dem Schulgesetz Rheinland-Pfalz.', en: 'Fachschule title under the Rhineland-Palatinate Schools Act.' } },
      LB_BQFGRP,
    ],
    competentBodies: [
      {
        land: 'DE-RP',
        bodyId: 'add-trier',
        unconfirmed: true,
        note: {
          de: 'Wahrscheinlich die ADD Trier (zuständig für an Schulen vermittelte Abschlüsse); Techniker nicht ausdrücklich genannt – mit dem Anerkennungs-Finder prüfen.',
          en: 'Probably the ADD Trier (competent for qualifications taught at schools); technicians are not named explicitly – check with the Anerkennungs-Finder.',
        },
      },
    ],
    deadlines: 'bqfgrp',
    documents: VOCATIONAL_DOCS,
    onlineApplication: 'unknown',
    searchTerm: 'Techniker',
    ...dated(REF_TECHNIKER, [REF_ADD]),
    unconfirmed: true,
    unconfirmedNote: {
      de: 'Einstufung (reglementiert oder nicht) und zuständige Stelle in Rheinland-Pfalz sind nicht bestätigt; in anderen Ländern landesspezifisch.',
      en: 'The classification (regulated or not) and the competent body in Rhineland-Palatinate are not confirmed; Land-specific elsewhere.',
    },
  },
  // ---- IT and sciences (academic, not regulated) ----
  academic('informatiker', { de: 'Informatiker/in (Hochschulabschluss)', en: 'Computer scientist (degree)' }, '2511', undefined, ['informatiker', 'wirtschaftsinformatiker', 'softwareentwickler'], 'Informatiker', REF_MIIG_IT),
  academic('physiker', { de: 'Physiker/in', en: 'Physicist' }, '2111', '41404', ['physiker'], 'Physiker', REF_ANABIN_GLOSSAR),
  academic('chemiker', { de: 'Chemiker/in', en: 'Chemist' }, '2113', '41304', ['chemiker'], 'Chemiker', REF_ANABIN_GLOSSAR),
  academic('mathematiker', { de: 'Mathematiker/in', en: 'Mathematician' }, '2120', '41104', ['mathematiker'], 'Mathematiker', REF_ANABIN_GLOSSAR),
  {
    id: 'lebensmittelchemiker',
    title: { de: 'Lebensmittelchemiker/in (staatlich geprüft)', en: 'State-certified food chemist' },
    isco: '2113',
    catalogueIds: ['chemiker'],
    kind: 'land_law_regulated',
    employmentRegulated: true,
    titleProtected: true,
    selfEmploymentOrReservedRegulated: true,
    regulationNote: {
      de: 'Landesrechtlich reglementiert: Titel, amtliche Lebensmittelüberwachung und Gegenprobensachverständige. Mit einem Abschluss in Lebensmittelchemie ohne den Titel kann man in Industrielaboren arbeiten.',
      en: 'Regulated by Land law: the title, official food control and counter-sample experts. With a food-chemistry degree but without the title one may work in industry laboratories.',
    },
    legalBasis: [
      { code: 'APOLMChem-RLP', ref: '§ 12 APOLMChem', text: { de: 'Befähigungsnachweis (Landesverordnung vom 22.03.2018).', en: 'Proof of competence (Land regulation of 22.03.2018).' }, reference: REF_LMCHEM_VO },
      LB_BQFGRP,
    ],
    competentBodies: [
      {
        land: 'DE-RP',
        bodyId: BODY_ASK,
        unconfirmed: true,
        note: {
          de: 'Die zuständige Stelle ist nicht bestätigt (wahrscheinlich das Landesuntersuchungsamt Rheinland-Pfalz in Koblenz oder das zuständige Ministerium).',
          en: 'The competent body is not confirmed (probably the Landesuntersuchungsamt Rheinland-Pfalz in Koblenz or the ministry in charge).',
        },
      },
    ],
    deadlines: 'bqfgrp',
    documents: ['application-form', 'degree-certificate', 'subject-list', 'identity', 'german-language', 'translations'],
    onlineApplication: 'unknown',
    searchTerm: 'Lebensmittelchemiker',
    ...dated(REF_LMCHEM_NEUWIED, [REF_LMCHEM_VO]),
    unconfirmed: true,
    unconfirmedNote: { de: 'Zuständige Stelle in Rheinland-Pfalz nicht bestätigt.', en: 'Competent body in Rhineland-Palatinate not confirmed.' },
  },
  // ---- IHK training occupations ----
  ihk('fachinformatiker-anwendungsentwicklung', { de: 'Fachinformatiker/in für Anwendungsentwicklung', en: 'IT specialist for application development' }, '2514', undefined, ['fachinformatiker-anwendungsentwicklung', 'softwareentwickler'], 'Fachinformatiker', REF_RLP_ANERKENNUNG),
  ihk('fachinformatiker-systemintegration', { de: 'Fachinformatiker/in für Systemintegration', en: 'IT specialist for system integration' }, '3513', undefined, ['fachinformatiker-systemintegration'], 'Fachinformatiker', REF_RLP_ANERKENNUNG),
  ihk('elektroniker-betriebstechnik', { de: 'Elektroniker/in für Betriebstechnik (IHK)', en: 'Industrial electronics technician, plant engineering (IHK)' }, '7412', '26252', ['elektroniker-betriebstechnik', 'elektroniker'], 'Elektroniker für Betriebstechnik', REF_ELEKTRO_4EIGN),
  ihk('elektroniker-automatisierungstechnik', { de: 'Elektroniker/in für Automatisierungstechnik (IHK)', en: 'Electronics technician for automation technology (IHK)' }, '7421', '26122', ['elektroniker-automatisierungstechnik', 'elektroniker'], 'Elektroniker für Automatisierungstechnik', REF_ELEKTRO_4EIGN),
  ihk('elektroniker-geraete-systeme', { de: 'Elektroniker/in für Geräte und Systeme (IHK)', en: 'Electronics technician for devices and systems (IHK)' }, '7421', undefined, ['elektroniker-geraete-systeme', 'elektroniker'], 'Elektroniker für Geräte und Systeme', REF_ELEKTRO_4EIGN),
  ihk('elektroniker-informations-systemtechnik', { de: 'Elektroniker/in für Informations- und Systemtechnik (IHK)', en: 'Electronics technician for information and systems technology (IHK)' }, '7421', undefined, ['elektroniker'], 'Elektroniker für Informations- und Systemtechnik', REF_ELEKTRO_4EIGN),
  ihk('mechatroniker', { de: 'Mechatroniker/in (IHK)', en: 'Mechatronics technician (IHK)' }, '7412', undefined, ['mechatroniker'], 'Mechatroniker'),
  ihk('industriemechaniker', { de: 'Industriemechaniker/in (IHK)', en: 'Industrial mechanic (IHK)' }, '7233', '25102', ['industriemechaniker'], 'Industriemechaniker'),
  ihk('chemielaborant', { de: 'Chemielaborant/in (IHK)', en: 'Chemical laboratory technician (IHK)' }, '3111', undefined, ['chemielaborant'], 'Chemielaborant'),
  // ---- Craft occupations (HWK) ----
  hwk('elektroniker-energie-gebaeudetechnik', { de: 'Elektroniker/in für Energie- und Gebäudetechnik (Handwerk)', en: 'Electronics technician for energy and building technology (crafts)' }, '7411', undefined, ['elektroniker-energie-gebaeudetechnik', 'elektroniker'], 'Elektroniker für Energie- und Gebäudetechnik', 'Elektrotechniker', REF_ELEKTRO_4EIGN),
  hwk('elektroniker-automatisierungs-systemtechnik', { de: 'Elektroniker/in für Automatisierungs- und Systemtechnik (Handwerk)', en: 'Electronics technician for automation and systems technology (crafts)' }, '7421', undefined, ['elektroniker'], 'Elektroniker für Automatisierungs- und Systemtechnik', 'Elektrotechniker', REF_ELEKTRO_4EIGN),
  hwk('anlagenmechaniker-shk', { de: 'Anlagenmechaniker/in für Sanitär-, Heizungs- und Klimatechnik (Handwerk)', en: 'Plumbing, heating and air-conditioning installer (crafts)' }, '7126', undefined, ['anlagenmechaniker-shk'], 'Anlagenmechaniker für Sanitär-, Heizungs- und Klimatechnik', 'Installateur und Heizungsbauer'),
  hwk('kfz-mechatroniker', { de: 'Kfz-Mechatroniker/in (Handwerk)', en: 'Automotive mechatronics technician (crafts)' }, '7231', '25212', ['kfz-mechatroniker'], 'Kraftfahrzeugmechatroniker', 'Kraftfahrzeugtechniker'),
  hwk('maurer', { de: 'Maurer/in (Handwerk)', en: 'Bricklayer (crafts)' }, '7112', '32122', ['maurer'], 'Maurer', 'Maurer und Betonbauer'),
  hwk('zimmerer', { de: 'Zimmerer/Zimmerin (Handwerk)', en: 'Carpenter (crafts)' }, '7115', '33322', ['zimmerer'], 'Zimmerer', 'Zimmerer'),
  // ---- Regulated health professions ----
  {
    id: 'pflegefachfrau',
    title: { de: 'Pflegefachfrau/Pflegefachmann', en: 'Nurse (Pflegefachfrau/Pflegefachmann)' },
    isco: '3221',
    catalogueIds: ['pflegefachkraft'],
    kind: 'regulated_health',
    employmentRegulated: true,
    titleProtected: true,
    selfEmploymentOrReservedRegulated: true,
    regulationNote: {
      de: 'Reglementiert: Zum Arbeiten unter der Berufsbezeichnung braucht man die staatliche Erlaubnis. Sie wird nach Anerkennung der ausländischen Qualifikation erteilt, wenn gesundheitliche Eignung, Zuverlässigkeit und die nötigen Deutschkenntnisse nachgewiesen sind. Bei wesentlichen Unterschieden: Anpassungslehrgang oder Kenntnisprüfung; man kann auf die Gleichwertigkeitsprüfung verzichten und direkt die Ausgleichsmaßnahme machen.',
      en: 'Regulated: working under the title needs the state permit. It is granted after recognition of the foreign qualification once health, reliability and the German needed are proven. With substantial differences: an adaptation course or a knowledge test; one may waive the equivalence check and go straight to the compensation measure.',
    },
    legalBasis: [
      {
        code: 'PflBG',
        ref: '§§ 1, 2, 40, 41, 43 PflBG',
        text: { de: 'Erlaubnis zum Führen der Berufsbezeichnung; Anerkennung ausländischer Berufsqualifikationen.', en: 'Permit to use the title; recognition of foreign qualifications.' },
        reference: REF_PFLEGE_FIM,
      },
    ],
    competentBodies: [
      {
        land: 'DE-RP',
        bodyId: 'lsjv-rlp',
        note: {
          de: 'Unterlagen aus dem Ausland direkt an das LSJV. Gebühr in RLP für Pflegeberufe laut Serviceportal 50–300 € nach Aufwand zuzüglich 44 € für die Berufsurkunde (Angabe für die Krankenpflegehilfe; für Pflegefachfrau/-mann nicht bestätigt).',
          en: 'Documents from abroad go directly to the LSJV. Fee in RLP for nursing professions per the service portal 50–300 € by effort plus 44 € for the certificate (stated for nursing assistants; not confirmed for Pflegefachfrau/-mann).',
        },
      },
      {
        land: '*',
        bodyId: BODY_ASK,
        note: { de: 'Zuständig ist die nach Landesrecht bestimmte Landesbehörde.', en: 'The Land authority designated by Land law is competent.' },
      },
    ],
    fee: { unconfirmed: true, reference: REF_LSJV_PFLEGEHILFE_FEES, note: { de: 'Gebühr nach Landesrecht; Betrag für Pflegefachfrau/-mann nicht bestätigt.', en: 'Fee under Land law; the amount for Pflegefachfrau/-mann is not confirmed.' } },
    deadlines: 'unknown',
    documents: ['application-form', 'cv', 'identity', 'qualification-certificate', 'subject-list', 'work-experience', 'german-language', 'good-conduct', 'health-certificate', 'translations'],
    onlineApplication: 'unknown',
    searchTerm: 'Pflegefachfrau',
    ...dated(REF_PFLEGE_RLP, [REF_PFLEGE_FIM]),
  },
  {
    id: 'arzt',
    title: { de: 'Ärztin/Arzt (Approbation)', en: 'Physician (licence to practise, Approbation)' },
    isco: '2211',
    catalogueIds: ['allgemeinarzt', 'internist', 'chirurg', 'anaesthesist', 'kinderarzt', 'psychiater', 'facharzt'],
    kind: 'regulated_health',
    employmentRegulated: true,
    titleProtected: true,
    selfEmploymentOrReservedRegulated: true,
    regulationNote: {
      de: 'Reglementiert: Ohne Approbation darf der ärztliche Beruf nicht ausgeübt werden; befristet und eingeschränkt ist eine Berufserlaubnis möglich. In Rheinland-Pfalz erhalten Personen mit Abschluss aus Drittstaaten in der Regel erst nach einer Kenntnisprüfung die Approbation; die Fachsprachprüfung nimmt die Landesärztekammer ab. Vor einem Antrag aus dem Ausland ist die Beratung durch die Zentrale Servicestelle Berufsanerkennung (ZSBA) zwingend.',
      en: 'Regulated: medicine may not be practised without the Approbation; a temporary, limited Berufserlaubnis is possible. In Rhineland-Palatinate persons with third-country degrees usually receive the Approbation only after a knowledge test; the specialist-language test is held by the Landesärztekammer. Before applying from abroad, advice from the Zentrale Servicestelle Berufsanerkennung (ZSBA) is compulsory.',
    },
    legalBasis: [
      { code: 'BAeO', ref: '§ 2 Abs. 1 BÄO', text: { de: 'Wer den ärztlichen Beruf ausüben will, bedarf der Approbation als Arzt.', en: 'Practising medicine requires the Approbation.' }, reference: REF_LSJV_APPROBATION },
    ],
    competentBodies: [
      { land: 'DE-RP', bodyId: 'lsjv-rlp', note: { de: 'Approbation und Berufserlaubnis; Fallmanagement für Ärztinnen und Ärzte aus Drittstaaten seit Juli 2024.', en: 'Approbation and Berufserlaubnis; case management for doctors from third countries since July 2024.' } },
      { land: '*', bodyId: BODY_ASK, note: { de: 'Zuständig ist die Approbationsbehörde des Landes.', en: 'The Land’s licensing authority is competent.' } },
    ],
    deadlines: 'unknown',
    documents: ['application-form', 'cv', 'identity', 'degree-certificate', 'german-language', 'good-conduct', 'health-certificate', 'translations'],
    onlineApplication: 'unknown',
    searchTerm: 'Arzt',
    ...dated(REF_LSJV_APPROBATION, [REF_LAEK_RLP]),
    unconfirmed: true,
    unconfirmedNote: {
      de: 'Die Liste der Unterlagen folgt der allgemeinen Praxis der Approbationsbehörden und ist nicht aus einer Quelle bestätigt.',
      en: 'The list of documents follows the licensing authorities’ general practice and is not confirmed by a source.',
    },
  },
];

/** The built-in data set. */
export { BODIES } from './bodies.ts';
export { DISTRICTS } from './districts.ts';
