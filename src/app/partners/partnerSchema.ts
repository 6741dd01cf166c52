// The one schema of a partner organisation's input, read by the use cases' checker (partnerInput.ts); a JSON API
// for partners would make its body from it (bodySchema) as the company and consultation APIs do.

import { PARTNER_TYPES, TEXT_MAX } from '../common/codes.ts';
import type { Fields } from '../common/fields.ts';

export const PARTNER_SCHEMA = {
  name: { kind: 'text', max: TEXT_MAX, required: true },
  type: { kind: 'oneOf', values: PARTNER_TYPES, required: true },
  contactName: { kind: 'text', max: TEXT_MAX },
  email: { kind: 'email' },
  phone: { kind: 'text', max: 50 },
  website: { kind: 'url', max: 500 },
  address: { kind: 'text', max: 500 },
} as const satisfies Fields;
