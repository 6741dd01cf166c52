// The fields of a partner organisation as the use cases accept them (createPartner, updatePartner).

import { Checker } from '../shared/checker.ts';
import { PARTNER_TYPES } from '../shared/codes.ts';
import type { PartnerType } from '../shared/codes.ts';

export interface PartnerInput {
  name?: unknown;
  type?: unknown;
  contactName?: unknown;
  email?: unknown;
  phone?: unknown;
  website?: unknown;
  address?: unknown;
}

export interface PartnerFields {
  name: string;
  type: PartnerType;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  address: string | null;
}

export const PARTNER_FIELDS = ['name', 'type', 'contactName', 'email', 'phone', 'website', 'address'] as const;

/** The checked fields, or WorkspaceInputError naming every wrong field. */
export function checkPartner(input: PartnerInput): PartnerFields {
  const c = new Checker();
  const fields: PartnerFields = {
    name: c.text('name', input.name, { required: true }) ?? '',
    type: c.oneOf('type', input.type, PARTNER_TYPES, { required: true }) ?? 'other',
    contactName: c.text('contactName', input.contactName),
    email: c.email('email', input.email),
    phone: c.text('phone', input.phone, { max: 50 }),
    website: c.url('website', input.website),
    address: c.text('address', input.address, { max: 500 }),
  };
  c.done();
  return fields;
}
