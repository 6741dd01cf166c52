// The integration pages (issue 17): the own integration steps (the office's at /integration/templates, a company's
// adaptation at /companies/:id/integration-steps) and the company's retention view (/companies/:id/retention).
// One form per page (edit one step, or add one), so that every field's id is unique; works without JavaScript.

import type { TemplateView } from '../../app/integration/templates.ts';
import type { RetentionView } from '../../app/integration/listRetention.ts';
import { TASK_OWNERS } from '../../app/cases/codes.ts';
import { TEMPLATE_ANCHORS } from '../../app/integration/codes.ts';
import { Shell } from '../shell/Shell.tsx';
import { Table } from '../shell/Table.tsx';
import { formatDate } from '../shell/domain/labels.ts';
import { Csrf, ErrorSummary, Input, Select, TextArea } from '../workspace/form.tsx';
import type { PageBase, WsState } from '../workspace/form.tsx';
import { im } from './messages.ts';

export function TemplatesPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  company,
  steps,
  editKey,
  state,
  notice,
  companies,
  basePath,
}: PageBase & {
  csrfToken: string;
  /** null: the office's steps */
  company: { id: string; name: string } | null;
  steps: TemplateView[];
  /** the step whose form is shown; null: the form adds a step */
  editKey: string | null;
  state: WsState;
  notice?: string;
  /** staff on the office's page: the companies whose adaptation they may open */
  companies: { id: string; name: string }[];
  basePath: string;
}) {
  const m = im(lang);
  const pageTitle = company === null ? m.officeTitle : m.companyTitle(company.name);
  const own = company === null ? 'office' : 'company';
  const editing = editKey === null ? undefined : steps.find((s) => s.key === editKey);
  const labels = { title: m.title, titleEn: m.titleEn, description: m.description, owner: m.owner, anchor: m.anchor, offsetMonths: m.offsetMonths, offsetDays: m.offsetDays, disabled: m.disabled };
  const shown = (s: TemplateView) => (lang === 'en' ? (s.titleEn ?? s.title) : s.title);
  return (
    <Shell lang={lang} title={pageTitle} currentUrl={currentUrl} user={user}>
      <h1>{pageTitle}</h1>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      <p>{company === null ? m.officeIntro : m.companyIntro}</p>
      {company !== null && user.role !== 'company' ? (
        <p>
          <a href="/integration/templates">{m.officeLink}</a>
        </p>
      ) : null}
      <Table
        caption={m.caption}
        captionClass="visually-hidden"
        columns={[{ label: m.colStep }, { label: m.colOwner }, { label: m.colWhen }, { label: m.colSource }, { label: m.colState }, { label: m.colActions }]}
      >
        {steps.map((s) => (
          <tr key={s.key}>
            <th scope="row">
              {shown(s)}
              {s.description ? <span class="hint onboarding-why">{s.description}</span> : null}
            </th>
            <td>{m.owners[s.owner]}</td>
            <td>{m.when(s.offsetMonths, s.offsetDays, s.anchor)}</td>
            <td>{m.sources[s.source]}</td>
            <td>{s.disabled ? <span class="tag tag-neutral">{m.off}</span> : m.active}</td>
            <td>
              <a href={`${basePath}?edit=${encodeURIComponent(s.key)}#step-form`} aria-label={m.editLabel(shown(s))}>
                {m.edit}
              </a>
              {s.source === own ? (
                <form method="post" action={`${basePath}/reset`} class="inline-form">
                  <Csrf token={csrfToken} />
                  <input type="hidden" name="key" value={s.key} />
                  <button type="submit" class="button button-secondary" aria-label={m.resetLabel(shown(s))}>
                    {m.reset}
                  </button>
                </form>
              ) : null}
            </td>
          </tr>
        ))}
      </Table>

      <section aria-labelledby="step-form-title" id="step-form">
        <h2 id="step-form-title">{editing ? `${m.editTitle}: ${shown(editing)}` : m.addTitle}</h2>
        <ErrorSummary state={state} labels={labels} />
        <form method="post" action={basePath} novalidate>
          <Csrf token={csrfToken} />
          {editing ? <input type="hidden" name="key" value={editing.key} /> : null}
          <Input state={state} name="title" label={m.title} optional={false} />
          <Input state={state} name="titleEn" label={m.titleEn} />
          <TextArea state={state} name="description" label={m.description} />
          <Select state={state} name="owner" label={m.owner} optional={false} options={TASK_OWNERS.map((o) => ({ value: o, label: m.owners[o]! }))} />
          <Select state={state} name="anchor" label={m.anchor} optional={false} options={TEMPLATE_ANCHORS.map((a) => ({ value: a, label: m.anchors[a]! }))} />
          <Input state={state} name="offsetMonths" label={m.offsetMonths} inputMode="numeric" />
          <Input state={state} name="offsetDays" label={m.offsetDays} />
          <Select state={state} name="disabled" label={m.disabled} optional={false} options={['no', 'yes'].map((v) => ({ value: v, label: m.disabledOptions[v]! }))} />
          <button type="submit" class="button">
            {m.save}
          </button>{' '}
          {editing ? <a href={basePath}>{m.cancel}</a> : null}
        </form>
      </section>

      {companies.length > 0 ? (
        <section aria-labelledby="other-company-title">
          <h2 id="other-company-title">{m.otherCompany}</h2>
          <form method="get" action="/integration/templates/company">
            <Select state={{ lang, values: {}, errors: [] }} name="company" label={m.company} optional={false} options={companies.map((c) => ({ value: c.id, label: c.name }))} />
            <button type="submit" class="button button-secondary">
              {m.show}
            </button>
          </form>
        </section>
      ) : null}
    </Shell>
  );
}

export function RetentionPage({ lang, currentUrl, user, view, today }: PageBase & { view: RetentionView; today: string }) {
  const m = im(lang);
  const title = m.retentionTitle(view.companyName);
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      <p>{m.retentionIntro(formatDate(lang, view.until))}</p>
      {view.items.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <Table caption={m.retentionCaption} captionClass="visually-hidden" columns={[{ label: m.colDate }, { label: m.colPerson }, { label: m.colWhat }]}>
          {view.items.map((i, n) => (
            <tr key={n}>
              <td>
                <span class="nowrap">{formatDate(lang, i.date)}</span>
                {i.overdue ? (
                  <>
                    {' '}
                    <strong class="tag tag-error">{m.overdueTag}</strong>
                  </>
                ) : i.date === today ? null : null}
              </td>
              <th scope="row">
                {i.candidateName ?? m.erased} · <a href={`/cases/${i.caseId}`}>{i.caseNumber}</a>
              </th>
              <td>
                {m.kinds[i.kind]}
                {i.detail ? `: ${lang === 'en' ? (i.detailEn ?? i.detail) : i.detail}` : ''}
                {i.kind === 'settlement' ? <span class="hint onboarding-why">{m.settlementNote}</span> : null}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </Shell>
  );
}
