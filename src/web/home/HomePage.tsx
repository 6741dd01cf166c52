// The start page: what Lotse does, three ways in, how it works, and the way in for advisers.

import type { Lang } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';
import { ChevronLink, Icon } from '../shell/Icons.tsx';
import type { IconName } from '../shell/Icons.tsx';
import { Layout } from '../shell/Layout.tsx';
import type { LayoutUser } from '../shell/Layout.tsx';

export interface HomePageProps {
  lang: Lang;
  currentUrl: string;
  user?: LayoutUser | null;
}

export function HomePage({ lang, currentUrl, user }: HomePageProps) {
  const m = t(lang);
  const h = m.home;
  const cards = [
    { id: 'check', href: '/check', primary: true, ...h.cards.check },
    { id: 'recognition', href: '/anerkennung', primary: false, ...h.cards.recognition },
    { id: 'plan', href: '/check', primary: false, ...h.cards.plan },
    { id: 'advice', href: '/about#office', primary: false, ...h.cards.advice },
  ] satisfies { id: IconName; href: string; primary: boolean }[];

  return (
    <Layout lang={lang} title={h.title} currentUrl={currentUrl} user={user}>
      <div class="hero">
        <h1>{h.heading}</h1>
        <p class="lead">{h.lead}</p>
      </div>

      <section aria-labelledby="entries-heading" class="section">
        <h2 id="entries-heading" class="visually-hidden">
          {h.entriesHeading}
        </h2>
        <ul class="card-grid" role="list">
          {cards.map((card) => (
            <li key={card.id} class={card.primary ? 'card card-primary' : 'card'}>
              <span class="card-icon">
                <Icon name={card.id} />
              </span>
              <h3 class="card-title">{card.title}</h3>
              <p class="card-text">{card.text}</p>
              <p class="card-action">
                {card.primary ? (
                  <a class="button" href={card.href}>
                    {card.link}
                  </a>
                ) : (
                  <ChevronLink href={card.href}>{card.link}</ChevronLink>
                )}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <div class="home-columns section">
        <section aria-labelledby="how-heading">
          <h2 id="how-heading">{h.howHeading}</h2>
          <ol class="steps" role="list">
            {h.steps.map((step) => (
              <li key={step.title}>
                <h3 class="step-title">{step.title}</h3>
                <p>{step.text}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="advisers-heading" class="notice notice-quiet advisers">
          <h2 id="advisers-heading" class="notice-title">
            {h.advisersHeading}
          </h2>
          <p>{h.advisersText}</p>
          <p>
            <ChevronLink href="/login">{h.advisersLink}</ChevronLink>
          </p>
        </section>
      </div>
    </Layout>
  );
}
