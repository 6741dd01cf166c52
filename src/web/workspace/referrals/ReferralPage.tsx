// One referral (issue 16): where it comes from, its status with the dates, the outcome, the follow-up; the form for
// the next step (accepted, done or declined, with the day and the outcome) and the follow-up's done/reopen buttons.

import type { ReferralStatus } from '../../../app/common/codes.ts';
import type { ReferralItem } from '../../../app/referrals/listReferrals.ts';
import { Shell } from '../../shell/Shell.tsx';
import { formatDate } from '../../shell/domain/labels.ts';
import { Choices, Csrf, ErrorSummary, Input, TextArea } from '../form.tsx';
import type { PageBase, WsState } from '../form.tsx';
import { rfm } from './messages.ts';
import { sourceLink, statusText } from './ReferralList.tsx';

export const STATUS_KEYS = ['status', 'on', 'outcome', 'followUpDate'];

export function ReferralPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  referral: r,
  next,
  notice,
}: PageBase & { csrfToken: string; state: WsState; referral: ReferralItem; next: readonly ReferralStatus[]; notice?: string }) {
  const m = rfm(lang);
  const title = m.detailTitle(r.partnerName);
  const labels = { status: m.nextStep, on: m.on, outcome: m.outcome, followUpDate: m.followUpDate };
  const options = [...next.map((s) => ({ value: s, label: m.statuses[s] })), { value: r.status, label: m.keep }];
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      <dl class="ws-details">
        <div class="ws-row">
          <dt>{m.partner}</dt>
          <dd>
            <a href={`/partners/${r.partnerId}`}>{r.partnerName}</a>
          </dd>
        </div>
        <div class="ws-row">
          <dt>{m.from}</dt>
          <dd>
            {sourceLink(lang, r)} · {r.companyName}
          </dd>
        </div>
        <div class="ws-row">
          <dt>{m.status}</dt>
          <dd id="referral-status">{statusText(lang, r)}</dd>
        </div>
        <div class="ws-row">
          <dt>{m.dates}</dt>
          <dd>
            {m.sentOn}: {formatDate(lang, r.sentOn)}
            {r.acceptedOn ? `; ${m.acceptedOn} ${formatDate(lang, r.acceptedOn)}` : ''}
            {r.doneOn ? `; ${m.doneOn} ${formatDate(lang, r.doneOn)}` : ''}
            {r.declinedOn ? `; ${m.declinedOn} ${formatDate(lang, r.declinedOn)}` : ''}
          </dd>
        </div>
        {r.measureKind ? (
          <div class="ws-row">
            <dt>{m.measureKind}</dt>
            <dd>{m.measureKinds[r.measureKind]}</dd>
          </div>
        ) : null}
        {r.purpose ? (
          <div class="ws-row">
            <dt>{m.purpose}</dt>
            <dd>{r.purpose}</dd>
          </div>
        ) : null}
        <div class="ws-row">
          <dt>{m.outcome}</dt>
          <dd>{r.outcome ?? '–'}</dd>
        </div>
        <div class="ws-row">
          <dt>{m.followUp}</dt>
          <dd>{r.followUpDate ? (r.followUpDone ? m.followUpDone(formatDate(lang, r.followUpDate)) : m.followUpOpen(formatDate(lang, r.followUpDate))) : '–'}</dd>
        </div>
      </dl>
      {r.followUpDate ? (
        <form method="post" action={`/referrals/${r.id}/follow-up/${r.followUpDone ? 'reopen' : 'done'}`}>
          <Csrf token={csrfToken} />
          <button type="submit" class="button button-secondary">
            {r.followUpDone ? m.followUpReopen : m.followUpDoneButton}
          </button>
        </form>
      ) : null}
      <h2 id="status-form-title">{m.update}</h2>
      {next.length === 0 ? <p>{m.final}</p> : null}
      <ErrorSummary state={state} labels={labels} />
      <form method="post" action={`/referrals/${r.id}`} novalidate aria-labelledby="status-form-title">
        <Csrf token={csrfToken} />
        <Choices state={state} name="status" legend={m.nextStep} options={options} />
        <Input state={state} name="on" label={m.on} hint={m.onHint} type="date" />
        <TextArea state={state} name="outcome" label={m.outcome} hint={m.outcomeHint} />
        <Input state={state} name="followUpDate" label={m.followUpDate} type="date" />
        <button type="submit" class="button">
          {m.save}
        </button>
      </form>
    </Shell>
  );
}
