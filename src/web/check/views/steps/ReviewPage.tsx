// Step 6: the review of all answers before the result.

import type { Lang } from '../../../../i18n/index.ts';
import { ISCO08_UNIT_GROUPS } from '../../../../catalogue/isco08.ts';
import type { Answers, FieldError, FormValues, StepId } from '../../answers.ts';
import { occupationOf } from '../../answers.ts';
import { countryByCode } from '../../data/countries.ts';
import { landName } from '../../../shell/domain/places.ts';
import { cm } from '../../messages/index.ts';
import type { FormState } from '../form.tsx';
import { StepShell, Submit, fmtDate, fmtEur, stepUrl } from './StepShell.tsx';

export function ReviewPage(p: {
  lang: Lang;
  currentUrl: string;
  checkId: string;
  answers: Answers;
  errors: Array<{ step: StepId; field: string; message: { de: string; en: string } }>;
  missing: StepId[];
}) {
  const { lang, checkId, answers, errors, missing } = p;
  const c = cm(lang);
  const m = c.review;
  const L = m.labels;
  const occ = occupationOf(answers);
  const j = answers.job;
  const pe = answers.person;
  const q = answers.qualification;
  const levelName = (l: string): string => c.person.levels[l] ?? l;
  const rows: Array<{ step: StepId; label: string; value: string }> = [];
  rows.push({ step: 'occupation', label: L.occupation, value: occ ? `${occ.title[lang]} (ISCO ${occ.isco})` : m.notAnswered });
  if (j) {
    rows.push({ step: 'job', label: L.hasOffer, value: j.hasOffer ? c.yes : m.noOffer });
    if (j.hasOffer) {
      rows.push({ step: 'job', label: L.salary, value: `${fmtEur(j.salaryEur!, lang)} ${m.perYear}` });
      rows.push({ step: 'job', label: L.collectiveAgreement, value: j.collectiveAgreement ? c.yes : c.no });
      rows.push({ step: 'job', label: L.contract, value: j.contract === 'fixed' ? m.months(j.contractMonths!) : m.open });
    }
    rows.push({ step: 'job', label: j.hasOffer ? L.place : L.placeNoOffer, value: [j.municipality, landName(j.federalState, lang)].filter(Boolean).join(', ') });
    rows.push({ step: 'job', label: L.decisionDate, value: fmtDate(j.decisionDate, lang) });
    if (j.applicationDate !== undefined) rows.push({ step: 'job', label: L.applicationDate, value: fmtDate(j.applicationDate, lang) });
  } else rows.push({ step: 'job', label: c.steps.job, value: m.notAnswered });
  if (pe) {
    rows.push({ step: 'person', label: L.citizenship, value: countryByCode(pe.citizenship)?.[lang] ?? pe.citizenship });
    rows.push({ step: 'person', label: L.birthDate, value: fmtDate(pe.birthDate, lang) });
    rows.push({ step: 'person', label: L.languages, value: `${c.person.german}: ${levelName(pe.german)}; ${c.person.english}: ${levelName(pe.english)}` });
    rows.push({ step: 'person', label: L.firstTitle, value: pe.firstTitle ? c.yes : c.no });
    if (pe.meansMonthlyNetEur !== undefined) rows.push({ step: 'person', label: L.means, value: `${fmtEur(pe.meansMonthlyNetEur, lang)} ${m.perMonth}` });
  } else rows.push({ step: 'person', label: c.steps.person, value: m.notAnswered });
  if (q) {
    const levelLabel = q.level === 'academic' ? c.qualification.levelAcademic : q.level === 'vocational' ? c.qualification.levelVocational : c.qualification.levelNone;
    rows.push({ step: 'qualification', label: L.level, value: levelLabel });
    if (q.level !== 'none') {
      rows.push({
        step: 'qualification',
        label: L.obtainedIn,
        value: [q.obtainedIn === 'DE' ? c.qualification.inGermany : c.qualification.abroad, q.awardedOn ? fmtDate(q.awardedOn, lang) : ''].filter(Boolean).join(', '),
      });
      const a = c.qualification;
      const assessment = { none: a.assessmentNone, comparable: a.assessmentComparable, equivalent: a.assessmentEquivalent, partial: a.assessmentPartial }[q.assessment];
      rows.push({ step: 'qualification', label: L.assessment, value: assessment });
      if (q.tertiaryEquivalent !== undefined) {
        const years = q.trainingYears !== undefined ? ` (${c.qualification.trainingYears}: ${String(q.trainingYears).replace('.', lang === 'de' ? ',' : '.')})` : '';
        rows.push({ step: 'qualification', label: L.tertiaryEquivalent, value: `${q.tertiaryEquivalent ? c.yes : c.no}${years}` });
      }
    }
  } else rows.push({ step: 'qualification', label: c.steps.qualification, value: m.notAnswered });
  if (answers.experience) {
    const entries = answers.experience.entries;
    const text =
      entries.length === 0
        ? m.noExperience
        : entries
            .map((e) => {
              const g = ISCO08_UNIT_GROUPS.find((x) => x.code === e.isco);
              return `${g?.title[lang] ?? e.isco}: ${fmtDate(e.from, lang)} – ${e.to ? fmtDate(e.to, lang) : m.untilNow}`;
            })
            .join('; ');
    rows.push({ step: 'experience', label: L.experience, value: text });
  } else rows.push({ step: 'experience', label: c.steps.experience, value: m.notAnswered });

  const state: FormState = {
    lang,
    values: {} as FormValues,
    errors: errors.map((e): FieldError => ({ field: `${e.step}-${e.field}`, message: e.message })),
  };
  const anchors: Record<string, string> = {};
  for (const e of errors) anchors[`${e.step}-${e.field}`] = `change-${e.step}`;
  const blocked = missing.length > 0 || errors.length > 0;
  let lastStep: StepId | undefined;
  return (
    <StepShell lang={lang} currentUrl={p.currentUrl} checkId={checkId} step="review" heading={m.heading} state={state} anchors={anchors}>
      <p class="lead">{m.lead}</p>
      {missing.length > 0 ? (
        <div class="notice notice-important">
          <p>{m.missing}</p>
          <ul>
            {missing.map((s) => (
              <li key={s}>
                <a href={stepUrl(checkId, s)}>{c.steps[s]}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl class="summary-list review-list">
        {rows.map((r, i) => {
          const showChange = r.step !== lastStep;
          lastStep = r.step;
          return [
            <dt key={`t${i}`}>{r.label}</dt>,
            <dd key={`d${i}`} class="review-value">
              <span>{r.value}</span>
              {showChange ? (
                <a class="review-change" href={stepUrl(checkId, r.step)} id={`change-${r.step}`} aria-label={m.changeLabel(c.steps[r.step])}>
                  {m.change}
                </a>
              ) : null}
            </dd>,
          ];
        })}
      </dl>
      {blocked ? null : (
        <form method="post" action={stepUrl(checkId, 'review')}>
          <Submit lang={lang} label={m.submit} />
        </form>
      )}
    </StepShell>
  );
}
