// /api/v1/companies: list (paging, filters), create (409 for a possible duplicate), get, replace, delete (anonymise).

import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { createCompany } from '../../../app/companies/createCompany.ts';
import { deleteCompany } from '../../../app/companies/deleteCompany.ts';
import { getCompany, loadCompany } from '../../../app/companies/getCompany.ts';
import { listCompanies } from '../../../app/companies/listCompanies.ts';
import { updateCompany } from '../../../app/companies/updateCompany.ts';
import { signedIn } from '../../auth/session.ts';
import { PROBLEM_CONTENT_TYPE } from '../problem.ts';
import { IdParams, pageOf, problemResponse, COMMON_ERRORS, json, readSecurity, writeSecurity } from '../common/schema.ts';
import { CompanyBody, CompanyCreateBody, CompanySchema, CompanyQuery, DuplicateProblemSchema, companyJson } from './schema.ts';

export const COMPANIES_PATH = '/api/v1/companies';

export default async function companiesApi(app: FastifyInstance): Promise<void> {
  const db = app.database.db;

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
}
