// The referral form (issue 16): refer a case or a consultation to a partner of the network, for a purpose and
// optionally a further-qualification measure, with the day sent and a follow-up date. Prefilled from the query
// (?partner=<id>&measure=<kind>), e.g. from a proposed measure on the case page.

import { MEASURE_KINDS } from '../../../app/common/codes.ts';
import type { PartnerRow } from '../../../app/partners/listPartners.ts';
import { Shell } from '../../shell/Shell.tsx';
import { wm } from '../../shell/domain/messages/index.ts';
import { Csrf, ErrorSummary, Input, Select, TextArea } from '../form.tsx';
import type { PageBase, WsState } from '../form.tsx';
import { rfm } from './messages.ts';

export const REFERRAL_KEYS = ['partnerId', 'measureKind', 'purpose', 'sentOn', 'followUpDate'];

export function ReferralFormPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  title,
  action,
  cancelHref,
  partners,
}: PageBase & { csrfToken: string; state: WsState; title: string; action: string; cancelHref: string; partners: PartnerRow[] }) {
  const m = rfm(lang);
  const w = wm(lang);
  const labels = { partnerId: m.partner, measureKind: m.measureKind, purpose: m.purpose, sentOn: m.sentOn, followUpDate: m.followUpDate };
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      <p>{m.intro}</p>
      <ErrorSummary state={state} labels={labels} />
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        <Select
          state={state}
          name="partnerId"
          label={m.partner}
          hint={m.partnerHint}
          optional={false}
          placeholder={m.choosePartner}
          options={partners.map((p) => ({ value: p.id, label: `${p.name} (${w.partnerTypes[p.type as keyof typeof w.partnerTypes] ?? p.type})` }))}
        />
        <Select state={state} name="measureKind" label={m.measureKind} hint={m.measureHint} options={MEASURE_KINDS.map((k) => ({ value: k, label: m.measureKinds[k] }))} />
        <TextArea state={state} name="purpose" label={m.purpose} hint={m.purposeHint} />
        <Input state={state} name="sentOn" label={m.sentOn} hint={m.sentOnHint} type="date" />
        <Input state={state} name="followUpDate" label={m.followUpDate} type="date" />
        <div class="button-group">
          <button type="submit" class="button">
            {m.submit}
          </button>
          <a href={cancelHref}>{w.cancel}</a>
        </div>
      </form>
    </Shell>
  );
}
