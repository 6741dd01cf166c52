// Pieces shared by the case page's recognition section and the measures catalogue (issue 16): a measure's facts
// (duration, cost, legal basis), the funding that may apply with its conditions and deadlines, and the providers from
// the partner directory with the "Vermitteln" link of the referral form (/cases/:caseId/referrals/new).

import type { Lang } from '../../../i18n/index.ts';
import type { FundingOption } from '../../../law/recognition/funding.ts';
import type { Measure, MeasureCost, MeasureDuration, MeasureKind } from '../../../law/recognition/measures.ts';
import type { Provider } from '../../../app/recognition/providers.ts';
import { formatDate } from '../../shell/domain/labels.ts';
import { qm } from './messages.ts';

export const euro = (lang: Lang, n: number) => n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');

export function ToVerify({ lang }: { lang: Lang }) {
  return <span class="tag tag-warning">{qm(lang).toVerify}</span>;
}

export function MeasureFacts({ lang, measure, cost, duration }: { lang: Lang; measure: Measure; cost: MeasureCost; duration: MeasureDuration }) {
  const m = qm(lang);
  return (
    <dl class="ws-details">
      <div class="ws-row">
        <dt>{m.duration}</dt>
        <dd>
          {duration.text[lang]} {duration.unconfirmed ? <ToVerify lang={lang} /> : null}
        </dd>
      </div>
      <div class="ws-row">
        <dt>{m.cost}</dt>
        <dd>
          {cost.text[lang]} {cost.unconfirmed ? <ToVerify lang={lang} /> : null}
          {cost.reference ? (
            <>
              {' '}
              (<a href={cost.reference.url}>{m.source}</a>)
            </>
          ) : null}
        </dd>
      </div>
      <div class="ws-row">
        <dt>{m.legalBasis}</dt>
        <dd>
          {measure.legalBasis.map((b, i) => (
            <>
              {i > 0 ? '; ' : ''}
              {b.reference ? <a href={b.reference.url}>{b.text[lang]}</a> : b.text[lang]}
              {b.unconfirmed ? (
                <>
                  {' '}
                  <ToVerify lang={lang} />
                </>
              ) : null}
            </>
          ))}
        </dd>
      </div>
    </dl>
  );
}

export function FundingList({ lang, funding }: { lang: Lang; funding: readonly FundingOption[] }) {
  const m = qm(lang);
  if (funding.length === 0) return <p>{m.noFunding}</p>;
  return (
    <ul class="funding-list">
      {funding.map((f) => (
        <li key={f.id}>
          <strong>{f.title[lang]}</strong>
          {f.maxAmountEur !== null ? `: ${m.upTo(euro(lang, f.maxAmountEur))}` : null}
          {f.applyUntil ? <> · {m.applyUntil(formatDate(lang, f.applyUntil))}</> : null}
          {f.claimsUntil ? <> · {m.claimsUntil(formatDate(lang, f.claimsUntil))}</> : null}
          {f.fits === 'no' ? (
            <>
              {' '}
              <span class="tag tag-error">{m.fitsNo}</span>
            </>
          ) : null}
          {f.fitNote ? <p>{f.fitNote[lang]}</p> : null}
          <p class="hint">{f.legalBasis[lang]}</p>
          <details>
            <summary>
              {m.conditions(f.conditions.length)}
              {f.conditions.some((c) => c.unconfirmed) ? (
                <>
                  {' '}
                  <ToVerify lang={lang} />
                </>
              ) : null}
            </summary>
            <ul>
              {f.conditions.map((c) => (
                <li>
                  {c.text[lang]}
                  {c.unconfirmed ? (
                    <>
                      {' '}
                      <ToVerify lang={lang} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
            <a href={f.reference.url}>{m.source}</a>
          </details>
        </li>
      ))}
    </ul>
  );
}

export function referralHref(caseId: string, partnerId: string, kind: MeasureKind): string {
  return `/cases/${caseId}/referrals/new?partner=${encodeURIComponent(partnerId)}&measure=${encodeURIComponent(kind)}`;
}

export function ProviderList({
  lang,
  providers,
  kind,
  measureTitle,
  caseId,
  mayManagePartners,
}: {
  lang: Lang;
  providers: readonly Provider[];
  kind: MeasureKind;
  measureTitle: string;
  /** on a case: each provider gets the "Vermitteln" link */
  caseId?: string;
  mayManagePartners: boolean;
}) {
  const m = qm(lang);
  if (providers.length === 0) {
    return (
      <p>
        {m.noProviders}
        {mayManagePartners ? (
          <>
            {' '}
            <a href="/partners">{m.managePartners}</a>
          </>
        ) : null}
      </p>
    );
  }
  return (
    <ul class="provider-list">
      {providers.map((p) => (
        <li key={p.id}>
          <strong>{p.name}</strong>
          {p.region ? <> ({p.region})</> : null}
          {p.unconfirmed ? (
            <>
              {' '}
              <ToVerify lang={lang} />
            </>
          ) : null}
          {p.phone ? <> · {p.phone}</> : null}
          {p.email ? (
            <>
              {' '}
              · <a href={`mailto:${p.email}`}>{p.email}</a>
            </>
          ) : null}
          {p.website ? (
            <>
              {' '}
              · <a href={p.website}>{p.website}</a>
            </>
          ) : null}
          {caseId ? (
            <>
              {' '}
              <a class="button button-secondary" href={referralHref(caseId, p.id, kind)} aria-label={m.referLabel(p.name, measureTitle)}>
                {m.refer}
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
