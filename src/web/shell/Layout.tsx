// The base layout of every page: document head, skip link, header with the main
// navigation and the language switch, the main landmark, and the footer.
// No inline scripts and no inline styles: the app's CSP forbids both.

import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { LANGS, t } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { ASSET_URLS } from '../assets.ts';
import { languageSwitchHref, pathOf } from '../urls.ts';
import { PageChromeContext } from './chrome.ts';
import { CsrfField } from './form.tsx';
import type { NavItem } from './chrome.ts';
import { LogoMark } from './Logo.tsx';

export type { NavItem } from './chrome.ts';

export interface LayoutUser {
  /** shown in the header as "Angemeldet als …" */
  name: string;
}

export interface LayoutProps {
  lang: Lang;
  /** the page's own title; the product name is appended in `<title>` */
  title: string;
  /** path and query of the current request (`request.url`), for the language switch and the navigation */
  currentUrl: string;
  /** the signed-in user, if any; by default the one of the request (PageChromeContext, provided by sendPage) */
  user?: LayoutUser | null;
  /** navigation items after the standard ones (Start, Prüfung, Über Lotse); by default those of the user's role */
  extraNav?: NavItem[];
  /** content of `<main>` */
  children?: ComponentChildren;
}

/**
 * htmx settings for a strict CSP and for privacy: no injected indicator `<style>`
 * (lotse.css styles `.htmx-indicator`), no eval, no scripts from swapped content,
 * and no copies of pages (which may hold personal data) in localStorage.
 */
const HTMX_CONFIG = JSON.stringify({
  includeIndicatorStyles: false,
  allowEval: false,
  allowScriptTags: false,
  historyCacheSize: 0,
  refreshOnHistoryMiss: true,
});

function navState(item: NavItem, currentPath: string): 'page' | 'true' | undefined {
  if (currentPath === item.href) return 'page';
  if (item.href !== '/' && currentPath.startsWith(`${item.href}/`)) return 'true';
  return undefined;
}

export function Layout({ lang, title, currentUrl, user: userProp, extraNav: navProp, children }: LayoutProps) {
  const m = t(lang);
  const chrome = useContext(PageChromeContext);
  const user = userProp ?? chrome?.user ?? null;
  const extraNav = navProp ?? chrome?.nav ?? [];
  // the logout form needs the request's CSRF token: only when the user shown is the request's signed-in user
  const logoutToken = chrome?.user && user ? chrome.csrfToken : null;
  const currentPath = pathOf(currentUrl);
  const nav: NavItem[] = [
    { href: '/', label: m.layout.nav.home },
    { href: '/check', label: m.layout.nav.check },
    { href: '/anerkennung', label: m.layout.nav.recognition },
    { href: '/about', label: m.layout.nav.about },
    ...extraNav,
  ];

  return (
    <html lang={lang} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{m.meta.pageTitle(title)}</title>
        <meta name="description" content={m.meta.description} />
        <meta name="color-scheme" content="light" />
        <meta name="htmx-config" content={HTMX_CONFIG} />
        <link rel="icon" href="/static/img/lotse-mark.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={ASSET_URLS.css} />
        <script src={ASSET_URLS.htmx} defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">
          {m.layout.skipLink}
        </a>
        <header class="site-header">
          <div class="container site-header-bar">
            <a class="brand" href="/">
              <LogoMark />
              <span class="brand-text">
                <span class="brand-name">{m.meta.productName}</span>
                <span class="brand-tagline">{m.meta.tagline}</span>
              </span>
            </a>
            <div class="site-header-tools">
              {user ? (
                <div class="signed-in">
                  <p>{m.layout.signedInAs(user.name)}</p>
                  {logoutToken ? (
                    // a form (POST with the CSRF token), never a link, so that no prefetch or image can sign out
                    <form method="post" action="/logout" class="logout-form">
                      <CsrfField token={logoutToken} />
                      <button type="submit" class="header-button">
                        {m.layout.logout}
                      </button>
                    </form>
                  ) : null}
                </div>
              ) : null}
              <nav class="lang-switch" aria-label={m.layout.languageNavLabel}>
                <ul>
                  {LANGS.map((l) => (
                    <li key={l}>
                      <a
                        href={languageSwitchHref(l, currentUrl)}
                        hreflang={l}
                        lang={l}
                        aria-current={l === lang ? 'true' : undefined}
                      >
                        {t(l).meta.languageName}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </div>
          <nav class="main-nav" aria-label={m.layout.mainNavLabel}>
            <div class="container">
              <ul>
                {nav.map((item) => (
                  <li key={item.href}>
                    <a href={item.href} aria-current={navState(item, currentPath)}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        </header>
        <main id="main" tabIndex={-1} class="site-main">
          <div class="container">{children}</div>
        </main>
        <footer class="site-footer">
          <div class="container">
            <p class="footer-disclaimer">{m.layout.disclaimer}</p>
            <div class="footer-meta">
              <p class="footer-product">{m.layout.footerProduct}</p>
              <ul class="footer-links">
                <li>
                  <a href="/about">{m.layout.footerAbout}</a>
                </li>
                <li>
                  <a href="/about#open-source">{m.layout.openSource}</a>
                </li>
                <li>
                  <a href="/recht/stand">{m.layout.footerLawStatus}</a>
                </li>
              </ul>
            </div>
          </div>
        </footer>
      </body>
    </html>
  );
}
