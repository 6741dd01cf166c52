// The start page of the check.

import type { Lang } from '../../../../i18n/index.ts';
import { Layout } from '../../../shell/Layout.tsx';
import { cm } from '../../messages/index.ts';

export function StartPage({ lang, currentUrl }: { lang: Lang; currentUrl: string }) {
  const m = cm(lang).start;
  return (
    <Layout lang={lang} title={m.title} currentUrl={currentUrl}>
      <div class="prose check-start">
        <h1>{m.heading}</h1>
        <p class="lead">{m.lead}</p>
        <h2>{m.needHeading}</h2>
        <ul>
          {m.need.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
        <p>{m.privacy}</p>
        <form method="post" action="/check">
          <button type="submit" class="button">
            {m.button}
          </button>
        </form>
      </div>
    </Layout>
  );
}
