// The schemas of /api/v1/consultations: the bodies (record, replace), the list's query, the consultation.

import { Type } from '@sinclair/typebox';
import type { ConsultationView } from '../../../app/getCompany.ts';
import { ACCESS_ROUTES, CHANNELS, KINDS, TOPICS } from '../../../app/workspace.ts';
import { Nullable, Text, Enum, Uuid, IsoDate, PageQuery } from '../shared/schema.ts';

export const ConsultationBody = Type.Object(
  {
    date: IsoDate,
    channel: Enum(CHANNELS),
    durationMinutes: Nullable(Type.Integer({ minimum: 1, maximum: 1440 })),
    adviserUserId: Type.Optional(Uuid),
    topics: Type.Array(Enum(TOPICS), { minItems: 1, maxItems: TOPICS.length }),
    occupations: Type.Optional(Type.Array(Type.String({ pattern: '^\\d{1,4}$', description: 'an ISCO-08 code of one to four digits' }), { maxItems: 50, description: 'ISCO-08 codes' })),
    record: Nullable(Text(20_000)),
    outcome: Nullable(Text(20_000)),
    followUpDate: Nullable(IsoDate),
    kind: Enum(KINDS),
    accessRoute: Nullable(Enum(ACCESS_ROUTES)),
    partnerIds: Type.Optional(Type.Array(Uuid, { maxItems: 50, description: 'partners the company was referred to' })),
    participantIds: Type.Optional(
      Type.Array(Uuid, { maxItems: 200, description: "contact persons of the consultation's company who took part (ids of its contacts)" }),
    ),
    otherParticipants: Nullable(
      Type.Integer({ minimum: 0, maximum: 10_000 }),
      'further people who took part but are not recorded as contact persons (e.g. at an event)',
    ),
  },
  { additionalProperties: false },
);
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
