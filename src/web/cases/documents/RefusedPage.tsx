// The page a refused upload or review answers with (400, 413 for a file over the limit): what was wrong, each error
// naming its field, that nothing was stored, the rejection form again with the reason kept, and the way back to the
// case. (The case page's own section can show these errors in place once it is there; this page needs nothing of it.)

import type { Lang } from '../../../i18n/index.ts';
import type { WorkspaceFieldError } from '../../../app/common/errors.ts';
import { Shell } from '../../shell/Shell.tsx';
import type { PageUser } from '../../shell/Shell.tsx';
import { wm } from '../../shell/domain/messages/index.ts';
import { RejectForm } from './DocumentsSection.tsx';
import { dm } from './messages/index.ts';
import { documentsPath } from './paths.ts';

export function RefusedPage({
  lang,
  currentUrl,
  user,
  kind,
  caseId,
  documentId,
  errors,
  maxSize,
  csrfToken,
  reason,
}: {
  lang: Lang;
  currentUrl: string;
  user: PageUser;
  kind: 'upload' | 'review';
  caseId: string;
  documentId: string;
  errors: WorkspaceFieldError[];
  /** the upload limit, for the message of a file over it */
  maxSize: string;
  csrfToken: string;
  /** the rejection reason as sent, when a rejection was refused */
  reason?: string;
}) {
  const m = dm(lang);
  const w = wm(lang);
  const title = kind === 'upload' ? m.refusedTitle : m.reviewRefusedTitle;
  const text = (e: WorkspaceFieldError) => (e.code === 'fileTooLarge' ? m.tooLarge(maxSize) : e.code === 'required' && e.field === 'file' ? m.noFilePart : w.errors[e.code]);
  const reasonError = errors.find((e) => e.field === 'reason');
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      <div class="error-summary" tabIndex={-1} autofocus aria-labelledby="error-summary-title" id="error-summary">
        <h2 class="error-summary-title" id="error-summary-title">
          {w.errorSummaryTitle}
        </h2>
        <ul>
          {errors.map((e, i) => (
            <li key={`${e.field}-${i}`} data-field={e.field}>
              {m.field[e.field] ?? e.field}: {text(e)}
            </li>
          ))}
        </ul>
      </div>
      <p>{kind === 'upload' ? m.refusedIntro : null}</p>
      {kind === 'review' && reason !== undefined ? (
        <RejectForm lang={lang} caseId={caseId} documentId={documentId} csrfToken={csrfToken} reason={reason} error={reasonError ? text(reasonError) : undefined} />
      ) : null}
      <p>
        <a class="button button-secondary" href={documentsPath(caseId)}>
          {m.backToCase}
        </a>
      </p>
    </Shell>
  );
}
