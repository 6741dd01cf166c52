// The office's recognition data (issue 16), for the office's staff (reading, export) and admins (import, reset):
//
//   GET  /admin/recognition          the list (built-in, own changes, own entries; "to be verified" marked)
//   GET  /admin/recognition.csv      the export (CSV for German Excel)
//   POST /admin/recognition/import   the import: multipart (_csrf first, then `file`, or the text in `csv`), or a plain
//                                    form with `csv`; errors re-render the page (400) listing row and column, the file's
//                                    text kept in the text field; success redirects with the counts
//   POST /admin/recognition/reset    give one entry back to the built-in data (kind, key)
//
// The multipart parser is registered in this plugin only, with the import's limits. Its CSRF token is read from the
// form's fields (a multipart body is a stream @fastify/csrf-protection's preHandler cannot read), as the documents'
// uploads do (../cases/documents/routes.ts).

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import { Tokens } from '@fastify/csrf';
import { h } from 'preact';
import { exportReferenceOccupations } from '../../app/recognition/exportReferenceOccupations.ts';
import { IMPORT_MAX_CHARS, RecognitionImportError, importReferenceOccupations } from '../../app/recognition/importReferenceOccupations.ts';
import type { RecognitionImportResult } from '../../app/recognition/importReferenceOccupations.ts';
import { listOfficeReferenceOccupations } from '../../app/recognition/listOfficeReferenceOccupations.ts';
import { resetReferenceOccupation } from '../../app/recognition/resetReferenceOccupation.ts';
import { decodeCsvBytes } from '../../app/recognition/csvCodec.ts';
import type { CellError } from '../../app/recognition/csvColumns.ts';
import { authorize } from '../../policies/index.ts';
import { requireActor, signedIn } from '../auth/session.ts';
import { officeToday } from '../officeDay.ts';
import { CSRF_COOKIE } from '../requestKeys.ts';
import { base, page, see } from '../workspace/routing.ts';
import type { Body } from '../workspace/routing.ts';
import { UploadCsrfError } from '../cases/documents/transfer.ts';
import { rdm } from './messages.ts';
import { PAGE_PATH, RecognitionDataPage } from './RecognitionDataPage.tsx';

/** The largest file (bytes) the import reads; the text field likewise. */
const MAX_BYTES = IMPORT_MAX_CHARS;
const COUNTS = ['added', 'changed', 'reset', 'unchanged'] as const;

export default async function recognitionDataPages(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;
  await app.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_BYTES, files: 1, fields: 3, fieldSize: MAX_BYTES, fieldNameSize: 100, parts: 5, headerPairs: 100 },
  });

  const tokens = new Tokens({ userInfo: false });
  const checkCsrf = (request: FastifyRequest, reply: FastifyReply, token: string | undefined) => {
    const header = request.headers['x-csrf-token'];
    const t = token ?? (typeof header === 'string' ? header : undefined);
    const signed = request.cookies[CSRF_COOKIE];
    const secret = signed === undefined ? null : reply.unsignCookie(signed);
    if (t === undefined || t === '' || secret === null || !secret.valid || secret.value === null || !tokens.verify(secret.value, t)) throw new UploadCsrfError();
  };

  const listPage = async (request: FastifyRequest, reply: FastifyReply, extra: { errors?: CellError[]; text?: string; imported?: RecognitionImportResult; notice?: string }, status = 200) => {
    const actor = signedIn(request);
    const list = await listOfficeReferenceOccupations(db, actor);
    return page(
      reply,
      request,
      h(RecognitionDataPage, { ...base(request), csrfToken: reply.generateCsrf(), list, errors: extra.errors ?? [], text: extra.text ?? '', imported: extra.imported, notice: extra.notice }),
      status,
    );
  };

  app.get<{ Querystring: Record<string, string | undefined> }>(PAGE_PATH, { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    authorize(actor, 'recognition.data.read', { tenantId: actor.tenantId });
    const q = request.query;
    const n = (v: string | undefined) => (v !== undefined && /^\d{1,6}$/.test(v) ? Number(v) : null);
    const counts = COUNTS.map((k) => n(q[k]));
    const imported = q.done === 'import' && counts.every((c) => c !== null) ? (Object.fromEntries(COUNTS.map((k, i) => [k, counts[i]!])) as unknown as RecognitionImportResult) : undefined;
    const notice = q.done === 'reset' ? rdm(request.lang).resetDone : undefined;
    return listPage(request, reply, { imported, notice });
  });

  app.get(`${PAGE_PATH}.csv`, { preHandler: requireActor }, async (request, reply) => {
    const e = await exportReferenceOccupations(db, signedIn(request), officeToday());
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${e.fileName}"`)
      .send(e.csv);
  });

  /** The import's text and CSRF token: from a multipart form (the file wins over the text field) or a plain form. */
  const readImport = async (request: FastifyRequest): Promise<{ text: string; token: string | undefined; truncated: boolean }> => {
    if (!request.isMultipart()) {
      const body = request.body as Body;
      const v = (k: string) => (typeof body?.[k] === 'string' ? (body[k] as string) : undefined);
      return { text: v('csv') ?? '', token: v('_csrf'), truncated: false };
    }
    const fields: Record<string, string> = {};
    let fileText: string | null = null;
    let truncated = false;
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        const value = (part as MultipartValue).value;
        if (typeof value === 'string' && !(part.fieldname in fields)) fields[part.fieldname] = value;
        if ((part as MultipartValue).valueTruncated) truncated = true;
        continue;
      }
      const file = part as MultipartFile;
      const bytes = await file.toBuffer();
      if (file.file.truncated) truncated = true;
      if (file.fieldname === 'file' && bytes.length > 0) fileText = decodeCsvBytes(bytes);
    }
    return { text: fileText ?? fields.csv ?? '', token: fields._csrf, truncated };
  };

  app.post(`${PAGE_PATH}/import`, { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    const { text, token, truncated } = await readImport(request);
    checkCsrf(request, reply, token);
    try {
      if (truncated) throw new RecognitionImportError([{ row: 1, column: '', code: 'tooLong' }]);
      const r = await importReferenceOccupations(db, actor, text);
      return see(reply, `${PAGE_PATH}?done=import&${COUNTS.map((k) => `${k}=${r[k]}`).join('&')}`);
    } catch (err) {
      if (!(err instanceof RecognitionImportError)) throw err;
      // the file's text back in the text field (without a BOM), so that nothing is lost
      return listPage(request, reply, { errors: err.errors, text: truncated ? '' : text.replace(/^\uFEFF/, '') }, 400);
    }
  });

  app.post(`${PAGE_PATH}/reset`, { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const body = request.body as Body;
    await resetReferenceOccupation(db, signedIn(request), { kind: body?.kind, key: body?.key });
    return see(reply, `${PAGE_PATH}?done=reset`);
  });
}
