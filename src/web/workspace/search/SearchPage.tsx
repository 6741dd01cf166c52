// The search over companies, contacts and consultation records.

import type { SearchResults } from '../../../app/search/searchWorkspace.ts';
import { Shell } from '../../shell/Shell.tsx';
import { wm } from '../../shell/domain/messages/index.ts';
import { ErrorSummary, Input } from '../form.tsx';
import type { PageBase, WsState } from '../form.tsx';
import { formatDate } from '../../shell/domain/labels.ts';
import { candidateMessages } from '../../candidates/messages/index.ts';

export function SearchPage({ lang, currentUrl, user, state, results }: PageBase & { state: WsState; results: SearchResults | null }) {
  const m = wm(lang);
  const s = m.search;
  const total = results ? results.companies.length + results.contacts.length + results.candidates.length + results.consultations.length : 0;
  return (
    <Shell lang={lang} title={s.title} currentUrl={currentUrl} user={user}>
      <h1>{s.title}</h1>
      <ErrorSummary state={state} labels={{ q: s.q }} />
      <form method="get" action="/search" role="search" class="ws-filter">
        <Input state={state} name="q" label={s.q} hint={s.qHint} optional={false} />
        <button type="submit" class="button">
          {s.submit}
        </button>
      </form>
      {results ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{s.results(results.q)}</h2>
          {total === 0 ? <p role="status">{s.nothing}</p> : null}
          {results.companies.length > 0 ? (
            <>
              <h3>{s.companies}</h3>
              <ul>
                {results.companies.map((c) => (
                  <li key={c.id}>
                    <a href={`/companies/${c.id}`}>{c.name}</a>
                    {c.postcode || c.city ? `, ${[c.postcode, c.city].filter(Boolean).join(' ')}` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {results.contacts.length > 0 ? (
            <>
              <h3>{s.contacts}</h3>
              <ul>
                {results.contacts.map((c) => (
                  <li key={c.id}>
                    {c.name}
                    {c.role ? `, ${c.role}` : ''} – <a href={`/companies/${c.companyId}`}>{c.companyName}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {results.candidates.length > 0 ? (
            <>
              <h3>{candidateMessages(lang).listTitle}</h3>
              <ul>
                {results.candidates.map((c) => (
                  <li key={c.id}>
                    <a href={`/candidates/${c.id}`}>{c.name}</a>
                    {c.email ? `, ${c.email}` : ''} – <a href={`/companies/${c.companyId}`}>{c.companyName}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {results.consultations.length > 0 ? (
            <>
              <h3>{s.consultations}</h3>
              <ul>
                {results.consultations.map((c) => (
                  <li key={c.id}>
                    <a href={`/companies/${c.companyId}`}>
                      {formatDate(lang, c.date)}, {c.companyName}
                    </a>
                    : {c.snippet}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </Shell>
  );
}

// --- partners --------------------------------------------------------------------------------------------------
