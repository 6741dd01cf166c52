// The case page: the header with number, status and the stages of the pipeline; the case's facts; for the office the
// status change; the timeline (planned against reached, a table); the official references; the notes (a company user
// sees only those visible to the company); then the tasks, documents and hand-off sections, which their own modules
// render (src/web/cases/{tasks,documents,handoff}/section.ts).

import type { ComponentChildren, VNode } from 'preact';
import { ALL_CASE_STATUSES, CANCELLED, REFERENCE_KINDS } from '../../app/cases/codes.ts';
import type { CaseStatus } from '../../app/cases/codes.ts';
import type { CaseView } from '../../app/cases/getCase.ts';
import { officeDurationOf } from '../../app/cases/durationStats.ts';
import type { OfficeDurations } from '../../app/cases/durationStats.ts';
import { MILESTONE_TITLES } from '../../law/plan/milestones.ts';
import type { MilestoneId } from '../../law/plan/types.ts';
import { Shell } from '../shell/Shell.tsx';
import { Table } from '../shell/Table.tsx';
import { formatDate } from '../shell/domain/labels.ts';
import { Csrf, ErrorSummary, Input, Select, TextArea, may } from '../workspace/form.tsx';
import type { PageBase, WsState } from '../workspace/form.tsx';
import { cm } from './messages/index.ts';
import { finderUrlForIsco } from '../recognition/query.ts';
import { placeKeyFor } from '../recognition/places.ts';

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="ws-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export interface CaseForms {
  status: WsState;
  reference: WsState;
  note: WsState;
}

export function CasePage({
  lang,
  currentUrl,
  user,
  csrfToken,
  view,
  forms,
  notice,
  sections,
  office,
}: PageBase & {
  csrfToken: string;
  view: CaseView;
  /** issue 15: the office's own durations per step (its staff only); undefined: none shown */
  office?: OfficeDurations;
  forms: CaseForms;
  notice?: string;
  /** the tasks, documents and hand-off sections, in this order (null: nothing to show) */
  sections: (VNode | null)[];
}) {
  const m = cm(lang);
  const p = m.page;
  const c = view.case;
  const staff = may(user, 'case.update', c.companyId);
  const mayNote = may(user, 'note.create', c.companyId);
  const statusName = (s: string) => m.statuses[s as CaseStatus] ?? s;
  const current = c.pipeline.indexOf(c.status);
  // the office's figure of each milestone's step, where it has one
  const officeOf = (milestoneId: string) => {
    const stepId = c.planMilestones.find((x) => x.id === milestoneId)?.stepId;
    return stepId === undefined ? undefined : officeDurationOf(office, c.procedure, stepId);
  };
  const withOffice = office !== undefined && view.milestones.some((r) => officeOf(r.id) !== undefined);
  return (
    <Shell lang={lang} title={p.title(c.number)} currentUrl={currentUrl} user={user}>
      <h1>{p.title(c.number)}</h1>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      <p class="lead">
        {p.status}: <strong>{statusName(c.status)}</strong> {p.since(formatDate(lang, c.statusSince))}
        {c.status === CANCELLED && c.cancelReason ? (
          <>
            {' · '}
            {p.cancelledBecause}: {c.cancelReason}
          </>
        ) : null}
      </p>
      <h2 class="visually-hidden">{p.pipeline}</h2>
      <ol class="case-pipeline" aria-label={p.pipeline}>
        {c.pipeline.map((s, i) => {
          const isCurrent = s === c.status;
          const done = c.status !== CANCELLED && i < current;
          return (
            <li key={s} class={isCurrent ? 'case-stage-current' : done ? 'case-stage-done' : undefined} aria-current={isCurrent ? 'step' : undefined}>
              {statusName(s)}
              {isCurrent ? <span class="visually-hidden"> ({p.current})</span> : done ? <span class="visually-hidden"> ({p.done})</span> : null}
            </li>
          );
        })}
      </ol>

      <h2>{p.details}</h2>
      <dl class="ws-details">
        <Row label={p.candidate}>{view.candidateName ?? p.none}</Row>
        <Row label={p.company}>
          <a href={`/companies/${c.companyId}`}>{view.companyName}</a>
        </Row>
        <Row label={p.route}>{m.routes[c.routeId as keyof typeof m.routes] ?? c.routeId}</Row>
        <Row label={p.procedure}>{m.procedures[c.procedure as keyof typeof m.procedures] ?? c.procedure}</Row>
        <Row label={p.adviser}>{view.adviserName ?? p.none}</Row>
        <Row label={p.startDate}>{formatDate(lang, c.startDate)}</Row>
        <Row label={m.form.jobTitle}>{c.jobTitle ?? p.none}</Row>
        <Row label={m.form.occupationIsco}>{c.occupationIsco ?? p.none}</Row>
        <Row label={p.recognition}>
          <a href={finderUrlForIsco(c.occupationIsco, c.federalState, placeKeyFor(c.federalState, c.municipality))}>{p.recognitionFinder}</a>
        </Row>
        <Row label={m.form.annualGrossSalaryEur}>{c.annualGrossSalaryEur === null ? p.none : new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB').format(c.annualGrossSalaryEur)}</Row>
        <Row label={m.form.municipality}>{c.municipality ?? p.none}</Row>
        <Row label={m.form.plannedStart}>{formatDate(lang, c.plannedStart)}</Row>
        <Row label={p.tasks}>
          <span id="case-task-count">{p.tasksCount(view.tasks.total, view.tasks.done)}</span>
        </Row>
        {c.checkId && staff ? (
          <Row label={p.fromCheck}>
            <a href={`/checks/${c.checkId}`}>{p.openCheck}</a>
          </Row>
        ) : null}
      </dl>
      {staff ? (
        <p>
          <a class="button button-secondary" href={`/cases/${c.id}/edit`}>
            {p.edit}
          </a>
        </p>
      ) : null}

      {staff ? (
        <section aria-labelledby="status-title">
          <h2 id="status-title">{p.changeStatus}</h2>
          <ErrorSummary state={forms.status} labels={{ status: p.newStatus, changedOn: p.changedOn, reason: p.reason }} />
          <form method="post" action={`/cases/${c.id}/status`} novalidate>
            <Csrf token={csrfToken} />
            <Select
              state={forms.status}
              name="status"
              label={p.newStatus}
              optional={false}
              options={ALL_CASE_STATUSES.filter((s) => s === CANCELLED || c.pipeline.includes(s)).map((s) => ({ value: s, label: statusName(s) }))}
            />
            <Input state={forms.status} name="changedOn" label={p.changedOn} hint={p.changedOnHint} type="date" />
            <TextArea state={forms.status} name="reason" label={p.reason} />
            <button type="submit" class="button">
              {p.change}
            </button>
          </form>
        </section>
      ) : null}

      <h2>{p.timeline}</h2>
      <Table caption={p.timelineCaption} captionClass="visually-hidden" columns={[{ label: p.status }, { label: p.planned }, { label: p.actual }]}>
        {view.timeline.map((r) => (
          <tr key={r.status}>
            <th scope="row">{statusName(r.status)}</th>
            <td>{r.planned ? formatDate(lang, r.planned) : p.none}</td>
            <td>{r.actual ? formatDate(lang, r.actual) : p.notYet}</td>
          </tr>
        ))}
      </Table>
      {view.milestones.length > 0 ? (
        <>
          <h3 id="milestones-title">{p.milestones}</h3>
          <Table
            caption={p.milestones}
            captionClass="visually-hidden"
            columns={[{ label: p.milestone }, { label: p.planned }, { label: p.doneOn }, ...(withOffice ? [{ label: p.officeColumn }] : [])]}
          >
            {view.milestones.map((r) => {
              const f = withOffice ? officeOf(r.id) : undefined;
              return (
                <tr key={r.id}>
                  <th scope="row">{MILESTONE_TITLES[r.id as MilestoneId]?.[lang] ?? r.id}</th>
                  <td>{r.planned ? formatDate(lang, r.planned) : p.none}</td>
                  <td>{r.done ? formatDate(lang, r.done) : p.notYet}</td>
                  {withOffice ? <td class="case-office-duration">{f ? p.officeDuration(f.median, f.min, f.max, f.n) : p.none}</td> : null}
                </tr>
              );
            })}
          </Table>
          {withOffice ? <p class="hint">{p.officeNote}</p> : null}
        </>
      ) : null}
      {view.history.length > 0 ? (
        <>
          <h3>{p.history}</h3>
          <ol>
            {view.history.map((h, i) => (
              <li key={i}>
                {p.historyEntry(statusName(h.toStatus), formatDate(lang, h.changedOn), h.changedByName)}
                {h.reason ? `: ${h.reason}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}

      <h2>{p.referencesTitle}</h2>
      <dl class="ws-details">
        {REFERENCE_KINDS.map((k) => {
          const r = view.references.find((x) => x.kind === k);
          return (
            <Row key={k} label={m.references[k]}>
              {r?.referenceNumber ?? p.none}
              {r?.decidedOn ? ` (${p.decidedOn} ${formatDate(lang, r.decidedOn)})` : ''}
            </Row>
          );
        })}
      </dl>
      {staff ? (
        <details class="ws-add" open={forms.reference.errors.length > 0}>
          <summary>{p.recordReference}</summary>
          <ErrorSummary state={forms.reference} labels={{ kind: p.referencesTitle, referenceNumber: p.referenceNumber, decidedOn: p.decidedOn }} />
          <form method="post" action={`/cases/${c.id}/references`} novalidate>
            <Csrf token={csrfToken} />
            <Select state={forms.reference} name="kind" label={p.referencesTitle} optional={false} options={REFERENCE_KINDS.map((k) => ({ value: k, label: m.references[k] }))} />
            <Input state={forms.reference} name="referenceNumber" label={p.referenceNumber} />
            <Input state={forms.reference} name="decidedOn" label={p.decidedOn} type="date" />
            <button type="submit" class="button">
              {p.saveReference}
            </button>
          </form>
        </details>
      ) : null}

      <h2>{p.notes}</h2>
      {view.notes.length === 0 ? (
        <p>{p.noNotes}</p>
      ) : (
        <ul class="ws-history">
          {view.notes.map((n) => (
            <li key={n.id}>
              <p>
                <span class={n.visibleToCompany ? 'tag tag-success' : 'tag tag-neutral'}>{n.visibleToCompany ? p.visible : p.internal}</span> {n.authorName ?? ''}
              </p>
              <p>{n.body}</p>
            </li>
          ))}
        </ul>
      )}
      {mayNote ? (
        <form method="post" action={`/cases/${c.id}/notes`} novalidate>
          <Csrf token={csrfToken} />
          <ErrorSummary state={forms.note} labels={{ body: p.noteBody }} />
          <TextArea state={forms.note} name="body" label={p.noteBody} />
          <div class="choice">
            <input type="checkbox" id="visibleToCompany" name="visibleToCompany" value="yes" checked={forms.note.values.visibleToCompany === 'yes'} />
            <label for="visibleToCompany">{p.visibleToCompany}</label>
          </div>
          <button type="submit" class="button">
            {p.addNote}
          </button>
        </form>
      ) : null}

      {sections.filter((s): s is VNode => s !== null)}
    </Shell>
  );
}
