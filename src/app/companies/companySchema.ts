// The one schema of a company's input: read by the use cases' checker (companyInput.ts) and by the JSON API
// (src/web/api), so that a field is declared once and named the same way on the page and in the API.

import { FEDERAL_STATES, LONG_TEXT_MAX, SIZE_CLASSES, TEXT_MAX, WZ_SECTIONS } from '../common/codes.ts';
import { bodySchema } from '../common/fields.ts';
import type { Fields } from '../common/fields.ts';

export const HEADCOUNT_MAX = 10_000_000;

export const COMPANY_SCHEMA = {
  name: { kind: 'text', max: TEXT_MAX, required: true },
  street: { kind: 'text', max: TEXT_MAX },
  postcode: { kind: 'postcode' },
  city: { kind: 'text', max: TEXT_MAX },
  federalState: { kind: 'code', values: FEDERAL_STATES, pattern: '^DE-[A-Z]{2}$', description: 'ISO 3166-2 code of the Land, e.g. DE-RP' },
  municipality: { kind: 'text', max: TEXT_MAX },
  headcount: { kind: 'integer', min: 0, max: HEADCOUNT_MAX, description: 'number of employees; sets the size class' },
  sizeClass: { kind: 'oneOf', values: SIZE_CLASSES, description: 'only used when the headcount is not given' },
  wzSection: { kind: 'code', values: WZ_SECTIONS, pattern: '^[A-U]$', description: 'WZ 2008 section' },
  website: { kind: 'url', max: 500 },
  notes: { kind: 'text', max: LONG_TEXT_MAX },
} as const satisfies Fields;

/** The JSON body of a company (create adds confirmDuplicate: src/web/api). */
export const CompanyBody = bodySchema(COMPANY_SCHEMA);
