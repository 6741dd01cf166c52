// The referrals whose follow-up is due, on the Wiedervorlagen page (issue 16): the earliest first, each with its
// partner, source and status, a link to the referral and a button to mark the follow-up done.

import type { ReferralItem } from '../../../app/referrals/listReferrals.ts';
import type { Lang } from '../../../i18n/index.ts';
import { formatDate } from '../../shell/domain/labels.ts';
import { Table } from '../../shell/Table.tsx';
import { Csrf } from '../form.tsx';
import { rfm } from './messages.ts';
import { sourceLink, statusText } from './ReferralList.tsx';

export function ReferralFollowUps({ lang, items, csrfToken, back, today }: { lang: Lang; items: ReferralItem[]; csrfToken: string; back: string; today: string }) {
  const m = rfm(lang);
  return (
    <section aria-labelledby="referral-follow-ups" id="referral-follow-ups">
      <h2 id="referral-follow-ups">{m.dueTitle}</h2>
      <p>{m.dueIntro}</p>
      {items.length === 0 ? (
        <p>{m.dueNone}</p>
      ) : (
        <Table caption={m.dueTitle} captionClass="visually-hidden" columns={[{ label: m.followUpDate }, { label: m.partner }, { label: m.from }, { label: m.status }, { label: m.update }]}>
          {items.map((r) => (
            <tr key={r.id}>
              <td>
                {formatDate(lang, r.followUpDate)}
                {r.followUpDate !== null && r.followUpDate < today ? <span class="tag tag-warning"> !</span> : null}
              </td>
              <th scope="row">
                <a href={`/referrals/${r.id}`}>{r.partnerName}</a>
              </th>
              <td>
                {sourceLink(lang, r)} · {r.companyName}
              </td>
              <td>{statusText(lang, r)}</td>
              <td>
                <form method="post" action={`/referrals/${r.id}/follow-up/done`}>
                  <Csrf token={csrfToken} />
                  <input type="hidden" name="back" value={back} />
                  <button type="submit" class="button button-secondary">
                    {m.followUpDoneButton}
                    <span class="visually-hidden">: {r.partnerName}</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
