// Form building blocks of the account pages: error summary, labelled inputs with hint and error, the hidden CSRF
// field. Every control has a visible label; hint and error are tied to it with aria-describedby; a wrong field has
// aria-invalid. After a failed submit the error summary takes focus (autofocus on a focusable region: no script).

import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../../app/accounts.ts';
import type { Lang } from '../../../i18n/index.ts';
import { am, fieldErrorText } from '../messages.ts';

export interface FormState {
  lang: Lang;
  values: Record<string, string>;
  errors: FieldError[];
  /** form-level messages (wrong password, throttling) shown in the summary, linked to `field` */
  summary?: { field: string; text: string }[];
}

export function errorText(state: FormState, field: string): string | undefined {
  const e = state.errors.find((x) => x.field === field);
  if (e) return fieldErrorText(state.lang, e.code, field);
  return state.summary?.find((x) => x.field === field)?.text;
}

export function ErrorSummary({ state }: { state: FormState }) {
  const items = [
    ...state.errors.map((e) => ({ field: e.field, text: fieldErrorText(state.lang, e.code, e.field) })),
    ...(state.summary ?? []),
  ];
  if (items.length === 0) return null;
  return (
    <div class="error-summary" tabIndex={-1} autofocus aria-labelledby="error-summary-title" id="error-summary">
      <h2 class="error-summary-title" id="error-summary-title">
        {am(state.lang).errorSummaryTitle}
      </h2>
      <ul>
        {items.map((e, i) => (
          <li key={`${e.field}-${i}`}>
            <a href={`#${e.field}`}>{e.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function Field({
  state,
  name,
  label,
  hint,
  type = 'text',
  autocomplete,
  optional,
  keepValue = true,
  width,
}: {
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  autocomplete?: string;
  optional?: boolean;
  /** passwords are never sent back to the browser */
  keepValue?: boolean;
  width?: 20;
}) {
  const error = errorText(state, name);
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'form-group form-group-error' : 'form-group'}>
      <label for={name}>
        {label}
        {optional ? <span class="label-optional"> {am(state.lang).optional}</span> : null}
      </label>
      {hint ? (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={errorId}>
          <span class="visually-hidden">{am(state.lang).errorPrefix} </span>
          {error}
        </p>
      ) : null}
      <input
        type={type}
        id={name}
        name={name}
        value={keepValue && type !== 'password' ? (state.values[name] ?? '') : ''}
        autocomplete={autocomplete}
        required={!optional}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        spellcheck={type === 'email' || type === 'password' ? false : undefined}
        class={width === 20 ? 'input-width-20' : undefined}
      />
    </div>
  );
}

export function SelectField({
  state,
  name,
  label,
  hint,
  options,
}: {
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
}) {
  const error = errorText(state, name);
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div class={error ? 'form-group form-group-error' : 'form-group'}>
      <label for={name}>{label}</label>
      {hint ? (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={errorId}>
          <span class="visually-hidden">{am(state.lang).errorPrefix} </span>
          {error}
        </p>
      ) : null}
      <select id={name} name={name} aria-invalid={error ? 'true' : undefined} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={state.values[name] === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Notice({ kind, title, children }: { kind: 'success' | 'error' | 'quiet' | 'important'; title?: string; children?: ComponentChildren }) {
  return (
    <div class={`notice notice-${kind}`} role={kind === 'success' ? 'status' : undefined}>
      {title ? <p class="notice-title">{title}</p> : null}
      {children}
    </div>
  );
}
