// The candidate page's section for the employee's personal link (issue 15, office only): create (the link is shown
// once), the list of links with their state, revoke.

import type { CandidateLinkRow } from '../../app/reminders/candidateLinks.ts';
import type { Lang } from '../../i18n/index.ts';
import { Notice } from '../shell/form.tsx';
import { Table } from '../shell/Table.tsx';
import { Csrf } from '../workspace/form.tsx';
import { meMessages } from '../me/messages.ts';

export interface PersonalLinkProps {
  links: CandidateLinkRow[];
  hasEmail: boolean;
  /** a link just created: shown once */
  created?: { url: string; expiresAt: Date };
  now: Date;
}

function when(lang: Lang, d: Date): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(d);
}

export function PersonalLinkSection({ lang, candidateId, csrfToken, p }: { lang: Lang; candidateId: string; csrfToken: string; p: PersonalLinkProps }) {
  const m = meMessages(lang);
  return (
    <section aria-labelledby="personal-link-title">
      <h2 id="personal-link-title">{m.sectionTitle}</h2>
      <p>{m.sectionLead}</p>
      {p.created ? (
        <Notice kind="important" title={m.createdTitle}>
          <p>{m.created(when(lang, p.created.expiresAt))}</p>
          <p>
            <code class="secret">{p.created.url}</code>
          </p>
        </Notice>
      ) : null}
      {p.links.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <Table caption={m.caption} columns={[{ label: m.columns.email }, { label: m.columns.created }, { label: m.columns.expires }, { label: m.columns.lastUsed }, { label: m.columns.status }]}>
          {p.links.map((l) => (
            <tr key={l.id}>
              <td>{l.email}</td>
              <td>{when(lang, l.createdAt)}</td>
              <td>{when(lang, l.expiresAt)}</td>
              <td>{l.lastUsedAt ? when(lang, l.lastUsedAt) : m.never}</td>
              <td>
                {l.revokedAt ? (
                  m.revoked
                ) : l.expiresAt <= p.now ? (
                  m.expired
                ) : (
                  <form method="post" action={`/candidates/${candidateId}/links/${l.id}/revoke`} class="inline-form">
                    <Csrf token={csrfToken} />
                    {m.active}{' '}
                    <button type="submit" class="link-button" aria-label={m.revokeLabel(when(lang, l.createdAt))}>
                      {m.revoke}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {p.hasEmail ? (
        <form method="post" action={`/candidates/${candidateId}/links`}>
          <Csrf token={csrfToken} />
          <button type="submit" class="button button-secondary">
            {m.create}
          </button>
        </form>
      ) : (
        <p>{m.needsEmail}</p>
      )}
    </section>
  );
}
