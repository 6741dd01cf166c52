// A page's section of referrals (issue 16), on the case page and the consultation page: the list and the link to refer.

import type { ReferralItem } from '../../../app/referrals/listReferrals.ts';
import type { Lang } from '../../../i18n/index.ts';
import { rfm } from './messages.ts';
import { ReferralList } from './ReferralList.tsx';

export function ReferralsSection({ lang, items, newHref, created }: { lang: Lang; items: ReferralItem[]; newHref: string; created?: boolean }) {
  const m = rfm(lang);
  return (
    <section aria-labelledby="referrals-title" id="referrals" class="case-referrals">
      <h2 id="referrals-title">{m.title}</h2>
      {created ? (
        <div class="notice notice-success" role="status">
          {m.created}
        </div>
      ) : null}
      <ReferralList lang={lang} items={items} caption={m.title} />
      <p>
        <a href={newHref} class="button button-secondary">
          {m.add}
        </a>
      </p>
    </section>
  );
}
