import type { Lang } from '../../../i18n/index.ts';
import type { Role } from '../../../policies/index.ts';
import { am } from '../messages/index.ts';
import { CsrfField, ErrorSummary, Field } from './form.tsx';
import type { FormState } from './form.tsx';
import { Shell } from '../../shell/Shell.tsx';
import { sm } from '../../shell/messages/index.ts';

export function InvitationPage({
  lang,
  currentUrl,
  csrfToken,
  state,
  action,
  tenantName,
  email,
  role,
}: {
  lang: Lang;
  currentUrl: string;
  csrfToken: string;
  state: FormState;
  action: string;
  tenantName: string;
  email: string;
  role: Role;
}) {
  const m = am(lang);
  return (
    <Shell lang={lang} title={m.invitation.title} currentUrl={currentUrl}>
      <div class="auth-page">
        <ErrorSummary state={state} />
        <h1>{m.invitation.title}</h1>
        <p class="lead">{m.invitation.lead(tenantName)}</p>
        <dl class="summary-list">
          <dt>{m.invitation.emailLabel}</dt>
          <dd>{email}</dd>
          <dt>{m.invitation.roleLabel}</dt>
          <dd>{sm(lang).roles[role]}</dd>
        </dl>
        <form method="post" action={action} novalidate>
          <CsrfField token={csrfToken} />
          {/* lets password managers store the new password under the right account */}
          <input type="hidden" name="username" value={email} autocomplete="username" />
          <Field state={state} name="name" label={m.fields.name} autocomplete="name" />
          <Field state={state} name="password" label={m.fields.password} type="password" autocomplete="new-password" hint={m.passwordHint} />
          <Field state={state} name="passwordRepeat" label={m.fields.passwordRepeat} type="password" autocomplete="new-password" />
          <div class="button-group">
            <button type="submit" class="button">
              {m.invitation.submit}
            </button>
          </div>
        </form>
      </div>
    </Shell>
  );
}
