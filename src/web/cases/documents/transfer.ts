// What the documents pages and the JSON API share about moving files: reading the one file of a multipart upload (the
// fields before it, e.g. the CSRF token of a page's form), and sending a download.
//
// A download is always an attachment with the original name and the type decided at upload, and is never rendered by
// the browser: `nosniff` so that no browser guesses HTML into it, a CSP of its own (`default-src 'none'; sandbox`) in
// case something opens it anyway, `no-store` so that no shared cache keeps a candidate's papers.

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import { WorkspaceInputError, wfe } from '../../../app/common/errors.ts';
import type { DocumentDownload } from '../../../app/documents/readDocumentFile.ts';
import type { UploadInput } from '../../../app/documents/uploadDocumentFile.ts';
import { EXTENSION } from '../../../app/documents/content.ts';

/**
 * The options of @fastify/multipart for an upload: one file of at most `maxBytes` (a larger one is cut there and
 * reported as truncated, which the use case refuses), a few small fields (the CSRF token). `preservePath`: busboy
 * would otherwise silently reduce "../../x.pdf" to "x.pdf"; the use case sees the name as sent and refuses it.
 */
export function uploadOptions(maxBytes: number) {
  return {
    throwFileSizeLimit: false,
    preservePath: true,
    limits: { fileSize: maxBytes, files: 1, fields: 4, fieldSize: 1024, fieldNameSize: 100, parts: 6, headerPairs: 100 },
  };
}

/** A form's CSRF token that does not fit its cookie. HTTP 403, as @fastify/csrf-protection answers. */
export class UploadCsrfError extends Error {
  readonly statusCode = 403;
  constructor() {
    super('Invalid csrf token');
    this.name = 'UploadCsrfError';
  }
}

/**
 * Reads the parts of a multipart request up to the file in the field `file` and hands it to `handle` (which streams
 * it); `checkFields`, when given, is asked about the fields before it (a page's CSRF token comes first in the form).
 * No such file: the field error "file is required". Whatever `handle` leaves unread is drained, so that the request
 * ends cleanly after a refusal.
 */
export async function withUploadedFile<T>(
  request: FastifyRequest,
  handle: (upload: UploadInput) => Promise<T>,
  checkFields?: (fields: Record<string, string>) => void,
): Promise<T> {
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      const v = (part as MultipartValue).value;
      if (typeof v === 'string' && !(part.fieldname in fields)) fields[part.fieldname] = v;
      continue;
    }
    const file = part as MultipartFile;
    try {
      if (file.fieldname !== 'file') continue;
      checkFields?.(fields);
      return await handle({ fileName: file.filename ?? '', content: file.file, truncated: () => file.file.truncated });
    } finally {
      if (!file.file.readableEnded) file.file.resume();
    }
  }
  checkFields?.(fields);
  throw new WorkspaceInputError([wfe('file', 'required')]);
}

/** RFC 6266 Content-Disposition: attachment, an ASCII fallback name and the exact name in RFC 5987's filename*. */
export function attachmentDisposition(name: string, mediaType: keyof typeof EXTENSION): string {
  let ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\;%]/g, '_')
    .trim();
  if (ascii.replace(/[_.\s]/g, '') === '') ascii = `document${EXTENSION[mediaType]}`;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function sendDownload(reply: FastifyReply, file: DocumentDownload): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-length', String(file.sizeBytes))
    .header('content-disposition', attachmentDisposition(file.originalName, file.mediaType))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cross-origin-resource-policy', 'same-origin')
    .send(file.content);
}
