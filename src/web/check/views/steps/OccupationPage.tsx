// Step 1: the occupation, searched in the catalogue (htmx suggests while typing; without JavaScript the search is a
// GET form). Every suggestion's label names its German or English title, its ISCO-08 unit group (code and title)
// and whether the occupation is regulated in Germany, in words (also its aria-describedby hint).

import type { Lang } from '../../../../i18n/index.ts';
import type { OccupationMatch, Occupation } from '../../../../catalogue/search.ts';
import { FieldsetGroup } from '../../../shell/form.tsx';
import { cm } from '../../messages/index.ts';
import { errorOf } from '../form.tsx';
import type { FormState } from '../form.tsx';
import { StepShell, Submit, stepUrl } from './StepShell.tsx';

export function OccupationResults({
  lang,
  query,
  matches,
  chosen,
  state,
}: {
  lang: Lang;
  query: string;
  matches: OccupationMatch[];
  chosen: Occupation | undefined;
  state: FormState;
}) {
  const m = cm(lang).occupation;
  const current = state.values.occupation ?? chosen?.id ?? '';
  const entries: Occupation[] = [];
  if (chosen) entries.push(chosen);
  for (const x of matches) if (!entries.some((e) => e.id === x.entry.id)) entries.push(x.entry);
  if (entries.length === 0) return <p class="hint">{query ? m.noResults(query) : m.promptSearch}</p>;
  return (
    <div class="choices occupation-choices">
      {entries.map((o) => {
        const id = `occupation-${o.id}`;
        return (
          <div class="choice" key={o.id}>
            <input type="radio" id={id} name="occupation" value={o.id} checked={current === o.id} aria-describedby={`${id}-hint`} />
            <label for={id}>
              {o.title[lang]}
              {lang !== 'de' ? (
                <>
                  {' '}
                  <span class="occupation-title-de">
                    ({m.germanTitle}: <span lang="de">{o.title.de}</span>)
                  </span>
                </>
              ) : null}{' '}
              <span class="hint choice-hint occupation-hint" id={`${id}-hint`}>
                <span class="occupation-isco">
                  {m.isco(o.isco)}: {o.iscoTitle[lang]}
                </span>
                {' · '}
                <span class={`occupation-regulation occupation-regulation-${o.regulation}`}>
                  {m.regulationLabel}: {m.regulation[o.regulation]}
                </span>
                {chosen?.id === o.id ? ` · ${m.chosen}` : ''}
              </span>
            </label>
          </div>
        );
      })}
    </div>
  );
}

export function statusText(lang: Lang, query: string, matches: OccupationMatch[]): string {
  const m = cm(lang).occupation;
  if (query === '') return '';
  return matches.length === 0 ? m.noResults(query) : m.count(matches.length);
}

export function OccupationPage(p: {
  lang: Lang;
  currentUrl: string;
  checkId: string;
  query: string;
  matches: OccupationMatch[];
  chosen: Occupation | undefined;
  state: FormState;
}) {
  const { lang, checkId, query, matches, chosen, state } = p;
  const m = cm(lang).occupation;
  const error = errorOf(state, 'occupation');
  const firstRadio = chosen ? `occupation-${chosen.id}` : matches[0] ? `occupation-${matches[0].entry.id}` : 'q';
  return (
    <StepShell {...p} step="occupation" heading={m.heading} anchors={{ occupation: firstRadio }}>
      <p class="lead">{m.lead}</p>
      <form method="get" action={stepUrl(checkId, 'occupation')} class="occupation-search" role="search">
        <div class="form-group">
          <label for="q">{m.searchLabel}</label>
          <p class="hint" id="q-hint">
            {m.searchHint}
          </p>
          <div class="search-row">
            <input
              type="search"
              id="q"
              name="q"
              value={query}
              maxLength={120}
              autocomplete="off"
              aria-describedby="q-hint"
              aria-controls="occupation-results"
              hx-get={`/checks/${checkId}/occupations`}
              hx-trigger="input changed delay:300ms, search"
              hx-target="#occupation-results"
              hx-swap="innerHTML"
            />
            <button type="submit" class="button button-secondary">
              {m.searchButton}
            </button>
          </div>
        </div>
      </form>
      <p id="occupation-status" class="visually-hidden" role="status">
        {statusText(lang, query, matches)}
      </p>
      <form method="post" action={stepUrl(checkId, 'occupation')} novalidate>
        <FieldsetGroup name="occupation" legend={m.resultsLegend} hint={m.resultsHint} error={error} errorPrefix={cm(lang).errorPrefix}>
          <div id="occupation-results">
            <OccupationResults lang={lang} query={query} matches={matches} chosen={chosen} state={state} />
          </div>
        </FieldsetGroup>
        <Submit lang={lang} />
      </form>
    </StepShell>
  );
}
