// The task form of the office's staff: add a task to a case (when the form in the case page's section came back with
// errors, or opened directly) and edit one (title, whose task, who carries it, due date, description); a task added by
// hand can be deleted from here.

import { TASK_OWNERS } from '../../../app/cases/codes.ts';
import type { Assignable } from '../../../app/tasks/getTaskForEdit.ts';
import { Shell } from '../../shell/Shell.tsx';
import { formatDate } from '../../shell/domain/labels.ts';
import { wm } from '../../shell/domain/messages/index.ts';
import { Csrf, ErrorSummary, Input, Select, TextArea } from '../../workspace/form.tsx';
import type { PageBase, WsState } from '../../workspace/form.tsx';
import { tm } from './messages/index.ts';

export function TaskFormPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  action,
  title,
  cancelHref,
  assignable,
  deleteAction,
  estimate,
}: PageBase & {
  csrfToken: string;
  state: WsState;
  action: string;
  title: string;
  cancelHref: string;
  /** who the task can be assigned to (editing); absent: no assignee field */
  assignable?: Assignable[];
  /** where to delete the task (one added by hand); absent: no delete button */
  deleteAction?: string;
  /** the plan's estimate of the due date, while none is set by hand: said in the hint */
  estimate?: string | null;
}) {
  const m = tm(lang);
  const w = wm(lang);
  const labels: Record<string, string> = { title: m.title, owner: m.owner, ...(assignable ? { assigneeUserId: m.assignee } : {}), dueOn: m.dueOn, description: m.description };
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <p>
        <a href={cancelHref} class="back-link">
          {m.backToCase}
        </a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary state={state} labels={labels} />
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        <Input state={state} name="title" label={m.title} optional={false} />
        <Select state={state} name="owner" label={m.owner} optional={false} options={TASK_OWNERS.map((o) => ({ value: o, label: m.owners[o] }))} />
        {assignable ? (
          <Select
            state={state}
            name="assigneeUserId"
            label={m.assignee}
            hint={m.assigneeHint}
            options={assignable.map((u) => ({ value: u.id, label: `${u.name} (${m.assigneeSides[u.side]})` }))}
          />
        ) : null}
        <Input state={state} name="dueOn" label={m.dueOn} type="date" hint={assignable ? [estimate ? m.estimateIs(formatDate(lang, estimate)) : '', m.dueOnHint].join(' ').trim() : m.dueOnAddHint} />
        <TextArea state={state} name="description" label={m.description} />
        <div class="button-group">
          <button type="submit" class="button">
            {w.save}
          </button>
          <a href={cancelHref}>{w.cancel}</a>
        </div>
      </form>
      {deleteAction ? (
        <section aria-labelledby="delete-title" class="ws-danger">
          <h2 id="delete-title">{m.deleteTask}</h2>
          <p>{m.deleteText}</p>
          <form method="post" action={deleteAction}>
            <Csrf token={csrfToken} />
            <button type="submit" class="button button-warning">
              {m.deleteTask}
            </button>
          </form>
        </section>
      ) : null}
    </Shell>
  );
}
