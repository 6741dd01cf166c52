// The page after a check was deleted.

import type { Lang } from '../../../../i18n/index.ts';
import { Layout } from '../../../shell/Layout.tsx';
import { cm } from '../../messages/index.ts';

/** After "delete this check now": the check is gone; offer a new one. */
export function DeletedPage({ lang, currentUrl }: { lang: Lang; currentUrl: string }) {
  const m = cm(lang).result.deleted;
  return (
    <Layout lang={lang} title={m.title} currentUrl={currentUrl}>
      <div class="prose">
        <h1>{m.title}</h1>
        <p class="lead">{m.lead}</p>
        <p>
          <a class="button" href="/check">
            {m.startNew}
          </a>
        </p>
      </div>
    </Layout>
  );
}
