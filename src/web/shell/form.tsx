// Form building blocks shared by the questionnaire, the account pages, the workspace, the audit trail and the
// reports: the error summary, a form group (label, optional marker, hint, field error), a fieldset group for radio
// buttons and checkboxes, the field error text and the hidden CSRF field. Every control has a visible label; hint
// and error are tied to it with aria-describedby; a wrong field has aria-invalid. After a failed submit the error
// summary takes focus (autofocus on a focusable region: no script).
//
// The texts (titles, "optional", the error prefix, the error messages) come from each caller's own message
// catalogue; these components only lay them out.

import type { ComponentChildren } from 'preact';

/** The ids a control is described by (hint, error), space-separated; undefined where there is none. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string' && x !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

/** The class of a form group: marked as wrong where it has an error. */
export function groupClass(error: unknown): string {
  return error ? 'form-group form-group-error' : 'form-group';
}

export interface SummaryItem {
  /** the fragment the entry links to, with its '#' */
  href: string;
  text: string;
}

/** The box above a form that lists what is wrong, each entry a link to its field; nothing where nothing is wrong. */
export function ErrorSummary({ title, items, autofocus = true }: { title: string; items: SummaryItem[]; autofocus?: boolean }) {
  if (items.length === 0) return null;
  return (
    <div class="error-summary" tabIndex={-1} autofocus={autofocus} aria-labelledby="error-summary-title" id="error-summary">
      <h2 class="error-summary-title" id="error-summary-title">
        {title}
      </h2>
      <ul>
        {items.map((e, i) => (
          <li key={`${e.href}-${i}`}>
            <a href={e.href}>{e.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface ErrorTextProps {
  /** the visually hidden prefix for screen readers ("Fehler:") */
  errorPrefix: string;
  /** the space between prefix and message outside the hidden span (the audit and report forms) instead of inside */
  spaceAfterPrefix?: boolean;
}

/** A field's error message with its hidden prefix; nothing where there is no error. */
export function FieldError({ id, text, errorPrefix, spaceAfterPrefix, autofocus }: ErrorTextProps & { id?: string; text: string | undefined; autofocus?: boolean }) {
  if (!text) return null;
  return (
    <p class="field-error" id={id} tabIndex={autofocus ? -1 : undefined} autofocus={autofocus || undefined}>
      {spaceAfterPrefix ? (
        <>
          <span class="visually-hidden">{errorPrefix}</span>{' '}
        </>
      ) : (
        <span class="visually-hidden">{errorPrefix} </span>
      )}
      {text}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint: string | undefined }) {
  return hint ? (
    <p class="hint" id={id}>
      {hint}
    </p>
  ) : null;
}

/** A labelled control with optional marker, hint and error; `children` renders the control (its id is `name`) from
 * the ids it is described by and whether it is wrong. */
export function FormGroup({
  name,
  label,
  hint,
  error,
  optional,
  optionalText,
  errorPrefix,
  spaceAfterPrefix,
  children,
}: ErrorTextProps & {
  name: string;
  label: string;
  hint?: string;
  /** the error message of the field, if it is wrong */
  error: string | undefined;
  /** marks the label with `optionalText` */
  optional?: boolean;
  optionalText?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div class={groupClass(error)}>
      <label for={name}>
        {label}
        {optional ? <span class="label-optional"> {optionalText}</span> : null}
      </label>
      <Hint id={`${name}-hint`} hint={hint} />
      <FieldError id={`${name}-error`} text={error} errorPrefix={errorPrefix} spaceAfterPrefix={spaceAfterPrefix} />
      {children(describedBy(hintId, errorId), Boolean(error))}
    </div>
  );
}

/** Radio buttons or checkboxes in a fieldset with legend, hint and error; `children` are the choices. */
export function FieldsetGroup({
  name,
  legend,
  hint,
  error,
  errorPrefix,
  spaceAfterPrefix,
  fieldsetClass,
  legendClass,
  children,
}: ErrorTextProps & {
  name: string;
  legend: string;
  hint?: string;
  error: string | undefined;
  fieldsetClass?: string;
  legendClass?: string;
  children?: ComponentChildren;
}) {
  return (
    <div class={groupClass(error)}>
      <fieldset class={fieldsetClass} aria-describedby={describedBy(hint && `${name}-hint`, error && `${name}-error`)}>
        <legend class={legendClass}>{legend}</legend>
        <Hint id={`${name}-hint`} hint={hint} />
        <FieldError id={`${name}-error`} text={error} errorPrefix={errorPrefix} spaceAfterPrefix={spaceAfterPrefix} />
        {children}
      </fieldset>
    </div>
  );
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

/** The radio buttons or checkboxes of a fieldset group; the first control's id is the field name, so that the error
 * summary can link to it, the others' `name-value`. */
export function Choices({
  type,
  name,
  options,
  checked,
}: {
  type: 'radio' | 'checkbox';
  name: string;
  options: ChoiceOption[];
  checked: (value: string) => boolean;
}) {
  return (
    <>
      {options.map((o, i) => {
        const id = i === 0 ? name : `${name}-${o.value}`;
        return (
          <div class="choice" key={o.value}>
            <input type={type} id={id} name={name} value={o.value} checked={checked(o.value)} aria-describedby={o.hint ? `${id}-hint` : undefined} />
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
    </>
  );
}

/** A select control inside a FormGroup (its id is `name`): an optional empty first option, and the option whose value
 * is the current one selected. (The questionnaire's select puts aria-describedby before aria-invalid and marks its
 * empty option selected, so it keeps its own; see check/views/form.tsx.) */
export function SelectControl({
  name,
  options,
  current,
  required,
  emptyOption,
  describedBy,
  invalid,
}: {
  name: string;
  options: Array<{ value: string; label: string }>;
  current: string | undefined;
  required?: boolean;
  /** the label of an empty first option ("none"); absent: no such option */
  emptyOption?: string;
  describedBy: string | undefined;
  invalid: boolean;
}) {
  return (
    <select id={name} name={name} required={required} aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy}>
      {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value} selected={current === o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A box with a message: success (a status), error, quiet or important; an optional title. */
export function Notice({ kind, title, children }: { kind: 'success' | 'error' | 'quiet' | 'important'; title?: string; children?: ComponentChildren }) {
  return (
    <div class={`notice notice-${kind}`} role={kind === 'success' ? 'status' : undefined}>
      {title ? <p class="notice-title">{title}</p> : null}
      {children}
    </div>
  );
}
