// The one schema of a partner organisation's input, read by the use cases' checker (partnerInput.ts); a JSON API
// for partners would make its body from it (bodySchema) as the company and consultation APIs do.
// Issue 16: the Land and region, further contact channels, what the partner handles and offers, the office's notes.

import { FEDERAL_STATES, MEASURE_KINDS, PARTNER_TYPES, TEXT_MAX, TOPICS } from '../common/codes.ts';
import type { Fields } from '../common/fields.ts';

export const PARTNER_SCHEMA = {
  name: { kind: 'text', max: TEXT_MAX, required: true },
  type: { kind: 'oneOf', values: PARTNER_TYPES, required: true },
  federalState: { kind: 'oneOf', values: FEDERAL_STATES, description: 'the Land (ISO 3166-2); absent: nationwide or not said' },
  region: { kind: 'text', max: TEXT_MAX, description: 'the region within the Land: a city, a Kreis, "landesweit"' },
  contactName: { kind: 'text', max: TEXT_MAX },
  email: { kind: 'email' },
  phone: { kind: 'text', max: 50 },
  website: { kind: 'url', max: 500 },
  contactFormUrl: { kind: 'url', max: 500 },
  address: { kind: 'text', max: 500 },
  openingHours: { kind: 'text', max: 500, description: 'opening hours or how to reach them' },
  handles: { kind: 'text', max: 2000, description: 'what the partner handles' },
  topics: { kind: 'list', values: [...TOPICS], minItems: 0 },
  offers: { kind: 'list', values: [...MEASURE_KINDS], minItems: 0 },
  notes: { kind: 'text', max: 2000, description: 'the office’s notes (source, what is to be verified)' },
} as const satisfies Fields;
