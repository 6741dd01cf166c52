// /api/v1/cases/{id}/recognition (issue 16): the recognition record of a case with the further qualification proposed
// on it (GET), and recording it (PUT: the whole record). The same use cases, and so the same authorization, as the
// case page: staff and the case's own company read; staff record. Providers (the office's partner directory) are only
// in the answer for those who may list partners. `regulated` and `residesInGermany` are "yes" / "no" / null both ways.

import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { getCaseRecognition } from '../../../app/recognition/getCaseRecognition.ts';
import type { CaseRecognitionView } from '../../../app/recognition/getCaseRecognition.ts';
import { recordCaseRecognition } from '../../../app/recognition/recordCaseRecognition.ts';
import { RECOGNITION_SCHEMA } from '../../../app/recognition/recognitionSchema.ts';
import { bodySchema } from '../../../app/common/fields.ts';
import { DEFICIT_TAGS, MEASURE_KINDS, NOTICE_OUTCOMES } from '../../../law/recognition/measures.ts';
import { FUNDING_IDS } from '../../../law/recognition/funding.ts';
import { CEFR_LEVELS } from '../../../law/types.ts';
import { signedIn } from '../../auth/session.ts';
import { officeToday } from '../../officeDay.ts';
import { COMMON_ERRORS, Enum, IdParams, IsoDate, Uuid, json, problemResponse, readSecurity, writeSecurity } from '../common/schema.ts';
import { CASES_PATH } from '../cases/routes.ts';

const TAGS = ['cases'];
const INVALID = problemResponse('The body breaks the contract, or a value is refused; `errors` names each field.');
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const TextSchema = Type.Object({ de: Type.String(), en: Type.String() });
const YesNo = Nullable(Enum(['yes', 'no']));

export const RecognitionBody = bodySchema(RECOGNITION_SCHEMA);

const RecordSchema = Type.Object({
  outcome: Enum(NOTICE_OUTCOMES),
  referenceOccupationId: Nullable(Type.String()),
  competentBody: Nullable(Type.String()),
  appliedOn: Nullable(IsoDate),
  decidedOn: Nullable(IsoDate),
  regulated: YesNo,
  germanLevel: Nullable(Enum(CEFR_LEVELS)),
  residesInGermany: YesNo,
  deficits: Nullable(Type.String()),
  deficitTags: Type.Array(Enum(DEFICIT_TAGS)),
});

const ProposalSchema = Type.Object({
  kind: Enum(MEASURE_KINDS),
  title: TextSchema,
  closes: Type.Array(Enum(DEFICIT_TAGS), { description: 'the deficit tags of the notice the measure closes' }),
  why: TextSchema,
  notes: Type.Array(TextSchema),
  duration: TextSchema,
  cost: TextSchema,
  funding: Type.Array(
    Type.Object({
      id: Enum(FUNDING_IDS),
      title: TextSchema,
      maxAmountEur: Nullable(Type.Number()),
      applyUntil: Nullable(IsoDate),
      claimsUntil: Nullable(IsoDate),
      fits: Enum(['yes', 'unknown', 'no']),
      unconfirmed: Type.Boolean(),
    }),
  ),
  residence: Nullable(Type.Array(Enum(['16d1', '16d3']), { description: '§ 16d (1) qualification measure; § 16d (3) recognition partnership' })),
  providers: Type.Array(Type.Object({ id: Uuid, name: Type.String(), referralUrl: Type.String() })),
});

export const RecognitionSchema = Type.Object({
  caseId: Uuid,
  record: Nullable(RecordSchema),
  regulated: YesNo,
  germanLevel: Nullable(Enum(CEFR_LEVELS)),
  proposals: Type.Array(ProposalSchema),
});

const yn = (v: boolean | null) => (v === true ? 'yes' : v === false ? 'no' : null);

export function recognitionJson(v: CaseRecognitionView): Static<typeof RecognitionSchema> {
  const r = v.record;
  return {
    caseId: v.caseId,
    record: r === null ? null : { ...r, regulated: yn(r.regulated), residesInGermany: yn(r.residesInGermany) },
    regulated: yn(v.regulated),
    germanLevel: v.germanLevel,
    proposals: v.proposals.map((p) => ({
      kind: p.kind,
      title: p.measure.title,
      closes: p.closes,
      why: p.why,
      notes: p.notes,
      duration: p.duration.text,
      cost: p.cost.text,
      funding: p.funding.map((f) => ({ id: f.id, title: f.title, maxAmountEur: f.maxAmountEur, applyUntil: f.applyUntil, claimsUntil: f.claimsUntil, fits: f.fits, unconfirmed: f.unconfirmed })),
      residence: p.residence ? [...p.residence.sections] : null,
      providers: p.providers.map((x) => ({ id: x.id, name: x.name, referralUrl: `/cases/${v.caseId}/referrals/new?partner=${x.id}&measure=${p.kind}` })),
    })),
  };
}

export default async function recognitionApi(app: FastifyInstance): Promise<void> {
  const db = app.database.db;

  app.get<{ Params: Static<typeof IdParams> }>(
    `${CASES_PATH}/:id/recognition`,
    {
      schema: {
        tags: TAGS,
        summary: 'The recognition record of a case and the further qualification proposed on it',
        operationId: 'getCaseRecognition',
        security: readSecurity,
        params: IdParams,
        response: { 200: json('The record (null before one is recorded) and the proposals.', RecognitionSchema), ...COMMON_ERRORS },
      },
    },
    async (request) => recognitionJson(await getCaseRecognition(db, signedIn(request), request.params.id, officeToday())),
  );

  app.put<{ Params: Static<typeof IdParams>; Body: Static<typeof RecognitionBody> }>(
    `${CASES_PATH}/:id/recognition`,
    {
      schema: {
        tags: TAGS,
        summary: 'Record the recognition of a case: outcome, reference occupation, body, dates, the notice’s deficits (replaces the record)',
        operationId: 'putCaseRecognition',
        security: writeSecurity,
        params: IdParams,
        body: RecognitionBody,
        response: { 200: json('The record and the proposals.', RecognitionSchema), 400: INVALID, ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const actor = signedIn(request);
      await recordCaseRecognition(db, actor, request.params.id, request.body, officeToday());
      return recognitionJson(await getCaseRecognition(db, actor, request.params.id, officeToday()));
    },
  );
}
