// The context every workspace API route plugin runs in: strict validation (TypeBox, compiled: no coercion, unknown
// properties refused, errors as JSON pointers), JSON bodies only, and every error an RFC 9457 problem.

import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { ValueErrorType } from '@sinclair/typebox/errors';
import type { ValueError } from '@sinclair/typebox/errors';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { DuplicateCompanyError, WorkspaceInputError } from '../../../app/common/errors.ts';
import { requireActor } from '../../auth/session.ts';
import { InputValidationError, PROBLEM_CONTENT_TYPE, invalidDetail, invalidInputProblem, problem, problemErrorHandler, sendProblem } from '../problem.ts';

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

export function apiErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
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

/**
 * The context of the workspace API's route plugins: JSON only, problems for errors, the strict validator, and 401
 * before validation without credentials. Call it in the plugin that registers them, before registering them.
 */
export function jsonApiContext(app: FastifyInstance): void {
  app.setErrorHandler(apiErrorHandler);
  app.setValidatorCompiler(strictCompiler as FastifySchemaCompiler<unknown>);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  // before validation: without credentials the answer is 401, whatever the body
  app.addHook('preValidation', requireActor);

}
