// The addresses of a case's documents: the pages' (forms, downloads) and where a form returns to.

const enc = encodeURIComponent;

/** The case page, at its documents section. */
export const documentsPath = (caseId: string) => `/cases/${enc(caseId)}#documents`;
export const uploadPath = (caseId: string, documentId: string) => `/cases/${enc(caseId)}/documents/${enc(documentId)}/files`;
export const downloadPath = (caseId: string, documentId: string, fileId: string) => `/cases/${enc(caseId)}/documents/${enc(documentId)}/files/${enc(fileId)}`;
export const reviewPath = (caseId: string, documentId: string) => `/cases/${enc(caseId)}/documents/${enc(documentId)}/review`;
