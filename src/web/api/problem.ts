// RFC 9457 problem documents for every error of the JSON API (application/problem+json).
// problemErrorHandler turns Fastify's errors (validation, body parsing, limits) and our own into problem
// documents; unexpected errors become a 500 without any internals (they are logged with the request id).
// Set it with `app.setErrorHandler(problemErrorHandler)` inside the API plugin's encapsulated context.

import { STATUS_CODES } from 'node:http';
import { Type } from '@sinclair/typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { InputError } from '../../law/validate.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types of this API: relative URIs, resolved against the API's origin (RFC 9457 § 3.1.1). */
export const PROBLEM_TYPES = {
  /** the request body (or another part of the request) breaks the API's contract */
  invalidInput: '/problems/invalid-input',
  /** the body is not well-formed JSON */
  malformedJson: '/problems/malformed-json',
  /** a state-changing request authenticated by the session cookie without the page's CSRF token */
  csrfTokenRequired: '/problems/csrf-token-required',
  /** any other error: the HTTP status code says it all */
  generic: 'about:blank',
} as const;

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** the fields that are wrong, JSON pointers into the request body */
  errors?: InputError[];
  instance?: string;
}

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'URI reference identifying the problem type; "about:blank" when the status code says it all.' }),
    title: Type.String({ description: 'Short summary of the problem type.' }),
    status: Type.Integer({ description: 'The HTTP status code.' }),
    detail: Type.String({ description: 'Explanation of this occurrence of the problem.' }),
    errors: Type.Optional(
      Type.Array(
        Type.Object(
          {
            path: Type.String({ description: 'JSON pointer to the offending field of the request body, e.g. "/person/birthDate"; "" for the body as a whole.' }),
            message: Type.String({ description: 'What is wrong with it.' }),
          },
          { additionalProperties: false },
        ),
        { description: 'One entry per invalid field.' },
      ),
    ),
    instance: Type.Optional(Type.String({ description: 'Identifies this occurrence: the request id.' })),
  },
  { $id: 'Problem', title: 'Problem', description: 'RFC 9457 problem document.' },
);

/** A problem document; `title` defaults to the status code's reason phrase. */
export function problem(
  status: number,
  detail: string,
  opts: { type?: string; title?: string; errors?: InputError[]; instance?: string } = {},
): ProblemDocument {
  const doc: ProblemDocument = {
    type: opts.type ?? PROBLEM_TYPES.generic,
    title: opts.title ?? STATUS_CODES[status] ?? 'Error',
    status,
    detail,
  };
  if (opts.errors !== undefined) doc.errors = opts.errors;
  if (opts.instance !== undefined) doc.instance = opts.instance;
  return doc;
}

export function sendProblem(reply: FastifyReply, doc: ProblemDocument): FastifyReply {
  return reply.code(doc.status).type(PROBLEM_CONTENT_TYPE).send(doc);
}

/** A 400 for input that breaks the contract: thrown by validators and handlers, rendered by problemErrorHandler. */
export class InputValidationError extends Error {
  readonly statusCode = 400;
  readonly code = 'FST_ERR_VALIDATION';
  constructor(
    readonly errors: InputError[],
    message = 'The request body does not match the contract.',
  ) {
    super(message);
    this.name = 'InputValidationError';
  }
}

const PART_NAMES: Record<string, string> = { body: 'body', querystring: 'query string', params: 'path', headers: 'headers' };

/** "The request query string does not match the contract: 2 fields are invalid." */
export function invalidDetail(part: string | undefined, n: number): string {
  return `The request ${PART_NAMES[part ?? 'body'] ?? part} does not match the contract: ${n} ${n === 1 ? 'field is' : 'fields are'} invalid.`;
}

export function invalidInputProblem(errors: InputError[], detail?: string, instance?: string): ProblemDocument {
  return problem(400, detail ?? invalidDetail('body', errors.length), {
    type: PROBLEM_TYPES.invalidInput,
    title: 'Invalid input',
    errors,
    instance,
  });
}

/** Ajv's error objects, as Fastify puts them on `error.validation`. */
interface AjvLikeError {
  instancePath?: string;
  keyword?: string;
  params?: Record<string, unknown>;
  message?: string;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Ajv errors -> { path, message }: required and unknown properties point at the property itself. */
export function fromAjvErrors(validation: readonly AjvLikeError[]): InputError[] {
  return validation.map((v) => {
    let path = v.instancePath ?? '';
    let message = v.message ?? 'is invalid';
    if (v.keyword === 'required' && typeof v.params?.missingProperty === 'string') {
      path = `${path}/${escapePointer(v.params.missingProperty)}`;
      message = 'is required';
    } else if (v.keyword === 'additionalProperties' && typeof v.params?.additionalProperty === 'string') {
      path = `${path}/${escapePointer(v.params.additionalProperty)}`;
      message = 'is not a field of the contract (unknown property)';
    }
    return { path, message };
  });
}

const CLIENT_ERRORS: Record<string, (e: FastifyError) => ProblemDocument> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    problem(400, 'The request body is not well-formed JSON.', { type: PROBLEM_TYPES.malformedJson, title: 'Malformed JSON' }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    problem(400, 'The request body is empty; a JSON document is expected.', { type: PROBLEM_TYPES.malformedJson, title: 'Malformed JSON' }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    problem(415, 'The request body must be sent as application/json.'),
  FST_ERR_CTP_BODY_TOO_LARGE: () => problem(413, 'The request body is larger than the server accepts.'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => problem(400, 'The request body size does not match its Content-Length header.'),
};

/** Map any error to a problem document; `log` is told about server errors only. */
export function problemFor(error: unknown, instance?: string): ProblemDocument {
  const e = (error ?? {}) as Partial<FastifyError> & { errors?: unknown; validationContext?: string };
  let doc: ProblemDocument;
  if (error instanceof InputValidationError) {
    // Fastify names the part of the request that a schema compiler refused
    doc = invalidInputProblem(error.errors, invalidDetail(e.validationContext, error.errors.length));
  } else if (e.code === 'FST_ERR_VALIDATION' && Array.isArray(e.validation)) {
    const errors = fromAjvErrors(e.validation as AjvLikeError[]);
    doc = invalidInputProblem(errors, invalidDetail(e.validationContext, errors.length));
  } else if (typeof e.code === 'string' && CLIENT_ERRORS[e.code]) {
    doc = CLIENT_ERRORS[e.code]!(e as FastifyError);
  } else {
    const status = typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
    const detail =
      status === 500 ? 'An unexpected error occurred; it has been logged.' : typeof e.message === 'string' && e.message ? e.message : STATUS_CODES[status] ?? 'Error';
    doc = problem(status, detail);
  }
  if (instance !== undefined) doc.instance = instance;
  return doc;
}

/** Fastify error handler: every error as application/problem+json; no stack traces, 5xx logged. */
export function problemErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const doc = problemFor(error, request.id);
  if (doc.status >= 500) {
    request.log.error({ err: error }, 'unexpected error in API request');
  } else {
    request.log.info({ status: doc.status, code: (error as { code?: unknown } | null)?.code }, doc.detail);
  }
  return sendProblem(reply, doc);
}

/** Not-found handler for the API prefix: a 404 problem document instead of Fastify's default body. */
export function problemNotFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(reply, problem(404, `There is no ${request.method} ${(request.url.split('?')[0] ?? '').slice(0, 200)} in this API.`, { instance: request.id }));
}
