// The case board: one column per status with a card per case (number, candidate, company, route, since when), each
// column paged on its own; the filter (adviser, company, route, stalled) is a plain GET form. The columns wrap: on a
// phone they stack.

import { ROUTE_IDS } from '../../law/types.ts';
import type { BoardColumn } from '../../app/cases/listCases.ts';
import type { WorkspaceFieldError } from '../../app/common/errors.ts';
import { Shell } from '../shell/Shell.tsx';
import { Pagination } from '../shell/Pagination.tsx';
import { formatDate } from '../shell/domain/labels.ts';
import { ErrorSummary, Select, may } from '../workspace/form.tsx';
import type { PageBase, WsState } from '../workspace/form.tsx';
import { cm } from './messages/index.ts';

export interface BoardFilter {
  adviserUserId: string;
  companyId: string;
  routeId: string;
  stalled: string;
}

export function boardQuery(filter: BoardFilter, pages: Record<string, number> = {}): string {
  const p = new URLSearchParams();
  if (filter.adviserUserId) p.set('adviserUserId', filter.adviserUserId);
  if (filter.companyId) p.set('companyId', filter.companyId);
  if (filter.routeId) p.set('routeId', filter.routeId);
  if (filter.stalled) p.set('stalled', 'yes');
  for (const [status, page] of Object.entries(pages)) if (page > 1) p.set(`page_${status}`, String(page));
  const s = p.toString();
  return s ? `/cases?${s}` : '/cases';
}

export function BoardPage({
  lang,
  currentUrl,
  user,
  columns,
  filter,
  errors,
  advisers,
  companies,
}: PageBase & {
  columns: BoardColumn[];
  filter: BoardFilter;
  errors: WorkspaceFieldError[];
  advisers: { id: string; name: string }[];
  /** the companies to filter by; empty for a company user */
  companies: { id: string; name: string }[];
}) {
  const m = cm(lang);
  const state: WsState = { lang, values: { ...filter }, errors };
  const pages = Object.fromEntries(columns.map((c) => [c.status, c.page]));
  return (
    <Shell lang={lang} title={m.board.title} currentUrl={currentUrl} user={user}>
      <h1>{m.board.title}</h1>
      {may(user, 'case.create') ? (
        <p>
          <a class="button" href="/cases/new">
            {m.board.newLink}
          </a>
        </p>
      ) : null}
      <ErrorSummary state={state} labels={{ adviserUserId: m.board.adviser, companyId: m.board.company, routeId: m.board.route, stalled: m.board.stalled }} />
      <form method="get" action="/cases" class="ws-filter case-filter" role="search">
        <fieldset>
          <legend>{m.board.filterLegend}</legend>
          {advisers.length > 0 ? <Select state={state} name="adviserUserId" label={m.board.adviser} options={advisers.map((a) => ({ value: a.id, label: a.name }))} /> : null}
          {companies.length > 0 ? <Select state={state} name="companyId" label={m.board.company} options={companies.map((c) => ({ value: c.id, label: c.name }))} /> : null}
          <Select state={state} name="routeId" label={m.board.route} options={ROUTE_IDS.map((r) => ({ value: r, label: m.routes[r] }))} />
          <div class="choice">
            <input type="checkbox" id="stalled" name="stalled" value="yes" checked={filter.stalled !== ''} />
            <label for="stalled">{m.board.stalled}</label>
          </div>
          <button type="submit" class="button button-secondary">
            {m.board.filter}
          </button>
        </fieldset>
      </form>
      <div class="case-board">
        {columns.map((col) => {
          const title = m.statuses[col.status];
          const colPages = Math.max(1, Math.ceil(col.total / col.pageSize));
          return (
            <section key={col.status} class="case-column" aria-labelledby={`col-${col.status}`}>
              <h2 id={`col-${col.status}`}>
                {title} <span class="muted">({m.board.count(col.total)})</span>
              </h2>
              {col.items.length === 0 ? (
                <p class="muted">{m.board.empty}</p>
              ) : (
                <ul class="case-cards">
                  {col.items.map((c) => (
                    <li key={c.id} class="case-card">
                      <a href={`/cases/${c.id}`}>
                        <strong>{c.number}</strong>
                      </a>
                      <p>{c.candidateName ?? m.page.none}</p>
                      <p>{c.companyName}</p>
                      <p class="muted">{m.routes[c.routeId as keyof typeof m.routes] ?? c.routeId}</p>
                      <p class="muted">
                        {m.board.since} {formatDate(lang, c.statusSince)}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              <Pagination
                label={m.board.columnPages(title)}
                page={col.page}
                pages={colPages}
                href={(page) => boardQuery(filter, { ...pages, [col.status]: page })}
                texts={m.board}
              />
            </section>
          );
        })}
      </div>
    </Shell>
  );
}
