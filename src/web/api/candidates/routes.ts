// /api/v1/candidates: list (paging, filters), create, get, replace, record a consent, export everything held (right of
// access), erase (with {"confirm": true}). The same use cases, and so the same authorization, as the pages. Field
// errors name the field as a JSON pointer into the body: a fact of the check by its place in `facts`
// ("/facts/person/german", "/facts/experience/0/from").

import type { Static } from '@sinclair/typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { createCandidate } from '../../../app/candidates/createCandidate.ts';
import { eraseCandidate } from '../../../app/candidates/eraseCandidate.ts';
import type { RemovableStorage } from '../../../app/candidates/eraseCandidate.ts';
import { exportCandidate } from '../../../app/candidates/exportCandidate.ts';
import { getCandidate } from '../../../app/candidates/getCandidate.ts';
import { listCandidates } from '../../../app/candidates/listCandidates.ts';
import { recordConsent } from '../../../app/candidates/recordConsent.ts';
import { updateCandidate } from '../../../app/candidates/updateCandidate.ts';
import { WorkspaceInputError, wfe } from '../../../app/common/errors.ts';
import { signedIn } from '../../auth/session.ts';
import { COMMON_ERRORS, IdParams, json, pageOf, problemResponse, readSecurity, writeSecurity } from '../common/schema.ts';
import {
  CandidateBody,
  CandidateCreateBody,
  CandidateListItemSchema,
  CandidateQuery,
  CandidateSchema,
  ConsentBody,
  EraseBody,
  EraseResultSchema,
  candidateJson,
  candidateListJson,
} from './schema.ts';

export const CANDIDATES_PATH = '/api/v1/candidates';

const PERSON_FACTS = new Set(['german', 'english', 'firstTitleInGermany', 'adequatePensionProvision', 'lawfulStayMonthsLast5Years', 'asylblgBenefitsLast24Months']);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The body's place of a field the use case names (candidateInput.ts factField, the other way round). */
export function bodyField(field: string): string {
  if (PERSON_FACTS.has(field)) return `facts/person/${field}`;
  const experience = /^experience(\d+)([A-Z]\w*)?$/.exec(field);
  if (experience) return `facts/experience/${experience[1]}${experience[2] ? `/${lower(experience[2])}` : ''}`;
  const part = /^(qualification|means|recognitionPartnership|chancenkarte|experience)([A-Z]\w*)?$/.exec(field);
  if (part) return `facts/${part[1]}${part[2] ? `/${lower(part[2])}` : ''}`;
  return field;
}

/** Runs a use case; its field errors are named by their place in the body. */
async function named<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (err) {
    if (err instanceof WorkspaceInputError) throw new WorkspaceInputError(err.errors.map((e) => ({ ...e, field: bodyField(e.field) })));
    throw err;
  }
}

export default async function candidatesApi(app: FastifyInstance, opts: { storage?: RemovableStorage } = {}): Promise<void> {
  const db = app.database.db;
  const storage: RemovableStorage = opts.storage ?? {
    remove: async () => {
      throw new Error('no document storage configured');
    },
  };
  const tags = ['candidates'];

  app.get<{ Querystring: Static<typeof CandidateQuery> }>(
    CANDIDATES_PATH,
    {
      schema: {
        tags,
        summary: 'List the candidates of your service office (company users: their company’s)',
        operationId: 'listCandidates',
        security: readSecurity,
        querystring: CandidateQuery,
        response: { 200: json('A page of candidates, sorted by name.', pageOf(CandidateListItemSchema)), 400: problemResponse('A filter is invalid.'), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const list = await listCandidates(db, signedIn(request), request.query);
      return { ...list, items: list.items.map(candidateListJson) };
    },
  );

  app.post<{ Body: Static<typeof CandidateCreateBody> }>(
    CANDIDATES_PATH,
    {
      schema: {
        tags,
        summary: 'Create a candidate of one of your companies',
        description: 'Name and company are the minimum; the facts of a check may follow. Facts given are checked like a check’s input (decision date: today).',
        operationId: 'createCandidate',
        security: writeSecurity,
        body: CandidateCreateBody,
        response: { 201: json('The candidate.', CandidateSchema), 400: problemResponse('The body breaks the contract; `errors` names each field.'), ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = signedIn(request);
      const { companyId, ...input } = request.body;
      const { id } = await named(createCandidate(db, actor, companyId, input));
      return reply.code(201).header('location', `${CANDIDATES_PATH}/${id}`).send(candidateJson(await getCandidate(db, actor, id)));
    },
  );

  app.get<{ Params: Static<typeof IdParams> }>(
    `${CANDIDATES_PATH}/:id`,
    {
      schema: {
        tags,
        summary: 'Get a candidate with their consents and cases',
        operationId: 'getCandidate',
        security: readSecurity,
        params: IdParams,
        response: { 200: json('The candidate.', CandidateSchema), ...COMMON_ERRORS },
      },
    },
    async (request) => candidateJson(await getCandidate(db, signedIn(request), request.params.id)),
  );

  app.put<{ Params: Static<typeof IdParams>; Body: Static<typeof CandidateBody> }>(
    `${CANDIDATES_PATH}/:id`,
    {
      schema: {
        tags,
        summary: 'Replace a candidate’s data (fields left out become empty; the company stays)',
        operationId: 'updateCandidate',
        security: writeSecurity,
        params: IdParams,
        body: CandidateBody,
        response: { 200: json('The candidate.', CandidateSchema), 400: problemResponse('The body breaks the contract.'), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const actor = signedIn(request);
      await named(updateCandidate(db, actor, request.params.id, request.body));
      return candidateJson(await getCandidate(db, actor, request.params.id));
    },
  );

  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof ConsentBody> }>(
    `${CANDIDATES_PATH}/:id/consents`,
    {
      schema: {
        tags,
        summary: 'Record a declaration of consent (given or withdrawn) for one purpose',
        description: 'Declarations are kept as a history; the current state of a purpose is its latest declaration.',
        operationId: 'recordCandidateConsent',
        security: writeSecurity,
        params: IdParams,
        body: ConsentBody,
        response: { 201: json('The candidate, with the consent recorded.', CandidateSchema), 400: problemResponse('The body breaks the contract.'), ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = signedIn(request);
      await recordConsent(db, actor, request.params.id, request.body);
      return reply.code(201).send(candidateJson(await getCandidate(db, actor, request.params.id)));
    },
  );

  app.get<{ Params: Static<typeof IdParams> }>(
    `${CANDIDATES_PATH}/:id/export`,
    {
      schema: {
        tags,
        summary: 'Everything held about a candidate (right of access, Art. 15 GDPR)',
        description: 'The candidate, consents, cases with status changes, references, tasks, documents (file metadata, not the bytes) and notes, and the checks run for them. Audited.',
        operationId: 'exportCandidate',
        security: readSecurity,
        params: IdParams,
        response: { 200: json('The export document.', Type.Object({ format: Type.String() }, { additionalProperties: true })), ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      const document = await exportCandidate(db, signedIn(request), request.params.id);
      // serialised here: the document's shape is open, a response schema would drop what it does not list
      return reply.header('cache-control', 'no-store').type('application/json; charset=utf-8').serializer((d: unknown) => JSON.stringify(d)).send(document);
    },
  );

  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof EraseBody> }>(
    `${CANDIDATES_PATH}/:id/erase`,
    {
      schema: {
        tags,
        summary: 'Erase a candidate (right to erasure, Art. 17 GDPR): personal data and files deleted, cases kept anonymised',
        operationId: 'eraseCandidate',
        security: writeSecurity,
        params: IdParams,
        body: EraseBody,
        response: { 200: json('What was erased.', EraseResultSchema), 400: problemResponse('`confirm` is not true.'), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const actor = signedIn(request);
      if (request.body.confirm !== true) {
        // the candidate must exist for the actor before the confirmation is asked for
        await getCandidate(db, actor, request.params.id);
        throw new WorkspaceInputError([wfe('confirm', 'confirm')]);
      }
      const result = await eraseCandidate(db, actor, request.params.id, storage);
      if (result.notRemoved.length > 0) request.log.error({ candidateId: request.params.id, keys: result.notRemoved }, 'erased a candidate, but could not remove these stored files');
      return { cases: result.cases, files: result.files, checks: result.checks, filesNotRemoved: result.notRemoved.length };
    },
  );
}
