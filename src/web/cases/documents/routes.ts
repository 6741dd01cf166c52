// The documents of a case, as pages (issue 14): the section on the case page posts here, and links here to download.
//
//   POST /cases/:caseId/documents/:documentId/files            upload a file (multipart: _csrf first, then `file`)
//   GET  /cases/:caseId/documents/:documentId/files/:fileId    download a file (always an attachment; audited)
//   POST /cases/:caseId/documents/:documentId/review           checked, or rejected with a reason (staff)
//
// After a post, back to /cases/:caseId#documents; a refusal answers with a page of its own naming each wrong field (400,
// 413 for a file over the limit). The multipart parser is registered here only, with the upload's limits. A form's
// CSRF token cannot be read by @fastify/csrf-protection's preHandler from a multipart body (the body is a stream, read
// by the handler); it is the form's first field, checked before a byte of the file is read (or X-CSRF-Token, for
// scripts). The same token algorithm as the plugin's, with its cookie: auth/index.ts does the same for the API.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { Tokens } from '@fastify/csrf';
import { h } from 'preact';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { readDocumentFile } from '../../../app/documents/readDocumentFile.ts';
import { reviewDocument } from '../../../app/documents/reviewDocument.ts';
import { uploadDocumentFile } from '../../../app/documents/uploadDocumentFile.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { CSRF_COOKIE } from '../../requestKeys.ts';
import { checksOwnText } from '../../textGuard.ts';
import { displayableText } from '../../../text.ts';
import { base, page, see } from '../../workspace/routing.ts';
import type { Body } from '../../workspace/routing.ts';
import { byteSize } from './DocumentsSection.tsx';
import { RefusedPage } from './RefusedPage.tsx';
import { documentsPath } from './paths.ts';
import { UploadCsrfError, sendDownload, uploadOptions, withUploadedFile } from './transfer.ts';

type DocParams = { caseId: string; documentId: string };

export default async function caseDocumentPages(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const storage = app.documentStorage;
  const maxBytes = app.config.uploadMaxBytes;
  const csrf = app.csrfProtection;
  await app.register(multipart, uploadOptions(maxBytes));
  // the review's reason is checked by the use case and shown beside the field; an upload's name likewise
  checksOwnText(app, { body: true });

  const tokens = new Tokens({ userInfo: false });
  const checkCsrf = (request: FastifyRequest, reply: FastifyReply) => (fields: Record<string, string>) => {
    const header = request.headers['x-csrf-token'];
    const token = fields._csrf ?? (typeof header === 'string' ? header : undefined);
    const signed = request.cookies[CSRF_COOKIE];
    const secret = signed === undefined ? null : reply.unsignCookie(signed);
    if (token === undefined || token === '' || secret === null || !secret.valid || secret.value === null || !tokens.verify(secret.value, token)) {
      throw new UploadCsrfError();
    }
  };

  const refused = (request: FastifyRequest<{ Params: DocParams }>, reply: FastifyReply, kind: 'upload' | 'review', err: WorkspaceInputError, reason?: string) => {
    const status = err.errors.some((e) => e.code === 'fileTooLarge') ? 413 : 400;
    return page(
      reply,
      request,
      h(RefusedPage, {
        ...base(request),
        kind,
        caseId: request.params.caseId,
        documentId: request.params.documentId,
        errors: err.errors,
        maxSize: byteSize(request.lang, maxBytes),
        csrfToken: reply.generateCsrf(),
        reason,
      }),
      status,
    );
  };

  app.post<{ Params: DocParams }>('/cases/:caseId/documents/:documentId/files', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    const { caseId, documentId } = request.params;
    try {
      await withUploadedFile(request, (upload) => uploadDocumentFile(db, storage, actor, caseId, documentId, upload, { maxBytes }), checkCsrf(request, reply));
    } catch (err) {
      if (err instanceof WorkspaceInputError) return refused(request, reply, 'upload', err);
      throw err;
    }
    return see(reply, documentsPath(caseId));
  });

  // no HEAD route: a HEAD would be audited as a read without anyone receiving the file
  app.get<{ Params: DocParams & { fileId: string } }>('/cases/:caseId/documents/:documentId/files/:fileId', { preHandler: requireActor, exposeHeadRoute: false }, async (request, reply) => {
    const { caseId, documentId, fileId } = request.params;
    return sendDownload(reply, await readDocumentFile(db, storage, signedIn(request), caseId, documentId, fileId));
  });

  app.post<{ Params: DocParams }>('/cases/:caseId/documents/:documentId/review', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const body = request.body as Body;
    const decision = typeof body?.decision === 'string' ? body.decision : '';
    const reason = typeof body?.reason === 'string' ? body.reason : '';
    try {
      await reviewDocument(db, signedIn(request), request.params.caseId, request.params.documentId, { decision, reason });
    } catch (err) {
      if (err instanceof WorkspaceInputError) return refused(request, reply, 'review', err, decision === 'rejected' ? displayableText(reason) : undefined);
      throw err;
    }
    return see(reply, documentsPath(request.params.caseId));
  });
}
