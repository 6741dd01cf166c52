// Looking up the occupation catalogue (the table itself is data: ./data/occupations.ts).

import { OCCUPATIONS } from './data/occupations.ts';
import type { Occupation } from './data/occupations.ts';

export { OCCUPATIONS };
export type { Chamber, LocalisedText, Occupation, OccupationLevel } from './data/occupations.ts';

const BY_ID: ReadonlyMap<string, Occupation> = new Map(OCCUPATIONS.map((o) => [o.id, o]));

/** The occupation with this id, or undefined. */
export function getOccupation(id: string): Occupation | undefined {
  return BY_ID.get(id);
}

const BY_ISCO: ReadonlyMap<string, readonly Occupation[]> = (() => {
  const map = new Map<string, Occupation[]>();
  for (const o of OCCUPATIONS) {
    const list = map.get(o.isco);
    if (list === undefined) map.set(o.isco, [o]);
    else list.push(o);
  }
  return map;
})();

/** The occupations of one ISCO-08 unit group, in catalogue order; [] for an unknown code. */
export function occupationsForIsco(isco: string): readonly Occupation[] {
  return BY_ISCO.get(isco) ?? [];
}
