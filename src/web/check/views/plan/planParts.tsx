// The parts of the process plan page: what the page shows (PlanView), fees, an authority with its address, and
// one step as a card (actor, documents as a checklist, statutory deadline, duration, fee, authority).

import type { Lang } from '../../../../i18n/index.ts';
import type { RouteId } from '../../../../law/types.ts';
import type { PlanComparison } from '../../../../law/plan/buildPlan.ts';
import type { Authority, Plan, PlanStep } from '../../../../law/plan/types.ts';
import { cm } from '../../messages/index.ts';
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

export function StepCard({ step, lang, index }: { step: PlanStep; lang: Lang; index: number }) {
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
            <dd>{m.deadlineText(step.deadline.text[lang], step.deadline.ref, fmtDate(step.deadline.date, lang))}</dd>
          </>
        ) : null}
        <dt>{m.duration}</dt>
        <dd>
          {m.durationValue(step.duration.typical, step.duration.min, step.duration.max)}
          {step.duration.estimate ? <span class="hint"> ({m.estimate})</span> : null}
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
        <fieldset class="checklist">
          <legend>{m.documents}</legend>
          <ul class="choices">
            {step.documents.map((d) => {
              const id = `doc-${index}-${d.id}`;
              return (
                <li class="choice" key={d.id}>
                  <input type="checkbox" id={id} />
                  <label for={id}>
                    {d.label[lang]}
                    <span class="hint choice-hint">
                      {m.providedBy}: {c.actors[d.providedBy]}
                      {d.note ? ` – ${d.note[lang]}` : ''}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
    </li>
  );
}
