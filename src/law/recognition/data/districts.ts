// Chamber districts of the RLP places (recognition-integration-facts.md § 3.3). The four Handwerkskammern and the four
// IHKs of Rhineland-Palatinate cover the same four regions: Pfalz, Rheinhessen, Koblenz (north) and Trier. Only the
// seat cities are taken from the chambers' own pages; every other assignment follows the region (general knowledge of
// the chamber districts) and is unconfirmed, as in src/law/plan/data/authorities.ts (MAPPED_FROM_GEOGRAPHY).
// For IHK occupations IHK FOSA decides; the IHK district only names the Welcome Center for first advice.

import type { Reference } from '../../parameters/parameter.ts';
import type { DistrictAssignment } from '../types.ts';
import { RLP_PLACES } from '../../../catalogue/places.ts';

const VERIFIED = '2026-12-05';

const REF_HWK_RHEINHESSEN: Reference = {
  title: 'Handwerkskammer Rheinhessen: Anerkennung ausländischer Berufsabschlüsse (zuständig bei Arbeit oder Wohnsitz in Rheinhessen)',
  url: 'https://www.hwk.de/anerkennung-auslaendischer-berufsabschluesse/',
};
const REF_CHAMBERS_RLP: Reference = {
  title: 'IHK Rheinland-Pfalz: Welcome Center an acht Kammerstandorten (IHK Pfalz/Ludwigshafen, Rheinhessen/Mainz, Koblenz, Trier; HWK der Pfalz/Kaiserslautern, Rheinhessen/Mainz, Koblenz, Trier)',
  url: 'https://www.ihk-rlp.de/servicemarken/presse/aktuelle-pressemitteilungen/zehn-jahre-welcome-center-rheinland-pfalz-6496032?print=true&printsrc=button',
};

export type RlpRegion = 'pfalz' | 'rheinhessen' | 'koblenz' | 'trier';

/** Region of each RLP place key (by geography of the chamber districts). */
export const RLP_REGION: Readonly<Record<string, RlpRegion>> = {
  koblenz: 'koblenz',
  trier: 'trier',
  frankenthal: 'pfalz',
  'kaiserslautern-stadt': 'pfalz',
  landau: 'pfalz',
  ludwigshafen: 'pfalz',
  mainz: 'rheinhessen',
  'neustadt-weinstrasse': 'pfalz',
  pirmasens: 'pfalz',
  speyer: 'pfalz',
  worms: 'rheinhessen',
  zweibruecken: 'pfalz',
  ahrweiler: 'koblenz',
  altenkirchen: 'koblenz',
  'bad-kreuznach': 'koblenz',
  birkenfeld: 'koblenz',
  'cochem-zell': 'koblenz',
  'mayen-koblenz': 'koblenz',
  neuwied: 'koblenz',
  'rhein-hunsrueck': 'koblenz',
  'rhein-lahn': 'koblenz',
  westerwald: 'koblenz',
  'bernkastel-wittlich': 'trier',
  'bitburg-pruem': 'trier',
  vulkaneifel: 'trier',
  'trier-saarburg': 'trier',
  'alzey-worms': 'rheinhessen',
  'bad-duerkheim': 'pfalz',
  donnersberg: 'pfalz',
  germersheim: 'pfalz',
  'kaiserslautern-kreis': 'pfalz',
  kusel: 'pfalz',
  'suedliche-weinstrasse': 'pfalz',
  'rhein-pfalz': 'pfalz',
  'mainz-bingen': 'rheinhessen',
  suedwestpfalz: 'pfalz',
};

const HWK: Record<RlpRegion, { id: string; seat: string }> = {
  pfalz: { id: 'hwk-pfalz', seat: 'kaiserslautern-stadt' },
  rheinhessen: { id: 'hwk-rheinhessen', seat: 'mainz' },
  koblenz: { id: 'hwk-koblenz', seat: 'koblenz' },
  trier: { id: 'hwk-trier', seat: 'trier' },
};
const IHK: Record<RlpRegion, { id: string; seat: string }> = {
  pfalz: { id: 'ihk-pfalz', seat: 'ludwigshafen' },
  rheinhessen: { id: 'ihk-rheinhessen', seat: 'mainz' },
  koblenz: { id: 'ihk-koblenz', seat: 'koblenz' },
  trier: { id: 'ihk-trier', seat: 'trier' },
};

function assignments(): DistrictAssignment[] {
  const out: DistrictAssignment[] = [];
  for (const place of RLP_PLACES) {
    const region = RLP_REGION[place.key];
    if (region === undefined) continue;
    for (const [chamber, table] of [['hwk', HWK], ['ihk', IHK]] as const) {
      const c = table[region];
      const seat = c.seat === place.key;
      const rheinhessenHwk = chamber === 'hwk' && region === 'rheinhessen';
      out.push({
        placeKey: place.key,
        chamber,
        bodyId: c.id,
        reference: rheinhessenHwk ? REF_HWK_RHEINHESSEN : REF_CHAMBERS_RLP,
        lastVerified: VERIFIED,
        ...(seat ? {} : { unconfirmed: true }),
      });
    }
  }
  return out;
}

/** One HWK and one IHK assignment for each of the 36 RLP places. */
export const DISTRICTS: readonly DistrictAssignment[] = assignments();
