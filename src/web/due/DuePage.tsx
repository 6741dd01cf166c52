// The due dashboard (issue 15): for staff the switch between their own cases and the whole office (two links, no
// script needed), then one section per group with its count and its first rows (case, candidate, what, due, delay and
// the one link to act); "show all" opens one group, paged. A company user sees their company's, without the switch.

import { rfm } from '../workspace/referrals/messages.ts';
import type { DueGroup, DueGroupList, DueItem, DueList, DueScope } from '../../app/due/listDueItems.ts';
import { DUE_GROUPS } from '../../app/due/listDueItems.ts';
import type { WorkspaceFieldError } from '../../app/common/errors.ts';
import type { Lang } from '../../i18n/index.ts';
import { Shell } from '../shell/Shell.tsx';
import { Pagination } from '../shell/Pagination.tsx';
import { Table } from '../shell/Table.tsx';
import { formatDate } from '../shell/domain/labels.ts';
import { titleRouteLabel, TITLE_SECTION_ID } from '../cases/title/TitleSection.tsx';
import { ErrorSummary, may } from '../workspace/form.tsx';
import type { PageBase } from '../workspace/form.tsx';
import { dm } from './messages/index.ts';

export function dueHref(scope: DueScope, group?: DueGroup, page = 1): string {
  const p = new URLSearchParams();
  if (scope !== 'company') p.set('scope', scope);
  if (group) p.set('group', group);
  if (page > 1) p.set('page', String(page));
  const s = p.toString();
  return s ? `/due?${s}` : '/due';
}

/** Where to act on an item: the task (staff edit it; a company user ticks it on the case page), the case's documents, its title, the case. */
export function actOn(item: DueItem, mayManageTasks: boolean): { href: string; kind: 'actTask' | 'actTaskOnCase' | 'actDocuments' | 'actTitle' | 'actCase' } {
  const c = `/cases/${item.caseId}`;
  switch (item.group) {
    case 'overdue':
    case 'upcoming':
      return mayManageTasks ? { href: `/tasks/${item.task.id}/edit`, kind: 'actTask' } : { href: `${c}#tasks`, kind: 'actTaskOnCase' };
    case 'documents':
      return { href: `${c}#documents`, kind: 'actDocuments' };
    case 'titles':
      return { href: `${c}#${TITLE_SECTION_ID}`, kind: 'actTitle' };
    case 'stalled':
      return { href: c, kind: 'actCase' };
  }
}

function what(lang: Lang, item: DueItem): string {
  const m = dm(lang);
  switch (item.group) {
    case 'overdue':
    case 'upcoming':
      return m.taskWhat(lang === 'en' ? (item.task.titleEn ?? item.task.title) : item.task.title, m.owners[item.task.owner] ?? item.task.owner);
    case 'documents':
      return m.documentsWhat(item.documents.missing, lang === 'en' ? (item.documents.firstLabelEn ?? item.documents.firstLabel) : item.documents.firstLabel);
    case 'titles':
      return m.titleWhat(titleRouteLabel(lang, item.title.titleRouteId), item.title.expired);
    case 'stalled':
      return `${m.stalledWhat[item.stalled.reason]} (${m.statusSince(formatDate(lang, item.stalled.statusSince))})`;
  }
}

function GroupTable({ lang, group, list, mayManageTasks }: { lang: Lang; group: DueGroup; list: DueGroupList; mayManageTasks: boolean }) {
  const m = dm(lang);
  return (
    <Table
      caption={m.groups[group]}
      captionClass="visually-hidden"
      columns={[{ label: m.colCase }, { label: m.colCandidate }, { label: m.colWhat }, { label: m.colDue }, { label: m.colLate }, { label: m.colAct }]}
    >
      {list.items.map((item, i) => {
        const act = actOn(item, mayManageTasks);
        const late = item.group === 'stalled' ? m.since(item.daysOverdue) : m.late(item.daysOverdue);
        return (
          <tr key={`${item.caseId}-${i}`}>
            <th scope="row">
              <a href={`/cases/${item.caseId}`}>{item.caseNumber}</a>
            </th>
            <td>{item.candidateName ?? m.unnamed}</td>
            <td>{what(lang, item)}</td>
            <td>{item.dueOn ? formatDate(lang, item.dueOn) : '–'}</td>
            <td>{item.daysOverdue > 0 && item.group !== 'stalled' ? <span class="tag tag-error">{late}</span> : late}</td>
            <td>
              <a href={act.href}>
                {m[act.kind]}
                <span class="visually-hidden">
                  {' '}
                  {item.caseNumber}
                </span>
              </a>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}

export function DuePage({
  lang,
  currentUrl,
  user,
  list,
  scopes,
  only,
  errors,
  referralFollowUps = 0,
}: PageBase & {
  list: DueList;
  /** issue 16: the office's referrals whose follow-up is due by today (staff only; 0: nothing shown) */
  referralFollowUps?: number;
  /** the scopes this user may switch between (staff: mine and office; a company user: none) */
  scopes: DueScope[];
  /** the one group shown, paged; null: every group */
  only: DueGroup | null;
  errors: WorkspaceFieldError[];
}) {
  const m = dm(lang);
  const mayManageTasks = may(user, 'task.manage');
  return (
    <Shell lang={lang} title={m.title} currentUrl={currentUrl} user={user}>
      <h1>{m.title}</h1>
      <ErrorSummary state={{ lang, values: {}, errors }} labels={{ scope: m.scopeLabel }} />
      <p class="lead">{m.intro(formatDate(lang, list.today))}</p>
      {referralFollowUps > 0 ? (
        <p>
          <a href="/follow-ups?due=today#referral-follow-ups">{rfm(lang).dueOnDashboard(referralFollowUps)}</a>
        </p>
      ) : null}
      {scopes.length > 1 ? (
        <nav aria-label={m.scopeLabel} class="due-scopes">
          <ul>
            {scopes.map((s) => (
              <li key={s}>
                {s === list.scope ? (
                  <strong aria-current="page">{m.scopes[s]}</strong>
                ) : (
                  <a href={dueHref(s, only ?? undefined)}>{m.scopes[s]}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {only !== null ? (
        <p>
          <a href={dueHref(list.scope)}>{m.backToAll}</a>
        </p>
      ) : null}
      {DUE_GROUPS.filter((g) => list.groups[g] !== undefined).map((g) => {
        const l = list.groups[g]!;
        const pages = Math.max(1, Math.ceil(l.total / l.pageSize));
        return (
          <section key={g} id={`due-${g}`} aria-labelledby={`due-${g}-title`}>
            <h2 id={`due-${g}-title`}>
              {m.groups[g]} <span class={l.total > 0 ? 'tag tag-warning' : 'tag tag-neutral'}>{l.capped ? m.more(l.total) : l.total}</span>
            </h2>
            <p class="hint">{m.groupIntro[g]}</p>
            {l.items.length === 0 ? <p>{m.count(0, l.total)}</p> : <GroupTable lang={lang} group={g} list={l} mayManageTasks={mayManageTasks} />}
            {only === null && l.total > l.items.length ? (
              <p>
                <a href={dueHref(list.scope, g)}>{l.capped ? m.showMore : m.showAll(l.total)}</a>
              </p>
            ) : null}
            {only !== null ? (
              <Pagination label={m.pagination} page={l.page} pages={pages} href={(p) => dueHref(list.scope, g, p)} texts={{ prev: m.prev, next: m.next, pageOf: m.pageOf }} />
            ) : null}
          </section>
        );
      })}
    </Shell>
  );
}
