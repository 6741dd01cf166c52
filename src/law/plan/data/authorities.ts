// Competent authorities as data (legal-facts.md §§ 1.2, 4.4–4.6, 6.2; recognition-integration-facts.md §§ 1.2, 3).
// Rhineland-Palatinate is known in detail; for other Länder the plan names what the facts know and otherwise
// returns an UnknownAuthority, rendered as "ask the service office". Two different bodies are called "ZAB":
// `zab-kl` is the Zentrale Ausländerbehörde für Fachkräfteeinwanderung in Kaiserslautern (§ 81a procedures),
// `kmk-zab` the Zentralstelle für ausländisches Bildungswesen at the KMK in Bonn (statements of comparability).

import type { Reference } from '../../parameters/parameter.ts';
import type { Text } from '../../types.ts';
import type { Authority, AuthorityKind, KnownAuthority, UnknownAuthority } from '../types.ts';
import { REF_BMG_17, REF_MIIG_BA, REF_ZAB_KL } from '../../parameters/plan/durationReferences.ts';

const VERIFIED = '2026-11-25';

export const RLP = 'DE-RP';

export const ASK_SERVICE_OFFICE: Text = {
  de: 'Bitte bei der Servicestelle erfragen.',
  en: 'Ask the service office.',
};

function unknown(kind: AuthorityKind, role: Text, note?: Text): UnknownAuthority {
  return {
    known: false,
    kind,
    role,
    note: note ? { de: `${note.de} ${ASK_SERVICE_OFFICE.de}`, en: `${note.en} ${ASK_SERVICE_OFFICE.en}` } : ASK_SERVICE_OFFICE,
  };
}

function known(a: Omit<KnownAuthority, 'known' | 'lastVerified'>): KnownAuthority {
  return { known: true, lastVerified: VERIFIED, ...a };
}

/** Lower case, without diacritics, "ß" as "ss", words separated by one space; a leading "Stadt" is dropped. */
export function normaliseMunicipality(s: string): string {
  return s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(kreisfreie stadt|stadt) /, '');
}

// ---- Federal bodies ----

export const KMK_ZAB = known({
  id: 'kmk-zab',
  kind: 'recognition-academic',
  name: {
    de: 'Zentralstelle für ausländisches Bildungswesen (ZAB) bei der Kultusministerkonferenz, Bonn',
    en: 'Central Office for Foreign Education (ZAB) at the Standing Conference of Education Ministers (KMK), Bonn',
  },
  seat: 'Bonn',
  url: 'https://zab.kmk.org',
  reference: { title: 'KMK/ZAB: Zeugnisbewertung für ausländische Hochschulqualifikationen', url: 'https://www.kmk.org/zab/zeugnisbewertung/gebuehren.html' },
  note: {
    de: 'Nicht zu verwechseln mit der Zentralen Ausländerbehörde (ZAB) in Kaiserslautern.',
    en: 'Not to be confused with the central immigration office (ZAB) in Kaiserslautern.',
  },
});

export function ihkFosa(federalState: string): KnownAuthority {
  const notes: Record<string, Text> = {
    'DE-NI': {
      de: 'Ausnahme: Die IHKs Hannover und Braunschweig entscheiden selbst.',
      en: 'Exception: the IHKs Hannover and Braunschweig decide themselves.',
    },
    'DE-NW': {
      de: 'Ausnahme: Die IHK Wuppertal-Solingen-Remscheid entscheidet selbst.',
      en: 'Exception: the IHK Wuppertal-Solingen-Remscheid decides itself.',
    },
    [RLP]: {
      de: 'Entscheidet für alle vier IHKs in Rheinland-Pfalz; erste Beratung bei den Welcome Centern der IHK Pfalz (Ludwigshafen), IHK für Rheinhessen (Mainz), IHK Koblenz und IHK Trier.',
      en: 'Decides for all four IHKs in Rhineland-Palatinate; first advice at the Welcome Centers of the IHK Pfalz (Ludwigshafen), IHK für Rheinhessen (Mainz), IHK Koblenz and IHK Trier.',
    },
  };
  const note = notes[federalState];
  return known({
    id: 'ihk-fosa',
    kind: 'recognition-ihk',
    name: { de: 'IHK FOSA (Foreign Skills Approval), Nürnberg', en: 'IHK FOSA (Foreign Skills Approval), Nuremberg' },
    seat: 'Nürnberg',
    url: 'https://www.ihk-fosa.de',
    reference: { title: 'IHK FOSA: Verfahrensablauf', url: 'https://www.ihk-fosa.de/fuer-antragstellende/verfahrensablauf/' },
    ...(note ? { note } : {}),
  });
}

export function federalEmploymentAgency(federalState: string, municipality?: string): KnownAuthority {
  const westpfalz = federalState === RLP && municipality !== undefined && normaliseMunicipality(municipality) === 'kaiserslautern';
  return known({
    id: 'ba-zav',
    kind: 'ba',
    name: {
      de: 'Bundesagentur für Arbeit, Zentrale Auslands- und Fachvermittlung (ZAV): Team für den Betriebssitz des Arbeitgebers',
      en: 'Federal Employment Agency, International Placement Services (ZAV): the team responsible for the employer’s place of business',
    },
    url: 'https://www.arbeitsagentur.de/vor-ort',
    reference: REF_MIIG_BA,
    note: westpfalz
      ? {
          de: 'Beratung für Arbeitgeber: Arbeitgeber-Service der Agentur für Arbeit Kaiserslautern-Pirmasens (ganze Westpfalz), Hotline 0800 4 5555 20.',
          en: 'Advice for employers: the employer service of the Agentur für Arbeit Kaiserslautern-Pirmasens (the whole Westpfalz), hotline 0800 4 5555 20.',
        }
      : {
          de: 'Beratung für Arbeitgeber: Arbeitgeber-Service der örtlichen Agentur für Arbeit, Hotline 0800 4 5555 20.',
          en: 'Advice for employers: the employer service of the local Agentur für Arbeit, hotline 0800 4 5555 20.',
        },
  });
}

/** The German mission abroad: by the candidate's place of residence (Western Balkans rule: the country of origin). */
export function germanMission(westbalkan: boolean): KnownAuthority {
  return known({
    id: westbalkan ? 'mission-country-of-origin' : 'mission-residence',
    kind: 'mission',
    name: westbalkan
      ? {
          de: 'Die deutsche Botschaft oder das Generalkonsulat im Herkunftsstaat der Bewerberin oder des Bewerbers',
          en: 'The German embassy or consulate in the candidate’s country of origin',
        }
      : {
          de: 'Die deutsche Botschaft oder das Generalkonsulat, das für den Wohnort der Bewerberin oder des Bewerbers zuständig ist',
          en: 'The German embassy or consulate responsible for the candidate’s place of residence',
        },
    url: 'https://digital.diplo.de',
    reference: westbalkan
      ? { title: 'Deutsche Botschaft Sarajewo: Westbalkanregelung (Antrag im Herkunftsstaat)', url: 'https://sarajewo.diplo.de/ba-de/service/westbalkanregelung-2550504' }
      : { title: 'Auswärtiges Amt: Auslandsportal (Online-Antrag an allen 167 Visastellen seit 01.01.2025)', url: 'https://preview.auswaertiges-amt.de/blueprint/servlet/de/service/auslandsportal-2538094' },
    note: {
      de: 'Antrag online über das Auslandsportal; persönliche Vorsprache für Identitätsprüfung, Fingerabdrücke und Gebühr. Externe Dienstleister können eine Servicegebühr verlangen.',
      en: 'Apply online through the Auslandsportal; a personal appointment remains necessary for the identity check, fingerprints and the fee. External service providers may charge a service fee.',
    },
  });
}

export function registrationOffice(): KnownAuthority {
  return known({
    id: 'meldebehoerde',
    kind: 'registration-office',
    name: {
      de: 'Die Meldebehörde (Bürgeramt) der Gemeinde, in der die Bewerberin oder der Bewerber wohnt',
      en: 'The registration office (Bürgeramt) of the municipality where the candidate lives',
    },
    reference: REF_BMG_17,
  });
}

// ---- Immigration offices ----

export const ZAB_KL = known({
  id: 'zab-kl',
  kind: 'immigration-office-81a',
  name: {
    de: 'Zentrale Ausländerbehörde für Fachkräfteeinwanderung Rheinland-Pfalz (Stadtverwaltung Kaiserslautern, Rathaus Nord)',
    en: 'Central Immigration Office for Skilled Workers of Rhineland-Palatinate (city of Kaiserslautern, Rathaus Nord)',
  },
  seat: 'Kaiserslautern',
  url: 'https://www.kaiserslautern.de/zab/',
  reference: REF_ZAB_KL,
  note: {
    de: 'Zuständig für alle Verfahren nach § 81a AufenthG in ganz Rheinland-Pfalz seit 01.01.2021; Unterlagen werden online hochgeladen. Nicht zu verwechseln mit der ZAB der Kultusministerkonferenz in Bonn.',
    en: 'Responsible for every § 81a AufenthG procedure in the whole of Rhineland-Palatinate since 1 January 2021; documents are uploaded online. Not to be confused with the ZAB of the KMK in Bonn.',
  },
});

/** The immigration office for the § 81a procedure: the ZAB Kaiserslautern in RLP, otherwise unknown. */
export function acceleratedProcedureOffice(federalState: string): Authority {
  if (federalState === RLP) return ZAB_KL;
  return unknown(
    'immigration-office-81a',
    {
      de: 'Die Ausländerbehörde, die für den Beschäftigungsort zuständig ist (§ 71 Abs. 1 AufenthG); manche Länder haben dafür eine zentrale Stelle',
      en: 'The immigration office responsible for the place of employment (§ 71 (1) AufenthG); some Länder have a central office for this',
    },
    { de: 'Die zuständige Stelle in diesem Land ist in Lotse nicht hinterlegt.', en: 'Lotse does not hold the competent office for this Land.' },
  );
}

const SWR_ABH: Reference = {
  title: 'SWR: Situation der Ausländerbehörden in Kaiserslautern und der Westpfalz (Stadt- und Kreisverwaltungen als Ausländerbehörden)',
  url: 'https://www.swr.de/swraktuell/rheinland-pfalz/kaiserslautern/situation-der-auslaenderbehoerden-in-kaiserslautern-und-der-westpfalz-100.html',
};

const RLP_LOCAL_OFFICES: ReadonlyArray<{ names: string[]; authority: KnownAuthority }> = [
  {
    names: ['kaiserslautern'],
    authority: known({
      id: 'abh-kaiserslautern',
      kind: 'immigration-office',
      name: { de: 'Stadtverwaltung Kaiserslautern, Ausländerbehörde', en: 'City of Kaiserslautern, immigration office (Ausländerbehörde)' },
      seat: 'Kaiserslautern',
      reference: { title: 'RPTU: Außenstelle der Ausländerbehörde auf dem Uni-Campus wiedereröffnet', url: 'https://rptu.de/intern/campustalk/news/aussenstelle-der-auslaenderbehoerde-auf-uni-campus-wiedereroeffnet' },
      note: {
        de: 'Getrennt von der Zentralen Ausländerbehörde für Fachkräfteeinwanderung derselben Stadtverwaltung; Außenstelle auf dem RPTU-Campus (Di, Do). Lange Wartezeiten wurden 2025 berichtet.',
        en: 'Separate from the central immigration office for skilled workers in the same city administration; branch office on the RPTU campus (Tue, Thu). Long queues were reported in 2025.',
      },
    }),
  },
  {
    names: ['mainz'],
    authority: known({
      id: 'abh-mainz',
      kind: 'immigration-office',
      name: {
        de: 'Stadtverwaltung Mainz, Bürgeramt – Abteilung für Ausländerangelegenheiten, Kaiserstraße 3–5, 55116 Mainz',
        en: 'City of Mainz, Bürgeramt – foreigners’ affairs department, Kaiserstraße 3–5, 55116 Mainz',
      },
      seat: 'Mainz',
      reference: { title: 'Stadt Mainz: Aufenthaltserlaubnis beantragen (Studium, Arbeit, Familiennachzug)', url: 'https://www.mainz.de/vv/produkte/buergeramt/Aufenthaltserlaubnis-beantragen-Studium-Arbeit-Familiennachzug.php' },
      note: { de: 'Termine telefonisch, per E-Mail oder online.', en: 'Appointments by phone, e-mail or online.' },
    }),
  },
  {
    names: ['mainz bingen', 'landkreis mainz bingen', 'kreis mainz bingen'],
    authority: known({
      id: 'abh-mainz-bingen',
      kind: 'immigration-office',
      name: { de: 'Kreisverwaltung Mainz-Bingen, Ausländerbehörde', en: 'District of Mainz-Bingen, immigration office (Ausländerbehörde)' },
      reference: { title: 'Kreisverwaltung Mainz-Bingen: Aufenthaltstitel', url: 'http://www.mainz-bingen.de/de/Familie-Jugend-Asyl-Gesundheit-Soziales/Asyl-Integration-Auslaenderwesen/Auslaenderbehoerde/Aufenthaltstitel.php' },
      note: {
        de: 'Alle Titel außer Visa. Ein abgelaufener Titel kann nicht verlängert werden und erlaubt keine Arbeit.',
        en: 'All titles except visas. An expired title cannot be extended and does not allow work.',
      },
    }),
  },
  {
    names: ['ludwigshafen', 'ludwigshafen am rhein'],
    authority: known({
      id: 'abh-ludwigshafen',
      kind: 'immigration-office',
      name: {
        de: 'Stadt Ludwigshafen am Rhein, Bürgerservice – Aufenthalt (Angehörige aus Nicht-EU-Staaten)',
        en: 'City of Ludwigshafen am Rhein, citizens’ service – residence (non-EU nationals)',
      },
      seat: 'Ludwigshafen am Rhein',
      reference: { title: 'Stadt Ludwigshafen: Aufenthalt – Angehörige aus Nicht-EU-Staaten', url: 'https://ludwigshafen.de/buergernah/buergerservice/dienstleistungen-a-z/detail/services-detail/aufenthalt-angehoerige-aus-nicht-eu-staaten' },
      note: { de: 'Online-Anfrage empfohlen.', en: 'An online enquiry is recommended.' },
    }),
  },
  {
    names: ['neustadt an der weinstrasse', 'neustadt weinstrasse', 'neustadt a d weinstrasse'],
    authority: known({
      id: 'abh-neustadt-weinstrasse',
      kind: 'immigration-office',
      name: { de: 'Stadtverwaltung Neustadt an der Weinstraße, Ausländerbehörde', en: 'City of Neustadt an der Weinstraße, immigration office (Ausländerbehörde)' },
      seat: 'Neustadt an der Weinstraße',
      reference: { title: 'Stadt Neustadt an der Weinstraße: Blaue Karte EU, Familiennachzug', url: 'https://www.neustadt.eu/index.php?ModID=7&FID=2579.3854.1&object=tx%7C2579.3854.1' },
    }),
  },
  ...(['Koblenz', 'Trier', 'Worms'] as const).map((city) => ({
    names: [city.toLowerCase()],
    authority: known({
      id: `abh-${city.toLowerCase()}`,
      kind: 'immigration-office',
      name: { de: `Stadtverwaltung ${city}, Ausländerbehörde`, en: `City of ${city}, immigration office (Ausländerbehörde)` },
      seat: city,
      reference: SWR_ABH,
      unconfirmed: true,
      note: {
        de: 'Name und Anschrift sind nicht aus den Quellen bestätigt (kreisfreie Stadt: Stadtverwaltung als Ausländerbehörde).',
        en: 'Name and address are not confirmed by the sources (a kreisfreie Stadt: the city administration is the immigration office).',
      },
    }),
  })),
];

/**
 * The local immigration office (residence permit after entry; consent to a regular visa under § 31 AufenthV).
 * It is the one for the place of residence; the plan assumes the candidate lives where they work.
 */
export function localImmigrationOffice(federalState: string, municipality?: string): Authority {
  if (federalState === RLP) {
    if (municipality !== undefined) {
      const key = normaliseMunicipality(municipality);
      const hit = RLP_LOCAL_OFFICES.find((o) => o.names.includes(key));
      if (hit) return hit.authority;
    }
    return unknown(
      'immigration-office',
      {
        de: 'Die Ausländerbehörde Ihres Landkreises oder Ihrer Stadt (Kreisverwaltung, in kreisfreien Städten die Stadtverwaltung), am Wohnort',
        en: 'The Ausländerbehörde of your district or city (the district administration, or the city administration of a kreisfreie Stadt), at the place of residence',
      },
      {
        de: 'Lotse kennt die Ausländerbehörde für diesen Ort nicht; die Zuständigkeitsverordnung für Rheinland-Pfalz ist nicht bestätigt.',
        en: 'Lotse does not know the immigration office for this place; the Rhineland-Palatinate competence regulation is not confirmed.',
      },
    );
  }
  return unknown(
    'immigration-office',
    {
      de: 'Die Ausländerbehörde am Wohnort (Kreis- oder Stadtverwaltung)',
      en: 'The immigration office at the place of residence (district or city administration)',
    },
    { de: 'Für dieses Land hat Lotse keine Ausländerbehörden hinterlegt.', en: 'Lotse holds no immigration offices for this Land.' },
  );
}

// ---- Chambers ----

const REF_IHK_RLP_WELCOME: Reference = {
  title: 'IHK Rheinland-Pfalz: Zehn Jahre Welcome Center Rheinland-Pfalz (Handwerkskammern seit 2025 im Netzwerk)',
  url: 'https://www.ihk-rlp.de/servicemarken/presse/aktuelle-pressemitteilungen/zehn-jahre-welcome-center-rheinland-pfalz-6496032?print=true&printsrc=button',
};
const REF_HWK_RHEINHESSEN_RECOGNITION: Reference = {
  title: 'Handwerkskammer Rheinhessen: Anerkennung ausländischer Berufsabschlüsse (zuständig bei Arbeit oder Wohnsitz in Rheinhessen)',
  url: 'https://www.hwk.de/anerkennung-auslaendischer-berufsabschluesse/',
};
const REF_WELT_HWK_KOBLENZ: Reference = {
  title: 'Welt/dpa: Handwerkskammer prüft ausländische Fachkraft-Abschlüsse (HWK Koblenz eine von vier zentralen Kammern für Anträge aus dem Ausland)',
  url: 'https://www.welt.de/regionales/rheinland-pfalz-saarland/article204487992/Handwerkskammer-prueft-auslaendische-Fachkraft-Abschluesse.html',
};

const MAPPED_FROM_GEOGRAPHY: Text = {
  de: 'Die Zuordnung dieses Ortes zum Kammerbezirk folgt der Region und ist nicht aus den Quellen bestätigt.',
  en: 'This place is assigned to the chamber district by region; the sources do not confirm it.',
};

interface Chamber {
  authority: Omit<KnownAuthority, 'known' | 'lastVerified'>;
  seatNames: string[];
  regionNames: string[];
}

const RLP_HWK: readonly Chamber[] = [
  {
    authority: {
      id: 'hwk-pfalz',
      kind: 'recognition-hwk',
      name: { de: 'Handwerkskammer der Pfalz, Kaiserslautern', en: 'Chamber of crafts of the Palatinate (Handwerkskammer der Pfalz), Kaiserslautern' },
      seat: 'Kaiserslautern',
      reference: REF_IHK_RLP_WELCOME,
    },
    seatNames: ['kaiserslautern'],
    regionNames: ['ludwigshafen', 'ludwigshafen am rhein', 'neustadt an der weinstrasse', 'neustadt weinstrasse', 'neustadt a d weinstrasse'],
  },
  {
    authority: {
      id: 'hwk-rheinhessen',
      kind: 'recognition-hwk',
      name: { de: 'Handwerkskammer Rheinhessen, Mainz', en: 'Chamber of crafts Rheinhessen (Handwerkskammer Rheinhessen), Mainz' },
      seat: 'Mainz',
      reference: REF_HWK_RHEINHESSEN_RECOGNITION,
    },
    seatNames: ['mainz'],
    regionNames: ['mainz bingen', 'landkreis mainz bingen', 'kreis mainz bingen', 'worms'],
  },
  {
    authority: {
      id: 'hwk-koblenz',
      kind: 'recognition-hwk',
      name: { de: 'Handwerkskammer Koblenz', en: 'Chamber of crafts Koblenz (Handwerkskammer Koblenz)' },
      seat: 'Koblenz',
      reference: REF_WELT_HWK_KOBLENZ,
    },
    seatNames: ['koblenz'],
    regionNames: [],
  },
  {
    authority: {
      id: 'hwk-trier',
      kind: 'recognition-hwk',
      name: { de: 'Handwerkskammer Trier', en: 'Chamber of crafts Trier (Handwerkskammer Trier)' },
      seat: 'Trier',
      reference: REF_IHK_RLP_WELCOME,
    },
    seatNames: ['trier'],
    regionNames: [],
  },
];

const HWK_KOBLENZ_ABROAD: Text = {
  de: 'Hinweis: Die HWK Koblenz bearbeitet als eine von vier zentralen Kammern auch Anträge aus dem Ausland (Stand 2019/2020, aktuelle Zuordnung nicht bestätigt).',
  en: 'Note: the HWK Koblenz is one of four central chambers that also handle applications from abroad (as of 2019/2020; the current allocation is not confirmed).',
};

/** The Handwerkskammer for the place of work (or of residence) in RLP; unknown elsewhere. */
export function handwerkskammer(federalState: string, municipality?: string): Authority {
  if (federalState === RLP) {
    const key = municipality === undefined ? undefined : normaliseMunicipality(municipality);
    for (const c of RLP_HWK) {
      const seat = key !== undefined && c.seatNames.includes(key);
      const region = key !== undefined && c.regionNames.includes(key);
      if (!seat && !region) continue;
      const notes: Text[] = [];
      if (region) notes.push(MAPPED_FROM_GEOGRAPHY);
      notes.push(HWK_KOBLENZ_ABROAD);
      return known({
        ...c.authority,
        ...(region ? { unconfirmed: true } : {}),
        note: { de: notes.map((n) => n.de).join(' '), en: notes.map((n) => n.en).join(' ') },
      });
    }
    return unknown(
      'recognition-hwk',
      {
        de: 'Die Handwerkskammer für den Arbeits- oder Wohnort: der Pfalz (Kaiserslautern), Rheinhessen (Mainz), Koblenz oder Trier',
        en: 'The chamber of crafts for the place of work or residence: der Pfalz (Kaiserslautern), Rheinhessen (Mainz), Koblenz or Trier',
      },
      { de: 'Lotse kann diesen Ort keinem Kammerbezirk zuordnen.', en: 'Lotse cannot assign this place to a chamber district.' },
    );
  }
  return unknown(
    'recognition-hwk',
    { de: 'Die Handwerkskammer für den Arbeits- oder Wohnort', en: 'The chamber of crafts for the place of work or residence' },
    { de: 'Für dieses Land hat Lotse keine Handwerkskammern hinterlegt.', en: 'Lotse holds no chambers of crafts for this Land.' },
  );
}

/** Recognition body for a vocational qualification whose German reference occupation is not yet known. */
export function vocationalBodyUnknown(): UnknownAuthority {
  return unknown(
    'recognition-other',
    {
      de: 'IHK FOSA für IHK-Berufe, die Handwerkskammer für Handwerksberufe oder eine Landesbehörde für landesrechtlich geregelte Berufe (z. B. Techniker/in)',
      en: 'IHK FOSA for IHK occupations, the chamber of crafts for craft occupations, or a Land body for occupations under Land law (e.g. Techniker/in)',
    },
    {
      de: 'Die zuständige Stelle hängt vom deutschen Referenzberuf ab (Anerkennungs-Finder).',
      en: 'The competent body depends on the German reference occupation (Anerkennungs-Finder).',
    },
  );
}

/** The body for the protected title "Ingenieur/in" (Land law). */
export function engineerTitleBody(federalState: string): Authority {
  switch (federalState) {
    case RLP:
      return known({
        id: 'ingkammer-rlp',
        kind: 'recognition-engineer',
        name: { de: 'Ingenieurkammer Rheinland-Pfalz, Mainz', en: 'Chamber of engineers of Rhineland-Palatinate (Ingenieurkammer Rheinland-Pfalz), Mainz' },
        seat: 'Mainz',
        url: 'https://www.ing-rlp.de',
        reference: {
          title: 'Landesrecht RLP: IngKaG § 2 (Berufsbezeichnung „Ingenieur/in“)',
          url: 'http://landesrecht.rlp.de/jportal/?quelle=jlink&query=IngKammG+RP+%C2%A7+2&psml=bsrlpprod.psml',
        },
        unconfirmed: true,
        note: {
          de: 'Zuständigkeit für Abschlüsse aus Drittstaaten (§ 5 IngKaG) sehr wahrscheinlich, aber nicht bestätigt. Antrag nur bei Tätigkeit in Rheinland-Pfalz; Deutschkenntnisse erforderlich.',
          en: 'Very probably competent for third-country degrees (§ 5 IngKaG), but not confirmed. Only persons working in Rhineland-Palatinate may apply; German is required.',
        },
      });
    case 'DE-BY':
      return known({
        id: 'engineer-by',
        kind: 'recognition-engineer',
        name: {
          de: 'Bayerische Ingenieurekammer-Bau, München (Bauingenieurwesen, Gebäude- und Versorgungstechnik, Vermessung) oder Regierung von Schwaben, Augsburg (alle anderen Fachrichtungen)',
          en: 'Bayerische Ingenieurekammer-Bau, Munich (civil engineering, building services, surveying) or Regierung von Schwaben, Augsburg (all other disciplines)',
        },
        reference: {
          title: 'Bayern: Genehmigung zum Führen der Berufsbezeichnung Ingenieur/in',
          url: 'https://www.eap.bayern.de/informationen/leistungsbeschreibung/845312016459?anliegen=8111031172&dienstleistung=8777623333&nationalitaet=4888808174',
        },
      });
    case 'DE-BW':
      return known({
        id: 'ingkammer-bw',
        kind: 'recognition-engineer',
        name: { de: 'Ingenieurkammer Baden-Württemberg, Stuttgart', en: 'Chamber of engineers of Baden-Württemberg, Stuttgart' },
        seat: 'Stuttgart',
        reference: { title: 'Antrag auf Genehmigung zum Führen der Berufsbezeichnung Ingenieur, Baden-Württemberg (§ 3 IngG BW)', url: 'https://de.scribd.com/document/433194616/Antrag-Genehmigung-Ingenieur-BW' },
      });
    case 'DE-NW':
      return known({
        id: 'bezirksregierung-nrw',
        kind: 'recognition-engineer',
        name: {
          de: 'Die Bezirksregierung des Wohnorts (sonst des Sitzes des Arbeitgebers)',
          en: 'The Bezirksregierung of the place of residence (otherwise of the employer’s seat)',
        },
        reference: { title: 'Bezirksregierung Düsseldorf: Anerkennung der Berufsbezeichnung Ingenieur/Ingenieurin', url: 'https://www.brd.nrw.de/themen/kommunales/handel-handwerk-gewerbe/anerkennung-der-berufsbezeichnung-ingenieur-ingenieurin' },
      });
    case 'DE-HE':
      return unknown(
        'recognition-engineer',
        { de: 'Die zuständige Stelle nach dem Hessischen Ingenieurgesetz (HIngG)', en: 'The body competent under the Hessian Engineers Act (HIngG)' },
        { de: 'Wahrscheinlich die Ingenieurkammer Hessen in Wiesbaden, nicht bestätigt.', en: 'Probably the Ingenieurkammer Hessen in Wiesbaden; not confirmed.' },
      );
    default:
      return unknown(
        'recognition-engineer',
        { de: 'Die nach Landesrecht zuständige Stelle für die Berufsbezeichnung „Ingenieur/in“', en: 'The body competent under Land law for the title "Ingenieur/in"' },
        { de: 'Für dieses Land hat Lotse die Stelle nicht hinterlegt.', en: 'Lotse does not hold the body for this Land.' },
      );
  }
}

/** Every known authority the module can return, for data tests. */
export function allKnownAuthorities(): KnownAuthority[] {
  const out: KnownAuthority[] = [KMK_ZAB, ZAB_KL, ihkFosa(RLP), federalEmploymentAgency(RLP, 'Kaiserslautern'), germanMission(false), germanMission(true), registrationOffice()];
  for (const o of RLP_LOCAL_OFFICES) out.push(o.authority);
  for (const c of RLP_HWK) {
    const a = handwerkskammer(RLP, c.seatNames[0]);
    if (a.known) out.push(a);
  }
  for (const s of [RLP, 'DE-BY', 'DE-BW', 'DE-NW']) {
    const a = engineerTitleBody(s);
    if (a.known) out.push(a);
  }
  return out;
}
