// The places the finder offers (the Landkreise and kreisfreie Städte of Rhineland-Palatinate, src/catalogue/places.ts)
// and the place key for a work place as the check and the case write it ("Kaiserslautern", "Landkreis Kusel").

import { RLP_PLACES, findPlace } from '../../catalogue/places.ts';
import type { PlaceOption } from './FinderPage.tsx';

/** "Landkreis Kusel" sorts under K, like "Donnersbergkreis" under D. */
function sortName(p: PlaceOption): string {
  return p.name.replace(/^(Landkreis|Eifelkreis) /, '');
}

/** Per Land, the places of the finder's place select, cities first, each group in alphabetical order. */
export const FINDER_PLACES: Partial<Record<string, readonly PlaceOption[]>> = {
  'DE-RP': [...RLP_PLACES]
    .map((p): PlaceOption => ({ key: p.key, name: p.name, kind: p.kind === 'kreisfreie-stadt' ? 'city' : 'district' }))
    .sort((a, b) => (a.kind === b.kind ? sortName(a).localeCompare(sortName(b), 'de') : a.kind === 'city' ? -1 : 1)),
};

/** The finder's place key for a Land and a written place of work; undefined where the finder has no such place. */
export function placeKeyFor(land: string | null | undefined, municipality: string | null | undefined): string | undefined {
  if (!land || !municipality || FINDER_PLACES[land] === undefined) return undefined;
  const place = findPlace(municipality.trim(), land);
  return place && place.kind !== 'land' ? place.key : undefined;
}
