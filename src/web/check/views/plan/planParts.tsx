// The parts of the process plan page: what the page shows (PlanView), fees, an authority with its address, and
// one step as a card (actor, documents as a checklist, statutory deadline, duration, fee, authority).

import type { Lang } from '../../../../i18n/index.ts';
import type { RouteId } from '../../../../law/types.ts';
import type { PlanComparison } from '../../../../law/plan/buildPlan.ts';
import type { Authority, Plan, PlanDocument, PlanStep } from '../../../../law/plan/types.ts';
import { cm } from '../../messages/index.ts';
import { officeDurationOf } from '../../../../app/cases/durationStats.ts';
import type { OfficeDurations } from '../../../../app/cases/durationStats.ts';
import { fmtDate, fmtEur } from '../steps/StepShell.tsx';

export interface PlanView {
  routeId: RouteId;
  start: string;
  procedure: 'regular' | 'accelerated';
  plan: Plan;
  /** both procedures, when § 81a is open to the route */
  comparison?: { regular: Plan; accelerated: Plan; cmp: PlanComparison };
  acceleratedOpen: boolean;
  notice?: string;
  /** document ids ticked in the saved check for this route */
  ticks: string[];
  /** the ticks were just saved (after the POST's redirect) */
  ticksSaved?: boolean;
  /** issue 15: the office's own durations per step, for the office's signed-in staff only */
  office?: OfficeDurations;
}

/** The office's figure for a step of the plan, as one line ("Ihr Büro: Median 41 Tage (28–75, 12 Fälle)"), or null. */
export function OfficeFigure({ office, plan, step, lang }: { office: OfficeDurations | undefined; plan: Plan; step: PlanStep; lang: Lang }) {
  const f = officeDurationOf(office, plan.procedure, step.id);
  if (!f) return null;
  const m = cm(lang).plan;
  return (
    <span class="plan-office">
      {m.officeDuration(f.median, f.min, f.max, f.n)}
      <span class="hint"> ({m.officeHint})</span>
    </span>
  );
}

/** The plan's documents once each, in order of first use, with the steps that need them. */
export function planDocuments(plan: Plan): Array<{ doc: PlanDocument; steps: PlanStep[] }> {
  const out = new Map<string, { doc: PlanDocument; steps: PlanStep[] }>();
  for (const s of plan.steps) {
    for (const d of s.documents) {
      const e = out.get(d.id);
      if (e) e.steps.push(s);
      else out.set(d.id, { doc: d, steps: [s] });
    }
  }
  return [...out.values()];
}

export function money(r: { min: number; max: number } | null, lang: Lang): string {
  if (r === null) return cm(lang).plan.feeUnknown;
  return r.min === r.max ? fmtEur(r.min, lang) : `${fmtEur(r.min, lang)} – ${fmtEur(r.max, lang)}`;
}

export function AuthorityText({ a, lang }: { a: Authority; lang: Lang }) {
  const m = cm(lang).plan;
  if (a.known) {
    return (
      <span>
        {a.name[lang]}
        {a.url ? (
          <>
            {' '}
            (<a href={a.url}>{m.website}</a>)
          </>
        ) : null}
        {a.note ? <span class="hint"> {a.note[lang]}</span> : null}
        {a.unconfirmed ? <span class="tag tag-warning plan-verify">{m.verify}</span> : null}
      </span>
    );
  }
  return (
    <span>
      {a.role[lang]}. <span class="plan-unknown">{a.note[lang]}</span>
    </span>
  );
}

export function StepCard({ step, lang, plan, office }: { step: PlanStep; lang: Lang; plan?: Plan; office?: OfficeDurations }) {
  const m = cm(lang).plan;
  const c = cm(lang);
  return (
    <li class="plan-step" id={`step-${step.id}`}>
      <h3 class="step-title">{step.title[lang]}</h3>
      <p class="plan-step-meta">
        <span class={`actor-badge actor-${step.actor}`}>{c.actors[step.actor]}</span>
        <span class="plan-step-dates">
          {fmtDate(step.start, lang)} – {fmtDate(step.end, lang)}
        </span>
      </p>
      <p>{step.description[lang]}</p>
      <dl class="plan-facts">
        {step.authority ? (
          <>
            <dt>{m.authority}</dt>
            <dd>
              <AuthorityText a={step.authority} lang={lang} />
            </dd>
          </>
        ) : null}
        {step.deadline ? (
          <>
            <dt>{m.deadline}</dt>
            <dd>{m.deadlineText(m.period(step.deadline.period.n, step.deadline.period.unit), step.deadline.ref, step.deadline.text[lang], fmtDate(step.start, lang), fmtDate(step.deadline.date, lang))}</dd>
          </>
        ) : null}
        <dt>{m.duration}</dt>
        <dd>
          {m.durationValue(step.duration.typical, step.duration.min, step.duration.max)}
          {step.duration.estimate ? <span class="hint"> ({m.estimate})</span> : null}
          {plan && office ? (
            <>
              <br />
              <OfficeFigure office={office} plan={plan} step={step} lang={lang} />
            </>
          ) : null}
        </dd>
        {step.fee ? (
          <>
            <dt>{m.fee}</dt>
            <dd>
              {money(step.fee.eur, lang)}, {m.paidBy} {c.payers[step.fee.payer]} <span class="citation">({step.fee.norm})</span>
              {step.fee.note ? <span class="hint"> {step.fee.note[lang]}</span> : null}
            </dd>
          </>
        ) : null}
      </dl>
      {step.documents.length > 0 ? (
        <>
          <h4 class="plan-step-docs-title">{m.documents}</h4>
          <ul class="plan-step-docs">
            {step.documents.map((d) => (
              <li key={d.id}>
                <a href={`#doc-${d.id}`}>{d.label[lang]}</a>
                <span class="hint">
                  {' '}
                  ({m.providedBy}: {c.actors[d.providedBy]}
                  {d.note ? ` – ${d.note[lang]}` : ''})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}

/** The document checklist: one form, one tick box per document, saved with the check (works without JavaScript). */
export function Checklist(p: { plan: Plan; lang: Lang; checkId: string; view: PlanView }) {
  const { plan, lang, view } = p;
  const m = cm(lang).plan;
  const c = cm(lang);
  const docs = planDocuments(plan);
  const ticked = new Set(view.ticks);
  const done = docs.filter((d) => ticked.has(d.doc.id)).length;
  return (
    <form method="post" action={`/checks/${p.checkId}/plan/documents`} class="plan-checklist">
      <input type="hidden" name="route" value={view.routeId} />
      <input type="hidden" name="start" value={view.start} />
      <input type="hidden" name="procedure" value={view.procedure} />
      <fieldset class="checklist" aria-describedby="plan-checklist-hint">
        <legend>{m.checklistLegend}</legend>
        <p class="hint" id="plan-checklist-hint">
          {m.checklistHint} {m.checklistCount(done, docs.length)}.
        </p>
        <ul class="choices">
          {docs.map(({ doc, steps }) => (
            <li class="choice" key={doc.id}>
              <input type="checkbox" id={`doc-${doc.id}`} name="doc" value={doc.id} checked={ticked.has(doc.id)} />
              <label for={`doc-${doc.id}`}>
                {doc.label[lang]}
                <span class="hint choice-hint">
                  {m.providedBy}: {c.actors[doc.providedBy]}; {m.checklistFor}: {steps.map((s) => s.title[lang]).join('; ')}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" class="button button-secondary">
        {m.checklistSave}
      </button>
      {view.ticksSaved ? (
        <p class="plan-ticks-saved" role="status">
          {m.checklistSaved}
        </p>
      ) : null}
    </form>
  );
}
