// One page for the candidate, in English with the German terms beside it (lang="de" marked): the route, the
// expected dates, and the documents the candidate must prepare, as a checklist. Designed to print on one page.

import { Fragment } from 'preact';
import type { RouteAssessment } from '../../../law/types.ts';
import type { Plan } from '../../../law/plan/types.ts';
import { Layout } from '../../shell/Layout.tsx';
import { AuthorityText } from './plan/planParts.tsx';
import { fmtDate } from './steps/StepShell.tsx';

export function CandidatePage({ currentUrl, route, plan, backHref }: { currentUrl: string; route: RouteAssessment; plan: Plan; backHref: string }) {
  const docs = new Map<string, { en: string; de: string; note?: string }>();
  for (const s of plan.steps) {
    for (const d of s.documents) {
      if (d.providedBy === 'candidate' && !docs.has(d.id)) docs.set(d.id, { en: d.label.en, de: d.label.de, ...(d.note ? { note: d.note.en } : {}) });
    }
  }
  const mission = plan.steps.find((s) => s.actor === 'mission' && s.authority)?.authority;
  const candidateSteps = plan.steps.filter((s) => s.actor === 'candidate');
  return (
    <Layout lang="en" title={`Your way to work in Germany: ${route.title.en}`} currentUrl={currentUrl}>
      <div class="candidate-sheet">
        <p class="no-print">
          <a class="back-link" href={backHref}>
            Back to the process plan
          </a>
        </p>
        <h1>
          Your way to work in Germany
          <span class="candidate-de" lang="de">
            Ihr Weg zur Arbeit in Deutschland
          </span>
        </h1>
        <dl class="summary-list">
          <dt>Route</dt>
          <dd>
            {route.title.en}{' '}
            <span lang="de" class="candidate-de-inline">
              ({route.title.de}, {route.ref})
            </span>
          </dd>
          <dt>Procedure</dt>
          <dd>{plan.procedure === 'accelerated' ? 'Accelerated procedure for skilled workers (§ 81a AufenthG), requested by your employer' : 'Regular visa procedure'}</dd>
          {plan.milestones.map((ms) => (
            <Fragment key={ms.id}>
              <dt>{ms.title.en}</dt>
              <dd>
                expected {fmtDate(ms.date, 'en')} <span class="hint">(earliest {fmtDate(ms.earliest, 'en')}, latest {fmtDate(ms.latest, 'en')})</span>
              </dd>
            </Fragment>
          ))}
          {mission ? (
            <>
              <dt>Where you apply for the visa</dt>
              <dd>
                <AuthorityText a={mission} lang="en" />
              </dd>
            </>
          ) : null}
        </dl>

        <h2>
          Documents you need to prepare{' '}
          <span class="candidate-de" lang="de">
            Unterlagen, die Sie vorbereiten
          </span>
        </h2>
        <ul class="choices candidate-docs">
          {[...docs.entries()].map(([id, d]) => (
            <li class="choice" key={id}>
              <input type="checkbox" id={`cand-${id}`} />
              <label for={`cand-${id}`}>
                {d.en}{' '}
                <span lang="de" class="candidate-de-inline">
                  ({d.de})
                </span>
                {d.note ? <span class="hint choice-hint">{d.note}</span> : null}
              </label>
            </li>
          ))}
        </ul>

        <h2>What you do</h2>
        <ol>
          {candidateSteps.map((s) => (
            <li key={s.id}>
              <strong>{s.title.en}</strong> ({fmtDate(s.start, 'en')} – {fmtDate(s.end, 'en')}): {s.description.en}
            </li>
          ))}
        </ol>
        <p class="hint">
          All dates are estimates by Lotse from the plan’s start date of {fmtDate(plan.startDate, 'en')}. The authorities decide. Keep originals and certified
          translations of your certificates ready.
        </p>
      </div>
    </Layout>
  );
}
