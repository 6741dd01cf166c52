// Setting a new password from the link in the mail.

import type { Lang } from '../../../i18n/index.ts';
import { am } from '../messages/index.ts';
import { CsrfField, ErrorSummary, Field } from './form.tsx';
import type { FormState } from './form.tsx';
import { Shell } from '../../shell/Shell.tsx';

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
