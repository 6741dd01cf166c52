// /api/v1/cases/{id}/documents: the checklist of a case, uploads (multipart, the same checks as the pages), downloads
// (always attachments) and the review, through the same use cases and so the same authorization as the pages.
// The multipart parser is registered in this plugin only, with the upload's limits; the rest of the API stays JSON.
// A refused upload is a problem naming `/file` (413 for a file over the limit), and nothing is stored.

import { Type } from '@sinclair/typebox';
import type { Static, TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import multipart from '@fastify/multipart';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { listCaseDocuments } from '../../../app/documents/listCaseDocuments.ts';
import { readDocumentFile } from '../../../app/documents/readDocumentFile.ts';
import { reviewDocument } from '../../../app/documents/reviewDocument.ts';
import { uploadDocumentFile } from '../../../app/documents/uploadDocumentFile.ts';
import { signedIn } from '../../auth/session.ts';
import { sendDownload, uploadOptions, withUploadedFile } from '../../cases/documents/transfer.ts';
import { apiErrorHandler, strictCompiler } from '../common/context.ts';
import { COMMON_ERRORS, json, problemResponse, readSecurity, writeSecurity } from '../common/schema.ts';
import { problem, sendProblem } from '../problem.ts';
import { CaseDocumentSchema, CaseParams, DocumentParams, FileParams, ReviewBody, UploadedFileSchema, caseDocumentJson, uploadedFileJson } from './schema.ts';

export const CASE_DOCUMENTS_PATH = '/api/v1/cases/:id/documents';

/** The multipart body is read by the handler (a stream), not validated before it: only params are. */
const paramsOnly: FastifySchemaCompiler<TSchema> = (route) => (route.httpPart === 'body' ? (data: unknown) => ({ value: data }) : strictCompiler(route));

export default async function caseDocumentsApi(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const storage = app.documentStorage;
  const maxBytes = app.config.uploadMaxBytes;
  await app.register(multipart, uploadOptions(maxBytes));
  // a file over the limit is 413, the other refusals of an upload 400 naming /file
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof WorkspaceInputError && error.errors.some((e) => e.code === 'fileTooLarge')) {
      return sendProblem(
        reply,
        problem(413, `The file is larger than the upload limit (${maxBytes} bytes); nothing was stored.`, {
          type: '/problems/invalid-input',
          title: 'Invalid input',
          errors: error.errors.map((e) => ({ path: `/${e.field}`, message: e.message })),
          instance: request.id,
        }),
      );
    }
    return apiErrorHandler(error, request, reply);
  });

  app.get<{ Params: Static<typeof CaseParams> }>(
    CASE_DOCUMENTS_PATH,
    {
      schema: {
        tags: ['cases'],
        summary: 'The documents checklist of a case, with each document’s status and current file',
        operationId: 'listCaseDocuments',
        security: readSecurity,
        params: CaseParams,
        response: { 200: json('The checklist in the plan’s order.', Type.Object({ items: Type.Array(CaseDocumentSchema) })), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const items = await listCaseDocuments(db, signedIn(request), request.params.id);
      return { items: items.map((d) => caseDocumentJson(request.params.id, d)) };
    },
  );

  app.post<{ Params: Static<typeof DocumentParams> }>(
    `${CASE_DOCUMENTS_PATH}/:documentId/files`,
    {
      validatorCompiler: paramsOnly as FastifySchemaCompiler<unknown>,
      schema: {
        tags: ['cases'],
        summary: 'Upload a file for a document of the checklist (the document becomes "uploaded")',
        description:
          'multipart/form-data with one part `file`. The type is decided by the content alone: PDF, JPEG or PNG (a PNG declaring more than 100 megapixels is refused). ' +
          'The name must be a plain file name (no / or \\, no "..", no control characters). A refused file answers 400 (413 over the upload limit, LOTSE_UPLOAD_MAX_BYTES) naming `/file`, and nothing is stored.',
        operationId: 'uploadCaseDocumentFile',
        security: writeSecurity,
        params: DocumentParams,
        body: {
          content: {
            'multipart/form-data': {
              schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'the file (PDF, JPEG or PNG)' } } },
            },
          },
        },
        response: {
          201: json('The stored file.', UploadedFileSchema),
          400: problemResponse('The file was refused (empty, not PDF/JPEG/PNG, an unsafe PNG, a name with a path) or missing; `errors` names `/file`.'),
          413: problemResponse('The file is larger than the upload limit.'),
          ...COMMON_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const actor = signedIn(request);
      const { id, documentId } = request.params;
      const file = await withUploadedFile(request, (upload) => uploadDocumentFile(db, storage, actor, id, documentId, upload, { maxBytes }));
      const body = uploadedFileJson(id, file);
      return reply.code(201).header('location', body.href).send(body);
    },
  );

  app.get<{ Params: Static<typeof FileParams> }>(
    `${CASE_DOCUMENTS_PATH}/:documentId/files/:fileId`,
    {
      // no HEAD route: a HEAD would be audited as a read without anyone receiving the file
      exposeHeadRoute: false,
      schema: {
        tags: ['cases'],
        summary: 'Download a file of a document (always as an attachment; every download is audited)',
        operationId: 'downloadCaseDocumentFile',
        security: readSecurity,
        params: FileParams,
        response: {
          200: {
            description: 'The file, with Content-Disposition: attachment and its original name.',
            content: {
              'application/pdf': { schema: { type: 'string', format: 'binary' } },
              'image/jpeg': { schema: { type: 'string', format: 'binary' } },
              'image/png': { schema: { type: 'string', format: 'binary' } },
            },
          },
          ...COMMON_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const { id, documentId, fileId } = request.params;
      return sendDownload(reply, await readDocumentFile(db, storage, signedIn(request), id, documentId, fileId));
    },
  );

  app.post<{ Params: Static<typeof DocumentParams>; Body: Static<typeof ReviewBody> }>(
    `${CASE_DOCUMENTS_PATH}/:documentId/review`,
    {
      schema: {
        tags: ['cases'],
        summary: 'Review the current file of a document: checked, or rejected with a reason (office staff)',
        operationId: 'reviewCaseDocument',
        security: writeSecurity,
        params: DocumentParams,
        body: ReviewBody,
        response: { 200: json('The document after the review.', CaseDocumentSchema), 400: problemResponse('No reason for a rejection, or no file to review.'), ...COMMON_ERRORS },
      },
    },
    async (request) => {
      const actor = signedIn(request);
      const { id, documentId } = request.params;
      await reviewDocument(db, actor, id, documentId, request.body);
      const doc = (await listCaseDocuments(db, actor, id)).find((d) => d.id === documentId);
      return caseDocumentJson(id, doc!);
    },
  );
}
