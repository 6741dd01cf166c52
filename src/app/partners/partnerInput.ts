// The fields of a partner organisation as the use cases accept them (createPartner, updatePartner).

import { Checker } from '../common/checker.ts';
import { checkField } from '../common/fields.ts';
import { PARTNER_SCHEMA as S } from './partnerSchema.ts';
import type { MeasureKind, PartnerType, Topic } from '../common/codes.ts';

export interface PartnerInput {
  name?: unknown;
  type?: unknown;
  federalState?: unknown;
  region?: unknown;
  contactName?: unknown;
  email?: unknown;
  phone?: unknown;
  website?: unknown;
  contactFormUrl?: unknown;
  address?: unknown;
  openingHours?: unknown;
  handles?: unknown;
  topics?: unknown;
  offers?: unknown;
  notes?: unknown;
  /** a fact still to be verified ("zu prüfen"): true, or a checkbox's "on"/"true" */
  unconfirmed?: unknown;
}

export interface PartnerFields {
  name: string;
  type: PartnerType;
  federalState: string | null;
  region: string | null;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  contactFormUrl: string | null;
  address: string | null;
  openingHours: string | null;
  handles: string | null;
  topics: Topic[];
  offers: MeasureKind[];
  notes: string | null;
  unconfirmed: boolean;
}

export const PARTNER_FIELDS = [
  'name',
  'type',
  'federalState',
  'region',
  'contactName',
  'email',
  'phone',
  'website',
  'contactFormUrl',
  'address',
  'openingHours',
  'handles',
  'topics',
  'offers',
  'notes',
  'unconfirmed',
] as const;

/** The checked fields, or WorkspaceInputError naming every wrong field. */
export function checkPartner(input: PartnerInput): PartnerFields {
  const c = new Checker();
  // each field as PARTNER_SCHEMA declares it
  const field = <T>(name: keyof typeof S, value: unknown) => checkField(c, S, name, value) as T;
  const fields: PartnerFields = {
    name: field<string | null>('name', input.name) ?? '',
    type: field<PartnerType | null>('type', input.type) ?? 'other',
    federalState: field<string | null>('federalState', input.federalState),
    region: field<string | null>('region', input.region),
    contactName: field<string | null>('contactName', input.contactName),
    email: field<string | null>('email', input.email),
    phone: field<string | null>('phone', input.phone),
    website: field<string | null>('website', input.website),
    contactFormUrl: field<string | null>('contactFormUrl', input.contactFormUrl),
    address: field<string | null>('address', input.address),
    openingHours: field<string | null>('openingHours', input.openingHours),
    handles: field<string | null>('handles', input.handles),
    topics: field<Topic[]>('topics', input.topics),
    offers: field<MeasureKind[]>('offers', input.offers),
    notes: field<string | null>('notes', input.notes),
    unconfirmed: input.unconfirmed === true || input.unconfirmed === 'on' || input.unconfirmed === 'true',
  };
  c.done();
  return fields;
}
