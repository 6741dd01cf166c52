// The result of a check: the recommended route first with a plain summary, then every route as a card
// (eligible first), and the "what if" panel. The result region is what htmx swaps on a what-if submit.

import type { Lang } from '../../../i18n/index.ts';
import { ROUTE_IDS } from '../../../law/types.ts';
import type { CheckInput, CheckResult, RouteAssessment, RouteId } from '../../../law/types.ts';
import { Layout } from '../../shell/Layout.tsx';
import { FREE_MOVEMENT } from '../data/countries.ts';
import { cm } from '../messages/index.ts';
import { fmtDate, fmtEur, levelOptions, stepUrl } from './steps/StepShell.tsx';
import { CHECK_RETENTION_DAYS } from '../../../app/checks/checkKeys.ts';

export interface WhatIfValues {
  salary: string;
  german: string;
  english: string;
  date: string;
}

const planHref = (id: string, route: string): string => `/checks/${id}/plan?route=${encodeURIComponent(route)}`;

function StatusTag({ lang, outcome }: { lang: Lang; outcome: RouteAssessment['outcome'] }) {
  const cls = outcome === 'eligible' ? 'tag tag-success' : outcome === 'ineligible' ? 'tag tag-error' : 'tag tag-warning';
  return <span class={cls}>{cm(lang).result.outcome[outcome]}</span>;
}

function Conditions({ lang, route }: { lang: Lang; route: RouteAssessment }) {
  const m = cm(lang).result;
  return (
    <ul class="conditions">
      {route.conditions.map((c) => {
        const cls = c.met === true ? 'condition condition-met' : c.met === false ? 'condition condition-unmet' : 'condition condition-unknown';
        const label = c.met === true ? m.met : c.met === false ? m.notMet : m.unknownMet;
        return (
          <li key={c.id} class={cls}>
            <span class="condition-status">
              <span class="condition-icon" aria-hidden="true">
                {c.met === true ? '✓' : c.met === false ? '✗' : '?'}
              </span>
              <span class="condition-label">{label}:</span>
            </span>{' '}
            <span class="condition-text">
              {c.text[lang]} <span class="citation">({c.ref})</span>
              {c.unconfirmed ? <span class="condition-verify"> {m.unconfirmed}</span> : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function counts(route: RouteAssessment): { met: number; unmet: number; unknown: number } {
  return {
    met: route.conditions.filter((c) => c.met === true).length,
    unmet: route.conditions.filter((c) => c.met === false).length,
    unknown: route.conditions.filter((c) => c.met === null).length,
  };
}

function RouteCard({ lang, route, checkId, recommended }: { lang: Lang; route: RouteAssessment; checkId: string; recommended: boolean }) {
  const m = cm(lang).result;
  const headingId = `route-${route.id}`;
  const body = (
    <>
      <p class="route-facts">
        <span>{route.baApproval === 'required' ? m.baRequired : m.baNotRequired}</span>
        {route.salaryThresholdEur !== null ? <span> {m.salaryThreshold(fmtEur(route.salaryThresholdEur, lang))}.</span> : null}
        {route.points !== undefined ? <span> {m.points(route.points)}.</span> : null}
      </p>
      <h4 class="route-subheading">{m.conditionsHeading}</h4>
      <Conditions lang={lang} route={route} />
      {route.hints.length > 0 ? (
        <>
          <h4 class="route-subheading">{m.hintsHeading}</h4>
          <ul class="hints">
            {route.hints.map((h, i) => (
              <li key={i}>{h.text[lang]}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
  return (
    <li class={`route-card route-${route.outcome}${recommended ? ' route-recommended' : ''}`}>
      <section aria-labelledby={headingId}>
        <div class="route-card-head">
          <h3 id={headingId} class="route-title">
            {route.title[lang]}
          </h3>
          <StatusTag lang={lang} outcome={route.outcome} />
        </div>
        <p class="citation route-ref">{route.ref}</p>
        {recommended ? (
          body
        ) : (
          <details class="route-details">
            <summary>{m.showConditions(counts(route))}</summary>
            {body}
          </details>
        )}
        {route.outcome !== 'ineligible' ? (
          <p class="route-action">
            <a class="card-link" href={planHref(checkId, route.id)}>
              {m.planLink}
              <span class="visually-hidden">: {route.title[lang]}</span>
            </a>
          </p>
        ) : null}
      </section>
    </li>
  );
}

/** The swappable result region: recommended route and all route cards. */
export function ResultRegion({ lang, checkId, result, input }: { lang: Lang; checkId: string; result: CheckResult; input: CheckInput }) {
  const m = cm(lang).result;
  const rec = result.routes.find((r) => r.id === result.recommended);
  // near misses: routes the law prefers to the recommended one (all routes when none is open), in the order of
  // preference, with the first hint of each; at most three
  const rank = (id: RouteId): number => ROUTE_IDS.indexOf(id);
  const limit = rec ? rank(rec.id) : ROUTE_IDS.length;
  const nearMisses = result.routes
    .filter((r) => r.outcome !== 'eligible' && rank(r.id) < limit && r.hints.length > 0)
    .sort((a, b) => rank(a.id) - rank(b.id))
    .slice(0, 3)
    .map((route) => ({ route, hint: route.hints[0]! }));
  return (
    <div id="result-region" class="result-region">
      <p class="muted">{m.asOf(fmtDate(result.decisionDate, lang))}</p>
      {FREE_MOVEMENT.has(input.person.citizenship) ? (
        <div class="notice notice-important">
          <p>{m.freeMovement}</p>
        </div>
      ) : null}
      {rec ? (
        <section class="recommended" aria-labelledby="recommended-heading">
          <p class="recommended-kicker" id="recommended-heading">
            {m.recommendedHeading}
          </p>
          <h2 class="recommended-title">{rec.title[lang]}</h2>
          <p class="lead recommended-summary">
            {m.recommendedSummary(rec.title[lang])} {rec.baApproval === 'required' ? m.baRequired : m.baNotRequired}
            {rec.priorityCheck ? ` ${m.priorityCheck}` : ''}
            {rec.discretionary ? ` ${m.discretionary}` : ''}
          </p>
          <h3 class="recommended-why">{m.whyHeading}</h3>
          <p>{result.routes.filter((r) => r.outcome === 'eligible').length > 1 ? m.why : m.whyOnly}</p>
          <p>
            <a class="button" href={planHref(checkId, rec.id)}>
              {m.planLink}
            </a>
          </p>
        </section>
      ) : (
        <section class="recommended recommended-none" aria-labelledby="recommended-heading">
          <h2 id="recommended-heading">{m.noneHeading}</h2>
          <p>{m.none}</p>
        </section>
      )}
      {nearMisses.length > 0 ? (
        <section aria-labelledby="near-misses" class="section near-misses">
          <h2 id="near-misses">{m.nearMissesHeading}</h2>
          <p>{m.nearMissesLead}</p>
          <ul class="hints">
            {nearMisses.map(({ route, hint }, i) => (
              <li key={i}>
                <strong>{route.title[lang]}:</strong> {hint.text[lang]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="all-routes" class="section">
        <h2 id="all-routes">{m.allHeading}</h2>
        <ul class="route-list" role="list">
          {result.routes.map((r) => (
            <RouteCard key={r.id} lang={lang} route={r} checkId={checkId} recommended={r.id === result.recommended} />
          ))}
        </ul>
      </section>
    </div>
  );
}

export function WhatIfForm({ lang, checkId, values, hasJob }: { lang: Lang; checkId: string; values: WhatIfValues; hasJob: boolean }) {
  const m = cm(lang).result.whatIf;
  const levels = levelOptions(lang);
  return (
    <section class="what-if no-print" aria-labelledby="what-if-heading">
      <h2 id="what-if-heading">{m.heading}</h2>
      <p>{m.lead}</p>
      <form
        method="get"
        action={`/checks/${checkId}/what-if`}
        hx-get={`/checks/${checkId}/what-if`}
        hx-target="#result-region"
        hx-select="#result-region"
        hx-swap="outerHTML"
        hx-select-oob="#what-if-status:innerHTML"
        hx-push-url="true"
      >
        {hasJob ? (
          <div class="form-group">
            <label for="wi-salary">{m.salary}</label>
            <input type="text" id="wi-salary" name="salary" value={values.salary} inputMode="decimal" class="input-width-10" maxLength={20} />
          </div>
        ) : (
          <p class="hint">{m.noJob}</p>
        )}
        <div class="form-group">
          <label for="wi-german">{m.german}</label>
          <select id="wi-german" name="german">
            {levels.map((l) => (
              <option key={l.value} value={l.value} selected={l.value === values.german}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div class="form-group">
          <label for="wi-english">{m.english}</label>
          <select id="wi-english" name="english">
            {levels.map((l) => (
              <option key={l.value} value={l.value} selected={l.value === values.english}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div class="form-group">
          <label for="wi-date">{m.date}</label>
          <input type="date" id="wi-date" name="date" value={values.date} class="input-width-10" />
        </div>
        <button type="submit" class="button button-secondary">
          {m.submit}
        </button>
      </form>
    </section>
  );
}

export function ResultPage(p: {
  lang: Lang;
  currentUrl: string;
  checkId: string;
  result: CheckResult;
  input: CheckInput;
  whatIf: WhatIfValues;
  whatIfActive: boolean;
  whatIfErrors: string[];
}) {
  const { lang, checkId, result, input } = p;
  const m = cm(lang).result;
  const rec = result.routes.find((r) => r.id === result.recommended);
  return (
    <Layout lang={lang} title={m.title} currentUrl={p.currentUrl}>
      <div class="check-result">
        <h1>{m.heading}</h1>
        <div id="what-if-status" role="status">
          {p.whatIfErrors.length > 0 ? (
            <div class="notice notice-error">
              <p class="notice-title">{cm(lang).errorSummaryTitle}</p>
              <ul>
                {p.whatIfErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {p.whatIfActive ? (
            <p class="notice notice-important what-if-active">
              {m.whatIf.updated(rec ? rec.title[lang] : null)} {m.whatIf.active} <a href={`/checks/${checkId}`}>{m.whatIf.reset}</a>
            </p>
          ) : null}
        </div>
        <div class="result-layout">
          <div class="result-main">
            <ResultRegion lang={lang} checkId={checkId} result={result} input={input} />
          </div>
          <aside class="result-aside">
            <WhatIfForm lang={lang} checkId={checkId} values={p.whatIf} hasJob={input.job !== undefined} />
            <div class="result-links no-print">
              <p>
                <a href={stepUrl(checkId, 'review')}>{m.editAnswers}</a>
              </p>
              <p>
                <a href="/check">{m.newCheck}</a>
              </p>
              <p class="hint">{m.shareHint}</p>
              <p class="hint">{m.retention(CHECK_RETENTION_DAYS)}</p>
              <form method="post" action={`/checks/${checkId}/delete`}>
                <button type="submit" class="button button-secondary">
                  {m.deleteNow}
                </button>
              </form>
            </div>
          </aside>
        </div>
      </div>
    </Layout>
  );
}
