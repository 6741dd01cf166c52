// The tasks section of the case page: every task of the case in the plan's order with whose task it is, who carries
// it, its due date (estimated or set by hand; overdue said in words, not by colour alone) and its statutory deadline's
// norm. Whoever may tick a task gets a tick box and a button for it (a plain form POST, so it works without
// JavaScript; htmx sends it when the box changes); the others read "done …" or "open". The office's staff get the edit link per task and a form to add one.

import type { Lang } from '../../../i18n/index.ts';
import type { CaseTasks, TaskView } from '../../../app/tasks/listCaseTasks.ts';
import { TASK_OWNERS } from '../../../app/cases/codes.ts';
import { isOnboardingStep } from '../../../app/integration/codes.ts';
import type { ComponentChildren, VNode } from 'preact';
import { CsrfField as Csrf, FormGroup } from '../../shell/form.tsx';
import { Table } from '../../shell/Table.tsx';
import { formatDate } from '../../shell/domain/labels.ts';
import { wm } from '../../shell/domain/messages/index.ts';
import { tm } from './messages/index.ts';

export interface TasksSectionProps {
  lang: Lang;
  csrfToken: string;
  list: CaseTasks;
  /** whether the signed-in user may tick this task (the policy's task.complete on it) */
  mayTick: (t: TaskView) => boolean;
  /** whether the signed-in user may add and change tasks (task.manage) */
  mayManage: boolean;
  notice?: string;
}

function DueCell({ lang, t }: { lang: Lang; t: TaskView }) {
  const m = tm(lang);
  if (t.dueOn === null) return <>{m.noDue}</>;
  return (
    <>
      <span class="nowrap">{formatDate(lang, t.dueOn)}</span> <span class="hint">({t.dueSetByHand || t.planStepId === null ? m.setByHand : isOnboardingStep(t.planStepId) ? m.onboarding : m.estimated})</span>
      {t.overdue ? (
        <>
          {' '}
          <strong class="tag tag-error">{m.overdue}</strong>
        </>
      ) : null}
    </>
  );
}

function DoneCell({ lang, csrfToken, t, mayTick }: { lang: Lang; csrfToken: string; t: TaskView; mayTick: boolean }) {
  const m = tm(lang);
  const state = t.done && t.doneOn !== null ? m.doneOnBy(formatDate(lang, t.doneOn), t.doneByName) : m.open;
  if (!mayTick) return <>{state}</>;
  const id = `task-done-${t.id}`;
  return (
    // with JavaScript, htmx sends the form as soon as the box changes and swaps in the section of the page the post
    // comes back to (the case page); without it, the button sends it
    <form
      method="post"
      action={`/tasks/${t.id}/done`}
      class="inline-form"
      hx-post={`/tasks/${t.id}/done`}
      hx-trigger="change, submit"
      hx-target="#tasks"
      hx-select="#tasks"
      hx-swap="outerHTML"
    >
      <Csrf token={csrfToken} />
      <div class="choice">
        <input type="checkbox" id={id} name="done" value="yes" checked={t.done} />
        <label for={id}>
          {m.doneLabel}
          <span class="visually-hidden">: {t.title}</span>
        </label>
      </div>
      <button type="submit" class="button button-secondary">
        {m.save}
        <span class="visually-hidden">: {t.title}</span>
      </button>
      {t.done ? <p class="hint">{state}</p> : null}
    </form>
  );
}

function AddTaskForm({ lang, csrfToken, caseId }: { lang: Lang; csrfToken: string; caseId: string }) {
  const m = tm(lang);
  const w = wm(lang);
  // ids of their own: the case page holds other sections' forms
  const group = (id: string, label: string, control: (describedBy: string | undefined) => ComponentChildren, optional = true, hint?: string) => (
    <FormGroup name={id} label={label} hint={hint} error={undefined} optional={optional} optionalText={w.optional} errorPrefix={w.errorPrefix}>
      {(describedBy) => control(describedBy)}
    </FormGroup>
  );
  return (
    <details class="ws-add">
      <summary>{m.addTask}</summary>
      <form method="post" action={`/cases/${caseId}/tasks`} novalidate>
        <Csrf token={csrfToken} />
        {group('task-new-title', m.title, (d) => <input type="text" id="task-new-title" name="title" required aria-describedby={d} />, false)}
        {group(
          'task-new-owner',
          m.owner,
          (d) => (
            <select id="task-new-owner" name="owner" required aria-describedby={d}>
              {TASK_OWNERS.map((o) => (
                <option key={o} value={o} selected={o === 'adviser'}>
                  {m.owners[o]}
                </option>
              ))}
            </select>
          ),
          false,
        )}
        {group('task-new-due', m.dueOn, (d) => <input type="date" id="task-new-due" name="dueOn" aria-describedby={d} />, true, m.dueOnAddHint)}
        {group('task-new-description', m.description, (d) => <textarea id="task-new-description" name="description" rows={3} aria-describedby={d} />)}
        <button type="submit" class="button">
          {m.addTask}
        </button>
      </form>
    </details>
  );
}

export function TasksSection({ lang, csrfToken, list, mayTick, mayManage, notice }: TasksSectionProps) {
  const m = tm(lang);
  const open = list.tasks.filter((t) => !t.done);
  // the due date right after the title: on a phone the table scrolls, and these are what a reader looks for first
  const columns = [{ label: m.colDone }, { label: m.colTitle }, { label: m.colDue }, { label: m.colOwner }, { label: m.colAssignee }, { label: m.colDeadline }];
  if (mayManage) columns.push({ label: m.colActions });
  return (
    <section id="tasks" aria-labelledby="tasks-heading" class="section">
      <h2 id="tasks-heading">{m.heading}</h2>
      {notice ? (
        <div class="notice notice-success ws-notice" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      <p>{m.intro}</p>
      {list.tasks.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <>
          <p>
            <strong>{m.summary(open.length, open.filter((t) => t.overdue).length)}</strong>
          </p>
          <Table caption={m.caption} captionClass="visually-hidden" columns={columns}>
            {list.tasks.map((t) => (
              <tr key={t.id}>
                <td>
                  <DoneCell lang={lang} csrfToken={csrfToken} t={t} mayTick={mayTick(t)} />
                </td>
                <th scope="row">{t.title}</th>
                <td>
                  <DueCell lang={lang} t={t} />
                </td>
                <td>{m.owners[t.owner]}</td>
                <td>{t.assigneeName ?? m.nobody}</td>
                <td>{t.deadlineRef ?? m.nobody}</td>
                {mayManage ? (
                  <td>
                    <a href={`/tasks/${t.id}/edit`}>
                      {m.edit}
                      <span class="visually-hidden">: {t.title}</span>
                    </a>
                  </td>
                ) : null}
              </tr>
            ))}
          </Table>
        </>
      )}
      {mayManage ? <AddTaskForm lang={lang} csrfToken={csrfToken} caseId={list.caseId} /> : null}
    </section>
  );
}

/** The section as a node (for section.ts, which is not JSX). */
export function tasksSection(props: TasksSectionProps): VNode {
  return <TasksSection {...props} />;
}
