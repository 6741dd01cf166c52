// Form building blocks of the questionnaire: text/date/number fields, selects and radio groups over the shared
// error summary, form groups and fieldset groups (../../shell/form.tsx), with the questionnaire catalogue's texts.

import type { ComponentChildren } from 'preact';
import type { Lang } from '../../../i18n/index.ts';
import type { FieldError, FormValues } from '../answers.ts';
import { Choices, FieldsetGroup, FormGroup, ErrorSummary as SharedErrorSummary } from '../../shell/form.tsx';
import type { ChoiceOption } from '../../shell/form.tsx';
import { cm } from '../messages/index.ts';

export interface FormState {
  values: FormValues;
  errors: FieldError[];
  lang: Lang;
}

export function errorOf(state: FormState, field: string): string | undefined {
  return state.errors.find((e) => e.field === field)?.message[state.lang];
}

export function ErrorSummary({ state, anchors }: { state: FormState; anchors?: Record<string, string> }) {
  return (
    <SharedErrorSummary
      title={cm(state.lang).errorSummaryTitle}
      items={state.errors.map((e) => ({ href: `#${anchors?.[e.field] ?? e.field}`, text: e.message[state.lang] }))}
    />
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
  const m = cm(state.lang);
  return (
    <FormGroup name={name} label={label} hint={hint} error={errorOf(state, name)} optional={optional} optionalText={m.optional} errorPrefix={m.errorPrefix}>
      {(describedBy, invalid) => (
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
          aria-describedby={describedBy}
          aria-invalid={invalid ? 'true' : undefined}
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
  placeholder,
}: BaseProps & { options: Array<{ value: string; label: string }>; placeholder?: string }) {
  const current = state.values[name] ?? '';
  return (
    <FormGroup name={name} label={label} hint={hint} error={errorOf(state, name)} errorPrefix={cm(state.lang).errorPrefix}>
      {(describedBy, invalid) => (
        <select id={name} name={name} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined}>
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
      )}
    </FormGroup>
  );
}

export type RadioOption = ChoiceOption;

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
  const current = state.values[name] ?? '';
  return (
    <FieldsetGroup name={name} legend={label} hint={hint} error={errorOf(state, name)} errorPrefix={cm(state.lang).errorPrefix} legendClass={legendClass}>
      <div class={inline ? 'choices choices-inline' : 'choices'}>
        <Choices type="radio" name={name} options={options} checked={(v) => current === v} />
      </div>
      {children}
    </FieldsetGroup>
  );
}
