// The questionnaire pages: start, occupation search, job, person, qualification, experience, review.
// Plain HTML forms (POST, then redirect); htmx only adds occupation suggestions while typing.

import type { Lang } from '../../../i18n/index.ts';
import { ISCO08_UNIT_GROUPS } from '../../../catalogue/isco08.ts';
import type { OccupationMatch, Occupation } from '../../../catalogue/search.ts';
import { dateDe, dateEn, eurDe, eurEn } from '../../../law/format.ts';
import { CEFR_LEVELS } from '../../../law/types.ts';
import { Layout } from '../../shell/Layout.tsx';
import { FieldsetGroup } from '../../shell/form.tsx';
import type { Answers, FieldError, FormValues, StepId } from '../answers.ts';
import { MAX_EXPERIENCE_ROWS, STEPS, occupationOf } from '../answers.ts';
import { countriesSorted, countryByCode } from '../data/countries.ts';
import { LAENDER, RLP_MUNICIPALITIES, landName } from '../data/places.ts';
import { cm } from '../messages/index.ts';
import { ErrorSummary, InputField, RadioGroup, SelectField, errorOf } from './form.tsx';
import type { FormState } from './form.tsx';

export const stepUrl = (id: string, step: StepId): string => `/checks/${id}/step/${step}`;

export function fmtDate(iso: string, lang: Lang): string {
  return lang === 'de' ? dateDe(iso) : dateEn(iso);
}
export function fmtEur(n: number, lang: Lang): string {
  return lang === 'de' ? eurDe(n) : eurEn(n);
}

// ------------------------------------------------------------------------------------------- start page

export function StartPage({ lang, currentUrl }: { lang: Lang; currentUrl: string }) {
  const m = cm(lang).start;
  return (
    <Layout lang={lang} title={m.title} currentUrl={currentUrl}>
      <div class="prose check-start">
        <h1>{m.heading}</h1>
        <p class="lead">{m.lead}</p>
        <h2>{m.needHeading}</h2>
        <ul>
          {m.need.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
        <p>{m.privacy}</p>
        <form method="post" action="/check">
          <button type="submit" class="button">
            {m.button}
          </button>
        </form>
      </div>
    </Layout>
  );
}

/** After "delete this check now": the check is gone; offer a new one. */
export function DeletedPage({ lang, currentUrl }: { lang: Lang; currentUrl: string }) {
  const m = cm(lang).result.deleted;
  return (
    <Layout lang={lang} title={m.title} currentUrl={currentUrl}>
      <div class="prose">
        <h1>{m.title}</h1>
        <p class="lead">{m.lead}</p>
        <p>
          <a class="button" href="/check">
            {m.startNew}
          </a>
        </p>
      </div>
    </Layout>
  );
}

// ------------------------------------------------------------------------------------------- shell

interface ShellProps {
  lang: Lang;
  currentUrl: string;
  checkId: string;
  step: StepId;
  heading: string;
  state: FormState;
  children?: preact.ComponentChildren;
  anchors?: Record<string, string>;
}

function StepShell({ lang, currentUrl, checkId, step, heading, state, children, anchors }: ShellProps) {
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

function Submit({ lang, label }: { lang: Lang; label?: string }) {
  return (
    <div class="button-group">
      <button type="submit" class="button">
        {label ?? cm(lang).continue}
      </button>
    </div>
  );
}

// ------------------------------------------------------------------------------------------- occupation

export function OccupationResults({
  lang,
  query,
  matches,
  chosen,
  state,
}: {
  lang: Lang;
  query: string;
  matches: OccupationMatch[];
  chosen: Occupation | undefined;
  state: FormState;
}) {
  const m = cm(lang).occupation;
  const current = state.values.occupation ?? chosen?.id ?? '';
  const entries: Occupation[] = [];
  if (chosen) entries.push(chosen);
  for (const x of matches) if (!entries.some((e) => e.id === x.entry.id)) entries.push(x.entry);
  if (entries.length === 0) return <p class="hint">{query ? m.noResults(query) : m.promptSearch}</p>;
  return (
    <div class="choices occupation-choices">
      {entries.map((o) => {
        const id = `occupation-${o.id}`;
        return (
          <div class="choice" key={o.id}>
            <input type="radio" id={id} name="occupation" value={o.id} checked={current === o.id} aria-describedby={`${id}-hint`} />
            <label for={id}>
              {o.title[lang]}
              <span class="hint choice-hint" id={`${id}-hint`}>
                {o.iscoTitle[lang]} · {m.isco(o.isco)}
                {chosen?.id === o.id ? ` · ${m.chosen}` : ''}
              </span>
            </label>
          </div>
        );
      })}
    </div>
  );
}

export function statusText(lang: Lang, query: string, matches: OccupationMatch[]): string {
  const m = cm(lang).occupation;
  if (query === '') return '';
  return matches.length === 0 ? m.noResults(query) : m.count(matches.length);
}

export function OccupationPage(p: {
  lang: Lang;
  currentUrl: string;
  checkId: string;
  query: string;
  matches: OccupationMatch[];
  chosen: Occupation | undefined;
  state: FormState;
}) {
  const { lang, checkId, query, matches, chosen, state } = p;
  const m = cm(lang).occupation;
  const error = errorOf(state, 'occupation');
  const firstRadio = chosen ? `occupation-${chosen.id}` : matches[0] ? `occupation-${matches[0].entry.id}` : 'q';
  return (
    <StepShell {...p} step="occupation" heading={m.heading} anchors={{ occupation: firstRadio }}>
      <p class="lead">{m.lead}</p>
      <form method="get" action={stepUrl(checkId, 'occupation')} class="occupation-search" role="search">
        <div class="form-group">
          <label for="q">{m.searchLabel}</label>
          <p class="hint" id="q-hint">
            {m.searchHint}
          </p>
          <div class="search-row">
            <input
              type="search"
              id="q"
              name="q"
              value={query}
              maxLength={120}
              autocomplete="off"
              aria-describedby="q-hint"
              aria-controls="occupation-results"
              hx-get={`/checks/${checkId}/occupations`}
              hx-trigger="input changed delay:300ms, search"
              hx-target="#occupation-results"
              hx-swap="innerHTML"
            />
            <button type="submit" class="button button-secondary">
              {m.searchButton}
            </button>
          </div>
        </div>
      </form>
      <p id="occupation-status" class="visually-hidden" role="status">
        {statusText(lang, query, matches)}
      </p>
      <form method="post" action={stepUrl(checkId, 'occupation')} novalidate>
        <FieldsetGroup name="occupation" legend={m.resultsLegend} hint={m.resultsHint} error={error} errorPrefix={cm(lang).errorPrefix}>
          <div id="occupation-results">
            <OccupationResults lang={lang} query={query} matches={matches} chosen={chosen} state={state} />
          </div>
        </FieldsetGroup>
        <Submit lang={lang} />
      </form>
    </StepShell>
  );
}

// ------------------------------------------------------------------------------------------- job

interface PageProps {
  lang: Lang;
  currentUrl: string;
  checkId: string;
  state: FormState;
  answers: Answers;
}

function yesNo(lang: Lang) {
  const m = cm(lang);
  return [
    { value: 'yes', label: m.yes },
    { value: 'no', label: m.no },
  ];
}

export function JobPage(p: PageProps) {
  const { lang, checkId, state } = p;
  const m = cm(lang).job;
  return (
    <StepShell {...p} step="job" heading={m.heading}>
      <form method="post" action={stepUrl(checkId, 'job')} novalidate>
        <RadioGroup state={state} name="hasOffer" label={m.hasOffer} hint={m.hasOfferHint} options={yesNo(lang)} inline />
        <div class="offer-only">
          <InputField state={state} name="salary" label={m.salary} hint={m.salaryHint} inputMode="decimal" width={10} />
          <RadioGroup state={state} name="collectiveAgreement" label={m.collectiveAgreement} hint={m.collectiveAgreementHint} options={yesNo(lang)} inline />
          <RadioGroup
            state={state}
            name="contract"
            label={m.contract}
            options={[
              { value: 'open', label: m.contractOpen },
              { value: 'fixed', label: m.contractFixed },
            ]}
            inline
          />
          <div class="fixed-only">
            <InputField state={state} name="contractMonths" label={m.contractMonths} hint={m.contractMonthsHint} inputMode="numeric" width={4} />
          </div>
        </div>
        <SelectField
          state={state}
          name="federalState"
          label={m.federalState}
          hint={m.federalStateHint}
          placeholder={m.choose}
          options={LAENDER.map((l) => ({ value: l.code, label: l[lang] }))}
        />
        <InputField state={state} name="municipality" label={m.municipality} hint={m.municipalityHint} list="municipalities" width={20} optional />
        <datalist id="municipalities">
          {RLP_MUNICIPALITIES.map((x) => (
            <option key={x} value={x}></option>
          ))}
        </datalist>
        <InputField state={state} name="decisionDate" label={m.decisionDate} hint={m.decisionDateHint} type="date" width={10} optional />
        <Submit lang={lang} />
      </form>
    </StepShell>
  );
}

// ------------------------------------------------------------------------------------------- person

export function levelOptions(lang: Lang) {
  const levels = cm(lang).person.levels;
  return CEFR_LEVELS.map((l) => ({ value: l, label: levels[l] ?? l }));
}

export function PersonPage(p: PageProps) {
  const { lang, checkId, state } = p;
  const m = cm(lang).person;
  return (
    <StepShell {...p} step="person" heading={m.heading}>
      <form method="post" action={stepUrl(checkId, 'person')} novalidate>
        <SelectField
          state={state}
          name="citizenship"
          label={m.citizenship}
          hint={m.citizenshipHint}
          placeholder={cm(lang).job.choose}
          options={countriesSorted(lang).map((c) => ({ value: c.code, label: c[lang] }))}
        />
        <InputField state={state} name="birthDate" label={m.birthDate} hint={m.birthDateHint} type="date" width={10} autocomplete="off" />
        <SelectField state={state} name="german" label={m.german} hint={m.levelHint} placeholder={cm(lang).job.choose} options={levelOptions(lang)} />
        <SelectField state={state} name="english" label={m.english} placeholder={cm(lang).job.choose} options={levelOptions(lang)} />
        <RadioGroup state={state} name="firstTitle" label={m.firstTitle} hint={m.firstTitleHint} options={yesNo(lang)} inline />
        <InputField state={state} name="means" label={m.means} hint={m.meansHint} inputMode="decimal" width={10} optional />
        <Submit lang={lang} />
      </form>
    </StepShell>
  );
}

// ------------------------------------------------------------------------------------------- qualification

export function QualificationPage(p: PageProps) {
  const { lang, checkId, state, answers } = p;
  // the protected title "Ingenieur/in" only matters for engineering occupations (ISCO 214x/215x, regulated title)
  const occ = occupationOf(answers);
  const engineer = occ !== undefined && occ.regulatedInDe === true && /^21[45]/.test(occ.isco);
  const m = cm(lang).qualification;
  const c = cm(lang);
  return (
    <StepShell {...p} step="qualification" heading={m.heading}>
      <form method="post" action={stepUrl(checkId, 'qualification')} novalidate>
        <RadioGroup
          state={state}
          name="level"
          label={m.level}
          options={[
            { value: 'academic', label: m.levelAcademic },
            { value: 'vocational', label: m.levelVocational },
            { value: 'none', label: m.levelNone },
          ]}
        />
        <div class="qualified-only">
          <p class="hint">{m.onlyIfQualified}</p>
          <RadioGroup
            state={state}
            name="obtainedIn"
            label={m.obtainedIn}
            options={[
              { value: 'abroad', label: m.abroad },
              { value: 'DE', label: m.inGermany },
            ]}
            inline
          />
          <RadioGroup
            state={state}
            name="stateRecognised"
            label={m.stateRecognised}
            hint={m.stateRecognisedHint}
            options={[...yesNo(lang), { value: 'unknown', label: c.dontKnow }]}
            inline
          />
          <InputField state={state} name="awardedOn" label={m.awardedOn} hint={m.awardedOnHint} type="date" width={10} optional />
          <InputField state={state} name="trainingYears" label={m.trainingYears} hint={m.trainingYearsHint} inputMode="decimal" width={4} optional />
          <RadioGroup
            state={state}
            name="assessment"
            label={m.assessment}
            hint={m.assessmentHint}
            options={[
              { value: 'none', label: m.assessmentNone },
              { value: 'comparable', label: m.assessmentComparable, hint: m.assessmentComparableHint },
              { value: 'equivalent', label: m.assessmentEquivalent, hint: m.assessmentEquivalentHint },
              { value: 'partial', label: m.assessmentPartial, hint: m.assessmentPartialHint },
            ]}
          />
          {engineer ? (
            <RadioGroup state={state} name="engineerTitle" label={m.engineerTitle} hint={m.engineerTitleHint} options={yesNo(lang)} inline optional />
          ) : null}
        </div>
        <Submit lang={lang} />
      </form>
    </StepShell>
  );
}

// ------------------------------------------------------------------------------------------- experience

export function ExperiencePage(p: PageProps) {
  const { lang, checkId, state, answers } = p;
  const m = cm(lang).experience;
  const occ = occupationOf(answers);
  const collator = new Intl.Collator(lang);
  const groups = [...ISCO08_UNIT_GROUPS].sort((a, b) => collator.compare(a.title[lang], b.title[lang]));
  const options = [
    ...(occ ? [{ value: occ.isco, label: m.sameAsJob(occ.title[lang]) }] : []),
    ...groups.filter((g) => g.code !== occ?.isco).map((g) => ({ value: g.code, label: `${g.title[lang]} (ISCO ${g.code})` })),
  ];
  const rows = Array.from({ length: MAX_EXPERIENCE_ROWS }, (_, i) => i);
  return (
    <StepShell {...p} step="experience" heading={m.heading}>
      <p class="lead">{m.lead}</p>
      <form method="post" action={stepUrl(checkId, 'experience')} novalidate>
        {rows.map((i) => {
          const rowState: FormState = {
            ...state,
            values: { ...state.values, [`exp${i}_related`]: state.values[`exp${i}_related`] ?? 'yes' },
          };
          return (
            <fieldset class="experience-entry" key={i}>
              <legend>{m.entry(i + 1)}</legend>
              <SelectField state={rowState} name={`exp${i}_isco`} label={m.isco} hint={i === 0 ? m.iscoHint : undefined} options={options} />
              <div class="date-pair">
                <InputField state={rowState} name={`exp${i}_from`} label={m.from} type="date" width={10} />
                <InputField state={rowState} name={`exp${i}_to`} label={m.to} hint={m.toHint} type="date" width={10} optional />
              </div>
              <RadioGroup state={rowState} name={`exp${i}_related`} label={m.related} options={yesNo(lang)} inline legendClass="legend-small" />
            </fieldset>
          );
        })}
        <p class="hint">{m.none}</p>
        <Submit lang={lang} />
      </form>
    </StepShell>
  );
}

// ------------------------------------------------------------------------------------------- review

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
