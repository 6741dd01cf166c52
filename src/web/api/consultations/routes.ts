// /api/v1/consultations: list (paging, filters), record, get, replace, delete one recorded in error.

import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { deleteConsultation } from '../../../app/consultations/deleteConsultation.ts';
import { getConsultation } from '../../../app/consultations/getConsultation.ts';
import { listConsultations } from '../../../app/consultations/listConsultations.ts';
import { recordConsultation } from '../../../app/consultations/recordConsultation.ts';
import { updateConsultation } from '../../../app/consultations/updateConsultation.ts';
import { signedIn } from '../../auth/session.ts';
import { IdParams, pageOf, problemResponse, COMMON_ERRORS, json, readSecurity, writeSecurity } from '../common/schema.ts';
import { ConsultationBody, ConsultationCreateBody, ConsultationSchema, ConsultationQuery, consultationJson } from './schema.ts';

export const CONSULTATIONS_PATH = '/api/v1/consultations';

export default async function consultationsApi(app: FastifyInstance): Promise<void> {
  const db = app.database.db;

  app.get<{ Querystring: Static<typeof ConsultationQuery> }>(
    CONSULTATIONS_PATH,
    {
      schema: {
        tags: ['consultations'],
        summary: 'List consultations, newest first (company users: their own company’s)',
        operationId: 'listConsultations',
        security: readSecurity,
        querystring: ConsultationQuery,
        response: { 200: json('A page of consultations.', pageOf(ConsultationSchema)), 400: problemResponse('A filter is invalid.'), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const list = await listConsultations(db, signedIn(request), request.query);
      return { ...list, items: list.items.map(consultationJson) };
    },
  );

  app.post<{ Body: Static<typeof ConsultationCreateBody> }>(
    CONSULTATIONS_PATH,
    {
      schema: {
        tags: ['consultations'],
        summary: 'Record a consultation',
        operationId: 'createConsultation',
        security: writeSecurity,
        body: ConsultationCreateBody,
        response: { 201: json('The consultation.', ConsultationSchema), 400: problemResponse('The body breaks the contract.'), ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = signedIn(request);
      const { companyId, ...input } = request.body;
      const { id } = await recordConsultation(db, actor, companyId, input);
      return reply
        .code(201)
        .header('location', `${CONSULTATIONS_PATH}/${id}`)
        .send(consultationJson(await getConsultation(db, actor, id)));
    },
  );

  app.get<{ Params: Static<typeof IdParams> }>(
    `${CONSULTATIONS_PATH}/:id`,
    {
      schema: {
        tags: ['consultations'],
        summary: 'Get a consultation',
        operationId: 'getConsultation',
        security: readSecurity,
        params: IdParams,
        response: { 200: json('The consultation.', ConsultationSchema), ...COMMON_ERRORS },
      },
    },
    async (request) => consultationJson(await getConsultation(db, signedIn(request), request.params.id)),
  );

  app.put<{ Params: Static<typeof IdParams>; Body: Static<typeof ConsultationBody> }>(
    `${CONSULTATIONS_PATH}/:id`,
    {
      schema: {
        tags: ['consultations'],
        summary: 'Replace a consultation (fields left out become empty; referrals and participants replaced)',
        operationId: 'updateConsultation',
        security: writeSecurity,
        params: IdParams,
        body: ConsultationBody,
        response: { 200: json('The consultation.', ConsultationSchema), 400: problemResponse('The body breaks the contract.'), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const actor = signedIn(request);
      await updateConsultation(db, actor, request.params.id, { partnerIds: [], participantIds: [], occupations: [], ...request.body });
      return consultationJson(await getConsultation(db, actor, request.params.id));
    },
  );


  app.delete<{ Params: Static<typeof IdParams> }>(
    `${CONSULTATIONS_PATH}/:id`,
    {
      schema: {
        tags: ['consultations'],
        summary: 'Delete a consultation recorded in error',
        operationId: 'deleteConsultation',
        security: writeSecurity,
        params: IdParams,
        response: { 204: { description: 'Deleted.', type: 'null' }, ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteConsultation(db, signedIn(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
