// The company list: paging, a filter, the banner of due follow-ups (staff).

import { SIZE_CLASSES } from '../../../app/common/codes.ts';
import type { WorkspaceFieldError } from '../../../app/common/errors.ts';
import type { CompanyListItem } from '../../../app/companies/listCompanies.ts';
import type { PageOf } from '../../../app/common/paging.ts';
import { Shell } from '../../shell/Shell.tsx';
import { Pagination } from '../../shell/Pagination.tsx';
import { wm, wzSectionLabel } from '../../shell/domain/messages/index.ts';
import { ErrorSummary, Input, Select, may } from '../form.tsx';
import type { PageBase, WsState } from '../form.tsx';
import { Table } from '../../shell/Table.tsx';

// --- company list ---------------------------------------------------------------------------------------------

export function CompanyListPage({
  lang,
  currentUrl,
  user,
  list,
  filter,
  errors,
  notice,
  dueFollowUps = 0,
}: PageBase & {
  list: PageOf<CompanyListItem>;
  filter: { q: string; sizeClass: string };
  errors: WorkspaceFieldError[];
  notice?: string;
  /** overdue and today's follow-ups of the office (staff) */
  dueFollowUps?: number;
}) {
  const m = wm(lang);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const link = (page: number) => {
    const p = new URLSearchParams();
    if (filter.q) p.set('q', filter.q);
    if (filter.sizeClass) p.set('sizeClass', filter.sizeClass);
    if (page > 1) p.set('page', String(page));
    const s = p.toString();
    return s ? `/companies?${s}` : '/companies';
  };
  const state: WsState = { lang, values: filter, errors };
  return (
    <Shell lang={lang} title={m.company.listTitle} currentUrl={currentUrl} user={user}>
      <h1>{m.company.listTitle}</h1>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      {dueFollowUps > 0 ? (
        <div class="notice notice-important ws-notice">
          <p>
            <a href="/follow-ups?due=today">{m.followUps.dueBanner(dueFollowUps)}</a>
          </p>
        </div>
      ) : null}
      {may(user, 'company.create') ? (
        <p>
          <a class="button" href="/companies/new">
            {m.company.newLink}
          </a>
        </p>
      ) : null}
      <ErrorSummary state={state} labels={{ q: m.company.q, sizeClass: m.company.sizeClass, page: m.company.pagination }} />
      <form method="get" action="/companies" class="ws-filter" role="search">
        <fieldset>
          <legend>{m.company.filterLegend}</legend>
          <Input state={state} name="q" label={m.company.q} />
          <Select state={state} name="sizeClass" label={m.company.sizeClass} options={SIZE_CLASSES.map((s) => ({ value: s, label: m.sizeClasses[s] }))} />
          <button type="submit" class="button button-secondary">
            {m.company.filter}
          </button>
        </fieldset>
      </form>
      <p role="status">{m.company.count(list.total)}</p>
      {list.items.length === 0 ? (
        <p>{m.company.empty}</p>
      ) : (
        <Table columns={[{ label: m.company.name }, { label: m.company.place }, { label: m.company.sizeClass }, { label: 'WZ' }]}>
          {list.items.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <a href={`/companies/${c.id}`}>{c.name}</a>
              </th>
              <td>{[c.postcode, c.city].filter(Boolean).join(' ') || m.none}</td>
              <td>{c.sizeClass ? m.sizeClasses[c.sizeClass as keyof typeof m.sizeClasses] : m.none}</td>
              <td>{c.wzSection ? wzSectionLabel(lang, c.wzSection) : m.none}</td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination label={m.company.pagination} page={list.page} pages={pages} href={link} texts={m.company} />
    </Shell>
  );
}

// --- company form ----------------------------------------------------------------------------------------------
