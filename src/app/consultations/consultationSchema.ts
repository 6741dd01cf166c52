// The one schema of a consultation's input: read by the use cases' checker (consultationInput.ts) and by the JSON API
// (src/web/api), so that a field is declared once and named the same way on the page and in the API.

import { ACCESS_ROUTES, CHANNELS, KINDS, LONG_TEXT_MAX, TOPICS } from '../common/codes.ts';
import { bodySchema } from '../common/fields.ts';
import type { Fields } from '../common/fields.ts';

/** The most further participants one consultation may record (an event). */
export const OTHER_PARTICIPANTS_MAX = 10_000;

export const CONSULTATION_SCHEMA = {
  date: { kind: 'date', required: true },
  channel: { kind: 'oneOf', values: CHANNELS, required: true },
  durationMinutes: { kind: 'integer', min: 1, max: 1440 },
  /** default: the acting user */
  adviserUserId: { kind: 'id' },
  topics: { kind: 'list', values: TOPICS, minItems: 1 },
  occupations: { kind: 'isco', maxItems: 50 },
  record: { kind: 'text', max: LONG_TEXT_MAX, description: "the office's own record: internal, never shown to the company" },
  /** issue 14: the only text of a consultation the company's users read */
  companySummary: { kind: 'text', max: LONG_TEXT_MAX, description: 'what the company may read of the consultation (its users see nothing else of the text)' },
  outcome: { kind: 'text', max: LONG_TEXT_MAX, description: "the office's assessment of the outcome: internal, never shown to the company" },
  followUpDate: { kind: 'date' },
  kind: { kind: 'oneOf', values: KINDS, required: true },
  accessRoute: { kind: 'oneOf', values: ACCESS_ROUTES },
  partnerIds: { kind: 'ids', maxItems: 50, description: 'partners the company was referred to' },
  participantIds: { kind: 'ids', maxItems: 200, description: "contact persons of the consultation's company who took part (ids of its contacts)" },
  otherParticipants: {
    kind: 'integer',
    min: 0,
    max: OTHER_PARTICIPANTS_MAX,
    description: 'further people who took part but are not recorded as contact persons (e.g. at an event)',
  },
} as const satisfies Fields;

/** The JSON body of a consultation (create adds companyId and completeFollowUpIds: src/web/api). */
export const ConsultationBody = bodySchema(CONSULTATION_SCHEMA);
