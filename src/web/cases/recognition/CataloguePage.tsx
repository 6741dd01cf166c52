// The measures catalogue for the office's staff (/qualifizierung, issue 16): every measure with what it is for, what
// deficits it closes, duration, cost, legal basis, the funding that may apply today and the providers from the
// partner directory; then the programmes that pay for none of them (Aufstiegs-BAföG: upgrade training only).

import { Shell } from '../../shell/Shell.tsx';
import type { PageBase } from '../../workspace/form.tsx';
import { may } from '../../workspace/form.tsx';
import type { MeasureCatalogue } from '../../../app/recognition/measureCatalogue.ts';
import { DEFICIT_TAG_LABELS } from '../../../law/recognition/measures.ts';
import { qm } from './messages.ts';
import { FundingList, MeasureFacts, ProviderList, ToVerify } from './parts.tsx';

export function CataloguePage({ lang, currentUrl, user, catalogue }: PageBase & { catalogue: MeasureCatalogue }) {
  const m = qm(lang);
  const manage = may(user, 'partner.manage');
  return (
    <Shell lang={lang} title={m.catalogueTitle} currentUrl={currentUrl} user={user}>
      <h1>{m.catalogueTitle}</h1>
      <p>{m.catalogueIntro}</p>
      <p class="hint">{m.unconfirmedNote}</p>
      {catalogue.entries.map((e) => (
        <section key={e.measure.kind} id={e.measure.kind} aria-labelledby={`${e.measure.kind}-title`}>
          <h2 id={`${e.measure.kind}-title`}>{e.measure.title[lang]}</h2>
          <p>{e.measure.purpose[lang]}</p>
          <p>
            <strong>{m.closes}:</strong> {e.measure.closes.map((t) => DEFICIT_TAG_LABELS[t][lang]).join(', ')}
          </p>
          <MeasureFacts lang={lang} measure={e.measure} cost={e.cost} duration={e.duration} />
          <h3>{m.funding}</h3>
          <FundingList lang={lang} funding={e.funding} />
          <h3>{m.providers}</h3>
          <ProviderList lang={lang} providers={e.providers} kind={e.measure.kind} measureTitle={e.measure.title[lang]} mayManagePartners={manage} />
        </section>
      ))}
      {catalogue.otherProgrammes.length > 0 ? (
        <section aria-labelledby="other-programmes">
          <h2 id="other-programmes">{m.otherProgrammes}</h2>
          {catalogue.otherProgrammes.map((p) => (
            <div key={p.id}>
              <h3>{p.title[lang]}</h3>
              {p.notFor ? (
                <p>
                  <strong>{m.notFor}:</strong> {p.notFor[lang]}
                </p>
              ) : null}
              <p class="hint">{p.legalBasis[lang]}</p>
              <ul>
                {p.conditions.map((c) => (
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
              <a href={p.reference.url}>{m.source}</a>
            </div>
          ))}
        </section>
      ) : null}
    </Shell>
  );
}
