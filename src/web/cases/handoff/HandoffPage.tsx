// The printable hand-off pack of one official step (issue 14): what the form or portal asks with the case's details,
// "to be entered" where the case holds nothing, the documents to attach with their checklist status, the sources and
// whether the field list is confirmed. Printing hides the navigation and the buttons (.no-print, lotse.css).

import type { HandoffPackView } from '../../../app/handoff/getHandoffPack.ts';
import type { Lang } from '../../../i18n/index.ts';
import { Shell } from '../../shell/Shell.tsx';
import type { PageUser } from '../../shell/Shell.tsx';
import { hm } from './messages.ts';
import { HANDOFF_FORMS } from '../../../law/handoff/forms.ts';

const DOC_TAG: Record<string, string> = { missing: 'tag-warning', uploaded: 'tag-neutral', checked: 'tag-success', rejected: 'tag-error' };

export function formatDay(lang: Lang, iso: string): string {
  return lang === 'de' ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;
}

export function HandoffPage({ lang, currentUrl, user, pack }: { lang: Lang; currentUrl: string; user: PageUser; pack: HandoffPackView }) {
  const m = hm(lang);
  const f = pack.form;
  const title = f.title[lang];
  const base = `/cases/${pack.caseId}/handoff`;
  return (
    <Shell lang={lang} title={m.pageTitle(title, pack.caseNumber)} currentUrl={currentUrl} user={user}>
      <p class="no-print">
        <a href={`/cases/${pack.caseId}`}>{m.backToCase}</a>
      </p>
      <h1>{title}</h1>
      <p>
        <strong>{m.caseLine(pack.caseNumber, pack.companyName)}</strong>
      </p>
      <p>{m.prepares}</p>
      {f.status === 'unconfirmed' ? (
        <div class="notice notice-important" role="note">
          {m.unconfirmedForm}
        </div>
      ) : null}
      <dl class="ws-details">
        <div class="ws-row">
          <dt>{m.filing}</dt>
          <dd>{f.filing[lang]}</dd>
        </div>
        <div class="ws-row">
          <dt>{m.filedBy}</dt>
          <dd>{f.filedBy[lang]}</dd>
        </div>
        {f.url ? (
          <div class="ws-row">
            <dt>{m.portal}</dt>
            <dd>
              <a href={f.url}>{f.url}</a>
            </dd>
          </div>
        ) : null}
        {f.note ? (
          <div class="ws-row">
            <dt>{m.hint}</dt>
            <dd>{f.note[lang]}</dd>
          </div>
        ) : null}
      </dl>
      <p class="no-print button-group">
        <a class="button" href={`${base}/${pack.step}/download`} download>
          {m.download}
        </a>
      </p>

      <h2>{m.fields}</h2>
      <p>{m.summary(pack.filled, pack.toBeEntered)}</p>
      {pack.sections.map((s) => (
        <section key={s.id} aria-labelledby={`section-${s.id}`}>
          <h3 id={`section-${s.id}`}>
            {s.label[lang]}{' '}
            {s.status === 'unconfirmed' ? <span class="tag tag-warning">{m.unconfirmed}</span> : <span class="tag tag-success">{m.confirmed}</span>}
          </h3>
          {s.note ? <p class="hint">{s.note[lang]}</p> : null}
          <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{m.field}</th>
                <th scope="col">{m.value}</th>
              </tr>
            </thead>
            <tbody>
              {s.fields.map((field) => (
                <tr key={field.id}>
                  <th scope="row">
                    {field.label[lang]}
                    {field.hint ? <span class="hint"> ({field.hint[lang]})</span> : null}
                  </th>
                  <td>{field.value ? field.value[lang] : <span class="tag tag-neutral">{m.toBeEntered}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </section>
      ))}

      <h2>{m.documents}</h2>
      {pack.documents.length === 0 ? (
        <p>{m.noDocuments}</p>
      ) : (
        <ul>
          {pack.documents.map((d) => (
            <li key={d.id}>
              {d.label[lang]} <span class={`tag ${DOC_TAG[d.status] ?? 'tag-neutral'}`}>{m.docStatus[d.status] ?? d.status}</span>
            </li>
          ))}
        </ul>
      )}

      <h2>{m.source}</h2>
      <p>{m.lastVerified(formatDay(lang, f.lastVerified))}</p>
      <ul>
        <li>
          <a href={f.reference.url}>{f.reference.title}</a>
        </li>
        {(f.alsoSee ?? []).map((r) => (
          <li key={r.url}>
            <a href={r.url}>{r.title}</a>
          </li>
        ))}
      </ul>

      {pack.steps.length > 1 ? (
        <nav class="no-print" aria-labelledby="other-steps">
          <h2 id="other-steps">{m.otherSteps}</h2>
          <ul>
            {pack.steps
              .filter((s) => s !== pack.step)
              .map((s) => (
                <li key={s}>
                  <a href={`${base}/${s}`}>{HANDOFF_FORMS[s].title[lang]}</a>
                </li>
              ))}
          </ul>
        </nav>
      ) : null}
    </Shell>
  );
}
