// The form to change a contact person.

import { Shell } from '../../shell/Shell.tsx';
import { wm } from '../../shell/domain/messages/index.ts';
import { Csrf, ErrorSummary, Input } from '../form.tsx';
import type { PageBase, WsState } from '../form.tsx';
import { contactLabels } from '../../shell/domain/labels.ts';

export function ContactFormPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  action,
  title,
  cancelHref,
}: PageBase & { csrfToken: string; state: WsState; action: string; title: string; cancelHref: string }) {
  const m = wm(lang);
  const c = m.company;
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      <ErrorSummary state={state} labels={contactLabels(lang)} />
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        <Input state={state} name="name" label={c.contactName} optional={false} />
        <Input state={state} name="role" label={c.contactRole} />
        <Input state={state} name="email" label={c.contactEmail} type="email" />
        <Input state={state} name="phone" label={c.contactPhone} type="tel" />
        <div class="button-group">
          <button type="submit" class="button">
            {m.save}
          </button>
          <a href={cancelHref}>{m.cancel}</a>
        </div>
      </form>
    </Shell>
  );
}
