// The case page's section "Anerkennung und Qualifizierung" (issue 16): the recognition record (outcome, body, dates,
// the notice's differences as text and tags) and the measures proposed on it, each with why (which deficit it closes),
// duration, cost, the funding that may apply (with its conditions and deadlines) and the residence route, and for the
// office's staff the providers of the partner directory with a "Vermitteln" link. The record is changed on its own form
// page (/cases/:id/recognition); a company user reads the section.

import type { Lang } from '../../../i18n/index.ts';
import type { CaseRecognitionView } from '../../../app/recognition/getCaseRecognition.ts';
import { DEFICIT_TAG_LABELS, NOTICE_OUTCOME_LABELS } from '../../../law/recognition/measures.ts';
import { formatDate } from '../../shell/domain/labels.ts';
import { qm } from './messages.ts';
import { FundingList, MeasureFacts, ProviderList } from './parts.tsx';

export const RECOGNITION_SECTION_ID = 'anerkennung';

export function RecognitionSection({ lang, view, notice, mayManagePartners }: { lang: Lang; view: CaseRecognitionView; notice?: string; mayManagePartners: boolean }) {
  const m = qm(lang);
  const r = view.record;
  const yn = (v: boolean | null) => (v === true ? m.yes : v === false ? m.no : m.unknown);
  const date = (iso: string | null) => (iso ? formatDate(lang, iso) : m.notGiven);
  return (
    <section aria-labelledby={`${RECOGNITION_SECTION_ID}-title`} id={RECOGNITION_SECTION_ID}>
      <h2 id={`${RECOGNITION_SECTION_ID}-title`}>{m.heading}</h2>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      <p>{m.intro}</p>
      {r === null ? (
        <p>{m.none}</p>
      ) : (
        <dl class="ws-details">
          <div class="ws-row">
            <dt>{m.outcome}</dt>
            <dd>{NOTICE_OUTCOME_LABELS[r.outcome][lang]}</dd>
          </div>
          <div class="ws-row">
            <dt>{m.referenceOccupationId}</dt>
            <dd>
              {view.occupation ? (
                <>
                  {view.occupation.title[lang]}
                  {view.occupation.catalogueId ? (
                    <>
                      {' '}
                      (<a href={`/anerkennung?beruf=${encodeURIComponent(view.occupation.catalogueId)}`}>{m.finderLink}</a>)
                    </>
                  ) : null}
                </>
              ) : (
                (r.referenceOccupationId ?? m.notGiven)
              )}
            </dd>
          </div>
          <div class="ws-row">
            <dt>{m.competentBody}</dt>
            <dd>{r.competentBody ?? m.notGiven}</dd>
          </div>
          <div class="ws-row">
            <dt>{m.appliedOn}</dt>
            <dd>{date(r.appliedOn)}</dd>
          </div>
          <div class="ws-row">
            <dt>{m.decidedOn}</dt>
            <dd>{date(r.decidedOn)}</dd>
          </div>
          <div class="ws-row">
            <dt>{m.regulated}</dt>
            <dd>
              {yn(view.regulated)}
              {view.regulatedFrom === 'occupation' ? ` (${m.regulatedFromOccupation})` : null}
            </dd>
          </div>
          <div class="ws-row">
            <dt>{m.germanLevel}</dt>
            <dd>
              {view.germanLevel ?? m.unknown}
              {view.germanLevelFrom === 'candidate' ? ` (${m.germanFromCandidate})` : null}
            </dd>
          </div>
          <div class="ws-row">
            <dt>{m.residesInGermany}</dt>
            <dd>{yn(r.residesInGermany)}</dd>
          </div>
          <div class="ws-row">
            <dt>{m.deficits}</dt>
            <dd>{r.deficits ?? m.notGiven}</dd>
          </div>
          <div class="ws-row">
            <dt>{m.deficitTags}</dt>
            <dd>{r.deficitTags.length === 0 ? m.notGiven : r.deficitTags.map((t) => DEFICIT_TAG_LABELS[t][lang]).join(', ')}</dd>
          </div>
        </dl>
      )}
      {view.mayEdit ? (
        <p>
          <a class="button button-secondary" href={`/cases/${view.caseId}/recognition`}>
            {r === null ? m.record : m.change}
          </a>
        </p>
      ) : null}
      {r !== null ? (
        <>
          <h3>{m.proposals}</h3>
          {view.proposals.length === 0 ? <p>{m.noProposals}</p> : null}
          {view.proposals.map((p) => (
            <article class="measure-proposal" key={p.kind} aria-labelledby={`measure-${p.kind}`}>
              <h4 id={`measure-${p.kind}`}>{p.measure.title[lang]}</h4>
              {p.why[lang] ? (
                <p>
                  <strong>{m.why}:</strong> {p.why[lang]}
                </p>
              ) : null}
              {p.notes.length > 0 ? (
                <ul>
                  {p.notes.map((n) => (
                    <li>{n[lang]}</li>
                  ))}
                </ul>
              ) : null}
              <p>{p.measure.purpose[lang]}</p>
              <MeasureFacts lang={lang} measure={p.measure} cost={p.cost} duration={p.duration} />
              <h5>{m.funding}</h5>
              <FundingList lang={lang} funding={p.funding} />
              {p.residence ? (
                <p>
                  <strong>{m.residence}:</strong> {p.residence.text[lang]} (<a href={p.residence.reference.url}>{m.source}</a>)
                </p>
              ) : null}
              {view.mayRefer ? (
                <>
                  <h5>{m.providers}</h5>
                  <ProviderList lang={lang} providers={p.providers} kind={p.kind} measureTitle={p.measure.title[lang]} caseId={view.caseId} mayManagePartners={mayManagePartners} />
                </>
              ) : null}
            </article>
          ))}
          <p class="hint">{m.unconfirmedNote}</p>
        </>
      ) : null}
      {view.mayRefer ? (
        <p>
          <a href="/qualifizierung">{m.catalogueLink}</a>
        </p>
      ) : null}
    </section>
  );
}
