// The one schema of a contact person's input, read by the use cases' checker (contactInput.ts); a JSON API for
// contacts would make its body from it (bodySchema) as the company and consultation APIs do.

import { TEXT_MAX } from '../common/codes.ts';
import type { Fields } from '../common/fields.ts';

export const CONTACT_SCHEMA = {
  name: { kind: 'text', max: TEXT_MAX, required: true },
  role: { kind: 'text', max: TEXT_MAX },
  email: { kind: 'email' },
  /** digits, spaces, + ( ) / - (checked by checkContact) */
  phone: { kind: 'text', max: 50 },
  /** the account of this person: a company user of the same company */
  userId: { kind: 'id' },
} as const satisfies Fields;
