// The frame of the questionnaire's pages (progress, back link, error summary, the resume hint) and what the pages
// share: step URLs, dates and amounts in the page's language, yes/no and language-level options, the submit button.
// Plain HTML forms (POST, then redirect); htmx only adds occupation suggestions while typing.

import type { Lang } from '../../../../i18n/index.ts';
import { dateDe, dateEn, eurDe, eurEn } from '../../../../law/format.ts';
import { CEFR_LEVELS } from '../../../../law/types.ts';
import { Layout } from '../../../shell/Layout.tsx';
import type { Answers, StepId } from '../../answers.ts';
import { STEPS } from '../../answers.ts';
import { cm } from '../../messages/index.ts';
import { ErrorSummary } from '../form.tsx';
import type { FormState } from '../form.tsx';

export const stepUrl = (id: string, step: StepId): string => `/checks/${id}/step/${step}`;

export function fmtDate(iso: string, lang: Lang): string {
  return lang === 'de' ? dateDe(iso) : dateEn(iso);
}
export function fmtEur(n: number, lang: Lang): string {
  return lang === 'de' ? eurDe(n) : eurEn(n);
}

export interface ShellProps {
  lang: Lang;
  currentUrl: string;
  checkId: string;
  step: StepId;
  heading: string;
  state: FormState;
  children?: preact.ComponentChildren;
  anchors?: Record<string, string>;
}

export function StepShell({ lang, currentUrl, checkId, step, heading, state, children, anchors }: ShellProps) {
  const m = cm(lang);
  const index = STEPS.indexOf(step);
  const prev = index > 0 ? stepUrl(checkId, STEPS[index - 1]!) : '/check';
  const title = `${state.errors.length > 0 ? `${m.errorPrefix} ` : ''}${heading} – ${m.progress(index + 1, STEPS.length)}`;
  return (
    <Layout lang={lang} title={title} currentUrl={currentUrl}>
      <div class="check-page">
        <a class="back-link" href={prev}>
          {m.back}
        </a>
        <div class="check-progress">
          <p class="check-progress-text">
            <span class="check-progress-step">{m.progress(index + 1, STEPS.length)}</span>
            <span class="check-progress-name">{m.steps[step]}</span>
          </p>
          <progress class="check-progress-bar" max={STEPS.length} value={index + 1} aria-hidden="true"></progress>
        </div>
        <ErrorSummary state={state} anchors={anchors} />
        <h1>{heading}</h1>
        {children}
        <p class="check-resume hint">{m.resumeHint}</p>
      </div>
    </Layout>
  );
}

export function Submit({ lang, label }: { lang: Lang; label?: string }) {
  return (
    <div class="button-group">
      <button type="submit" class="button">
        {label ?? cm(lang).continue}
      </button>
    </div>
  );
}

export interface PageProps {
  lang: Lang;
  currentUrl: string;
  checkId: string;
  state: FormState;
  answers: Answers;
}

export function yesNo(lang: Lang) {
  const m = cm(lang);
  return [
    { value: 'yes', label: m.yes },
    { value: 'no', label: m.no },
  ];
}

export function levelOptions(lang: Lang) {
  const levels = cm(lang).person.levels;
  return CEFR_LEVELS.map((l) => ({ value: l, label: levels[l] ?? l }));
}
