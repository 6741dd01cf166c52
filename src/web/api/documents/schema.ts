// The schemas of /api/v1/cases/{id}/documents: the checklist item, an uploaded file, the review body.

import { Type } from '@sinclair/typebox';
import type { CaseDocumentView, DocumentFileView } from '../../../app/documents/listCaseDocuments.ts';
import type { UploadedFile } from '../../../app/documents/uploadDocumentFile.ts';
import { Enum, Uuid } from '../common/schema.ts';

export const DOCUMENT_STATUSES = ['missing', 'uploaded', 'checked', 'rejected'] as const;
export const MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const CaseParams = Type.Object({ id: Type.String() }, { additionalProperties: false });
export const DocumentParams = Type.Object({ id: Type.String(), documentId: Type.String() }, { additionalProperties: false });
export const FileParams = Type.Object({ id: Type.String(), documentId: Type.String(), fileId: Type.String() }, { additionalProperties: false });

export const DocumentFileSchema = Type.Object(
  {
    id: Uuid,
    originalName: Type.String({ description: 'the name it was uploaded under' }),
    sizeBytes: Type.Integer(),
    mediaType: Enum(MEDIA_TYPES),
    sha256: Type.String({ description: 'hex SHA-256 of the content' }),
    uploadedAt: Type.String({ format: 'date-time' }),
    uploadedByName: Type.Union([Type.String(), Type.Null()]),
    href: Type.String({ description: 'where to download it (always as an attachment)' }),
  },
  { $id: 'CaseDocumentFile', title: 'CaseDocumentFile' },
);

export const CaseDocumentSchema = Type.Object(
  {
    id: Uuid,
    planDocumentId: Type.Union([Type.String(), Type.Null()], { description: 'the plan’s document id, e.g. "passport"; null for one added by hand' }),
    label: Type.String({ description: 'German label' }),
    labelEn: Type.Union([Type.String(), Type.Null()]),
    providedBy: Type.Union([Type.String(), Type.Null()], { description: 'who provides it: company, candidate, recognition-body, ba, immigration-office, mission, landlord' }),
    status: Enum(DOCUMENT_STATUSES),
    rejectReason: Type.Union([Type.String(), Type.Null()]),
    reviewedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    reviewedByName: Type.Union([Type.String(), Type.Null()]),
    currentFile: Type.Union([DocumentFileSchema, Type.Null()], { description: 'the latest upload' }),
    fileCount: Type.Integer(),
  },
  { $id: 'CaseDocument', title: 'CaseDocument' },
);

export const UploadedFileSchema = Type.Object({
  id: Uuid,
  caseDocumentId: Uuid,
  originalName: Type.String(),
  mediaType: Enum(MEDIA_TYPES),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  href: Type.String(),
});

export const ReviewBody = Type.Object(
  {
    decision: Enum(['checked', 'rejected']),
    reason: Type.Optional(Type.String({ maxLength: 1000, description: 'required for "rejected": what is wrong (the company sees it)' })),
  },
  { additionalProperties: false },
);

export const filePath = (caseId: string, documentId: string, fileId: string) => `/api/v1/cases/${caseId}/documents/${documentId}/files/${fileId}`;

function fileJson(caseId: string, documentId: string, f: DocumentFileView) {
  return { ...f, uploadedAt: f.uploadedAt.toISOString(), href: filePath(caseId, documentId, f.id) };
}

export function caseDocumentJson(caseId: string, d: CaseDocumentView) {
  return { ...d, reviewedAt: d.reviewedAt?.toISOString() ?? null, currentFile: d.currentFile === null ? null : fileJson(caseId, d.id, d.currentFile) };
}

export function uploadedFileJson(caseId: string, f: UploadedFile) {
  return { ...f, href: filePath(caseId, f.caseDocumentId, f.id) };
}
