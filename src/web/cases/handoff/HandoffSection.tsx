// The hand-off section of the case page (issue 14): the official steps the case's route needs, each a link to its
// printable pack and its download.

import type { HandoffStepSummary } from '../../../app/handoff/getHandoffPack.ts';
import type { Lang } from '../../../i18n/index.ts';
import { hm } from './messages.ts';

export function HandoffSection({ lang, caseId, steps }: { lang: Lang; caseId: string; steps: HandoffStepSummary[] }) {
  const m = hm(lang);
  return (
    <section aria-labelledby="handoff-title" class="case-handoff">
      <h2 id="handoff-title">{m.sectionTitle}</h2>
      <p>{m.sectionIntro}</p>
      {steps.length === 0 ? (
        <p>{m.noSteps}</p>
      ) : (
        <ul>
          {steps.map((s) => (
            <li key={s.step}>
              <a href={`/cases/${caseId}/handoff/${s.step}`}>{s.title[lang]}</a>
              {s.status === 'unconfirmed' ? <span class="tag tag-warning"> {m.unconfirmed}</span> : null} ·{' '}
              <a href={`/cases/${caseId}/handoff/${s.step}/download`} download>
                {m.download}
                <span class="visually-hidden">: {s.title[lang]}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
