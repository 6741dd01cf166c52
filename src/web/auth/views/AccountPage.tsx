import type { ApiTokenRow } from '../../../app/accounts/listApiTokens.ts';
import type { CalendarFeedStatus } from '../../../app/calendar/getCalendarFeed.ts';
import type { Lang } from '../../../i18n/index.ts';
import type { Role } from '../../../policies/index.ts';
import { am, formatDateTime } from '../messages/index.ts';
import { CsrfField, ErrorSummary, Field, Notice, SelectField } from './form.tsx';
import type { FormState } from './form.tsx';
import { Shell } from '../../shell/Shell.tsx';
import { sm } from '../../shell/messages/index.ts';
import { Table } from '../../shell/Table.tsx';

export interface AccountPageProps {
  lang: Lang;
  currentUrl: string;
  csrfToken: string;
  user: { name: string; email: string; role: Role; tenantName: string };
  tokens: ApiTokenRow[];
  passwordState: FormState;
  tokenState: FormState;
  /** issue 15: the reminder digest choice (values.frequency) and whether it is the role's default */
  reminderState: FormState;
  reminderIsDefault: boolean;
  /** a token just created: shown once */
  newToken?: string;
  /** the active calendar feed (issue 15), if any */
  calendarFeed: CalendarFeedStatus | null;
  /** the address of a calendar feed just created: shown once */
  newCalendarUrl?: string;
  notice?: string;
}

export function AccountPage(p: AccountPageProps) {
  const { lang, csrfToken, user } = p;
  const m = am(lang);
  const a = m.account;
  return (
    <Shell lang={lang} title={a.title} currentUrl={p.currentUrl} user={user}>
      <div class="auth-page auth-page-wide">
        <ErrorSummary state={p.passwordState.errors.length > 0 ? p.passwordState : p.reminderState.errors.length > 0 ? p.reminderState : p.tokenState} />
        {p.notice ? (
          <Notice kind="success">
            <p>{p.notice}</p>
          </Notice>
        ) : null}
        {p.newToken ? (
          <Notice kind="important" title={a.tokenCreatedTitle}>
            <p>{a.tokenCreated}</p>
            <p>
              <code class="secret">{p.newToken}</code>
            </p>
          </Notice>
        ) : null}
        {p.newCalendarUrl ? (
          <Notice kind="important" title={a.calendarCreatedTitle}>
            <p>{a.calendarCreated}</p>
            <p>
              <code class="secret">{p.newCalendarUrl}</code>
            </p>
            <p>{a.calendarEnglish}</p>
          </Notice>
        ) : null}
        <h1>{a.title}</h1>
        <dl class="summary-list">
          <dt>{a.signedInAs}</dt>
          <dd>
            {user.name} ({user.email})
          </dd>
          <dt>{a.office}</dt>
          <dd>{user.tenantName}</dd>
          <dt>{a.role}</dt>
          <dd>{sm(lang).roles[user.role]}</dd>
        </dl>

        <section class="section" aria-labelledby="password-heading">
          <h2 id="password-heading">{a.passwordHeading}</h2>
          <p>{a.passwordLead}</p>
          <form method="post" action="/account/password" novalidate>
            <CsrfField token={csrfToken} />
            <input type="hidden" name="username" value={user.email} autocomplete="username" />
            <Field state={p.passwordState} name="currentPassword" label={m.fields.currentPassword} type="password" autocomplete="current-password" />
            <Field state={p.passwordState} name="newPassword" label={m.fields.newPassword} type="password" autocomplete="new-password" hint={m.passwordHint} />
            <Field state={p.passwordState} name="newPasswordRepeat" label={m.fields.newPasswordRepeat} type="password" autocomplete="new-password" />
            <button type="submit" class="button">
              {a.passwordSubmit}
            </button>
          </form>
        </section>

        <section class="section" aria-labelledby="reminders-heading">
          <h2 id="reminders-heading">{a.remindersHeading}</h2>
          <p>{a.remindersLead}</p>
          <form method="post" action="/account/reminders" novalidate>
            <CsrfField token={csrfToken} />
            <SelectField
              state={p.reminderState}
              name="frequency"
              label={m.fields.frequency}
              hint={p.reminderIsDefault ? a.remindersDefault : undefined}
              options={(['daily', 'weekly', 'off'] as const).map((f) => ({ value: f, label: a.frequencies[f] }))}
            />
            <button type="submit" class="button button-secondary">
              {a.remindersSubmit}
            </button>
          </form>
        </section>

        <section class="section" aria-labelledby="tokens-heading">
          <h2 id="tokens-heading">{a.tokensHeading}</h2>
          <p>{a.tokensLead}</p>
          {p.tokens.length === 0 ? (
            <p class="muted">{a.tokensNone}</p>
          ) : (
            <Table caption={a.tokensCaption} columns={[{ label: a.tokenColumns.name }, { label: a.tokenColumns.prefix }, { label: a.tokenColumns.created }, { label: a.tokenColumns.lastUsed }, { label: a.tokenColumns.status }]}>
              {p.tokens.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.name}</th>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{formatDateTime(lang, t.createdAt)}</td>
                  <td>{t.lastUsedAt ? formatDateTime(lang, t.lastUsedAt) : a.tokenNeverUsed}</td>
                  <td>
                    {t.revokedAt ? (
                      <span class="tag tag-neutral">{a.tokenRevoked}</span>
                    ) : (
                      <form method="post" action={`/account/tokens/${t.id}/revoke`} class="inline-form">
                        <CsrfField token={csrfToken} />
                        <span class="tag tag-success">{a.tokenActive}</span>{' '}
                        <button type="submit" class="link-button" aria-label={a.tokenRevokeLabel(t.name)}>
                          {a.tokenRevoke}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </Table>
          )}
          <form method="post" action="/account/tokens" novalidate>
            <CsrfField token={csrfToken} />
            <Field state={p.tokenState} name="tokenName" label={m.fields.tokenName} width={20} autocomplete="off" />
            <button type="submit" class="button button-secondary">
              {a.tokenCreate}
            </button>
          </form>
        </section>
        <section class="section" aria-labelledby="calendar-heading">
          <h2 id="calendar-heading">{a.calendarHeading}</h2>
          <p>{a.calendarLead}</p>
          <p>{a.calendarSecret}</p>
          {p.calendarFeed === null ? (
            <p class="muted">{a.calendarNone}</p>
          ) : (
            <p>
              <span class="tag tag-success">{a.tokenActive}</span>{' '}
              {a.calendarActive(formatDateTime(lang, p.calendarFeed.createdAt), p.calendarFeed.lastUsedAt ? formatDateTime(lang, p.calendarFeed.lastUsedAt) : null)}
            </p>
          )}
          <form method="post" action="/account/calendar" class="inline-form">
            <CsrfField token={csrfToken} />
            <button type="submit" class="button button-secondary">
              {p.calendarFeed === null ? a.calendarCreate : a.calendarRotate}
            </button>
          </form>{' '}
          {p.calendarFeed === null ? null : (
            <form method="post" action="/account/calendar/revoke" class="inline-form">
              <CsrfField token={csrfToken} />
              <button type="submit" class="button button-secondary">
                {a.calendarRevoke}
              </button>
            </form>
          )}
        </section>
      </div>
    </Shell>
  );
}
