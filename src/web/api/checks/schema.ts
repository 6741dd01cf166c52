// The schemas of POST /api/v1/checks: the body validator (the whole contract through validateCheckInput: no coercion, no
// removal of unknown properties) and the problem responses. The body and response schemas are the contract's own
// TypeBox schemas (src/law/schema.ts), which @fastify/swagger publishes.

import type { FastifySchemaCompiler } from 'fastify';
import { validateCheckInput } from '../../../law/validate.ts';
import { InputValidationError, PROBLEM_CONTENT_TYPE, ProblemSchema } from '../problem.ts';

export const CHECKS_PATH = '/api/v1/checks';

/** Body validator of the route: the whole contract, no coercion, no removal of unknown properties. */
export const strictCheckInputCompiler: FastifySchemaCompiler<unknown> = ({ httpPart }) => {
  if (httpPart !== 'body') {
    throw new Error(`${CHECKS_PATH}: only the body has a schema, not the ${httpPart ?? 'unknown part'}`);
  }
  return (data: unknown) => {
    const result = validateCheckInput(data);
    return result.ok ? { value: result.value } : { error: new InputValidationError(result.errors) };
  };
};

export const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
});
