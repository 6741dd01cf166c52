// Form building blocks of the questionnaire: error summary, text/date/number fields, selects and radio groups.
// Every control has a visible label, its hint and error tied to it with aria-describedby, and aria-invalid when
// wrong. The error summary takes focus on load after a failed submit (autofocus on a focusable region: no script).

import type { ComponentChildren } from 'preact';
import type { Lang } from '../../../i18n/index.ts';
import type { FieldError, FormValues } from '../answers.ts';
import { cm } from '../messages.ts';

export interface FormState {
  values: FormValues;
  errors: FieldError[];
  lang: Lang;
}

export function errorOf(state: FormState, field: string): string | undefined {
  return state.errors.find((e) => e.field === field)?.message[state.lang];
}

export function ErrorSummary({ state, anchors }: { state: FormState; anchors?: Record<string, string> }) {
  if (state.errors.length === 0) return null;
  const m = cm(state.lang);
  return (
    <div class="error-summary" tabIndex={-1} autofocus aria-labelledby="error-summary-title" id="error-summary">
      <h2 class="error-summary-title" id="error-summary-title">
        {m.errorSummaryTitle}
      </h2>
      <ul>
        {state.errors.map((e) => (
          <li key={e.field}>
            <a href={`#${anchors?.[e.field] ?? e.field}`}>{e.message[state.lang]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string' && x !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

function FieldErrorText({ id, text, lang }: { id: string; text: string | undefined; lang: Lang }) {
  if (text === undefined) return null;
  return (
    <p class="field-error" id={id}>
      <span class="visually-hidden">{cm(lang).errorPrefix} </span>
      {text}
    </p>
  );
}

interface BaseProps {
  state: FormState;
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
}

export function InputField({
  state,
  name,
  label,
  hint,
  optional,
  type = 'text',
  inputMode,
  width,
  list,
  autocomplete,
}: BaseProps & { type?: 'text' | 'date' | 'search'; inputMode?: 'numeric' | 'decimal'; width?: 4 | 10 | 20; list?: string; autocomplete?: string }) {
  const error = errorOf(state, name);
  return (
    <div class={error ? 'form-group form-group-error' : 'form-group'}>
      <label for={name}>
        {label}
        {optional ? <span class="label-optional"> {cm(state.lang).optional}</span> : null}
      </label>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldErrorText id={`${name}-error`} text={error} lang={state.lang} />
      <input
        type={type}
        id={name}
        name={name}
        value={state.values[name] ?? ''}
        class={width ? `input-width-${width}` : undefined}
        inputMode={inputMode}
        list={list}
        autocomplete={autocomplete ?? 'off'}
        maxLength={200}
        aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)}
        aria-invalid={error ? 'true' : undefined}
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
  placeholder,
}: BaseProps & { options: Array<{ value: string; label: string }>; placeholder?: string }) {
  const error = errorOf(state, name);
  const current = state.values[name] ?? '';
  return (
    <div class={error ? 'form-group form-group-error' : 'form-group'}>
      <label for={name}>{label}</label>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldErrorText id={`${name}-error`} text={error} lang={state.lang} />
      <select
        id={name}
        name={name}
        aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)}
        aria-invalid={error ? 'true' : undefined}
      >
        {placeholder !== undefined ? (
          <option value="" selected={current === ''}>
            {placeholder}
          </option>
        ) : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

/** A radio group; the first radio's id is the field name, so that the error summary can link to it. */
export function RadioGroup({
  state,
  name,
  label,
  hint,
  options,
  inline,
  legendClass,
  children,
}: BaseProps & { options: RadioOption[]; inline?: boolean; legendClass?: string; children?: ComponentChildren }) {
  const error = errorOf(state, name);
  const current = state.values[name] ?? '';
  return (
    <div class={error ? 'form-group form-group-error' : 'form-group'}>
      <fieldset aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)}>
        <legend class={legendClass}>{label}</legend>
        {hint ? (
          <p class="hint" id={`${name}-hint`}>
            {hint}
          </p>
        ) : null}
        <FieldErrorText id={`${name}-error`} text={error} lang={state.lang} />
        <div class={inline ? 'choices choices-inline' : 'choices'}>
          {options.map((o, i) => {
            const id = i === 0 ? name : `${name}-${o.value}`;
            return (
              <div class="choice" key={o.value}>
                <input
                  type="radio"
                  id={id}
                  name={name}
                  value={o.value}
                  checked={current === o.value}
                  aria-describedby={o.hint ? `${id}-hint` : undefined}
                />
                <label for={id}>
                  {o.label}
                  {o.hint ? (
                    <span class="hint choice-hint" id={`${id}-hint`}>
                      {o.hint}
                    </span>
                  ) : null}
                </label>
              </div>
            );
          })}
        </div>
        {children}
      </fieldset>
    </div>
  );
}
