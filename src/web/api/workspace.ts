// JSON API of the workspace (issue 6): /api/v1/companies and /api/v1/consultations — list (paging, filters), get,
// create, update (PUT: the whole object), delete — and the open follow-ups (/api/v1/follow-ups; PUT
// /api/v1/consultations/{id}/follow-up marks one done or open), with the same use cases, and so the same
// authorization, as the pages. Callers authenticate with `Authorization: Bearer <token>` (resolved by the auth plugin on /api);
// the browser's session cookie works too, but a write with it needs the page's CSRF token in X-CSRF-Token (decision 009).
// Validation is strict: a route-level validator (TypeBox, compiled) checks params, query and body without coercion
// and refuses unknown properties; the use cases then check meaning (dates, codes, tenant's partners). Every error is
// an RFC 9457 problem; input errors name each field as a JSON pointer.

import type { FastifyInstance } from 'fastify';
import companies from './companies/routes.ts';
import consultations from './consultations/routes.ts';
import followUps from './followUps/routes.ts';
import tasks from './tasks/routes.ts';
import caseDocuments from './documents/routes.ts';
import candidates from './candidates/routes.ts';
import cases from './cases/routes.ts';
import recognition from './recognition/routes.ts';
import { jsonApiContext } from './common/context.ts';

export { COMPANIES_PATH } from './companies/routes.ts';
export { CONSULTATIONS_PATH } from './consultations/routes.ts';
export { FOLLOW_UPS_PATH } from './followUps/routes.ts';
export { CANDIDATES_PATH } from './candidates/routes.ts';
export { CASES_PATH } from './cases/routes.ts';
export { messageOf, strictCompiler } from './common/context.ts';

export default async function workspaceApi(app: FastifyInstance): Promise<void> {
  jsonApiContext(app);
  await app.register(companies);
  await app.register(consultations);
  await app.register(followUps);
  await app.register(tasks);
  await app.register(caseDocuments);
  // issue 14: candidates (erasure removes their stored files), cases, their tasks and documents
  await app.register(candidates, { storage: app.documentStorage });
  await app.register(cases);
  // issue 16: a case's recognition record and the further qualification proposed on it
  await app.register(recognition);
}
