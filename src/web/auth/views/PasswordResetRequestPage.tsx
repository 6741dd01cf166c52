// Asking for a password reset: the e-mail address (answered the same whether an account exists or not).

import type { Lang } from '../../../i18n/index.ts';
import { am } from '../messages/index.ts';
import { CsrfField, ErrorSummary, Field } from './form.tsx';
import type { FormState } from './form.tsx';
import { Shell } from '../../shell/Shell.tsx';

export function PasswordResetRequestPage({ lang, currentUrl, csrfToken, state }: { lang: Lang; currentUrl: string; csrfToken: string; state: FormState }) {
  const m = am(lang);
  return (
    <Shell lang={lang} title={m.resetRequest.title} currentUrl={currentUrl}>
      <div class="auth-page">
        <ErrorSummary state={state} />
        <h1>{m.resetRequest.title}</h1>
        <p class="lead">{m.resetRequest.lead}</p>
        <form method="post" action="/password-reset" novalidate>
          <CsrfField token={csrfToken} />
          <Field state={state} name="email" label={m.fields.email} type="email" autocomplete="username" />
          <div class="button-group">
            <button type="submit" class="button">
              {m.resetRequest.submit}
            </button>
          </div>
        </form>
        <p>
          <a href="/login">{m.resetRequest.backToLogin}</a>
        </p>
      </div>
    </Shell>
  );
}
