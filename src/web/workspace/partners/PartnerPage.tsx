// One partner of the network (issue 16): type, region, what it handles and offers, its contact channels, the office's
// notes (with "zu prüfen" where a seeded fact is unconfirmed), and the referrals to it.

import type { PartnerRow } from '../../../app/partners/listPartners.ts';
import type { ReferralItem } from '../../../app/referrals/listReferrals.ts';
import { Shell } from '../../shell/Shell.tsx';
import { wm } from '../../shell/domain/messages/index.ts';
import { may } from '../form.tsx';
import type { PageBase } from '../form.tsx';
import { rfm } from '../referrals/messages.ts';
import { ReferralList } from '../referrals/ReferralList.tsx';
import type { ComponentChildren } from 'preact';

export function PartnerPage({ lang, currentUrl, user, partner: x, referrals }: PageBase & { partner: PartnerRow; referrals: ReferralItem[] | null }) {
  const m = wm(lang);
  const p = m.partners;
  const r = rfm(lang);
  const n = r.network;
  const row = (label: string, value: ComponentChildren) =>
    value === null || value === undefined || value === '' ? null : (
      <div class="ws-row">
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    );
  return (
    <Shell lang={lang} title={x.name} currentUrl={currentUrl} user={user}>
      <h1>{x.name}</h1>
      {x.unconfirmed ? (
        <div class="notice notice-important">
          <p>
            <strong>{n.unconfirmed}</strong>
          </p>
        </div>
      ) : null}
      <dl class="ws-details">
        {row(p.type, m.partnerTypes[x.type as keyof typeof m.partnerTypes] ?? x.type)}
        {row(n.region, [x.federalState, x.region].filter(Boolean).join(' · '))}
        {row(n.handles, x.handles)}
        {row(n.topics, x.topics.map((t) => m.topics[t as keyof typeof m.topics] ?? t).join(', '))}
        {row(n.offers, x.offers.map((k) => r.measureKinds[k as keyof typeof r.measureKinds] ?? k).join(', '))}
        {row(p.contactName, x.contactName)}
        {row(p.email, x.email ? <a href={`mailto:${x.email}`}>{x.email}</a> : null)}
        {row(p.phone, x.phone)}
        {row(p.website, x.website ? <a href={x.website}>{x.website}</a> : null)}
        {row(n.contactFormUrl, x.contactFormUrl ? <a href={x.contactFormUrl}>{x.contactFormUrl}</a> : null)}
        {row(p.address, x.address)}
        {row(n.openingHours, x.openingHours)}
        {row(n.notes, x.notes)}
      </dl>
      {may(user, 'partner.manage') ? (
        <p>
          <a href={`/partners/${x.id}/edit`}>{m.edit}</a>
        </p>
      ) : null}
      {referrals !== null ? (
        <section aria-labelledby="partner-referrals">
          <h2 id="partner-referrals">{n.referAll}</h2>
          <ReferralList lang={lang} items={referrals} caption={n.referAll} showPartner={false} showSource />
        </section>
      ) : null}
      <p>
        <a href="/partners">{r.back}</a>
      </p>
    </Shell>
  );
}
