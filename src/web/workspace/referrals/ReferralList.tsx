// The referrals of a case, a consultation or a partner as a table (issue 16): partner, source, status with its
// dates, measure, outcome, and the link to change the status.

import type { ReferralItem } from '../../../app/referrals/listReferrals.ts';
import type { Lang } from '../../../i18n/index.ts';
import { formatDate } from '../../shell/domain/labels.ts';
import { Table } from '../../shell/Table.tsx';
import { rfm } from './messages.ts';

export function statusText(lang: Lang, r: ReferralItem): string {
  const m = rfm(lang);
  const day = r.status === 'accepted' ? r.acceptedOn : r.status === 'done' ? r.doneOn : r.status === 'declined' ? r.declinedOn : r.sentOn;
  return `${m.statuses[r.status]}${day ? ` (${formatDate(lang, day)})` : ''}`;
}

export function sourceLink(lang: Lang, r: ReferralItem) {
  const m = rfm(lang);
  if (r.caseId !== null) return <a href={`/cases/${r.caseId}`}>{m.caseLabel(r.caseNumber ?? '')}</a>;
  return <a href={`/consultations/${r.consultationId}/edit`}>{m.consultationLabel(formatDate(lang, r.consultationDate ?? r.sentOn))}</a>;
}

export function ReferralList({
  lang,
  items,
  caption,
  showPartner = true,
  showSource = false,
}: {
  lang: Lang;
  items: ReferralItem[];
  caption: string;
  showPartner?: boolean;
  showSource?: boolean;
}) {
  const m = rfm(lang);
  if (items.length === 0) return <p>{m.none}</p>;
  return (
    <Table
      caption={caption}
      captionClass="visually-hidden"
      columns={[
        ...(showPartner ? [{ label: m.partner }] : []),
        ...(showSource ? [{ label: m.from }] : []),
        { label: m.sentColumn },
        { label: m.status },
        { label: m.measureKind },
        { label: m.outcome },
        { label: m.update },
      ]}
    >
      {items.map((r) => (
        <tr key={r.id}>
          {showPartner ? (
            <th scope="row">
              <a href={`/partners/${r.partnerId}`}>{r.partnerName}</a>
            </th>
          ) : null}
          {showSource ? <td>{sourceLink(lang, r)}</td> : null}
          <td>{formatDate(lang, r.sentOn)}</td>
          <td>
            <span class={`tag referral-${r.status}`}>{statusText(lang, r)}</span>
          </td>
          <td>{r.measureKind ? m.measureKinds[r.measureKind] : '–'}</td>
          <td>{r.outcome ?? '–'}</td>
          <td>
            <a href={`/referrals/${r.id}`}>
              {m.update}
              <span class="visually-hidden">: {r.partnerName}</span>
            </a>
          </td>
        </tr>
      ))}
    </Table>
  );
}
