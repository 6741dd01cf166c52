// What Lotse is, the service office, open source, data protection in brief, the disclaimer.

import type { Lang } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';
import { Layout } from '../shell/Layout.tsx';
import type { LayoutUser } from '../shell/Layout.tsx';

export interface AboutPageProps {
  lang: Lang;
  currentUrl: string;
  user?: LayoutUser | null;
}

export function AboutPage({ lang, currentUrl, user }: AboutPageProps) {
  const a = t(lang).about;
  return (
    <Layout lang={lang} title={a.title} currentUrl={currentUrl} user={user}>
      <div class="prose">
        <h1>{a.heading}</h1>
        <p class="lead">{a.lead}</p>

        <section aria-labelledby="what" class="section">
          <h2 id="what">{a.whatHeading}</h2>
          <ul>
            {a.whatItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="office" class="section">
          <h2 id="office">{a.officeHeading}</h2>
          <p>{a.officeText}</p>
        </section>

        <section aria-labelledby="open-source" class="section">
          <h2 id="open-source">{a.openSourceHeading}</h2>
          <p>{a.openSourceText}</p>
        </section>

        <section aria-labelledby="privacy" class="section">
          <h2 id="privacy">{a.privacyHeading}</h2>
          <ul>
            {a.privacyItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>{a.privacyMore}</p>
        </section>

        <section aria-labelledby="disclaimer" class="section notice notice-important">
          <h2 id="disclaimer" class="notice-title">
            {a.disclaimerHeading}
          </h2>
          <p>{a.disclaimerText}</p>
        </section>
      </div>
    </Layout>
  );
}
