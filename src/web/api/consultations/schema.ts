// The schemas of /api/v1/consultations: the bodies (record, replace), the list's query, the consultation.

import { Type } from '@sinclair/typebox';
import { ConsultationBody } from '../../../app/consultations/consultationSchema.ts';
import type { ConsultationView } from '../../../app/companies/getCompany.ts';
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

export const ConsultationSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    companyId: Type.String({ format: 'uuid' }),
    date: Type.String(),
    channel: Type.String(),
    durationMinutes: Type.Union([Type.Integer(), Type.Null()]),
    adviserUserId: Type.Union([Type.String(), Type.Null()]),
    adviserName: Type.Union([Type.String(), Type.Null()]),
    topics: Type.Array(Type.String()),
    occupations: Type.Array(Type.String()),
    record: Type.Union([Type.String(), Type.Null()]),
    outcome: Type.Union([Type.String(), Type.Null()]),
    followUpDate: Type.Union([Type.String(), Type.Null()]),
    followUpDoneAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'when the follow-up was marked done; null while open' }),
    followUpDoneByName: Type.Union([Type.String(), Type.Null()], { description: 'who marked the follow-up done' }),
    kind: Type.String(),
    accessRoute: Type.Union([Type.String(), Type.Null()]),
    referrals: Type.Array(Type.Object({ partnerId: Type.String(), name: Type.String(), type: Type.String() })),
    participantIds: Type.Array(Type.String({ format: 'uuid' }), { description: 'the contact persons who took part and still exist' }),
    participants: Type.Array(
      Type.Object({ contactId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]), name: Type.Union([Type.String(), Type.Null()]) }),
      { description: 'everyone recorded as taking part; contactId and name are null for a contact person deleted since (still counted in the report)' },
    ),
    otherParticipants: Type.Union([Type.Integer(), Type.Null()], { description: 'further people who took part, not recorded as contact persons' }),
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

/** The JSON of a consultation: with the ids of the contact persons who took part. */
export function consultationJson(v: ConsultationView) {
  return { ...v, participantIds: v.participants.flatMap((p) => (p.contactId === null ? [] : [p.contactId])) };
}
