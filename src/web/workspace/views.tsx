// The workspace pages: company list, company form, company page (details, contacts, consultation history),
// consultation form. Every control has a visible label; hints and errors are tied to it (aria-describedby); a wrong
// field has aria-invalid; after a failed submit the error summary takes focus (autofocus, no script).

import type { ComponentChildren } from 'preact';
import type { Lang } from '../../i18n/index.ts';
import { ACCESS_ROUTES, CHANNELS, FEDERAL_STATES, KINDS, PARTNER_TYPES, SIZE_CLASSES, TOPICS, WZ_SECTIONS } from '../../app/workspace.ts';
import type { WorkspaceFieldError } from '../../app/workspace.ts';
import type { CompanyRow, ConsultationView, ContactRow } from '../../app/getCompany.ts';
import type { CompanyListItem } from '../../app/listCompanies.ts';
import type { PartnerRow } from '../../app/listPartners.ts';
import type { PageOf } from '../../app/workspace.ts';
import type { SearchResults } from '../../app/searchWorkspace.ts';
import { Shell } from '../shell/Shell.tsx';
import type { PageUser } from '../shell/Shell.tsx';
import { sm } from '../shell/messages/index.ts';
import { landName } from '../check/data/places.ts';
import { iscoUnitGroup } from '../../catalogue/isco08.ts';
import { Choices as ChoiceList, CsrfField as Csrf, FieldError, FieldsetGroup, FormGroup, ErrorSummary as SharedErrorSummary, groupClass } from '../shell/form.tsx';
import { officeToday } from '../officeDay.ts';
import { Pagination } from '../shell/Pagination.tsx';
import { wm, wzSectionLabel } from '../shell/domain/messages/index.ts';

export interface WsState {
  lang: Lang;
  /** submitted values; lists (checkboxes) as arrays */
  values: Record<string, string | string[]>;
  errors: WorkspaceFieldError[];
}

export interface PageBase {
  lang: Lang;
  currentUrl: string;
  user: PageUser;
}

/** The text of a field error in the page's language; an occupation by name says what was typed and what it could be. */
export function errorText(lang: Lang, e: WorkspaceFieldError): string {
  const m = wm(lang);
  if (e.code === 'occupationUnknown' && e.term) return m.consultation.occupationUnknown(e.term);
  if (e.code === 'occupationAmbiguous' && e.term) return m.consultation.occupationAmbiguous(e.term, (e.suggestions ?? []).map((c) => iscoLabel(lang, c)).join('; '));
  return m.errors[e.code];
}

function errorOf(state: WsState, field: string): string | undefined {
  const e = state.errors.find((x) => x.field === field);
  return e ? errorText(state.lang, e) : undefined;
}

function valueOf(state: WsState, field: string): string {
  const v = state.values[field];
  return Array.isArray(v) ? v.join(', ') : (v ?? '');
}

function listOf(state: WsState, field: string): string[] {
  const v = state.values[field];
  return Array.isArray(v) ? v : v ? [v] : [];
}

/** The errors in the order of the form's fields (the order of `labels`), whatever order the use case found them in. */
export function ErrorSummary({ state, labels }: { state: WsState; labels: Record<string, string> }) {
  const m = wm(state.lang);
  const order = Object.keys(labels);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const errors = [...state.errors].sort((a, b) => rank(a.field) - rank(b.field));
  return <SharedErrorSummary title={m.errorSummaryTitle} items={errors.map((e) => ({ href: `#${e.field}`, text: `${labels[e.field] ?? e.field}: ${errorText(state.lang, e)}` }))} />;
}

function Group({
  state,
  name,
  label,
  hint,
  optional,
  children,
}: {
  state: WsState;
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}) {
  const m = wm(state.lang);
  return (
    <FormGroup name={name} label={label} hint={hint} error={errorOf(state, name)} optional={optional} optionalText={m.optional} errorPrefix={m.errorPrefix}>
      {children}
    </FormGroup>
  );
}

export function Input({
  state,
  name,
  label,
  hint,
  optional = true,
  type = 'text',
  autocomplete,
  inputMode,
}: {
  state: WsState;
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'email' | 'date' | 'tel';
  autocomplete?: string;
  inputMode?: 'numeric';
}) {
  return (
    <Group state={state} name={name} label={label} hint={hint} optional={optional}>
      {(describedBy, invalid) => (
        <input
          type={type}
          id={name}
          name={name}
          value={valueOf(state, name)}
          required={!optional}
          autocomplete={autocomplete}
          inputMode={inputMode}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy}
        />
      )}
    </Group>
  );
}

function TextArea({ state, name, label, hint }: { state: WsState; name: string; label: string; hint?: string }) {
  return (
    <Group state={state} name={name} label={label} hint={hint} optional>
      {(describedBy, invalid) => (
        <textarea id={name} name={name} rows={5} aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy}>
          {valueOf(state, name)}
        </textarea>
      )}
    </Group>
  );
}

export function Select({
  state,
  name,
  label,
  hint,
  options,
  optional = true,
}: {
  state: WsState;
  name: string;
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  optional?: boolean;
}) {
  const current = valueOf(state, name);
  return (
    <Group state={state} name={name} label={label} hint={hint} optional={optional}>
      {(describedBy, invalid) => (
        <select id={name} name={name} required={!optional} aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy}>
          {optional ? <option value="">{wm(state.lang).none}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value} selected={current === o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Group>
  );
}

/** Radio buttons or checkboxes in a fieldset; the first control carries the field's id for the error summary. */
function Choices({
  state,
  name,
  legend,
  hint,
  options,
  multiple,
}: {
  state: WsState;
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  multiple?: boolean;
}) {
  const chosen = listOf(state, name);
  return (
    <FieldsetGroup name={name} legend={legend} hint={hint} error={errorOf(state, name)} errorPrefix={wm(state.lang).errorPrefix} fieldsetClass="choices">
      <ChoiceList type={multiple ? 'checkbox' : 'radio'} name={name} options={options} checked={(v) => chosen.includes(v)} />
    </FieldsetGroup>
  );
}

/** The hidden CSRF field of the workspace forms. */
export { Csrf };

function isStaff(user: PageUser): boolean {
  return user.role === 'admin' || user.role === 'adviser';
}

/** An ISCO-08 code with its title where the catalogue knows the unit group ("2512 Softwareentwickler/innen"); a
 * shorter code (a major, sub-major or minor group) or one outside the catalogue as it is. */
export function iscoLabel(lang: Lang, code: string): string {
  const group = iscoUnitGroup(code);
  return group ? `${code} ${group.title[lang]}` : code;
}

export function formatDate(lang: Lang, iso: string | null): string {
  if (!iso) return wm(lang).none;
  const [y, mo, d] = iso.split('-');
  return lang === 'de' ? `${d}.${mo}.${y}` : iso;
}

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
      {isStaff(user) ? (
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
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{m.company.name}</th>
                <th scope="col">{m.company.place}</th>
                <th scope="col">{m.company.sizeClass}</th>
                <th scope="col">WZ</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      <Pagination label={m.company.pagination} page={list.page} pages={pages} href={link} texts={m.company} />
    </Shell>
  );
}

// --- company form ----------------------------------------------------------------------------------------------

export function companyLabels(lang: Lang): Record<string, string> {
  const c = wm(lang).company;
  return {
    name: c.name,
    street: c.street,
    postcode: c.postcode,
    city: c.city,
    municipality: c.municipality,
    federalState: c.federalState,
    headcount: c.headcount,
    sizeClass: c.sizeClass,
    wzSection: c.wzSection,
    website: c.website,
    notes: c.notes,
  };
}

export function CompanyFormPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  action,
  title,
  cancelHref,
  duplicates,
}: PageBase & {
  csrfToken: string;
  state: WsState;
  action: string;
  title: string;
  cancelHref: string;
  duplicates?: { id: string; name: string; postcode: string | null; city: string | null }[];
}) {
  const m = wm(lang);
  const c = m.company;
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      <ErrorSummary state={state} labels={companyLabels(lang)} />
      {duplicates && duplicates.length > 0 ? (
        <div class="notice notice-important" tabIndex={-1} autofocus id="duplicates">
          <p class="notice-title">{c.duplicateTitle}</p>
          <p>{c.duplicateText}</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                <a href={`/companies/${d.id}`}>{[d.name, d.postcode, d.city].filter(Boolean).join(', ')}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        <Input state={state} name="name" label={c.name} optional={false} autocomplete="organization" />
        <Input state={state} name="street" label={c.street} autocomplete="street-address" />
        <Input state={state} name="postcode" label={c.postcode} autocomplete="postal-code" inputMode="numeric" />
        <Input state={state} name="city" label={c.city} autocomplete="address-level2" />
        <Input state={state} name="municipality" label={c.municipality} />
        <Select state={state} name="federalState" label={c.federalState} options={FEDERAL_STATES.map((s) => ({ value: s, label: landName(s, lang) }))} />
        <Input state={state} name="headcount" label={c.headcount} hint={c.headcountHint} inputMode="numeric" />
        <Select
          state={state}
          name="sizeClass"
          label={c.sizeClass}
          hint={c.sizeClassHint}
          options={SIZE_CLASSES.map((s) => ({ value: s, label: m.sizeClasses[s] }))}
        />
        <Select state={state} name="wzSection" label={c.wzSection} options={WZ_SECTIONS.map((s) => ({ value: s, label: wzSectionLabel(lang, s) }))} />
        <Input state={state} name="website" label={c.website} autocomplete="url" />
        <TextArea state={state} name="notes" label={c.notes} />
        {duplicates && duplicates.length > 0 ? (
          <div class="choice">
            <input type="checkbox" id="confirmDuplicate" name="confirmDuplicate" value="yes" />
            <label for="confirmDuplicate">{c.duplicateConfirm}</label>
          </div>
        ) : null}
        <div class="button-group">
          <button type="submit" class="button">
            {m.save}
          </button>
          <a href={cancelHref}>{m.cancel}</a>
        </div>
      </form>
    </Shell>
  );
}

// --- company page ----------------------------------------------------------------------------------------------

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="ws-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function contactLabels(lang: Lang): Record<string, string> {
  const c = wm(lang).company;
  return { name: c.contactName, role: c.contactRole, email: c.contactEmail, phone: c.contactPhone, userId: c.contactName };
}

export function CompanyPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  company,
  contacts,
  consultations,
  contactState,
  deleteError,
  notice,
}: PageBase & {
  csrfToken: string;
  company: CompanyRow;
  contacts: ContactRow[];
  consultations: ConsultationView[];
  contactState: WsState;
  deleteError?: boolean;
  notice?: string;
}) {
  const m = wm(lang);
  const c = m.company;
  const staff = isStaff(user);
  const none = m.none;
  return (
    <Shell lang={lang} title={company.name} currentUrl={currentUrl} user={user}>
      <h1>{company.name}</h1>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      <ErrorSummary state={contactState} labels={contactLabels(lang)} />
      <h2>{c.details}</h2>
      <dl class="ws-details">
        <Row label={c.street}>{company.street ?? none}</Row>
        <Row label={c.city}>{[company.postcode, company.city].filter(Boolean).join(' ') || none}</Row>
        <Row label={c.municipality}>{company.municipality ?? none}</Row>
        <Row label={c.federalState}>{company.federalState ? landName(company.federalState, lang) : none}</Row>
        <Row label={c.headcount}>{company.headcount ?? none}</Row>
        <Row label={c.sizeClass}>{company.sizeClass ? m.sizeClasses[company.sizeClass as keyof typeof m.sizeClasses] : none}</Row>
        <Row label={c.wzSection}>{company.wzSection ? wzSectionLabel(lang, company.wzSection) : none}</Row>
        <Row label={c.website}>{company.website ? <a href={company.website}>{company.website}</a> : none}</Row>
        {staff ? <Row label={c.notes}>{company.notes ?? none}</Row> : null}
      </dl>
      {staff ? (
        <p>
          <a class="button button-secondary" href={`/companies/${company.id}/edit`}>
            {m.edit}
          </a>
        </p>
      ) : null}
      {user.role === 'admin' ? (
        <p>
          <a href={`/admin/audit?entity=company&entityId=${company.id}&related=1`}>{sm(lang).nav.audit}</a>
        </p>
      ) : null}

      <h2>{c.contacts}</h2>
      {contacts.length === 0 ? (
        <p>{c.noContacts}</p>
      ) : (
        <ul class="ws-contacts">
          {contacts.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong>
              {p.role ? `, ${p.role}` : ''}
              {p.email ? (
                <>
                  {' · '}
                  <a href={`mailto:${p.email}`}>{p.email}</a>
                </>
              ) : null}
              {p.phone ? ` · ${p.phone}` : ''}
              {staff ? (
                <div class="ws-contact-actions">
                  <a href={`/contacts/${p.id}/edit`}>{c.editContact(p.name)}</a>
                  <form method="post" action={`/contacts/${p.id}/delete`} class="inline-form">
                    <Csrf token={csrfToken} />
                    <button type="submit" class="link-button">
                      {c.removeContact(p.name)}
                    </button>
                  </form>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {staff ? (
        <details class="ws-add" open={contactState.errors.length > 0}>
          <summary>{c.addContact}</summary>
          <form method="post" action={`/companies/${company.id}/contacts`} novalidate>
            <Csrf token={csrfToken} />
            <Input state={contactState} name="name" label={c.contactName} optional={false} />
            <Input state={contactState} name="role" label={c.contactRole} />
            <Input state={contactState} name="email" label={c.contactEmail} type="email" />
            <Input state={contactState} name="phone" label={c.contactPhone} type="tel" />
            <button type="submit" class="button">
              {c.addContact}
            </button>
          </form>
        </details>
      ) : null}

      <h2>{c.history}</h2>
      {staff ? (
        <p>
          <a class="button" href={`/companies/${company.id}/consultations/new`}>
            {c.newConsultation}
          </a>
        </p>
      ) : null}
      {consultations.length === 0 ? (
        <p>{c.noConsultations}</p>
      ) : (
        <ol class="ws-history">
          {consultations.map((k) => (
            <li key={k.id}>
              <h3>
                {formatDate(lang, k.date)}: {m.kinds[k.kind as keyof typeof m.kinds]}, {m.channels[k.channel as keyof typeof m.channels]}
                {k.durationMinutes ? `, ${m.consultation.minutes(k.durationMinutes)}` : ''}
              </h3>
              <p>{k.topics.map((t) => m.topics[t as keyof typeof m.topics]).join(' · ')}</p>
              <dl class="ws-details">
                {k.adviserName ? <Row label={m.consultation.adviser}>{k.adviserName}</Row> : null}
                {k.occupations.length > 0 ? <Row label={m.consultation.occupations}>{k.occupations.map((code) => iscoLabel(lang, code)).join(', ')}</Row> : null}
                {k.accessRoute ? <Row label={m.consultation.accessRoute}>{m.accessRoutes[k.accessRoute as keyof typeof m.accessRoutes]}</Row> : null}
                {k.referrals.length > 0 ? <Row label={m.consultation.referrals}>{k.referrals.map((r) => r.name).join(', ')}</Row> : null}
                {k.participants.length > 0 || k.otherParticipants ? <Row label={m.consultation.participants}>{participantsText(lang, k)}</Row> : null}
                {k.record ? <Row label={m.consultation.record}>{k.record}</Row> : null}
                {k.outcome ? <Row label={m.consultation.outcome}>{k.outcome}</Row> : null}
                {k.followUpDate ? (
                  <Row label={m.consultation.followUpDate}>
                    <FollowUpState lang={lang} k={k} staff={staff} csrfToken={csrfToken} />
                  </Row>
                ) : null}
              </dl>
              {staff ? (
                <p>
                  <a href={`/consultations/${k.id}/edit`}>
                    {m.edit}
                    <span class="visually-hidden"> {formatDate(lang, k.date)}</span>
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}

      {staff ? (
        <section aria-labelledby="delete-title" class="ws-danger">
          <h2 id="delete-title">{c.deleteTitle}</h2>
          <p>{c.deleteText}</p>
          <form method="post" action={`/companies/${company.id}/delete`}>
            <Csrf token={csrfToken} />
            <div class={groupClass(deleteError)}>
              <FieldError id="confirm-error" text={deleteError ? c.deleteConfirmMissing : undefined} errorPrefix={m.errorPrefix} autofocus />
              <div class="choice">
                <input type="checkbox" id="confirm" name="confirm" value="yes" aria-describedby={deleteError ? 'confirm-error' : undefined} />
                <label for="confirm">{c.deleteConfirm}</label>
              </div>
            </div>
            <button type="submit" class="button button-warning">
              {c.deleteButton}
            </button>
          </form>
        </section>
      ) : null}
    </Shell>
  );
}

/** A consultation's follow-up on the company page: the date, open or done (when, by whom), and for the office's
 * staff the button that marks it done or opens it again (back to this page). */
function FollowUpState({ lang, k, staff, csrfToken }: { lang: Lang; k: ConsultationView; staff: boolean; csrfToken: string }) {
  const f = wm(lang).followUps;
  const done = k.followUpDoneAt !== null;
  const doneDay = k.followUpDoneAt === null ? '' : formatDate(lang, officeToday(new Date(k.followUpDoneAt)));
  return (
    <>
      {formatDate(lang, k.followUpDate)}{' '}
      {done ? <span class="tag tag-success">{f.doneOn(doneDay, k.followUpDoneByName)}</span> : <span class="tag tag-neutral">{f.open}</span>}
      {staff ? (
        <>
          {' '}
          <form method="post" action={`/consultations/${k.id}/follow-up/${done ? 'reopen' : 'done'}`} class="inline-form">
            <Csrf token={csrfToken} />
            <input type="hidden" name="back" value="company" />
            <button type="submit" class="button button-secondary">
              {done ? f.reopen : f.markDone}
              <span class="visually-hidden">
                : {wm(lang).consultation.followUpDate} {formatDate(lang, k.followUpDate)}
              </span>
            </button>
          </form>
        </>
      ) : null}
    </>
  );
}

// --- consultation form -----------------------------------------------------------------------------------------

/** The participants of a consultation: live contacts by name, "deleted person" for removed ones, then the others. */
export function participantsText(lang: Lang, k: Pick<ConsultationView, 'participants' | 'otherParticipants'>): string {
  const c = wm(lang).consultation;
  const names = k.participants.map((p) => p.name ?? c.deletedPerson);
  if (k.otherParticipants) names.push(c.others(k.otherParticipants));
  return names.join(', ');
}

export function consultationLabels(lang: Lang): Record<string, string> {
  const k = wm(lang).consultation;
  return {
    // in the order of the form, which the error summary follows
    date: k.date,
    kind: k.kind,
    channel: k.channel,
    durationMinutes: k.durationMinutes,
    topics: k.topics,
    participantIds: k.participantIds,
    otherParticipants: k.otherParticipants,
    occupations: k.occupations,
    accessRoute: k.accessRoute,
    partnerIds: k.partnerIds,
    record: k.record,
    outcome: k.outcome,
    followUpDate: k.followUpDate,
    completeFollowUpIds: k.completeFollowUpIds,
    adviserUserId: k.adviser,
    // not in the form: the audit trail's names of the follow-up's state
    followUpDoneAt: k.followUpDoneAt,
    followUpDoneBy: k.followUpDoneBy,
  };
}

export function ConsultationFormPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  action,
  title,
  cancelHref,
  partners,
  contacts,
  companyId,
  deleteAction,
  historyHref,
  openFollowUps = [],
}: PageBase & {
  csrfToken: string;
  state: WsState;
  action: string;
  title: string;
  cancelHref: string;
  partners: PartnerRow[];
  /** a new consultation: the company's open follow-ups, which it may settle */
  openFollowUps?: { consultationId: string; followUpDate: string; consultationDate: string }[];
  /** the company's contact persons, offered as participants */
  contacts: ContactRow[];
  companyId: string;
  deleteAction?: string;
  historyHref?: string;
}) {
  const m = wm(lang);
  const k = m.consultation;
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      {user.role === 'admin' && historyHref ? (
        <p>
          <a href={historyHref}>{sm(lang).nav.audit}</a>
        </p>
      ) : null}
      <ErrorSummary state={state} labels={consultationLabels(lang)} />
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        <Input state={state} name="date" label={k.date} type="date" optional={false} />
        <Choices state={state} name="kind" legend={k.kind} options={KINDS.map((v) => ({ value: v, label: m.kinds[v] }))} />
        <Choices state={state} name="channel" legend={k.channel} options={CHANNELS.map((v) => ({ value: v, label: m.channels[v] }))} />
        <Input state={state} name="durationMinutes" label={k.durationMinutes} inputMode="numeric" />
        <Choices state={state} name="topics" legend={k.topics} hint={k.topicsHint} multiple options={TOPICS.map((v) => ({ value: v, label: m.topics[v] }))} />
        {contacts.length === 0 ? (
          <div class={groupClass(errorOf(state, 'participantIds'))} id="participantIds" tabIndex={-1}>
            <p class="label">{k.participantIds}</p>
            <FieldError text={errorOf(state, 'participantIds')} errorPrefix={m.errorPrefix} />
            <p class="hint">
              {k.noContacts} <a href={`/companies/${companyId}`}>{k.addContact}</a>
            </p>
          </div>
        ) : (
          <Choices
            state={state}
            name="participantIds"
            legend={k.participantIds}
            hint={k.participantIdsHint}
            multiple
            options={contacts.map((p) => ({ value: p.id, label: p.role ? `${p.name} (${p.role})` : p.name }))}
          />
        )}
        <Input state={state} name="otherParticipants" label={k.otherParticipants} hint={k.otherParticipantsHint} inputMode="numeric" />
        <Input state={state} name="occupations" label={k.occupations} hint={k.occupationsHint} />
        <Select state={state} name="accessRoute" label={k.accessRoute} options={ACCESS_ROUTES.map((v) => ({ value: v, label: m.accessRoutes[v] }))} />
        {partners.length === 0 ? (
          <p class="hint">{k.noPartners}</p>
        ) : (
          <Choices
            state={state}
            name="partnerIds"
            legend={k.partnerIds}
            multiple
            options={partners.map((p) => ({ value: p.id, label: `${p.name} (${m.partnerTypes[p.type as keyof typeof m.partnerTypes] ?? p.type})` }))}
          />
        )}
        <TextArea state={state} name="record" label={k.record} />
        <TextArea state={state} name="outcome" label={k.outcome} />
        <Input state={state} name="followUpDate" label={k.followUpDate} type="date" />
        {openFollowUps.length > 0 ? (
          <Choices
            state={state}
            name="completeFollowUpIds"
            legend={k.completeFollowUpIds}
            hint={k.completeFollowUpIdsHint}
            multiple
            options={openFollowUps.map((f) => ({ value: f.consultationId, label: k.followUpFrom(formatDate(lang, f.followUpDate), formatDate(lang, f.consultationDate)) }))}
          />
        ) : null}
        <div class="button-group">
          <button type="submit" class="button">
            {m.save}
          </button>
          <a href={cancelHref}>{m.cancel}</a>
        </div>
      </form>
      {deleteAction ? (
        <form method="post" action={deleteAction} class="ws-danger">
          <Csrf token={csrfToken} />
          <button type="submit" class="button button-warning">
            {k.deleteButton}
          </button>
        </form>
      ) : null}
    </Shell>
  );
}

// --- search ----------------------------------------------------------------------------------------------------

export function SearchPage({ lang, currentUrl, user, state, results }: PageBase & { state: WsState; results: SearchResults | null }) {
  const m = wm(lang);
  const s = m.search;
  const total = results ? results.companies.length + results.contacts.length + results.consultations.length : 0;
  return (
    <Shell lang={lang} title={s.title} currentUrl={currentUrl} user={user}>
      <h1>{s.title}</h1>
      <ErrorSummary state={state} labels={{ q: s.q }} />
      <form method="get" action="/search" role="search" class="ws-filter">
        <Input state={state} name="q" label={s.q} hint={s.qHint} optional={false} />
        <button type="submit" class="button">
          {s.submit}
        </button>
      </form>
      {results ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{s.results(results.q)}</h2>
          {total === 0 ? <p role="status">{s.nothing}</p> : null}
          {results.companies.length > 0 ? (
            <>
              <h3>{s.companies}</h3>
              <ul>
                {results.companies.map((c) => (
                  <li key={c.id}>
                    <a href={`/companies/${c.id}`}>{c.name}</a>
                    {c.postcode || c.city ? `, ${[c.postcode, c.city].filter(Boolean).join(' ')}` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {results.contacts.length > 0 ? (
            <>
              <h3>{s.contacts}</h3>
              <ul>
                {results.contacts.map((c) => (
                  <li key={c.id}>
                    {c.name}
                    {c.role ? `, ${c.role}` : ''} – <a href={`/companies/${c.companyId}`}>{c.companyName}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {results.consultations.length > 0 ? (
            <>
              <h3>{s.consultations}</h3>
              <ul>
                {results.consultations.map((c) => (
                  <li key={c.id}>
                    <a href={`/companies/${c.companyId}`}>
                      {formatDate(lang, c.date)}, {c.companyName}
                    </a>
                    : {c.snippet}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </Shell>
  );
}

// --- partners --------------------------------------------------------------------------------------------------

/** The fields of a partner, in the add form of the directory and on the partner's edit page. */
export function PartnerFields({ state }: { state: WsState }) {
  const m = wm(state.lang);
  const p = m.partners;
  return (
    <>
      <Input state={state} name="name" label={p.name} optional={false} />
      <Select state={state} name="type" label={p.type} optional={false} options={PARTNER_TYPES.map((t) => ({ value: t, label: m.partnerTypes[t] }))} />
      <Input state={state} name="contactName" label={p.contactName} />
      <Input state={state} name="email" label={p.email} type="email" />
      <Input state={state} name="phone" label={p.phone} type="tel" />
      <Input state={state} name="website" label={p.website} />
      <Input state={state} name="address" label={p.address} />
    </>
  );
}

export function PartnersPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  partners,
  state,
  notice,
}: PageBase & { csrfToken: string; partners: PartnerRow[]; state: WsState; notice?: string }) {
  const m = wm(lang);
  const p = m.partners;
  const labels: Record<string, string> = { name: p.name, type: p.type, contactName: p.contactName, email: p.email, phone: p.phone, website: p.website, address: p.address };
  return (
    <Shell lang={lang} title={p.title} currentUrl={currentUrl} user={user}>
      <h1>{p.title}</h1>
      <p>{p.intro}</p>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      <ErrorSummary state={state} labels={labels} />
      {partners.length === 0 ? (
        <p>{p.none}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{p.name}</th>
                <th scope="col">{p.type}</th>
                <th scope="col">{p.contactName}</th>
                <th scope="col">{p.email}</th>
                <th scope="col">{p.phone}</th>
                <th scope="col">{p.actions}</th>
              </tr>
            </thead>
            <tbody>
              {partners.map((x) => (
                <tr key={x.id}>
                  <th scope="row">{x.website ? <a href={x.website}>{x.name}</a> : x.name}</th>
                  <td>{m.partnerTypes[x.type as keyof typeof m.partnerTypes] ?? x.type}</td>
                  <td>{x.contactName ?? m.none}</td>
                  <td>{x.email ? <a href={`mailto:${x.email}`}>{x.email}</a> : m.none}</td>
                  <td>{x.phone ?? m.none}</td>
                  <td>
                    <a href={`/partners/${x.id}/edit`}>
                      {m.edit}
                      <span class="visually-hidden">: {x.name}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{p.add}</h2>
      <form method="post" action="/partners" novalidate>
        <Csrf token={csrfToken} />
        <PartnerFields state={state} />
        <button type="submit" class="button">
          {p.add}
        </button>
      </form>
    </Shell>
  );
}

// --- contact form ----------------------------------------------------------------------------------------------

export function ContactFormPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  action,
  title,
  cancelHref,
}: PageBase & { csrfToken: string; state: WsState; action: string; title: string; cancelHref: string }) {
  const m = wm(lang);
  const c = m.company;
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      <ErrorSummary state={state} labels={contactLabels(lang)} />
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        <Input state={state} name="name" label={c.contactName} optional={false} />
        <Input state={state} name="role" label={c.contactRole} />
        <Input state={state} name="email" label={c.contactEmail} type="email" />
        <Input state={state} name="phone" label={c.contactPhone} type="tel" />
        <div class="button-group">
          <button type="submit" class="button">
            {m.save}
          </button>
          <a href={cancelHref}>{m.cancel}</a>
        </div>
      </form>
    </Shell>
  );
}
