// The fields of a company as the use cases accept them (pages and API), checked into a row.

import { Checker } from '../common/checker.ts';
import { sizeClassOf } from '../common/codes.ts';
import { checkField } from '../common/fields.ts';
import { COMPANY_SCHEMA as S } from './companySchema.ts';
import type { SizeClass } from '../common/codes.ts';

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
  // each field as COMPANY_SCHEMA declares it (the API's body schema is made from the same declaration)
  const field = <T>(name: keyof typeof S, value: unknown) => checkField(c, S, name, value) as T;
  const headcount = field<number | null>('headcount', input.headcount);
  const sizeClass = field<SizeClass | null>('sizeClass', input.sizeClass);
  const fields: CompanyFields = {
    name: field<string | null>('name', input.name) ?? '',
    street: field<string | null>('street', input.street),
    postcode: field<string | null>('postcode', input.postcode),
    city: field<string | null>('city', input.city),
    federalState: field<string | null>('federalState', input.federalState),
    municipality: field<string | null>('municipality', input.municipality),
    headcount,
    sizeClass: headcount !== null ? sizeClassOf(headcount) : sizeClass,
    // pages may write the section in lower case
    wzSection: field<string | null>('wzSection', typeof input.wzSection === 'string' ? input.wzSection.trim().toUpperCase() : input.wzSection),
    website: field<string | null>('website', input.website),
    notes: field<string | null>('notes', input.notes),
  };
  c.done();
  return fields;
}
