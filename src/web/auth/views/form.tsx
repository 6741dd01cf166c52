// Form building blocks of the account pages: the shared error summary, form groups and CSRF field
// (../../shell/form.tsx) with the account catalogue's texts, and the notice box.

import type { FieldError } from '../../../app/accounts/accounts.ts';
import type { Lang } from '../../../i18n/index.ts';
import { ErrorSummary as SharedErrorSummary, FormGroup, SelectControl } from '../../shell/form.tsx';
import { am, fieldErrorText } from '../messages/index.ts';

export { CsrfField, Notice } from '../../shell/form.tsx';

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
  return <SharedErrorSummary title={am(state.lang).errorSummaryTitle} items={items.map((e) => ({ href: `#${e.field}`, text: e.text }))} />;
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
  const m = am(state.lang);
  return (
    <FormGroup name={name} label={label} hint={hint} error={errorText(state, name)} optional={optional} optionalText={m.optional} errorPrefix={m.errorPrefix}>
      {(describedBy, invalid) => (
        <input
          type={type}
          id={name}
          name={name}
          value={keepValue && type !== 'password' ? (state.values[name] ?? '') : ''}
          autocomplete={autocomplete}
          required={!optional}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy}
          spellcheck={type === 'email' || type === 'password' ? false : undefined}
          class={width === 20 ? 'input-width-20' : undefined}
        />
      )}
    </FormGroup>
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
  return (
    <FormGroup name={name} label={label} hint={hint} error={errorText(state, name)} errorPrefix={am(state.lang).errorPrefix}>
      {(describedBy, invalid) => (
        <SelectControl name={name} options={options} current={state.values[name]} describedBy={describedBy} invalid={invalid} />
      )}
    </FormGroup>
  );
}
