// The process plan of a check: settings (route, start date, procedure), the summary, regular vs § 81a side by
// side, the timeline as an SVG Gantt chart with the same data as a table, every step with actor, documents
// (a checklist), statutory deadline, duration, fee and authority, and the exports.

import type { Lang } from '../../../../i18n/index.ts';
import type { CheckResult } from '../../../../law/types.ts';
import { Layout } from '../../../shell/Layout.tsx';
import { cm } from '../../messages/index.ts';
import { fmtDate, fmtEur } from '../steps/StepShell.tsx';
import { Checklist, OfficeFigure, StepCard, money } from './planParts.tsx';
import type { PlanView } from './planParts.tsx';
import { Gantt } from './Gantt.tsx';

export function PlanPage(p: {
  lang: Lang;
  currentUrl: string;
  checkId: string;
  result: CheckResult;
  view: PlanView;
}) {
  const { lang, checkId, result, view } = p;
  const { plan } = view;
  const m = cm(lang).plan;
  const c = cm(lang);
  const route = result.routes.find((r) => r.id === view.routeId)!;
  const routeTitle = route.title[lang];
  const target = plan.milestones.find((x) => x.id === plan.totals.targetMilestone);
  const query = `route=${encodeURIComponent(view.routeId)}&start=${view.start}&procedure=${view.procedure}`;
  const fees = plan.totals.fees;
  return (
    <Layout lang={lang} title={`${m.title}: ${routeTitle}`} currentUrl={p.currentUrl}>
      <div class="check-plan">
        <p class="no-print">
          <a class="back-link" href={`/checks/${checkId}`}>
            {m.backToResult}
          </a>
        </p>
        <h1>{m.heading(routeTitle)}</h1>
        <p class="lead">{m.lead}</p>
        {view.notice ? (
          <div class="notice notice-important">
            <p>{view.notice}</p>
          </div>
        ) : null}

        <form method="get" action={`/checks/${checkId}/plan`} class="plan-settings no-print">
          <h2 class="plan-settings-title">{m.settings}</h2>
          <div class="plan-settings-row">
            <div class="form-group">
              <label for="plan-route">{m.route}</label>
              <select id="plan-route" name="route">
                {result.routes.map((r) => (
                  <option key={r.id} value={r.id} selected={r.id === view.routeId}>
                    {r.title[lang]} ({c.result.outcome[r.outcome]})
                  </option>
                ))}
              </select>
            </div>
            <div class="form-group">
              <label for="plan-start">{m.start}</label>
              <input type="date" id="plan-start" name="start" value={view.start} class="input-width-10" aria-describedby="plan-start-hint" />
              <p class="hint" id="plan-start-hint">
                {m.startHint}
              </p>
            </div>
            <div class="form-group">
              <label for="plan-procedure">{m.procedure}</label>
              <select id="plan-procedure" name="procedure">
                <option value="regular" selected={view.procedure === 'regular'}>
                  {m.regular}
                </option>
                {view.acceleratedOpen ? (
                  <option value="accelerated" selected={view.procedure === 'accelerated'}>
                    {m.accelerated}
                  </option>
                ) : null}
              </select>
            </div>
          </div>
          <button type="submit" class="button button-secondary">
            {m.update}
          </button>
          {!view.acceleratedOpen ? <p class="hint">{m.acceleratedNotAvailable}</p> : null}
        </form>

        <section aria-labelledby="plan-summary" class="section plan-summary">
          <h2 id="plan-summary">{m.summaryHeading}</h2>
          <dl class="summary-list plan-summary-facts">
            <dt>{m.summaryRoute}</dt>
            <dd>
              {routeTitle} <span class="citation">({plan.routeRef})</span>
            </dd>
            <dt>{m.procedure}</dt>
            <dd>{view.procedure === 'accelerated' ? m.accelerated : m.regular}</dd>
            <dt>{m.start}</dt>
            <dd>{fmtDate(plan.startDate, lang)}</dd>
            {target ? (
              <>
                <dt>{m.target[target.id] ?? target.title[lang]}</dt>
                <dd>
                  <strong>
                    {m.typicalDate} {fmtDate(target.date, lang)}
                  </strong>{' '}
                  ({m.range(fmtDate(target.earliest, lang), fmtDate(target.latest, lang))}; {m.weeks(Math.round(plan.totals.durationDays.typical / 7))})
                </dd>
              </>
            ) : null}
            <dt>{m.totalFees}</dt>
            <dd>
              {money(fees.total, lang)}
              {fees.byPayer.company.max > 0 ? <span class="plan-payer">; {m.byCompany}: {money(fees.byPayer.company, lang)}</span> : null}
              {fees.byPayer.candidate.max > 0 ? <span class="plan-payer">; {m.byCandidate}: {money(fees.byPayer.candidate, lang)}</span> : null}
              {fees.byPayer.either.max > 0 ? <span class="plan-payer">; {m.byEither}: {money(fees.byPayer.either, lang)}</span> : null}
            </dd>
          </dl>
          {plan.means && plan.means.monthlyNetEur !== null && plan.means.yearlyEur !== null ? <p>{m.means(fmtEur(plan.means.monthlyNetEur, lang), fmtEur(plan.means.yearlyEur, lang))}</p> : null}
          <h3 class="plan-summary-steps-title">{m.summarySteps}</h3>
          <div class="table-wrap" tabIndex={0} role="region" aria-label={m.summarySteps}>
            <table class="table plan-summary-table">
              <caption class="visually-hidden">{m.summarySteps}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.colStep}</th>
                  <th scope="col">{m.colWho}</th>
                  <th scope="col">{m.colWhen}</th>
                  <th scope="col">{m.colFee}</th>
                </tr>
              </thead>
              <tbody>
                {plan.steps.map((s, i) => (
                  <tr key={s.id} class={s.leadsToTarget ? undefined : 'plan-after-target'}>
                    <th scope="row">
                      {i + 1}. {s.title[lang]}
                      {s.leadsToTarget ? null : <span class="plan-after-target-note"> ({m.afterTarget})</span>}
                    </th>
                    <td>{c.actors[s.actor]}</td>
                    <td>
                      <span class="nowrap">{s.start === s.end ? fmtDate(s.start, lang) : `${fmtDate(s.start, lang)} – ${fmtDate(s.end, lang)}`}</span>
                      {s.deadline ? <span class="plan-statutory">{m.statutoryShort(m.period(s.deadline.period.n, s.deadline.period.unit), s.deadline.ref)}</span> : null}
                      {view.office ? <OfficeFigure office={view.office} plan={plan} step={s} lang={lang} /> : null}
                    </td>
                    <td>{s.fee ? `${money(s.fee.eur, lang)} (${c.payers[s.fee.payer]})` : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="hint plan-summary-note">{m.summaryNote}</p>
          <p class="hint print-only">{m.printNote}</p>
        </section>

        <details class="plan-details plan-checklist-details" id="plan-documents" open={view.ticksSaved ? true : undefined}>
          <summary>
            <h2 class="plan-details-title">{m.checklistSummary}</h2>
          </summary>
          <Checklist plan={plan} lang={lang} checkId={checkId} view={view} />
        </details>

        <details class="plan-details" id="plan-details">
          <summary>
            <h2 class="plan-details-title">{m.detailsSummary}</h2>
          </summary>
        {view.comparison ? (
          <section aria-labelledby="plan-compare" class="section">
            <h2 id="plan-compare">{m.compareHeading}</h2>
            {/* on a phone the table scrolls in its box: focusable, so a keyboard can scroll it too */}
            <div class="table-wrap" tabIndex={0} role="region" aria-label={m.compareCaption}>
              <table class="table compare-table">
                <caption>{m.compareCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m.compareAspect}</th>
                    <th scope="col">{m.regular}</th>
                    <th scope="col">{m.accelerated}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{m.compareDuration}</th>
                    <td>{m.days(view.comparison.cmp.durationDays.regular.typical)}</td>
                    <td>{m.days(view.comparison.cmp.durationDays.accelerated.typical)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{m.target[view.comparison.regular.totals.targetMilestone] ?? ''}</th>
                    <td>{fmtDate(view.comparison.regular.milestones.find((x) => x.id === view.comparison!.regular.totals.targetMilestone)?.date ?? plan.startDate, lang)}</td>
                    <td>{fmtDate(view.comparison.accelerated.milestones.find((x) => x.id === view.comparison!.accelerated.totals.targetMilestone)?.date ?? plan.startDate, lang)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{m.compareFees}</th>
                    <td>{money(view.comparison.cmp.fees.regular, lang)}</td>
                    <td>{money(view.comparison.cmp.fees.accelerated, lang)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{m.compareExtra}</th>
                    <td>–</td>
                    <td>
                      {view.comparison.cmp.onlyAccelerated.map((f) => (
                        <span key={f.parameterId} class="compare-extra">
                          {money(f.fee.eur, lang)} ({f.fee.norm})
                        </span>
                      ))}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">{m.compareSigns}</th>
                    <td>{view.comparison.regular.companySigns.map((s) => s.label[lang]).join('; ') || '–'}</td>
                    <td>{view.comparison.accelerated.companySigns.map((s) => s.label[lang]).join('; ') || '–'}</td>
                  </tr>
                </tbody>
              </table>
            </div>
            <p>{view.comparison.cmp.durationDays.typicalSaving > 0 ? m.compareSaving(view.comparison.cmp.durationDays.typicalSaving) : m.compareSlower}</p>
          </section>
        ) : null}

        <section aria-labelledby="plan-timeline" class="section">
          <h2 id="plan-timeline">{m.timelineHeading}</h2>
          <Gantt plan={plan} lang={lang} title={m.ganttTitle(routeTitle)} />
          <ul class="gantt-legend" aria-hidden="true">
            {[...new Set(plan.steps.map((s) => s.actor))].map((a) => (
              <li key={a} class={`gantt-legend-item gantt-${a}`}>
                <span class="gantt-swatch"></span>
                {c.actors[a]}
              </li>
            ))}
          </ul>
          <div class="table-wrap" tabIndex={0} role="region" aria-label={m.tableCaption}>
            <table class="table timeline-table">
              <caption>{m.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.colStep}</th>
                  <th scope="col">{m.colWho}</th>
                  <th scope="col">{m.colStart}</th>
                  <th scope="col">{m.colEnd}</th>
                  <th scope="col">{m.colRange}</th>
                </tr>
              </thead>
              <tbody>
                {plan.steps.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <a href={`#step-${s.id}`}>{s.title[lang]}</a>
                    </th>
                    <td>{c.actors[s.actor]}</td>
                    <td class="nowrap">{fmtDate(s.start, lang)}</td>
                    <td class="nowrap">{fmtDate(s.end, lang)}</td>
                    <td class="nowrap">
                      {fmtDate(s.earliestEnd, lang)} – {fmtDate(s.latestEnd, lang)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="plan-steps" class="section">
          <h2 id="plan-steps">{m.stepsHeading}</h2>
          <ol class="steps plan-steps">
            {plan.steps.map((s) => (
              <StepCard key={s.id} step={s} lang={lang} plan={plan} {...(view.office ? { office: view.office } : {})} />
            ))}
          </ol>
        </section>

        <section aria-labelledby="plan-signs" class="section">
          <h2 id="plan-signs">{m.companySignsHeading}</h2>
          {plan.companySigns.length > 0 ? (
            <ul>
              {plan.companySigns.map((s) => (
                <li key={s.documentId}>
                  {s.label[lang]}
                  {s.note ? <span class="hint"> {s.note[lang]}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{m.noCompanySigns}</p>
          )}
        </section>

        {plan.warnings.length > 0 ? (
          <section aria-labelledby="plan-warnings" class="section notice notice-important">
            <h2 id="plan-warnings" class="notice-title">
              {m.warningsHeading}
            </h2>
            <ul>
              {plan.warnings.map((w) => (
                <li key={w.id}>{w.text[lang]}</li>
              ))}
            </ul>
          </section>
        ) : null}

        </details>

        <section aria-labelledby="plan-exports" class="section no-print">
          <h2 id="plan-exports">{m.exportsHeading}</h2>
          <ul class="export-list">
            <li>
              <a href={`/checks/${checkId}/plan.ics?${query}`} download>
                {m.ics}
              </a>
              <span class="hint"> {m.icsHint}</span>
            </li>
            <li>
              <a href={`/checks/${checkId}/candidate?${query}`}>{m.candidate}</a>
            </li>
            <li>{m.print}</li>
          </ul>
        </section>
      </div>
    </Layout>
  );
}
