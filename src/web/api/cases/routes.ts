// /api/v1/cases: list (paging; filters status, adviser, company, route, stalled), create (from a check, from a
// consultation, by hand), get, change the job and adviser (PATCH: only the fields sent), change the status, record an
// official reference, add a note. The same use cases, and so the same authorization, as the pages.

import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { addCaseNote } from '../../../app/cases/addCaseNote.ts';
import { changeCaseStatus } from '../../../app/cases/changeCaseStatus.ts';
import { createCase } from '../../../app/cases/createCase.ts';
import { caseNotesFor, getCase, loadCase } from '../../../app/cases/getCase.ts';
import { listCases } from '../../../app/cases/listCases.ts';
import { recordReference } from '../../../app/cases/recordReference.ts';
import { updateCase } from '../../../app/cases/updateCase.ts';
import { checkResidenceTitle, recordResidenceTitle } from '../../../app/cases/recordResidenceTitle.ts';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { signedIn } from '../../auth/session.ts';
import { officeToday } from '../../officeDay.ts';
import { IdParams, pageOf, problemResponse, COMMON_ERRORS, json, readSecurity, writeSecurity } from '../common/schema.ts';
import {
  CaseCreateBody,
  CasePatchBody,
  CaseQuery,
  CaseSchema,
  CaseSummarySchema,
  NoteBody,
  NoteSchema,
  ReferenceBody,
  ReferenceParams,
  ReferenceSchema,
  StatusBody,
  caseJson,
  caseSummaryJson,
  noteJson,
} from './schema.ts';

export const CASES_PATH = '/api/v1/cases';
const TAGS = ['cases'];
const INVALID = problemResponse('The body breaks the contract, or a value is refused; `errors` names each field.');

/** A title's field errors as the body's paths (/residenceTitle/validUntil). */
function titleErrors(err: unknown): unknown {
  return err instanceof WorkspaceInputError ? new WorkspaceInputError(err.errors.map((e) => ({ ...e, field: `residenceTitle/${e.field}` }))) : err;
}
function underTitle<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw titleErrors(err);
  }
}
async function underTitleAsync<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw titleErrors(err);
  }
}

export default async function casesApi(app: FastifyInstance): Promise<void> {
  const db = app.database.db;

  app.get<{ Querystring: Static<typeof CaseQuery> }>(
    CASES_PATH,
    {
      schema: {
        tags: TAGS,
        summary: 'List the cases of your service office (company users: their company’s), the most recently changed first',
        operationId: 'listCases',
        security: readSecurity,
        querystring: CaseQuery,
        response: { 200: json('A page of cases.', pageOf(CaseSummarySchema)), 400: problemResponse('A filter is invalid.'), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const list = await listCases(db, signedIn(request), request.query, officeToday());
      return { ...list, items: list.items.map(caseSummaryJson) };
    },
  );

  app.post<{ Body: Static<typeof CaseCreateBody> }>(
    CASES_PATH,
    {
      schema: {
        tags: TAGS,
        summary: 'Open a case: from a saved check (checkId), from a consultation (consultationId) or by hand (companyId)',
        description:
          'The case gets the office’s next number (e.g. KL-2026-0042), the tasks and documents of its route’s plan and the pipeline the plan needs (no recognition for a comparable degree, no BA step where no approval is needed). A new candidate needs `candidateName`; `candidateId` chooses one of the company.',
        operationId: 'createCase',
        security: writeSecurity,
        body: CaseCreateBody,
        response: { 201: json('The case.', CaseSchema), 400: INVALID, ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = signedIn(request);
      const { id } = await createCase(db, actor, request.body, officeToday());
      return reply.code(201).header('location', `${CASES_PATH}/${id}`).send(caseJson(await getCase(db, actor, id)));
    },
  );

  app.get<{ Params: Static<typeof IdParams> }>(
    `${CASES_PATH}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'Get a case with its status history, references, notes and timeline',
        operationId: 'getCase',
        security: readSecurity,
        params: IdParams,
        response: { 200: json('The case.', CaseSchema), ...COMMON_ERRORS },
      },
    },
    async (request) => caseJson(await getCase(db, signedIn(request), request.params.id)),
  );

  app.patch<{ Params: Static<typeof IdParams>; Body: Static<typeof CasePatchBody> }>(
    `${CASES_PATH}/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'Change a case’s job, adviser or residence title (only the fields sent change)',
        operationId: 'updateCase',
        security: writeSecurity,
        params: IdParams,
        body: CasePatchBody,
        response: { 200: json('The case.', CaseSchema), 400: INVALID, ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const actor = signedIn(request);
      const { residenceTitle, ...job } = request.body;
      const today = officeToday();
      // the title is checked before anything is written, so that a refused title loses nothing and changes nothing
      if (residenceTitle !== undefined) underTitle(() => checkResidenceTitle(residenceTitle ?? {}, today));
      await updateCase(db, actor, request.params.id, job);
      if (residenceTitle !== undefined) await underTitleAsync(() => recordResidenceTitle(db, actor, request.params.id, residenceTitle ?? {}, today));
      return caseJson(await getCase(db, actor, request.params.id));
    },
  );

  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof StatusBody> }>(
    `${CASES_PATH}/:id/status`,
    {
      schema: {
        tags: TAGS,
        summary: 'Move a case to a status of its pipeline (forward or back), or cancel it with a reason',
        operationId: 'changeCaseStatus',
        security: writeSecurity,
        params: IdParams,
        body: StatusBody,
        response: { 200: json('The case.', CaseSchema), 400: INVALID, ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const actor = signedIn(request);
      await changeCaseStatus(db, actor, request.params.id, request.body, officeToday());
      return caseJson(await getCase(db, actor, request.params.id));
    },
  );

  app.put<{ Params: Static<typeof ReferenceParams>; Body: Static<typeof ReferenceBody> }>(
    `${CASES_PATH}/:id/references/:kind`,
    {
      schema: {
        tags: TAGS,
        summary: 'Record the official reference number of a step and the day of the decision (replaces the one recorded)',
        operationId: 'putCaseReference',
        security: writeSecurity,
        params: ReferenceParams,
        body: ReferenceBody,
        response: { 200: json('The reference.', ReferenceSchema), 400: INVALID, ...COMMON_ERRORS },
      },
    },
    async (request) => recordReference(db, signedIn(request), request.params.id, request.params.kind, request.body, officeToday()),
  );

  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof NoteBody> }>(
    `${CASES_PATH}/:id/notes`,
    {
      schema: {
        tags: TAGS,
        summary: 'Add a note to a case (internal to the office unless visibleToCompany)',
        operationId: 'addCaseNote',
        security: writeSecurity,
        params: IdParams,
        body: NoteBody,
        response: { 201: json('The note.', NoteSchema), 400: INVALID, ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = signedIn(request);
      const { id } = await addCaseNote(db, actor, request.params.id, request.body);
      const notes = await caseNotesFor(db, actor, await loadCase(db, actor, request.params.id, 'case.read'));
      return reply.code(201).send(noteJson(notes.find((n) => n.id === id)!));
    },
  );
}
