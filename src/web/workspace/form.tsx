// The form kit of the workspace pages: the shell's form groups (../shell/form.tsx) over the workspace's form state
// (values, lists of checkboxes, the use cases' field errors) and the workspace catalogue's texts.

import type { ComponentChildren } from 'preact';
import type { Lang } from '../../i18n/index.ts';
import type { WorkspaceFieldError } from '../../app/common/errors.ts';
import type { PageUser } from '../shell/Shell.tsx';
import { Choices as ChoiceList, CsrfField as Csrf, FieldsetGroup, FormGroup, ErrorSummary as SharedErrorSummary, SelectControl } from '../shell/form.tsx';
import { wm } from '../shell/domain/messages/index.ts';
import type { Action } from '../../policies/index.ts';
import { iscoLabel } from '../shell/domain/labels.ts';

export interface WsState {
  lang: Lang;
  /** submitted values; lists (checkboxes) as arrays */
  values: Record<string, string | string[]>;
  errors: WorkspaceFieldError[];
}

export interface PageBase {
  lang: Lang;
  currentUrl: string;
  user: PageUser;
}

/** The text of a field error in the page's language; an occupation by name says what was typed and what it could be. */
export function errorText(lang: Lang, e: WorkspaceFieldError): string {
  const m = wm(lang);
  if (e.code === 'occupationUnknown' && e.term) return m.consultation.occupationUnknown(e.term);
  if (e.code === 'occupationAmbiguous' && e.term) return m.consultation.occupationAmbiguous(e.term, (e.suggestions ?? []).map((c) => iscoLabel(lang, c)).join('; '));
  return m.errors[e.code];
}

export function errorOf(state: WsState, field: string): string | undefined {
  const e = state.errors.find((x) => x.field === field);
  return e ? errorText(state.lang, e) : undefined;
}

export function valueOf(state: WsState, field: string): string {
  const v = state.values[field];
  return Array.isArray(v) ? v.join(', ') : (v ?? '');
}

export function listOf(state: WsState, field: string): string[] {
  const v = state.values[field];
  return Array.isArray(v) ? v : v ? [v] : [];
}

/** The errors in the order of the form's fields (the order of `labels`), whatever order the use case found them in. */
export function ErrorSummary({ state, labels }: { state: WsState; labels: Record<string, string> }) {
  const m = wm(state.lang);
  const order = Object.keys(labels);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const errors = [...state.errors].sort((a, b) => rank(a.field) - rank(b.field));
  return <SharedErrorSummary title={m.errorSummaryTitle} items={errors.map((e) => ({ href: `#${e.field}`, text: `${labels[e.field] ?? e.field}: ${errorText(state.lang, e)}` }))} />;
}

export function Group({
  state,
  name,
  label,
  hint,
  optional,
  children,
}: {
  state: WsState;
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}) {
  const m = wm(state.lang);
  return (
    <FormGroup name={name} label={label} hint={hint} error={errorOf(state, name)} optional={optional} optionalText={m.optional} errorPrefix={m.errorPrefix}>
      {children}
    </FormGroup>
  );
}

export function Input({
  state,
  name,
  label,
  hint,
  optional = true,
  type = 'text',
  autocomplete,
  inputMode,
}: {
  state: WsState;
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'email' | 'date' | 'tel';
  autocomplete?: string;
  inputMode?: 'numeric';
}) {
  return (
    <Group state={state} name={name} label={label} hint={hint} optional={optional}>
      {(describedBy, invalid) => (
        <input
          type={type}
          id={name}
          name={name}
          value={valueOf(state, name)}
          required={!optional}
          autocomplete={autocomplete}
          inputMode={inputMode}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy}
        />
      )}
    </Group>
  );
}

export function TextArea({ state, name, label, hint }: { state: WsState; name: string; label: string; hint?: string }) {
  return (
    <Group state={state} name={name} label={label} hint={hint} optional>
      {(describedBy, invalid) => (
        <textarea id={name} name={name} rows={5} aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy}>
          {valueOf(state, name)}
        </textarea>
      )}
    </Group>
  );
}

export function Select({
  state,
  name,
  label,
  hint,
  options,
  optional = true,
  placeholder,
}: {
  state: WsState;
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  optional?: boolean;
  /** a required choice: the empty first entry ("please choose"), so that nothing is chosen without the user choosing */
  placeholder?: string;
}) {
  const current = valueOf(state, name);
  return (
    <Group state={state} name={name} label={label} hint={hint} optional={optional}>
      {(describedBy, invalid) => (
        <SelectControl
          name={name}
          options={options}
          current={current}
          required={!optional}
          emptyOption={optional ? wm(state.lang).none : placeholder}
          describedBy={describedBy}
          invalid={invalid}
        />
      )}
    </Group>
  );
}

/** Radio buttons or checkboxes in a fieldset; the first control carries the field's id for the error summary. */
export function Choices({
  state,
  name,
  legend,
  hint,
  options,
  multiple,
}: {
  state: WsState;
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  multiple?: boolean;
}) {
  const chosen = listOf(state, name);
  return (
    <FieldsetGroup name={name} legend={legend} hint={hint} error={errorOf(state, name)} errorPrefix={wm(state.lang).errorPrefix} fieldsetClass="choices">
      <ChoiceList type={multiple ? 'checkbox' : 'radio'} name={name} options={options} checked={(v) => chosen.includes(v)} />
    </FieldsetGroup>
  );
}

/** The hidden CSRF field of the workspace forms. */
export { Csrf };

/** What the signed-in user may do, by the policy module (the page base of every workspace route). */
export function may(user: PageUser, action: Action, companyId?: string | null): boolean {
  return user.may?.(action, companyId) ?? false;
}
