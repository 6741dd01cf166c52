// JSON API of the workspace (issue 6): /api/v1/companies and /api/v1/consultations — list (paging, filters), get,
// create, update (PUT: the whole object), delete — and the open follow-ups (/api/v1/follow-ups; PUT
// /api/v1/consultations/{id}/follow-up marks one done or open), with the same use cases, and so the same
// authorization, as the pages. Callers authenticate with `Authorization: Bearer <token>` (resolved by the auth plugin on /api);
// the browser's session cookie works too, but a write with it needs the page's CSRF token in X-CSRF-Token (decision 009).
// Validation is strict: a route-level validator (TypeBox, compiled) checks params, query and body without coercion
// and refuses unknown properties; the use cases then check meaning (dates, codes, tenant's partners). Every error is
// an RFC 9457 problem; input errors name each field as a JSON pointer.

import { Type } from '@sinclair/typebox';
import type { Static, TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ValueErrorType } from '@sinclair/typebox/errors';
import type { ValueError } from '@sinclair/typebox/errors';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { createCompany } from '../../app/companies/createCompany.ts';
import { deleteCompany } from '../../app/companies/deleteCompany.ts';
import { deleteConsultation } from '../../app/consultations/deleteConsultation.ts';
import { getCompany, loadCompany } from '../../app/companies/getCompany.ts';
import type { CompanyRow, ConsultationView } from '../../app/companies/getCompany.ts';
import { getConsultation } from '../../app/consultations/getConsultation.ts';
import { listCompanies } from '../../app/companies/listCompanies.ts';
import type { CompanyListItem } from '../../app/companies/listCompanies.ts';
import { listConsultations } from '../../app/consultations/listConsultations.ts';
import { listFollowUps } from '../../app/followUps/listFollowUps.ts';
import { recordConsultation } from '../../app/consultations/recordConsultation.ts';
import { completeFollowUp } from '../../app/followUps/completeFollowUp.ts';
import { reopenFollowUp } from '../../app/followUps/reopenFollowUp.ts';
import { officeToday } from '../officeDay.ts';
import { updateCompany } from '../../app/companies/updateCompany.ts';
import { updateConsultation } from '../../app/consultations/updateConsultation.ts';
import { CompanyBody } from '../../app/companies/companySchema.ts';
import { ConsultationBody } from '../../app/consultations/consultationSchema.ts';
import { CHANNELS, KINDS, SIZE_CLASSES, TOPICS } from '../../app/shared/codes.ts';
import { DuplicateCompanyError, WorkspaceInputError } from '../../app/shared/errors.ts';
import { PAGE_SIZE_MAX } from '../../app/shared/paging.ts';
import { requireActor, signedIn } from '../auth/session.ts';
import { InputValidationError, PROBLEM_CONTENT_TYPE, ProblemSchema, invalidDetail, invalidInputProblem, problem, problemErrorHandler, sendProblem } from './problem.ts';

export const COMPANIES_PATH = '/api/v1/companies';
export const CONSULTATIONS_PATH = '/api/v1/consultations';
export const FOLLOW_UPS_PATH = '/api/v1/follow-ups';

const Enum = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Uuid = Type.String({ pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$', description: 'a UUID' });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

const CompanyCreateBody = Type.Composite([CompanyBody, Type.Object({ confirmDuplicate: Type.Optional(Type.Boolean({ description: 'create even if a company with the same name and postcode exists' })) })], {
  additionalProperties: false,
});

const CompanySchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    street: Type.Union([Type.String(), Type.Null()]),
    postcode: Type.Union([Type.String(), Type.Null()]),
    city: Type.Union([Type.String(), Type.Null()]),
    federalState: Type.Union([Type.String(), Type.Null()]),
    municipality: Type.Union([Type.String(), Type.Null()]),
    headcount: Type.Union([Type.Integer(), Type.Null()]),
    sizeClass: Type.Union([Type.String(), Type.Null()]),
    wzSection: Type.Union([Type.String(), Type.Null()]),
    website: Type.Union([Type.String(), Type.Null()]),
    notes: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Company', title: 'Company' },
);

const ConsultationCreateBody = Type.Composite(
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
const FollowUpBody = Type.Object(
  { done: Type.Boolean({ description: 'true: mark the follow-up done (by you, now); false: open it again' }) },
  { additionalProperties: false },
);

const ConsultationSchema = Type.Object(
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

const PageQuery = {
  page: Type.Optional(Type.String({ pattern: '^[0-9]{1,7}$', description: 'page number, from 1' })),
  pageSize: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$', description: `items per page, at most ${PAGE_SIZE_MAX}` })),
};
const CompanyQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'part of the name' })),
    sizeClass: Type.Optional(Enum(SIZE_CLASSES)),
    federalState: Type.Optional(Type.String()),
    wzSection: Type.Optional(Type.String()),
    ...PageQuery,
  },
  { additionalProperties: false },
);
const ConsultationQuery = Type.Object(
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
const FollowUpQuery = Type.Object(
  {
    adviserUserId: Type.Optional(Uuid),
    companyId: Type.Optional(Uuid),
    until: Type.Optional(Type.String({ pattern: IsoDate.pattern, description: 'YYYY-MM-DD: only those due on or before this day' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
const FollowUpSchema = Type.Object(
  {
    consultationId: Type.String({ format: 'uuid' }),
    companyId: Type.String({ format: 'uuid' }),
    companyName: Type.String(),
    consultationDate: Type.String(),
    followUpDate: Type.String(),
    kind: Type.String(),
    topics: Type.Array(Type.String()),
    adviserUserId: Type.Union([Type.String(), Type.Null()]),
    adviserName: Type.Union([Type.String(), Type.Null()]),
    outcome: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'FollowUp', title: 'FollowUp' },
);
const FollowUpListSchema = Type.Object({
  items: Type.Array(FollowUpSchema),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  today: Type.String({ description: 'the office’s day (Europe/Berlin) the counts refer to' }),
  overdue: Type.Integer({ description: 'open follow-ups due before today (same adviser and company filter, whatever `until`)' }),
  dueToday: Type.Integer({ description: 'open follow-ups due today' }),
});
const IdParams = Type.Object({ id: Type.String() }, { additionalProperties: false });

const pageOf = (item: TSchema) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

/** TypeBox says only "Expected union value" for a union: name the allowed values of an enum, and for a nullable field
 * what is wrong with the value against its non-null type ("… or null"). */
export function messageOf(e: ValueError): string {
  // a pattern says little by itself: add what the field's description says it is
  if (e.type === ValueErrorType.StringPattern && typeof e.schema.description === 'string') return `${e.message}: ${e.schema.description}`;
  if (e.type !== ValueErrorType.Union) return e.message;
  const variants = ((e.schema as { anyOf?: TSchema[] }).anyOf ?? []) as TSchema[];
  const nullable = variants.some((v) => v.type === 'null');
  const others = variants.map((v, i) => ({ v, error: e.errors[i]?.First() })).filter(({ v }) => v.type !== 'null');
  const orNull = nullable ? ', or null' : '';
  if (others.length > 0 && others.every(({ v }) => 'const' in v)) {
    return `Expected one of ${others.map(({ v }) => JSON.stringify(v.const)).join(', ')}${orNull}`;
  }
  if (others.length === 1 && others[0]!.error !== undefined) return `${messageOf(others[0]!.error)}${orNull}`;
  return e.message;
}

/** Compiled TypeBox validators: no coercion, unknown properties refused; errors as JSON pointers. */
const compiled = new WeakMap<object, ReturnType<typeof TypeCompiler.Compile>>();
export const strictCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  let check = compiled.get(schema);
  if (check === undefined) {
    check = TypeCompiler.Compile(schema);
    compiled.set(schema, check);
  }
  const c = check;
  return (data: unknown) => {
    if (c.Check(data)) return { value: data };
    const errors = [...c.Errors(data)].slice(0, 20).map((e) => ({ path: e.path, message: messageOf(e) }));
    return { error: new InputValidationError(errors, `The request ${httpPart === 'body' ? 'body' : httpPart ?? 'input'} does not match the contract.`) };
  };
};

function companyJson(c: CompanyListItem | CompanyRow) {
  return {
    id: c.id,
    name: c.name,
    street: c.street,
    postcode: c.postcode,
    city: c.city,
    federalState: c.federalState,
    municipality: c.municipality,
    headcount: c.headcount,
    sizeClass: c.sizeClass,
    wzSection: c.wzSection,
    website: c.website,
    notes: c.notes,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

function consultationJson(v: ConsultationView) {
  return { ...v, participantIds: v.participants.flatMap((p) => (p.contactId === null ? [] : [p.contactId])) };
}

const DuplicateProblemSchema = Type.Object({
  ...ProblemSchema.properties,
  duplicates: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), postcode: Type.Union([Type.String(), Type.Null()]), city: Type.Union([Type.String(), Type.Null()]) }),
  ),
});
const problemResponse = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } });
const COMMON_ERRORS = {
  401: problemResponse('No or an invalid bearer token.'),
  403: problemResponse('The role may not do this (e.g. a company user writing), or a write with the session cookie lacks the CSRF token.'),
  404: problemResponse('No such object in your service office.'),
};
const json = (description: string, schema: TSchema) => ({ description, content: { 'application/json': { schema } } });
// a bearer token; or the browser's session cookie, with the page's CSRF token for writes (auth/index.ts)
type Security = Array<Record<string, string[]>>;
const readSecurity: Security = [{ bearerAuth: [] }, { sessionCookie: [] }];
const writeSecurity: Security = [{ bearerAuth: [] }, { sessionCookie: [], csrfToken: [] }];

function apiErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof WorkspaceInputError) {
    return sendProblem(
      reply,
      invalidInputProblem(
        error.errors.map((e) => ({ path: `/${e.field}`, message: e.message })),
        // the use cases check what the list filters (query string) and the bodies of writes carry
        invalidDetail(request.method === 'GET' ? 'querystring' : 'body', error.errors.length),
        request.id,
      ),
    );
  }
  if (error instanceof DuplicateCompanyError) {
    const doc = problem(409, error.message, { type: '/problems/possible-duplicate', title: 'Possible duplicate', instance: request.id });
    return reply.code(409).type(PROBLEM_CONTENT_TYPE).send({ ...doc, duplicates: error.duplicates });
  }
  return problemErrorHandler(error, request, reply);
}

export default async function workspaceApi(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  app.setErrorHandler(apiErrorHandler);
  app.setValidatorCompiler(strictCompiler as FastifySchemaCompiler<unknown>);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  // before validation: without credentials the answer is 401, whatever the body
  app.addHook('preValidation', requireActor);

  // --- companies ---------------------------------------------------------------------------------------------
  app.get<{ Querystring: Static<typeof CompanyQuery> }>(
    COMPANIES_PATH,
    {
      schema: {
        tags: ['companies'],
        summary: 'List the companies of your service office (company users: their own)',
        operationId: 'listCompanies',
        security: readSecurity,
        querystring: CompanyQuery,
        response: { 200: json('A page of companies, sorted by name.', pageOf(CompanySchema)), 400: problemResponse('A filter is invalid.'), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const list = await listCompanies(db, signedIn(request), request.query);
      return { ...list, items: list.items.map(companyJson) };
    },
  );

  app.post<{ Body: Static<typeof CompanyCreateBody> }>(
    COMPANIES_PATH,
    {
      schema: {
        tags: ['companies'],
        summary: 'Create a company',
        description: 'A company with the same name and postcode answers 409 with the candidates; send `confirmDuplicate: true` to create it anyway.',
        operationId: 'createCompany',
        security: writeSecurity,
        body: CompanyCreateBody,
        response: {
          201: json('The company.', CompanySchema),
          400: problemResponse('The body breaks the contract; `errors` names each field.'),
          409: {
            description: 'A company with the same name and postcode exists: `duplicates` lists the candidates.',
            content: { [PROBLEM_CONTENT_TYPE]: { schema: DuplicateProblemSchema } },
          },
          ...COMMON_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const actor = signedIn(request);
      const { id } = await createCompany(db, actor, request.body);
      const row = await loadCompany(db, actor, id, 'company.read');
      return reply.code(201).header('location', `${COMPANIES_PATH}/${id}`).send(companyJson(row));
    },
  );

  app.get<{ Params: Static<typeof IdParams> }>(
    `${COMPANIES_PATH}/:id`,
    {
      schema: {
        tags: ['companies'],
        summary: 'Get a company',
        operationId: 'getCompany',
        security: readSecurity,
        params: IdParams,
        response: { 200: json('The company.', CompanySchema), ...COMMON_ERRORS },
      },
    },
    async (request) => companyJson((await getCompany(db, signedIn(request), request.params.id)).company),
  );

  app.put<{ Params: Static<typeof IdParams>; Body: Static<typeof CompanyBody> }>(
    `${COMPANIES_PATH}/:id`,
    {
      schema: {
        tags: ['companies'],
        summary: 'Replace a company’s data (fields left out become empty)',
        operationId: 'updateCompany',
        security: writeSecurity,
        params: IdParams,
        body: CompanyBody,
        response: { 200: json('The company.', CompanySchema), 400: problemResponse('The body breaks the contract.'), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const actor = signedIn(request);
      await updateCompany(db, actor, request.params.id, request.body);
      return companyJson(await loadCompany(db, actor, request.params.id, 'company.read'));
    },
  );

  app.delete<{ Params: Static<typeof IdParams> }>(
    `${COMPANIES_PATH}/:id`,
    {
      schema: {
        tags: ['companies'],
        summary: 'Delete a company: its personal data is erased, its consultations stay anonymous for the statistics',
        operationId: 'deleteCompany',
        security: writeSecurity,
        params: IdParams,
        response: { 204: { description: 'Deleted (anonymised).', type: 'null' }, ...COMMON_ERRORS },
      },
    },
    async (request, reply) => {
      await deleteCompany(db, signedIn(request), request.params.id);
      return reply.code(204).send();
    },
  );

  // --- consultations -----------------------------------------------------------------------------------------
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

  // --- follow-ups ---------------------------------------------------------------------------------------------
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

