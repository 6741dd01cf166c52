import type { Lang } from '../../../i18n/index.ts';
import { am } from '../messages.ts';
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

export function PasswordResetPage({
  lang,
  currentUrl,
  csrfToken,
  state,
  action,
  email,
}: {
  lang: Lang;
  currentUrl: string;
  csrfToken: string;
  state: FormState;
  action: string;
  email: string;
}) {
  const m = am(lang);
  return (
    <Shell lang={lang} title={m.reset.title} currentUrl={currentUrl}>
      <div class="auth-page">
        <ErrorSummary state={state} />
        <h1>{m.reset.title}</h1>
        <p class="lead">{m.reset.lead(email)}</p>
        <form method="post" action={action} novalidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="username" value={email} autocomplete="username" />
          <Field state={state} name="password" label={m.fields.newPassword} type="password" autocomplete="new-password" hint={m.passwordHint} />
          <Field state={state} name="passwordRepeat" label={m.fields.newPasswordRepeat} type="password" autocomplete="new-password" />
          <div class="button-group">
            <button type="submit" class="button">
              {m.reset.submit}
            </button>
          </div>
        </form>
      </div>
    </Shell>
  );
}
