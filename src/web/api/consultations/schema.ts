// The schemas of /api/v1/consultations: the bodies (record, replace), the list's query, the consultation.

import { CloneType, Type } from '@sinclair/typebox';
import type { TSchema } from '@sinclair/typebox';
import { ConsultationBody } from '../../../app/consultations/consultationSchema.ts';
import type { ConsultationEntry } from '../../../app/companies/getCompany.ts';
import { CHANNELS, KINDS, TOPICS } from '../../../app/common/codes.ts';
import { Enum, Uuid, IsoDate, PageQuery } from '../common/schema.ts';

// the body's fields are declared once, beside the use case (src/app/consultations/consultationSchema.ts), which checks them with the same declaration
export { ConsultationBody };
export const ConsultationCreateBody = Type.Composite(
  [
    Type.Object({
      companyId: Uuid,
      completeFollowUpIds: Type.Optional(
        Type.Array(Uuid, { maxItems: 100, description: 'consultations of the same company whose follow-up this consultation settles (marked done)' }),
      ),
    }),
    ConsultationBody,
  ],
  { additionalProperties: false },
);

// Issue 14: a company user reads only the company's view of a consultation (src/app/companies/getCompany.ts
// CompanyConsultationView); the fields marked "internal" are then absent, never null, so that a client can tell
// "not written" from "not yours to read".
const internal = <T extends TSchema>(t: T) =>
  Type.Optional(CloneType(t, { description: `${t.description ? `${t.description}; ` : ''}internal to the office: absent in a company user's answer` }));

export const ConsultationSchema = Type.Object(
  {
    internal: Type.Boolean({ description: "true: the office's whole view; false: the company's view (a company user), without the internal fields" }),
    id: Type.String({ format: 'uuid' }),
    companyId: Type.String({ format: 'uuid' }),
    date: Type.String(),
    channel: Type.String(),
    durationMinutes: internal(Type.Union([Type.Integer(), Type.Null()])),
    adviserUserId: internal(Type.Union([Type.String(), Type.Null()])),
    adviserName: internal(Type.Union([Type.String(), Type.Null()])),
    topics: Type.Array(Type.String()),
    occupations: internal(Type.Array(Type.String())),
    record: internal(Type.Union([Type.String(), Type.Null()])),
    companySummary: Type.Union([Type.String(), Type.Null()], { description: 'what the company may read of the consultation' }),
    outcome: internal(Type.Union([Type.String(), Type.Null()])),
    followUpDate: internal(Type.Union([Type.String(), Type.Null()])),
    followUpDoneAt: internal(Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'when the follow-up was marked done; null while open' })),
    followUpDoneByName: internal(Type.Union([Type.String(), Type.Null()], { description: 'who marked the follow-up done' })),
    kind: Type.String(),
    accessRoute: internal(Type.Union([Type.String(), Type.Null()])),
    referrals: Type.Array(Type.Object({ partnerId: Type.String(), name: Type.String(), type: Type.String() })),
    participantIds: internal(Type.Array(Type.String({ format: 'uuid' }), { description: 'the contact persons who took part and still exist' })),
    participants: internal(
      Type.Array(Type.Object({ contactId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]), name: Type.Union([Type.String(), Type.Null()]) }), {
        description: 'everyone recorded as taking part; contactId and name are null for a contact person deleted since (still counted in the report)',
      }),
    ),
    otherParticipants: internal(Type.Union([Type.Integer(), Type.Null()], { description: 'further people who took part, not recorded as contact persons' })),
  },
  { $id: 'Consultation', title: 'Consultation' },
);

export const ConsultationQuery = Type.Object(
  {
    companyId: Type.Optional(Uuid),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    topic: Type.Optional(Enum(TOPICS)),
    channel: Type.Optional(Enum(CHANNELS)),
    kind: Type.Optional(Enum(KINDS)),
    adviserUserId: Type.Optional(Uuid),
    ...PageQuery,
  },
  { additionalProperties: false },
);

/** The JSON of a consultation: with the ids of the contact persons who took part; the company's view as it is. */
export function consultationJson(v: ConsultationEntry) {
  if (!v.internal) return v;
  return { ...v, participantIds: v.participants.flatMap((p) => (p.contactId === null ? [] : [p.contactId])) };
}
