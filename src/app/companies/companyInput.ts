// The fields of a company as the use cases accept them (pages and API), checked into a row.

import { Checker } from '../shared/checker.ts';
import { FEDERAL_STATES, LONG_TEXT_MAX, SIZE_CLASSES, WZ_SECTIONS, sizeClassOf } from '../shared/codes.ts';
import type { SizeClass } from '../shared/codes.ts';

export interface CompanyInput {
  name?: unknown;
  street?: unknown;
  postcode?: unknown;
  city?: unknown;
  federalState?: unknown;
  municipality?: unknown;
  headcount?: unknown;
  sizeClass?: unknown;
  wzSection?: unknown;
  website?: unknown;
  notes?: unknown;
}

export interface CompanyFields {
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
  federalState: string | null;
  municipality: string | null;
  headcount: number | null;
  sizeClass: SizeClass | null;
  wzSection: string | null;
  website: string | null;
  notes: string | null;
}

export const COMPANY_FIELDS = ['name', 'street', 'postcode', 'city', 'federalState', 'municipality', 'headcount', 'sizeClass', 'wzSection', 'website', 'notes'] as const;

/** Checks every field; throws WorkspaceInputError naming each bad one. The headcount decides the size class. */
export function checkCompany(input: CompanyInput): CompanyFields {
  const c = new Checker();
  const headcount = c.integer('headcount', input.headcount, 0, 10_000_000);
  const sizeClass = c.oneOf('sizeClass', input.sizeClass, SIZE_CLASSES);
  const fields: CompanyFields = {
    name: c.text('name', input.name, { required: true }) ?? '',
    street: c.text('street', input.street),
    postcode: c.postcode('postcode', input.postcode),
    city: c.text('city', input.city),
    federalState: c.oneOf('federalState', input.federalState, FEDERAL_STATES),
    municipality: c.text('municipality', input.municipality),
    headcount,
    sizeClass: headcount !== null ? sizeClassOf(headcount) : sizeClass,
    wzSection: c.oneOf('wzSection', typeof input.wzSection === 'string' ? input.wzSection.trim().toUpperCase() : input.wzSection, WZ_SECTIONS),
    website: c.url('website', input.website),
    notes: c.text('notes', input.notes, { max: LONG_TEXT_MAX }),
  };
  c.done();
  return fields;
}
