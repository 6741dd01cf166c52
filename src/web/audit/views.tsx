// The audit trail page: a filter form (GET, no script), then a table of the entries, newest first: when, who, the
// action, the record (linked while it exists) and the changes as "field: old → new", field names and coded values
// translated where known, ids of users, companies and partners shown by name.

import type { JSX } from 'preact';
import type { AuditEntry } from '../../app/audit/listAuditTrail.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, isAuditRangeOrderError } from '../../app/audit/listAuditTrail.ts';
import type { PageOf } from '../../app/common/paging.ts';
import type { WorkspaceFieldError } from '../../app/common/errors.ts';
import type { Lang } from '../../i18n/index.ts';
import { Shell } from '../shell/Shell.tsx';
import type { PageUser } from '../shell/Shell.tsx';
import { sm } from '../shell/messages/index.ts';
import { ErrorSummary, FieldError, FormGroup, groupClass } from '../shell/form.tsx';
import { wm } from '../shell/domain/messages/index.ts';
import { companyLabels, consultationLabels, contactLabels, formatDate, partnerLabels } from '../shell/domain/labels.ts';
import { Pagination } from '../shell/Pagination.tsx';
import { audm } from './messages/index.ts';
import { Table } from '../shell/Table.tsx';

/** The filter as typed (query string values), for refilling the form and building page links. */
export type AuditFilterValues = Record<'entity' | 'entityId' | 'actorUserId' | 'action' | 'from' | 'to' | 'related', string>;

/** Names for the ids that rows hold. */
export interface AuditNames {
  users: Map<string, string>;
  companies: Map<string, string>;
  partners: Map<string, string>;
}

export const FILTER_KEYS = ['entity', 'entityId', 'actorUserId', 'action', 'from', 'to', 'related'] as const;

export function auditUrl(values: Partial<AuditFilterValues>, page = 1): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = values[k];
    if (v) p.set(k, v);
  }
  if (page > 1) p.set('page', String(page));
  const s = p.toString();
  return s ? `/admin/audit?${s}` : '/admin/audit';
}

/** Where a record's page is, for the entities that have one. */
export function recordHref(entity: string, id: string): string | null {
  if (entity === 'company') return `/companies/${id}`;
  if (entity === 'contact') return `/contacts/${id}/edit`;
  if (entity === 'consultation') return `/consultations/${id}/edit`;
  if (entity === 'partner') return `/partners/${id}/edit`;
  return null;
}

function fieldLabel(lang: Lang, entity: string, field: string): string {
  const own =
    entity === 'company'
      ? companyLabels(lang)
      : entity === 'contact'
        ? { ...contactLabels(lang), userId: audm(lang).fields.userId! }
        : entity === 'consultation'
          ? consultationLabels(lang)
          : entity === 'partner'
            ? partnerLabels(lang)
            : {};
  return own[field] ?? audm(lang).fields[field] ?? field;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function formatInstant(lang: Lang, at: Date): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** One value of a change, readable: codes translated, ids by name, dates formatted. */
export function formatValue(lang: Lang, entity: string, field: string, value: unknown, names: AuditNames): string {
  const m = audm(lang);
  const w = wm(lang);
  if (value === null || value === undefined || value === '') return w.none;
  if (Array.isArray(value)) return value.length === 0 ? w.none : value.map((v) => formatValue(lang, entity, field, v, names)).join(', ');
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  const code = (table: Record<string, string>) => table[value] ?? value;
  switch (field) {
    case 'topics':
      return code(w.topics);
    case 'channel':
      return code(w.channels);
    case 'kind':
      return code(w.kinds);
    case 'accessRoute':
      return code(w.accessRoutes);
    case 'sizeClass':
      return code(w.sizeClasses);
    case 'type':
      return entity === 'partner' ? code(w.partnerTypes) : value;
    case 'role':
      return entity === 'user' || entity === 'invitation' ? code(sm(lang).roles) : value;
    case 'password':
      return code(m.passwordEvents);
    case 'partnerIds':
      return names.partners.get(value) ?? value;
    case 'userId':
    case 'adviserUserId':
    case 'followUpDoneBy':
      return names.users.get(value) ?? value;
    case 'companyId':
      return names.companies.get(value) ?? value;
    default:
      if (ISO_DATE.test(value)) return formatDate(lang, value);
      if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatInstant(lang, new Date(value));
      return value;
  }
}

function isPair(v: unknown): v is [unknown, unknown] {
  return Array.isArray(v) && v.length === 2;
}

export function Changes({ lang, entry, names }: { lang: Lang; entry: AuditEntry; names: AuditNames }) {
  const m = audm(lang);
  const changes = entry.changes;
  if (changes === null || Object.keys(changes).length === 0) return <>{m.noChanges}</>;
  if (changes.erased === true) return <em>{m.erased}</em>;
  // empty values of a creation say nothing
  const shown = Object.entries(changes).filter(([, v]) => entry.action === 'update' || !(v === null || v === '' || (Array.isArray(v) && v.length === 0)));
  if (shown.length === 0) return <>{m.noChanges}</>;
  return (
    <ul class="plain-list audit-changes">
      {shown.map(([field, v]) => {
        const label = fieldLabel(lang, entry.entity, field);
        // updates hold [old, new] per changed field (older account rows hold only the new value)
        if (entry.action === 'update' && isPair(v)) {
          return (
            <li key={field}>
              {label}: <del>{formatValue(lang, entry.entity, field, v[0], names)}</del>
              <span aria-hidden="true"> → </span>
              <span class="visually-hidden"> {m.to_} </span>
              <ins>{formatValue(lang, entry.entity, field, v[1], names)}</ins>
            </li>
          );
        }
        return (
          <li key={field}>
            {label}: {formatValue(lang, entry.entity, field, v, names)}
          </li>
        );
      })}
    </ul>
  );
}

function who(lang: Lang, e: AuditEntry): string {
  const m = audm(lang);
  if (e.actorName) return e.actorName;
  if (e.actor === 'anonymous') return m.anonymous;
  if (e.actor.startsWith('cli:')) return m.operator(e.actor.slice(4));
  if (e.actor.startsWith('user:')) return m.deletedUser;
  return e.actor;
}

function entityLabel(lang: Lang, entity: string): string {
  return (audm(lang).entities as Record<string, string>)[entity] ?? entity;
}

function actionLabel(lang: Lang, action: string): string {
  return (audm(lang).actions as Record<string, string>)[action] ?? action;
}

export function AuditPage({
  lang,
  currentUrl,
  user,
  values,
  errors,
  list,
  names,
  users,
  recordName,
}: {
  lang: Lang;
  currentUrl: string;
  user: PageUser;
  values: AuditFilterValues;
  errors: WorkspaceFieldError[];
  list: PageOf<AuditEntry> | null;
  names: AuditNames;
  /** the tenant's accounts for the person filter */
  users: { id: string; name: string }[];
  /** the name of the record whose trail this is, where known */
  recordName: string | null;
}) {
  const m = audm(lang);
  const w = wm(lang);
  const isRecord = values.entityId !== '' && errors.length === 0;
  const title = isRecord && values.entity !== '' ? m.recordTitle(entityLabel(lang, values.entity), recordName) : m.title;
  const labels: Record<string, string> = {
    entity: m.entity,
    entityId: m.entityId,
    actorUserId: m.actorUserId,
    action: m.action,
    from: m.from,
    to: m.to,
    related: m.related,
    page: m.page,
    pageSize: m.pageSize,
  };
  const errorOf = (field: string) => errors.find((e) => e.field === field);
  const messageOf = (e: WorkspaceFieldError) =>
    isAuditRangeOrderError(e) ? m.toBeforeFrom : (e.field === 'entityId' || e.field === 'actorUserId') && e.code === 'unknown' ? m.notAnId : w.errors[e.code];
  const textOf = (field: string) => {
    const e = errorOf(field);
    return e ? messageOf(e) : undefined;
  };
  const group = (name: string, label: string, control: (describedBy: string | undefined, invalid: boolean) => JSX.Element, hint?: string) => (
    <FormGroup name={name} label={label} hint={hint} error={textOf(name)} errorPrefix={w.errorPrefix} spaceAfterPrefix>
      {control}
    </FormGroup>
  );
  const select = (name: 'entity' | 'actorUserId' | 'action', label: string, options: { value: string; label: string }[]) =>
    group(name, label, (describedBy, invalid) => (
      <select id={name} name={name} class="input" aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined}>
        <option value="">{m.any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={values[name] === o.value}>
            {o.label}
          </option>
        ))}
        {values[name] !== '' && !options.some((o) => o.value === values[name]) ? (
          <option value={values[name]} selected>
            {values[name]}
          </option>
        ) : null}
      </select>
    ));
  const input = (name: 'entityId' | 'from' | 'to', label: string, type: string, hint?: string) =>
    group(
      name,
      label,
      (describedBy, invalid) => (
        <input class="input" type={type} id={name} name={name} value={values[name]} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined} />
      ),
      hint,
    );
  const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      <p>{m.intro}</p>
      {isRecord ? (
        <p>
          <a href="/admin/audit">{m.allRecords}</a>
        </p>
      ) : null}
      <ErrorSummary
        title={w.errorSummaryTitle}
        items={errors.map((e) => ({ href: `#${e.field === 'page' || e.field === 'pageSize' ? 'entity' : e.field}`, text: `${labels[e.field] ?? e.field}: ${messageOf(e)}` }))}
      />
      <form method="get" action="/admin/audit" class="ws-filter" role="search">
        <fieldset>
          <legend>{m.filterLegend}</legend>
          {select(
            'entity',
            m.entity,
            AUDIT_ENTITIES.map((v) => ({ value: v, label: entityLabel(lang, v) })),
          )}
          {input('entityId', m.entityId, 'text', m.entityIdHint)}
          {select('actorUserId', m.actorUserId, users.map((u) => ({ value: u.id, label: u.name })))}
          {select(
            'action',
            m.action,
            AUDIT_ACTIONS.map((v) => ({ value: v, label: actionLabel(lang, v) })),
          )}
          {input('from', m.from, 'date')}
          {input('to', m.to, 'date')}
          <div class={groupClass(errorOf('related'))}>
            <FieldError id="related-error" text={textOf('related')} errorPrefix={w.errorPrefix} spaceAfterPrefix />
            <div class="choice">
              <input type="checkbox" id="related" name="related" value="1" checked={values.related === '1' || values.related === 'true'} aria-describedby={errorOf('related') ? 'related-error' : undefined} />
              <label for="related">{m.related}</label>
            </div>
          </div>
          <button type="submit" class="button button-secondary">
            {m.submit}
          </button>
        </fieldset>
      </form>
      {list ? (
        <>
          <p role="status">{m.count(list.total)}</p>
          {list.items.length === 0 ? (
            <p>{m.empty}</p>
          ) : (
            <Table caption={m.caption} captionClass="visually-hidden" columns={[{ label: m.columns.at }, { label: m.columns.who }, { label: m.columns.action }, { label: m.columns.entity }, { label: m.columns.changes }]}>
              {list.items.map((e) => {
                const label = entityLabel(lang, e.entity);
                const href = e.exists && e.entityId ? recordHref(e.entity, e.entityId) : null;
                const ownTrail = e.entityId !== null && !(values.entityId === e.entityId && values.entity === e.entity);
                const name = e.entityId ? (e.entity === 'company' ? names.companies.get(e.entityId) : e.entity === 'partner' ? names.partners.get(e.entityId) : e.entity === 'user' ? names.users.get(e.entityId) : undefined) : undefined;
                return (
                  <tr key={e.id}>
                    <td class="nowrap">
                      <time dateTime={e.at.toISOString()}>{formatInstant(lang, e.at)}</time>
                    </td>
                    <td>{who(lang, e)}</td>
                    <td>{actionLabel(lang, e.action)}</td>
                    <td>
                      {href ? <a href={href}>{name ? `${label}: ${name}` : label}</a> : name ? `${label}: ${name}` : label}
                      {ownTrail ? (
                        <>
                          {' '}
                          <a href={auditUrl({ entity: e.entity, entityId: e.entityId! })}>
                            ({m.trail}
                            <span class="visually-hidden">: {label}</span>)
                          </a>
                        </>
                      ) : null}
                    </td>
                    <td>
                      <Changes lang={lang} entry={e} names={names} />
                    </td>
                  </tr>
                );
              })}
            </Table>
          )}
          <Pagination label={m.pagination} page={list.page} pages={pages} href={(n) => auditUrl(values, n)} texts={m} />
        </>
      ) : null}
    </Shell>
  );
}
