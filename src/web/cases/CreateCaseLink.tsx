// "Create a case" on a check's result page (issue 14), for the office's staff when the check is the office's and
// complete. Rendered into the signed-in user's own frame of the page (src/web/check/result/routes.ts), never into the
// result page kept for every visitor of the check.

import type { Lang } from '../../i18n/index.ts';
import { cm } from './messages/index.ts';

export function CreateCaseLink({ lang, checkId }: { lang: Lang; checkId: string }) {
  const m = cm(lang).check;
  return (
    <div class="notice notice-quiet" id="create-case">
      <p>{m.createCaseHint}</p>
      <p>
        <a class="button" href={`/cases/new?check=${encodeURIComponent(checkId)}`}>
          {m.createCase}
        </a>
      </p>
    </div>
  );
}
