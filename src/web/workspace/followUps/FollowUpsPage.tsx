// The follow-up list (Wiedervorlagen): the office's open follow-ups, the earliest due first, with overdue and today's
// ones tagged; a selection by due window and adviser (a GET form, so the selection is in the URL); each follow-up can
// be marked done with one button (a POST with the CSRF token that comes back to the same selection, with an undo).

import type { ComponentChildren } from 'preact';
import { Shell } from '../../shell/Shell.tsx';
import { Pagination } from '../../shell/Pagination.tsx';
import { wm } from '../../shell/domain/messages/index.ts';
import type { FollowUpList } from '../../../app/followUps/listFollowUps.ts';
import { Csrf, ErrorSummary, Select } from '../form.tsx';
import type { PageBase, WsState } from '../form.tsx';
import { formatDate } from '../../shell/domain/labels.ts';
import { Table } from '../../shell/Table.tsx';

export const DUE_WINDOWS = ['today', 'week', 'month', 'all'] as const;
export type DueWindow = (typeof DUE_WINDOWS)[number];
export const WHO = ['all', 'mine'] as const;
export type Who = (typeof WHO)[number];

export interface FollowUpSelection {
  due: DueWindow;
  who: Who;
}

/** The query string of a selection (defaults left out), with a page and extra parameters. */
export function followUpsHref(sel: FollowUpSelection, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (sel.due !== 'week') p.set('due', sel.due);
  if (sel.who !== 'all') p.set('who', sel.who);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const s = p.toString();
  return s ? `/follow-ups?${s}` : '/follow-ups';
}

export function FollowUpsPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  selection,
  list,
  notice,
  undoId,
  error,
  referrals,
}: PageBase & {
  csrfToken: string;
  /** the selection as typed, with errors naming `due`, `who` or `page` */
  state: WsState;
  selection: FollowUpSelection;
  list: FollowUpList;
  notice?: string;
  /** the consultation whose follow-up was just marked done: the notice offers to take it back */
  undoId?: string;
  /** a refused action (e.g. a consultation without follow-up), shown as an error notice */
  error?: string;
  /** issue 16: the referrals whose follow-up is due in the selection */
  referrals?: ComponentChildren;
}) {
  const m = wm(lang);
  const f = m.followUps;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const back = (
    <>
      <input type="hidden" name="due" value={selection.due} />
      <input type="hidden" name="who" value={selection.who} />
    </>
  );
  return (
    <Shell lang={lang} title={f.title} currentUrl={currentUrl} user={user}>
      <h1>{f.title}</h1>
      <p>{f.intro}</p>
      {notice ? (
        <div class="notice notice-success ws-notice" role="status">
          <p>{notice}</p>
          {undoId ? (
            <form method="post" action={`/consultations/${undoId}/follow-up/reopen`} class="inline-form">
              <Csrf token={csrfToken} />
              {back}
              <button type="submit" class="button button-secondary">
                {f.undo}
              </button>
            </form>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <div class="notice notice-error ws-notice" role="alert" tabindex={-1} autofocus>
          <p>{error}</p>
        </div>
      ) : null}
      <ErrorSummary state={state} labels={{ due: f.due, who: f.who, page: f.pagination }} />
      <form method="get" action="/follow-ups" class="ws-filter">
        <fieldset>
          <legend>{f.filterLegend}</legend>
          <Select state={state} name="due" label={f.due} optional={false} options={DUE_WINDOWS.map((d) => ({ value: d, label: f.dueOptions[d] }))} />
          <Select state={state} name="who" label={f.who} optional={false} options={WHO.map((w) => ({ value: w, label: f.whoOptions[w] }))} />
          <button type="submit" class="button button-secondary">
            {f.show}
          </button>
        </fieldset>
      </form>
      <p>
        <strong>{f.summary(list.overdue, list.dueToday)}</strong>
      </p>
      <p role="status">{f.count(list.total)}</p>
      {list.items.length === 0 ? (
        <p>{f.empty}</p>
      ) : (
        <Table columns={[{ label: f.dueOn }, { label: f.company }, { label: f.fromConsultation }, { label: f.outcome }, { label: f.actions }]}>
          {list.items.map((k) => (
            <tr key={k.consultationId}>
              <td>
                {formatDate(lang, k.followUpDate)}{' '}
                {k.followUpDate < list.today ? (
                  <span class="tag tag-error">{f.overdue}</span>
                ) : k.followUpDate === list.today ? (
                  <span class="tag tag-warning">{f.today}</span>
                ) : null}
              </td>
              <th scope="row">
                <a href={`/companies/${k.companyId}`}>{k.companyName}</a>
              </th>
              <td>
                {formatDate(lang, k.consultationDate)}, {m.kinds[k.kind as keyof typeof m.kinds]}
                {k.adviserName ? `, ${k.adviserName}` : ''}
                <br />
                <span class="hint">{k.topics.map((t) => m.topics[t as keyof typeof m.topics]).join(' · ')}</span>
              </td>
              <td>{k.outcome ?? m.none}</td>
              <td>
                <div class="ws-contact-actions">
                  <form method="post" action={`/consultations/${k.consultationId}/follow-up/done`} class="inline-form">
                    <Csrf token={csrfToken} />
                    {back}
                    <button type="submit" class="button button-secondary">
                      {f.markDone}
                      <span class="visually-hidden">
                        : {k.companyName}, {formatDate(lang, k.followUpDate)}
                      </span>
                    </button>
                  </form>
                  <a href={`/companies/${k.companyId}/consultations/new?followUp=${k.consultationId}`}>
                    {f.newConsultation}
                    <span class="visually-hidden">: {k.companyName}</span>
                  </a>
                </div>
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination label={f.pagination} page={list.page} pages={pages} href={(n) => followUpsHref(selection, n > 1 ? { page: String(n) } : {})} texts={m.company} />
      {referrals}
    </Shell>
  );
}
