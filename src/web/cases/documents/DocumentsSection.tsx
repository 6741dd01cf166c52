// The documents section of the case page: the checklist with each document's status, its current file (a download
// link: always an attachment), an upload form per document (multipart, works without JavaScript) and, for the
// office's staff, the review buttons (checked; rejected with a reason the company sees).

import type { Lang } from '../../../i18n/index.ts';
import type { CaseDocumentView } from '../../../app/documents/listCaseDocuments.ts';
import { CsrfField, FormGroup } from '../../shell/form.tsx';
import { wm } from '../../shell/domain/messages/index.ts';
import { cm } from '../../check/messages/index.ts';
import { dm } from './messages/index.ts';
import { downloadPath, reviewPath, uploadPath } from './paths.ts';

export function byteSize(lang: Lang, bytes: number): string {
  const n = (v: number) => v.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${n(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${n(bytes / 1024)} KB`;
  return `${bytes} B`;
}

export function dateTime(lang: Lang, d: Date): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(d);
}

const STATUS_TAG: Record<string, string> = { missing: 'tag tag-neutral', uploaded: 'tag tag-warning', checked: 'tag tag-success', rejected: 'tag tag-error' };

export function DocumentsSection({
  lang,
  caseId,
  csrfToken,
  documents,
  mayUpload,
  mayReview,
  uploadMaxBytes,
}: {
  lang: Lang;
  caseId: string;
  csrfToken: string;
  documents: CaseDocumentView[];
  mayUpload: boolean;
  mayReview: boolean;
  uploadMaxBytes: number;
}) {
  const m = dm(lang);
  const actors = cm(lang).actors;
  const missing = documents.filter((d) => d.status === 'missing' || d.status === 'rejected').length;
  return (
    <section id="documents" aria-labelledby="documents-title" class="case-documents">
      <h2 id="documents-title">{m.title}</h2>
      {documents.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <>
          <p>{m.intro}</p>
          <p>{m.missingCount(missing, documents.length)}</p>
          <ul class="ws-contacts">
            {documents.map((d) => {
              const label = lang === 'en' ? (d.labelEn ?? d.label) : d.label;
              const f = d.currentFile;
              return (
                <li key={d.id} id={`document-${d.id}`}>
                  <h3>{label}</h3>
                  <dl class="ws-details">
                    <div class="ws-row">
                      <dt>{m.providedBy}</dt>
                      <dd>{d.providedBy ? (actors[d.providedBy] ?? d.providedBy) : wm(lang).none}</dd>
                    </div>
                    <div class="ws-row">
                      <dt>{m.status}</dt>
                      <dd>
                        <span class={STATUS_TAG[d.status] ?? 'tag'}>{m.statuses[d.status] ?? d.status}</span>
                        {d.reviewedAt && (d.status === 'checked' || d.status === 'rejected') ? <> ({m.reviewedBy(d.reviewedByName, dateTime(lang, d.reviewedAt))})</> : null}
                      </dd>
                    </div>
                    {d.status === 'rejected' && d.rejectReason ? (
                      <div class="ws-row">
                        <dt>{m.rejectReason}</dt>
                        <dd>{d.rejectReason}</dd>
                      </div>
                    ) : null}
                    <div class="ws-row">
                      <dt>{m.currentFile}</dt>
                      <dd>
                        {f === null ? (
                          m.noFile
                        ) : (
                          <>
                            <a href={downloadPath(caseId, d.id, f.id)} download={f.originalName} aria-label={m.download(f.originalName)}>
                              {f.originalName}
                            </a>{' '}
                            ({byteSize(lang, f.sizeBytes)}, {m.uploadedBy(f.uploadedByName, dateTime(lang, f.uploadedAt))})
                            {d.fileCount > 1 ? <> · {m.earlierFiles(d.fileCount - 1)}</> : null}
                          </>
                        )}
                      </dd>
                    </div>
                  </dl>
                  {mayUpload ? (
                    <form method="post" action={uploadPath(caseId, d.id)} enctype="multipart/form-data" class="case-document-upload">
                      {/* first in the form: the server reads the token before the file (routes.ts) */}
                      <CsrfField token={csrfToken} />
                      <FormGroup name={`file-${d.id}`} label={m.fileLabel(label)} hint={m.fileHint(byteSize(lang, uploadMaxBytes))} error={undefined} errorPrefix={wm(lang).errorPrefix}>
                        {(describedBy) => (
                          <input type="file" id={`file-${d.id}`} name="file" required accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby={describedBy} />
                        )}
                      </FormGroup>
                      <button type="submit" class="button button-secondary">
                        {f === null ? m.upload : m.uploadNew}
                      </button>
                    </form>
                  ) : null}
                  {mayReview && f !== null ? (
                    <div class="case-document-review">
                      {d.status !== 'checked' ? (
                        <form method="post" action={reviewPath(caseId, d.id)} class="inline-form">
                          <CsrfField token={csrfToken} />
                          <input type="hidden" name="decision" value="checked" />
                          <button type="submit" class="button">
                            {m.markChecked}
                          </button>
                        </form>
                      ) : null}
                      <details class="ws-add">
                        <summary>{m.rejectSummary}</summary>
                        <RejectForm lang={lang} caseId={caseId} documentId={d.id} csrfToken={csrfToken} />
                      </details>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** The rejection form (with its reason); shown again with the error on the refusal page. */
export function RejectForm({ lang, caseId, documentId, csrfToken, reason = '', error }: { lang: Lang; caseId: string; documentId: string; csrfToken: string; reason?: string; error?: string }) {
  const m = dm(lang);
  return (
    <form method="post" action={reviewPath(caseId, documentId)} novalidate>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="decision" value="rejected" />
      <FormGroup name={`reason-${documentId}`} label={m.reasonLabel} error={error} errorPrefix={wm(lang).errorPrefix}>
        {(describedBy, invalid) => (
          <textarea id={`reason-${documentId}`} name="reason" rows={3} maxLength={1000} required aria-describedby={describedBy} aria-invalid={invalid || undefined}>
            {reason}
          </textarea>
        )}
      </FormGroup>
      <button type="submit" class="button button-warning">
        {m.reject}
      </button>
    </form>
  );
}
