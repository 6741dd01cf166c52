// POST /api/v1/residence-checks: the residence lifecycle check of contract residence-v1 over HTTP, built like
// POST /api/v1/checks (../checks/routes.ts): no account needed (the app-wide rate limit per address applies), the
// body validated strictly by validateResidenceInput through a route-level validatorCompiler (no coercion, no removal
// of unknown properties), the contract's TypeBox schemas published in the OpenAPI document, every error an RFC 9457
// problem document with `errors: [{ path, message }]` (../problem.ts).

import type { FastifyInstance, FastifySchemaCompiler } from 'fastify';
import { checkResidence } from '../../../law/residence/check.ts';
import { ResidenceInputSchema, ResidenceResultSchema } from '../../../law/residence/schema.ts';
import type { ResidenceInput } from '../../../law/residence/types.ts';
import { validateResidenceInput } from '../../../law/residence/validate.ts';
import { InputValidationError, problemErrorHandler } from '../problem.ts';
import { problemResponse } from '../checks/schema.ts';

export const RESIDENCE_CHECKS_PATH = '/api/v1/residence-checks';

/** Body validator of the route: the whole contract, no coercion, no removal of unknown properties. */
export const strictResidenceInputCompiler: FastifySchemaCompiler<unknown> = ({ httpPart }) => {
  if (httpPart !== 'body') {
    throw new Error(`${RESIDENCE_CHECKS_PATH}: only the body has a schema, not the ${httpPart ?? 'unknown part'}`);
  }
  return (data: unknown) => {
    const result = validateResidenceInput(data);
    return result.ok ? { value: result.value } : { error: new InputValidationError(result.errors) };
  };
};

export default async function residenceChecksApi(app: FastifyInstance): Promise<void> {
  app.setErrorHandler(problemErrorHandler);

  // Only JSON bodies (as for /api/v1/checks): any other media type is a 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  app.post<{ Body: ResidenceInput }>(
    RESIDENCE_CHECKS_PATH,
    {
      validatorCompiler: strictResidenceInputCompiler,
      schema: {
        tags: ['checks'],
        summary: 'Check the next residence steps for a person already in Germany on a decision date',
        description:
          'Assesses the moves of contract residence-v1 for a person on a residence title for employment: settlement permits ' +
          '(§ 18c (1), (2), § 9), EU long-term residence (§ 9a), change of employer, extension, the switch into an ' +
          'employment title (through the pathway check), the residence time for naturalisation and each family member ' +
          'who is to join. Each move is open, not_yet (with the earliest date), closed or unknown, with every condition ' +
          'and its statute citation. Facts left out make the conditions that depend on them unknown instead of guessed. ' +
          'The decision date must be 2024-03-01 or later.',
        operationId: 'createResidenceCheck',
        body: ResidenceInputSchema,
        response: {
          200: { description: 'The assessment of every move.', content: { 'application/json': { schema: ResidenceResultSchema } } },
          400: problemResponse('The body is not well-formed JSON or breaks the contract; `errors` names each invalid field.'),
          413: problemResponse('The body is too large.'),
          415: problemResponse('The body is not application/json.'),
          500: problemResponse('Unexpected error; logged with the request id.'),
        },
      },
    },
    async (request) => checkResidence(request.body),
  );
}
