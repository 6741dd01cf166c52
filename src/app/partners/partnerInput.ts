// The fields of a partner organisation as the use cases accept them (createPartner, updatePartner).

import { Checker } from '../common/checker.ts';
import { checkField } from '../common/fields.ts';
import { PARTNER_SCHEMA as S } from './partnerSchema.ts';
import type { PartnerType } from '../common/codes.ts';

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
  // each field as PARTNER_SCHEMA declares it
  const field = <T>(name: keyof typeof S, value: unknown) => checkField(c, S, name, value) as T;
  const fields: PartnerFields = {
    name: field<string | null>('name', input.name) ?? '',
    type: field<PartnerType | null>('type', input.type) ?? 'other',
    contactName: field<string | null>('contactName', input.contactName),
    email: field<string | null>('email', input.email),
    phone: field<string | null>('phone', input.phone),
    website: field<string | null>('website', input.website),
    address: field<string | null>('address', input.address),
  };
  c.done();
  return fields;
}
