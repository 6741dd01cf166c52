// The TypeBox building blocks of the workspace API's schemas (enums, UUIDs, dates, paging) and of its
// OpenAPI responses (problems, JSON bodies, the two ways to authenticate).

import { Type } from '@sinclair/typebox';
import type { TSchema } from '@sinclair/typebox';
import { PAGE_SIZE_MAX } from '../../../app/common/paging.ts';
import { PROBLEM_CONTENT_TYPE, ProblemSchema } from '../problem.ts';

export const Enum = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));
export const Uuid = Type.String({ pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$', description: 'a UUID' });
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const PageQuery = {
  page: Type.Optional(Type.String({ pattern: '^[0-9]{1,7}$', description: 'page number, from 1' })),
  pageSize: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$', description: `items per page, at most ${PAGE_SIZE_MAX}` })),
};
export const IdParams = Type.Object({ id: Type.String() }, { additionalProperties: false });

export const pageOf = (item: TSchema) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

export const problemResponse = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } } });
export const COMMON_ERRORS = {
  401: problemResponse('No or an invalid bearer token.'),
  403: problemResponse('The role may not do this (e.g. a company user writing), or a write with the session cookie lacks the CSRF token.'),
  404: problemResponse('No such object in your service office.'),
};
export const json = (description: string, schema: TSchema) => ({ description, content: { 'application/json': { schema } } });
// a bearer token; or the browser's session cookie, with the page's CSRF token for writes (auth/index.ts)
export type Security = Array<Record<string, string[]>>;
export const readSecurity: Security = [{ bearerAuth: [] }, { sessionCookie: [] }];
export const writeSecurity: Security = [{ bearerAuth: [] }, { sessionCookie: [], csrfToken: [] }];
