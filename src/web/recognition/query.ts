// The finder's query string (`/anerkennung?beruf=…&land=…&ort=…`, and `q` for the occupation search): read field by
// field; a value that cannot be one of ours (an unknown occupation id, Land code or place key, a repeated or
// malformed parameter) is an error naming its field, answered with 400 and the form, never a 500.

import { getOccupation, occupationsForIsco } from '../../catalogue/occupations.ts';
import type { Occupation } from '../../catalogue/occupations.ts';
import { MAX_QUERY_LENGTH } from '../../catalogue/search.ts';
import { isFederalState } from '../shell/domain/places.ts';
import type { FederalState } from '../shell/domain/places.ts';

export type FinderField = 'q' | 'beruf' | 'referenz' | 'land' | 'ort';
export type FinderErrorCode = 'unknownOccupation' | 'unknownReference' | 'unknownLand' | 'unknownPlace' | 'malformed';

export interface FinderError {
  field: FinderField;
  code: FinderErrorCode;
}

export interface FinderQuery {
  /** the search text, as typed (cut to the catalogue's longest query) */
  q: string;
  /** the chosen catalogue occupation */
  occupation: Occupation | undefined;
  /** a German reference occupation chosen among an umbrella occupation's candidates */
  referenceId: string | undefined;
  land: FederalState | undefined;
  /** a Kreis / kreisfreie Stadt key of the Land's places */
  place: string | undefined;
  /** the raw values, to fill the form again */
  values: Record<FinderField, string>;
  errors: FinderError[];
}

/** The Länder whose places (Landkreise, kreisfreie Städte) the finder knows, with their keys. */
export interface PlaceLookup {
  isPlace: (land: FederalState, key: string) => boolean;
  hasPlaces: (land: FederalState) => boolean;
  /** the Land of a place key, if the finder knows the place */
  landOf: (key: string) => FederalState | undefined;
}

const FIELDS: readonly FinderField[] = ['q', 'beruf', 'referenz', 'land', 'ort'];

function one(raw: unknown): string | null {
  if (raw === undefined) return '';
  if (typeof raw !== 'string') return null;
  return raw;
}

export function readFinderQuery(query: unknown, places: PlaceLookup): FinderQuery {
  const source = query !== null && typeof query === 'object' ? (query as Record<string, unknown>) : {};
  const errors: FinderError[] = [];
  const values = { q: '', beruf: '', referenz: '', land: '', ort: '' } as Record<FinderField, string>;
  for (const f of FIELDS) {
    const v = one(source[f]);
    if (v === null) errors.push({ field: f, code: 'malformed' });
    else values[f] = v.trim().slice(0, f === 'q' ? MAX_QUERY_LENGTH : 100);
  }
  let occupation: Occupation | undefined;
  if (values.beruf !== '') {
    occupation = getOccupation(values.beruf);
    if (!occupation) errors.push({ field: 'beruf', code: 'unknownOccupation' });
  }
  let referenceId: string | undefined;
  if (values.referenz !== '') {
    // a slug; whether the data knows it is the finder's answer (the route turns "not found" into this field's error)
    if (/^[a-z0-9][a-z0-9-]{0,79}$/.test(values.referenz)) referenceId = values.referenz;
    else errors.push({ field: 'referenz', code: 'unknownReference' });
  }
  let land: FederalState | undefined;
  if (values.land !== '') {
    if (isFederalState(values.land)) land = values.land;
    else errors.push({ field: 'land', code: 'unknownLand' });
  }
  let place: string | undefined;
  if (values.ort !== '' && land !== undefined) {
    // a place left selected while another Land was chosen (the select is there without JavaScript): not an error
    if (places.hasPlaces(land)) {
      if (places.isPlace(land, values.ort)) place = values.ort;
      else errors.push({ field: 'ort', code: 'unknownPlace' });
    }
  } else if (values.ort !== '' && values.land === '') {
    // a place chosen without its Land (the place select is there without JavaScript): the place says the Land
    const of = places.landOf(values.ort);
    if (of !== undefined) {
      land = of;
      place = values.ort;
    } else {
      errors.push({ field: 'ort', code: 'unknownPlace' });
    }
  }
  return { q: values.q, occupation, referenceId, land, place, values, errors };
}

/** The finder's URL for an occupation and place (the links from the check, the case and the umbrella choices). */
export function finderUrl(p: { q?: string | undefined; beruf?: string | undefined; referenz?: string | undefined; land?: string | undefined; ort?: string | undefined; lang?: string | undefined }): string {
  const params = new URLSearchParams();
  if (p.q) params.set('q', p.q);
  if (p.beruf) params.set('beruf', p.beruf);
  if (p.referenz) params.set('referenz', p.referenz);
  if (p.land) params.set('land', p.land);
  if (p.ort) params.set('ort', p.ort);
  if (p.lang) params.set('lang', p.lang);
  const s = params.toString();
  return s === '' ? FINDER_PATH : `${FINDER_PATH}?${s}`;
}

export const FINDER_PATH = '/anerkennung';

/**
 * The finder's URL for what a case knows: its ISCO-08 unit group (the occupation when the group has one catalogue
 * entry, else the group's entries to choose from) and its place of work.
 */
export function finderUrlForIsco(isco: string | null | undefined, land: string | null | undefined, ort: string | undefined): string {
  const entries = isco ? occupationsForIsco(isco) : [];
  return finderUrl({
    ...(entries.length === 1 ? { beruf: entries[0]!.id } : isco ? { q: isco } : {}),
    land: land ?? undefined,
    ort,
  });
}
