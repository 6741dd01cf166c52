// After asking for a password reset: look for the mail.

import type { Lang } from '../../../i18n/index.ts';
import { am } from '../messages/index.ts';
import { Shell } from '../../shell/Shell.tsx';

export function PasswordResetSentPage({ lang, currentUrl }: { lang: Lang; currentUrl: string }) {
  const m = am(lang);
  return (
    <Shell lang={lang} title={m.resetRequest.sentTitle} currentUrl={currentUrl}>
      <div class="prose auth-page">
        <h1>{m.resetRequest.sentTitle}</h1>
        <p class="lead">{m.resetRequest.sent}</p>
        <p>
          <a href="/login">{m.resetRequest.backToLogin}</a>
        </p>
      </div>
    </Shell>
  );
}
