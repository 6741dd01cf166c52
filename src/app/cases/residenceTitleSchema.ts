// The input of a case's residence title (issue 15), declared once for the use case's checker and the JSON API.

import { TITLE_ROUTE_IDS } from '../../law/residenceTitle.ts';
import type { Fields } from '../common/fields.ts';

export const CARD_NUMBER = /^[A-Z0-9]{5,20}$/;

export const RESIDENCE_TITLE_SCHEMA = {
  titleRouteId: { kind: 'oneOf', values: TITLE_ROUTE_IDS, description: 'the title held: a check-v1 route id (18g-*: a Blue Card), or other' },
  issuedOn: { kind: 'date' },
  validUntil: { kind: 'date' },
  cardNumber: { kind: 'text', max: 20, description: 'the number of the card (eAT document number), 5 to 20 letters and digits' },
  employmentFrom: { kind: 'date' },
} as const satisfies Fields;

export type ResidenceTitleKey = keyof typeof RESIDENCE_TITLE_SCHEMA;
export const RESIDENCE_TITLE_KEYS = Object.keys(RESIDENCE_TITLE_SCHEMA) as ResidenceTitleKey[];
