// The result of a check: on top the recommended route and why (its conditions), or, when none is open, the most
// likely route and exactly what would settle it (each missing answer a link to its question); the next steps; the
// real near misses; then the other routes folded: those that may apply, those that are closed (one line each), and
// the routes that do not concern the person under one "Weitere Wege". The "what if" panel beside it. The result
// region is what htmx swaps on a what-if submit. How the routes are grouped: ../result/present.ts.

import type { Lang } from '../../../i18n/index.ts';
import type { CheckInput, NextStep } from '../../../law/types.ts';
import type { ConditionIn, HintIn, ResultIn, RouteIn } from '../../../law/decision.ts';
import { Layout } from '../../shell/Layout.tsx';
import { FREE_MOVEMENT } from '../data/countries.ts';
import { cm } from '../messages/index.ts';
import { fmtDate, fmtEur, levelOptions, stepUrl } from './steps/StepShell.tsx';
import { CHECK_RETENTION_DAYS } from '../../../app/checks/checkKeys.ts';
import { citation, conditionText, presentResult } from '../result/present.ts';
import { questionFor } from '../result/questions.ts';

export interface WhatIfValues {
  salary: string;
  german: string;
  english: string;
  date: string;
}

const planHref = (id: string, route: string): string => `/checks/${id}/plan?route=${encodeURIComponent(route)}`;

function StatusTag({ lang, outcome }: { lang: Lang; outcome: RouteIn['outcome'] }) {
  const cls = outcome === 'eligible' ? 'tag tag-success' : outcome === 'ineligible' ? 'tag tag-error' : 'tag tag-warning';
  return <span class={cls}>{cm(lang).result.outcome[outcome]}</span>;
}

/** A condition's short name for lists ("Offen: Lebensunterhalt"); an id without one shows the condition's text. */
function conditionName(c: ConditionIn, lang: Lang): string {
  return cm(lang).result.conditionNames[c.id] ?? conditionText(c, lang);
}

/** The answers that would settle an open condition, each a link to its question where the questionnaire asks it. */
function MissingAnswers({ lang, checkId, paths }: { lang: Lang; checkId: string; paths: readonly string[] }) {
  const m = cm(lang).result;
  const questions = paths.map((p) => questionFor(checkId, p, lang));
  return (
    <span class="condition-missing">
      {m.answerLead}{' '}
      {questions.map((q, i) => (
        <span key={q.path}>
          {i > 0 ? '; ' : null}
          {q.href ? (
            <a href={q.href}>{q.text}</a>
          ) : (
            <>
              {q.text} ({m.notAsked})
            </>
          )}
        </span>
      ))}
    </span>
  );
}

/** The condition's text with its citation once and the verify note once. */
function ConditionBody({ lang, checkId, c }: { lang: Lang; checkId: string; c: ConditionIn }) {
  const m = cm(lang).result;
  return (
    <span class="condition-text">
      {conditionText(c, lang)} <span class="citation">({citation(c.ref, lang)})</span>
      {c.unconfirmed ? <span class="condition-verify"> {m.unconfirmed}</span> : null}
      {c.met === null && c.missing !== undefined && c.missing.length > 0 ? (
        <>
          {' '}
          <MissingAnswers lang={lang} checkId={checkId} paths={c.missing} />
        </>
      ) : null}
    </span>
  );
}

function Conditions({ lang, checkId, conditions }: { lang: Lang; checkId: string; conditions: readonly ConditionIn[] }) {
  const m = cm(lang).result;
  return (
    <ul class="conditions">
      {conditions.map((c) => {
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
            <ConditionBody lang={lang} checkId={checkId} c={c} />
          </li>
        );
      })}
    </ul>
  );
}

/** Conditions of one kind (all met, or all open) as a short checklist: the icon, the text, the label for readers. */
function BriefConditions({ lang, checkId, conditions }: { lang: Lang; checkId: string; conditions: readonly ConditionIn[] }) {
  const m = cm(lang).result;
  return (
    <ul class="conditions conditions-brief">
      {conditions.map((c) => (
        <li key={c.id} class={c.met === true ? 'condition-met' : c.met === false ? 'condition-unmet' : 'condition-unknown'}>
          <span class="condition-icon" aria-hidden="true">
            {c.met === true ? '✓' : c.met === false ? '✗' : '?'}
          </span>
          <span class="visually-hidden">{c.met === true ? m.met : c.met === false ? m.notMet : m.unknownMet}: </span>
          <ConditionBody lang={lang} checkId={checkId} c={c} />
        </li>
      ))}
    </ul>
  );
}

/** A hint; one that would not open the route by itself says what else is needed. */
function HintText({ lang, route, hint }: { lang: Lang; route: RouteIn; hint: HintIn }) {
  const m = cm(lang).result;
  const also = (hint.alsoNeeded ?? []).map((id) => {
    const c = route.conditions.find((x) => x.id === id);
    return c ? conditionName(c, lang) : (m.conditionNames[id] ?? id);
  });
  return (
    <>
      {hint.text}
      {also.length > 0 ? <> {m.alsoNeeded(also.join(', '))}</> : null}
    </>
  );
}

/** Everything about a route: the BA approval, thresholds, all conditions, the hints. */
function RouteBody({ lang, checkId, route }: { lang: Lang; checkId: string; route: RouteIn }) {
  const m = cm(lang).result;
  return (
    <>
      <p class="route-facts">
        <span>{route.baApproval === 'required' ? m.baRequired : m.baNotRequired}</span>
        {route.salaryThresholdEur !== null ? <span> {m.salaryThreshold(fmtEur(route.salaryThresholdEur, lang))}.</span> : null}
        {route.points !== undefined ? <span> {m.points(route.points)}.</span> : null}
      </p>
      <Conditions lang={lang} checkId={checkId} conditions={route.conditions} />
      {route.hints.length > 0 ? (
        <>
          <p class="route-subheading">{m.hintsHeading}</p>
          <ul class="hints">
            {route.hints.map((h, i) => (
              <li key={i}>
                <HintText lang={lang} route={route} hint={h} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function ClosedList({ lang, routes, checkId }: { lang: Lang; routes: RouteIn[]; checkId: string }) {
  return (
    <ul class="route-list route-list-closed" role="list">
      {routes.map((r) => (
        <RouteRow key={r.id} lang={lang} route={r} checkId={checkId} closed />
      ))}
    </ul>
  );
}

/** What is open on an unknown route, or what fails on a closed one (the first failing condition first), by name. */
function routeLine(route: RouteIn, lang: Lang): string {
  const m = cm(lang).result;
  const names = (met: boolean | null) => route.conditions.filter((c) => c.met === met).map((c) => conditionName(c, lang)).join(', ');
  return route.outcome === 'unknown' ? m.openLine(names(null)) : m.failedLine(names(false));
}

/** A route that may apply, folded: title, state, one line, the plan; the conditions open on demand. */
function RouteRow({ lang, route, checkId, closed }: { lang: Lang; route: RouteIn; checkId: string; closed?: boolean }) {
  const m = cm(lang).result;
  return (
    <li class={`route-row route-${route.outcome}`}>
      <details class="route-details">
        <summary>
          <span class="route-row-title">{route.title[lang]}</span>
          {closed ? null : (
            <>
              {' '}
              <StatusTag lang={lang} outcome={route.outcome} />
            </>
          )}
          {route.outcome === 'eligible' ? null : <span class="route-row-line"> – {routeLine(route, lang)}</span>}
        </summary>
        <div class="route-row-body">
          <p class="citation route-ref">{citation(route.ref, lang)}</p>
          <RouteBody lang={lang} checkId={checkId} route={route} />
        </div>
      </details>
      {route.outcome !== 'ineligible' ? (
        <p class="route-action">
          <a href={planHref(checkId, route.id)}>
            {m.planShort}
            <span class="visually-hidden">: {route.title[lang]}</span>
          </a>
        </p>
      ) : null}
    </li>
  );
}

function Recommended({ lang, checkId, route, eligibleCount }: { lang: Lang; checkId: string; route: RouteIn; eligibleCount: number }) {
  const m = cm(lang).result;
  return (
    <section class="recommended" aria-labelledby="recommended-heading">
      <p class="recommended-kicker" id="recommended-heading">
        {m.recommendedHeading}
      </p>
      <h2 class="recommended-title">{route.title[lang]}</h2>
      <p class="citation route-ref">{citation(route.ref, lang)}</p>
      <p class="recommended-summary">
        {route.baApproval === 'required' ? m.baRequired : m.baNotRequired}
        {route.priorityCheck ? ` ${m.priorityCheck}` : ''}
        {route.discretionary ? ` ${m.discretionary}` : ''}
      </p>
      <h3 class="recommended-why">{m.whyHeading}</h3>
      <p>{eligibleCount > 1 ? m.why : m.whyOnly}</p>
      <BriefConditions lang={lang} checkId={checkId} conditions={route.conditions} />
      <p class="recommended-action">
        <a class="button" href={planHref(checkId, route.id)}>
          {m.planLink}
        </a>
      </p>
    </section>
  );
}

function Likely({ lang, checkId, route }: { lang: Lang; checkId: string; route: RouteIn }) {
  const m = cm(lang).result;
  const open = route.conditions.filter((c) => c.met !== true);
  const met = route.conditions.filter((c) => c.met === true);
  return (
    <section class="recommended recommended-none recommended-likely" aria-labelledby="likely-heading">
      <p class="recommended-kicker">{m.likelyKicker}</p>
      <h2 id="likely-heading" class="likely-title">
        {m.likelyPrefix} {route.title[lang]}
      </h2>
      <p class="citation route-ref">{citation(route.ref, lang)}</p>
      <p class="likely-lead">{m.likelyLead}</p>
      <BriefConditions lang={lang} checkId={checkId} conditions={open} />
      {met.length > 0 ? (
        <details class="route-details likely-met">
          <summary>{m.alreadyMet(met.length)}</summary>
          <BriefConditions lang={lang} checkId={checkId} conditions={met} />
        </details>
      ) : null}
      <p class="recommended-action">
        <a class="button button-secondary" href={planHref(checkId, route.id)}>
          {m.planLink}
        </a>
      </p>
    </section>
  );
}

function NextSteps({ lang, steps }: { lang: Lang; steps: readonly NextStep[] }) {
  const m = cm(lang).result;
  return (
    <section class="section next-steps" aria-labelledby="next-steps">
      <h2 id="next-steps">{m.nextStepsHeading}</h2>
      <ol class="next-step-list">
        {steps.map((s) => (
          <li key={s.id} class="next-step">
            <h3 class="next-step-title">{s.title[lang]}</h3>
            <p>{s.text[lang]}</p>
            {s.costEur !== undefined || s.duration !== undefined ? (
              <p class="next-step-facts">
                {s.costEur !== undefined ? <span>{m.cost(fmtEur(s.costEur, lang))}</span> : null}
                {s.costEur !== undefined && s.duration !== undefined ? ' · ' : null}
                {s.duration !== undefined ? <span>{m.duration(s.duration[lang])}</span> : null}
              </p>
            ) : null}
            {s.links.length > 0 ? (
              <ul class="next-step-links" role="list">
                {s.links.map((l) => (
                  <li key={l.url}>
                    <a href={l.url}>{l.title[lang]}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The swappable result region: the route on top, next steps, near misses, then the other routes, folded. */
export function ResultRegion({ lang, checkId, result, input }: { lang: Lang; checkId: string; result: ResultIn; input: CheckInput }) {
  const m = cm(lang).result;
  const view = presentResult(result);
  const eligibleCount = result.routes.filter((r) => r.outcome === 'eligible').length;
  return (
    <div id="result-region" class="result-region">
      <p class="muted">{m.asOf(fmtDate(result.decisionDate, lang))}</p>
      {FREE_MOVEMENT.has(input.person.citizenship) ? (
        <div class="notice notice-important">
          <p>{m.freeMovement}</p>
        </div>
      ) : null}
      {view.top?.kind === 'recommended' ? (
        <Recommended lang={lang} checkId={checkId} route={view.top.route} eligibleCount={eligibleCount} />
      ) : view.top?.kind === 'likely' ? (
        <Likely lang={lang} checkId={checkId} route={view.top.route} />
      ) : (
        <section class="recommended recommended-none" aria-labelledby="recommended-heading">
          <h2 id="recommended-heading">{m.noneHeading}</h2>
          <p>{m.none}</p>
        </section>
      )}
      {result.nextSteps !== undefined && result.nextSteps.length > 0 ? <NextSteps lang={lang} steps={result.nextSteps} /> : null}
      {view.nearMisses.length > 0 ? (
        <section aria-labelledby="near-misses" class="section near-misses">
          <h2 id="near-misses">{m.nearMissesHeading}</h2>
          <p>{m.nearMissesLead}</p>
          <ul class="hints">
            {view.nearMisses.map(({ route, hint }, i) => (
              <li key={i}>
                <strong>{route.title[lang]}:</strong> {hint.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.open.length > 0 ? (
        <section aria-labelledby="open-routes" class="section">
          <h2 id="open-routes">{m.openRoutesHeading}</h2>
          <ul class="route-list" role="list">
            {view.open.map((r) => (
              <RouteRow key={r.id} lang={lang} route={r} checkId={checkId} />
            ))}
          </ul>
        </section>
      ) : null}
      {view.closed.length > 0 ? (
        <section aria-labelledby="closed-routes" class="section">
          <h2 id="closed-routes">{m.closedHeading}</h2>
          {view.top ? (
            // with a recommended or likely route on top, the closed ones are folded: one line says how many
            <details class="closed-routes-fold">
              <summary>{m.closedShow(view.closed.length)}</summary>
              <ClosedList lang={lang} routes={view.closed} checkId={checkId} />
            </details>
          ) : (
            <ClosedList lang={lang} routes={view.closed} checkId={checkId} />
          )}
        </section>
      ) : null}
      {view.other.length > 0 ? (
        <details class="section other-routes">
          <summary>{m.otherRoutes(view.other.length)}</summary>
          <ul class="other-route-list">
            {view.other.map((r) => (
              <li key={r.id}>
                <strong>{r.title[lang]}</strong> <span class="citation">({citation(r.ref, lang)})</span>: {r.notForPerson![lang]}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
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

export interface ResultContentProps {
  lang: Lang;
  checkId: string;
  result: ResultIn;
  input: CheckInput;
  whatIf: WhatIfValues;
  whatIfActive: boolean;
  whatIfErrors: string[];
}

/** The page's title (in `<title>`, with the product name). */
export function resultTitle(lang: Lang): string {
  return cm(lang).result.title;
}

/**
 * The page's own content, inside the frame (Layout): the same for every visitor of the same check, language and
 * what-if values (it reads neither the request nor the signed-in user), so the saved result keeps it rendered.
 */
export function ResultContent(p: ResultContentProps) {
  const { lang, checkId, result, input } = p;
  const m = cm(lang).result;
  const rec = result.routes.find((r) => r.id === result.recommended);
  const likely = rec ? undefined : result.routes.find((r) => r.id === result.likely);
  return (
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
            {likely ? m.whatIf.updatedLikely(likely.title[lang]) : m.whatIf.updated(rec ? rec.title[lang] : null)} {m.whatIf.active} <a href={`/checks/${checkId}`}>{m.whatIf.reset}</a>
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
              <a href={`/checks/${checkId}/anerkennung`}>{m.recognitionFinder}</a>
            </p>
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
  );
}

export function ResultPage(p: ResultContentProps & { currentUrl: string }) {
  const { currentUrl, ...content } = p;
  return (
    <Layout lang={p.lang} title={resultTitle(p.lang)} currentUrl={currentUrl}>
      <ResultContent {...content} />
    </Layout>
  );
}
