import type { CompanyOption, InvitationRow, UserRow } from '../../../app/accounts/listUsers.ts';
import type { Lang } from '../../../i18n/index.ts';
import { ROLES, isRole } from '../../../policies/index.ts';
import { am, formatDateTime } from '../messages/index.ts';
import { CsrfField, ErrorSummary, Field, Notice, SelectField } from './form.tsx';
import type { FormState } from './form.tsx';
import { Shell } from '../../shell/Shell.tsx';
import type { PageUser } from '../../shell/Shell.tsx';
import { sm } from '../../shell/messages/index.ts';
import { Table } from '../../shell/Table.tsx';

export interface UsersPageProps {
  lang: Lang;
  currentUrl: string;
  csrfToken: string;
  user: PageUser & { userId: string };
  users: UserRow[];
  invitations: InvitationRow[];
  companies: CompanyOption[];
  inviteState: FormState;
  notice?: string;
  /** an invitation link to hand over because its mail could not be sent */
  manualLink?: { email: string; link: string };
}

export function UsersPage(p: UsersPageProps) {
  const { lang, csrfToken } = p;
  const m = am(lang);
  const u = m.users;
  const roleName = (r: string) => (isRole(r) ? sm(lang).roles[r] : r);
  return (
    <Shell lang={lang} title={u.title} currentUrl={p.currentUrl} user={p.user}>
      <div class="auth-page auth-page-wide">
        <ErrorSummary state={p.inviteState} />
        {p.notice ? (
          <Notice kind="success">
            <p>{p.notice}</p>
          </Notice>
        ) : null}
        {p.manualLink ? (
          <Notice kind="important">
            <p>{u.inviteNotMailed(p.manualLink.email)}</p>
            <p>
              <code class="secret">{p.manualLink.link}</code>
            </p>
          </Notice>
        ) : null}
        <h1>{u.title}</h1>
        <Table caption={u.caption} columns={[{ label: u.columns.name }, { label: u.columns.email }, { label: u.columns.role }, { label: u.columns.company }, { label: u.columns.status }, { label: u.columns.actions }]}>
          {p.users.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                {row.name} {row.id === p.user.userId ? <span class="muted">{u.you}</span> : null}
              </th>
              <td>{row.email}</td>
              <td>{roleName(row.role)}</td>
              <td>{row.companyName ?? '–'}</td>
              <td>{row.disabledAt ? <span class="tag tag-neutral">{u.disabled}</span> : <span class="tag tag-success">{u.active}</span>}</td>
              <td>
                {row.disabledAt || row.id === p.user.userId ? null : (
                  <form method="post" action={`/admin/users/${row.id}/disable`} class="inline-form">
                    <CsrfField token={csrfToken} />
                    <button type="submit" class="link-button" aria-label={u.disableLabel(row.name)}>
                      {u.disable}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </Table>

        <section class="section" aria-labelledby="invitations-heading">
          <h2 id="invitations-heading">{u.invitationsCaption}</h2>
          {p.invitations.length === 0 ? (
            <p class="muted">{u.invitationsNone}</p>
          ) : (
            <Table caption={u.invitationsCaption} captionClass="visually-hidden" columns={[{ label: u.invitationColumns.email }, { label: u.invitationColumns.role }, { label: u.invitationColumns.company }, { label: u.invitationColumns.expires }, { label: u.invitationColumns.actions }]}>
              {p.invitations.map((inv) => (
                <tr key={inv.id}>
                  <th scope="row">{inv.email}</th>
                  <td>{roleName(inv.role)}</td>
                  <td>{inv.companyName ?? '–'}</td>
                  <td>{formatDateTime(lang, inv.expiresAt)}</td>
                  <td>
                    <form method="post" action={`/admin/invitations/${inv.id}/revoke`} class="inline-form">
                      <CsrfField token={csrfToken} />
                      <button type="submit" class="link-button" aria-label={u.revokeLabel(inv.email)}>
                        {u.revoke}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </section>

        <section class="section" aria-labelledby="invite-heading">
          <h2 id="invite-heading">{u.inviteHeading}</h2>
          <p>{u.inviteLead}</p>
          <form method="post" action="/admin/users/invite" novalidate>
            <CsrfField token={csrfToken} />
            <Field state={p.inviteState} name="email" label={m.fields.inviteEmail} type="email" autocomplete="off" />
            <Field state={p.inviteState} name="name" label={m.fields.inviteName} optional autocomplete="off" />
            <SelectField state={p.inviteState} name="role" label={m.fields.role} options={ROLES.map((r) => ({ value: r, label: sm(lang).roles[r] }))} />
            <SelectField
              state={p.inviteState}
              name="companyId"
              label={m.fields.companyId}
              hint={u.companyHint}
              options={[{ value: '', label: u.companyNone }, ...p.companies.map((c) => ({ value: c.id, label: c.name }))]}
            />
            <button type="submit" class="button">
              {u.inviteSubmit}
            </button>
          </form>
        </section>
      </div>
    </Shell>
  );
}
