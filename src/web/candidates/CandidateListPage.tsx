// The candidate list: paging, a filter by company and by name or e-mail (company users: their own company's).

import type { WorkspaceFieldError } from '../../app/common/errors.ts';
import type { CandidateListItem } from '../../app/candidates/listCandidates.ts';
import type { PageOf } from '../../app/common/paging.ts';
import { Shell } from '../shell/Shell.tsx';
import { Pagination } from '../shell/Pagination.tsx';
import { Table } from '../shell/Table.tsx';
import { wm } from '../shell/domain/messages/index.ts';
import { ErrorSummary, Input, Select, may } from '../workspace/form.tsx';
import type { PageBase, WsState } from '../workspace/form.tsx';
import { formatDate } from '../shell/domain/labels.ts';
import { candidateMessages } from './messages/index.ts';
import { countryName } from './labels.ts';

export function CandidateListPage({
  lang,
  currentUrl,
  user,
  list,
  filter,
  companies,
  errors,
  notice,
}: PageBase & {
  list: PageOf<CandidateListItem>;
  filter: { q: string; company: string };
  /** the companies to filter by (staff); empty for a company user */
  companies: { id: string; name: string }[];
  errors: WorkspaceFieldError[];
  notice?: string;
}) {
  const m = candidateMessages(lang);
  const none = wm(lang).none;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const link = (page: number) => {
    const p = new URLSearchParams();
    if (filter.q) p.set('q', filter.q);
    if (filter.company) p.set('company', filter.company);
    if (page > 1) p.set('page', String(page));
    const s = p.toString();
    return s ? `/candidates?${s}` : '/candidates';
  };
  const state: WsState = { lang, values: filter, errors: errors.map((e) => (e.field === 'companyId' ? { ...e, field: 'company' } : e)) };
  return (
    <Shell lang={lang} title={m.listTitle} currentUrl={currentUrl} user={user}>
      <h1>{m.listTitle}</h1>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      {may(user, 'candidate.create') ? (
        <p>
          <a class="button" href={filter.company ? `/candidates/new?company=${encodeURIComponent(filter.company)}` : '/candidates/new'}>
            {m.newLink}
          </a>
        </p>
      ) : null}
      <ErrorSummary state={state} labels={{ q: m.q, company: m.company, page: m.pagination }} />
      <form method="get" action="/candidates" class="ws-filter" role="search">
        <fieldset>
          <legend>{m.filterLegend}</legend>
          <Input state={state} name="q" label={m.q} />
          {companies.length > 0 ? <Select state={state} name="company" label={m.company} options={companies.map((c) => ({ value: c.id, label: c.name }))} /> : null}
          <button type="submit" class="button button-secondary">
            {m.filter}
          </button>
        </fieldset>
      </form>
      <p role="status">{m.count(list.total)}</p>
      {list.items.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <Table columns={[{ label: m.name }, { label: m.company }, { label: m.citizenship }, { label: m.birthDate }, { label: m.recognitionStatus }]}>
          {list.items.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <a href={`/candidates/${c.id}`}>{c.name}</a>
              </th>
              <td>{c.companyName}</td>
              <td>{countryName(lang, c.citizenship) ?? none}</td>
              <td>{c.birthDate ? formatDate(lang, c.birthDate) : none}</td>
              <td>{m.recognitionStatuses[c.recognitionStatus] ?? c.recognitionStatus}</td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination label={m.pagination} page={list.page} pages={pages} href={link} texts={m} />
    </Shell>
  );
}
