// The partner form page: correct a partner of the directory, or remove it. The form controls are those of the other
// workspace forms (../form.tsx). A refused removal (the partner is named in referrals) comes back to this page with a
// notice that takes focus and says in how many consultations the partner is used.

import { Shell } from '../../shell/Shell.tsx';
import { sm } from '../../shell/messages/index.ts';
import { wm } from '../../shell/domain/messages/index.ts';
import { Csrf, ErrorSummary, may } from '../form.tsx';
import type { PageBase, WsState } from '../form.tsx';
import { PartnerFields, partnerFieldLabels } from './PartnersPage.tsx';

export function PartnerFormPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  partner,
  inUse,
}: PageBase & {
  csrfToken: string;
  state: WsState;
  partner: { id: string; name: string };
  /** the removal was refused: the number of consultations naming the partner */
  inUse?: number;
}) {
  const m = wm(lang);
  const p = m.partners;
  const title = p.editTitle(partner.name);
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      {inUse !== undefined ? (
        <div class="notice notice-important" role="alert" tabIndex={-1} autofocus id="delete-refused">
          <p class="notice-title">{p.inUseTitle}</p>
          <p>{p.inUse(inUse)}</p>
        </div>
      ) : null}
      {may(user, 'audit.read') ? (
        <p>
          <a href={`/admin/audit?entity=partner&entityId=${partner.id}`}>{sm(lang).nav.audit}</a>
        </p>
      ) : null}
      <ErrorSummary state={state} labels={partnerFieldLabels(lang)} />
      <form method="post" action={`/partners/${partner.id}/edit`} novalidate>
        <Csrf token={csrfToken} />
        <PartnerFields state={state} />
        <div class="button-group">
          <button type="submit" class="button">
            {m.save}
          </button>
          <a href={`/partners/${partner.id}`}>{m.cancel}</a>
        </div>
      </form>
      <section aria-labelledby="delete-title" class="ws-danger">
        <h2 id="delete-title">{p.deleteTitle}</h2>
        <p>{p.deleteText}</p>
        <form method="post" action={`/partners/${partner.id}/delete`}>
          <Csrf token={csrfToken} />
          <button type="submit" class="button button-warning">
            {p.deleteButton}
          </button>
        </form>
      </section>
    </Shell>
  );
}
