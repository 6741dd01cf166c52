// The company form: create and edit; a possible duplicate asks for confirmation.

import { FEDERAL_STATES, SIZE_CLASSES, WZ_SECTIONS } from '../../../app/common/codes.ts';
import { Shell } from '../../shell/Shell.tsx';
import { landName } from '../../shell/domain/places.ts';
import { wm, wzSectionLabel } from '../../shell/domain/messages/index.ts';
import { Csrf, ErrorSummary, Input, Select, TextArea } from '../form.tsx';
import type { PageBase, WsState } from '../form.tsx';
import { companyLabels } from '../../shell/domain/labels.ts';

export function CompanyFormPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  action,
  title,
  cancelHref,
  duplicates,
}: PageBase & {
  csrfToken: string;
  state: WsState;
  action: string;
  title: string;
  cancelHref: string;
  duplicates?: { id: string; name: string; postcode: string | null; city: string | null }[];
}) {
  const m = wm(lang);
  const c = m.company;
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      <ErrorSummary state={state} labels={companyLabels(lang)} />
      {duplicates && duplicates.length > 0 ? (
        <div class="notice notice-important" tabIndex={-1} autofocus id="duplicates">
          <p class="notice-title">{c.duplicateTitle}</p>
          <p>{c.duplicateText}</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                <a href={`/companies/${d.id}`}>{[d.name, d.postcode, d.city].filter(Boolean).join(', ')}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        <Input state={state} name="name" label={c.name} optional={false} autocomplete="organization" />
        <Input state={state} name="street" label={c.street} autocomplete="street-address" />
        <Input state={state} name="postcode" label={c.postcode} autocomplete="postal-code" inputMode="numeric" />
        <Input state={state} name="city" label={c.city} autocomplete="address-level2" />
        <Input state={state} name="municipality" label={c.municipality} />
        <Select state={state} name="federalState" label={c.federalState} options={FEDERAL_STATES.map((s) => ({ value: s, label: landName(s, lang) }))} />
        <Input state={state} name="headcount" label={c.headcount} hint={c.headcountHint} inputMode="numeric" />
        <Select
          state={state}
          name="sizeClass"
          label={c.sizeClass}
          hint={c.sizeClassHint}
          options={SIZE_CLASSES.map((s) => ({ value: s, label: m.sizeClasses[s] }))}
        />
        <Select state={state} name="wzSection" label={c.wzSection} options={WZ_SECTIONS.map((s) => ({ value: s, label: wzSectionLabel(lang, s) }))} />
        <Input state={state} name="website" label={c.website} autocomplete="url" />
        <TextArea state={state} name="notes" label={c.notes} />
        {duplicates && duplicates.length > 0 ? (
          <div class="choice">
            <input type="checkbox" id="confirmDuplicate" name="confirmDuplicate" value="yes" />
            <label for="confirmDuplicate">{c.duplicateConfirm}</label>
          </div>
        ) : null}
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

// --- company page ----------------------------------------------------------------------------------------------
