// The follow-ups (Wiedervorlagen): GET /api/v1/follow-ups lists the open ones, the earliest due first (office staff);
// PUT /api/v1/consultations/{id}/follow-up marks one done or open again.

import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { getConsultation } from '../../../app/consultations/getConsultation.ts';
import { listFollowUps } from '../../../app/followUps/listFollowUps.ts';
import { completeFollowUp } from '../../../app/followUps/completeFollowUp.ts';
import { reopenFollowUp } from '../../../app/followUps/reopenFollowUp.ts';
import { officeToday } from '../../officeDay.ts';
import { signedIn } from '../../auth/session.ts';
import { IdParams, problemResponse, COMMON_ERRORS, json, readSecurity, writeSecurity } from '../common/schema.ts';
import { FollowUpBody, FollowUpQuery, FollowUpListSchema } from './schema.ts';
import { CONSULTATIONS_PATH } from '../consultations/routes.ts';
import { ConsultationSchema, consultationJson } from '../consultations/schema.ts';

export const FOLLOW_UPS_PATH = '/api/v1/follow-ups';

export default async function followUpsApi(app: FastifyInstance): Promise<void> {
  const db = app.database.db;

  app.put<{ Params: Static<typeof IdParams>; Body: Static<typeof FollowUpBody> }>(
    `${CONSULTATIONS_PATH}/:id/follow-up`,
    {
      schema: {
        tags: ['follow-ups'],
        summary: 'Mark a consultation’s follow-up done, or open it again',
        operationId: 'setFollowUpDone',
        security: writeSecurity,
        params: IdParams,
        body: FollowUpBody,
        response: {
          200: json('The consultation.', ConsultationSchema),
          400: problemResponse('The body breaks the contract, or the consultation has no follow-up date (`followUpDate`).'),
          ...COMMON_ERRORS,
        },
      },
    },
    async (request) => {
      const actor = signedIn(request);
      if (request.body.done) await completeFollowUp(db, actor, request.params.id);
      else await reopenFollowUp(db, actor, request.params.id);
      return consultationJson(await getConsultation(db, actor, request.params.id));
    },
  );

  app.get<{ Querystring: Static<typeof FollowUpQuery> }>(
    FOLLOW_UPS_PATH,
    {
      schema: {
        tags: ['follow-ups'],
        summary: 'List the open follow-ups (Wiedervorlagen) of your service office, the earliest due first (office staff only)',
        operationId: 'listFollowUps',
        security: readSecurity,
        querystring: FollowUpQuery,
        response: { 200: json('A page of open follow-ups with the overdue and today’s counts.', FollowUpListSchema), 400: problemResponse('A filter is invalid.'), ...COMMON_ERRORS },
      },
    },
    async (request) => listFollowUps(db, signedIn(request), request.query, officeToday()),
  );
}
