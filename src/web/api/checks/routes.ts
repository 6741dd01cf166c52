// POST /api/v1/checks: the pathway check of contract v1 over HTTP.
// Validation is strict and identical to the CLI's: the body is checked by validateCheckInput (the TypeBox
// schema, compiled, plus the cross-field rules) through a route-level validatorCompiler, so Fastify's
// default Ajv (which coerces "52000" to 52000 and silently drops unknown properties) never sees this body.
// The same TypeBox schemas are the route's body and response schemas, which @fastify/swagger publishes.
// Every error in this plugin's context is an RFC 9457 problem document (problem.ts).

import type { FastifyInstance } from 'fastify';
import { evaluate } from '../../../law/check.ts';
import { CheckInputSchema, CheckResultSchema } from '../../../law/schema.ts';
import type { CheckInput } from '../../../law/types.ts';
import { problemErrorHandler } from '../problem.ts';
import { CHECKS_PATH, problemResponse, strictCheckInputCompiler } from './schema.ts';

export { CHECKS_PATH, strictCheckInputCompiler } from './schema.ts';

export default async function checksApi(app: FastifyInstance): Promise<void> {
  app.setErrorHandler(problemErrorHandler);

  // Only JSON bodies: drop the parsers registered further up (text/plain, forms, multipart) in this context,
  // so that any other media type is a 415 instead of a string that fails validation.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  app.post<{ Body: CheckInput }>(
    CHECKS_PATH,
    {
      validatorCompiler: strictCheckInputCompiler,
      schema: {
        tags: ['checks'],
        summary: 'Check all residence routes for one person and job on a decision date',
        description:
          'Evaluates the 13 routes of contract v1 for the facts given and returns them eligible-first in preference order, ' +
          'with the recommended route, every condition and its statute citation. Facts left out make the conditions that ' +
          'depend on them unknown instead of guessed. The decision date must be 2023-11-18 or later.',
        operationId: 'createCheck',
        body: CheckInputSchema,
        response: {
          200: { description: 'The assessment of every route.', content: { 'application/json': { schema: CheckResultSchema } } },
          400: problemResponse('The body is not well-formed JSON or breaks the contract; `errors` names each invalid field.'),
          413: problemResponse('The body is too large.'),
          415: problemResponse('The body is not application/json.'),
          500: problemResponse('Unexpected error; logged with the request id.'),
        },
      },
    },
    async (request) => evaluate(request.body),
  );
}
