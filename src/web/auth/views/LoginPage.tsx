import type { Lang } from '../../../i18n/index.ts';
import { am } from '../messages/index.ts';
import { CsrfField, ErrorSummary, Field, Notice } from './form.tsx';
import type { FormState } from './form.tsx';
import { Shell } from '../../shell/Shell.tsx';

export function LoginPage({
  lang,
  currentUrl,
  csrfToken,
  state,
  next,
  notice,
}: {
  lang: Lang;
  currentUrl: string;
  csrfToken: string;
  state: FormState;
  next: string;
  notice?: string;
}) {
  const m = am(lang);
  return (
    <Shell lang={lang} title={m.login.title} currentUrl={currentUrl}>
      <div class="auth-page">
        <ErrorSummary state={state} />
        {notice ? <Notice kind="success">{<p>{notice}</p>}</Notice> : null}
        <h1>{m.login.title}</h1>
        <p class="lead">{m.login.lead}</p>
        <form method="post" action="/login" novalidate>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="next" value={next} />
          <Field state={state} name="email" label={m.fields.email} type="email" autocomplete="username" />
          <Field state={state} name="password" label={m.fields.password} type="password" autocomplete="current-password" />
          <div class="button-group">
            <button type="submit" class="button">
              {m.login.submit}
            </button>
          </div>
        </form>
        <p>
          <a href="/password-reset">{m.login.forgot}</a>
        </p>
      </div>
    </Shell>
  );
}
