// What the page frame (Layout) shows around every page for the current request: the signed-in user with a logout
// button, and the navigation of their role. sendPage (src/web/shell/html.ts) provides it for every HTML response, so that
// no page can forget it; a page's own props (e.g. in tests that render a view directly) still take precedence.

import { createContext } from 'preact';

export interface NavItem {
  href: string;
  label: string;
}

export interface ChromeUser {
  /** shown in the header as "Angemeldet als …" */
  name: string;
  role: string;
}

export interface PageChrome {
  user: ChromeUser | null;
  /** a CSRF token for the header's logout form; null when nobody is signed in */
  csrfToken: string | null;
  /** navigation items after the standard ones, for the user's role */
  nav: NavItem[];
}

export const PageChromeContext = createContext<PageChrome | null>(null);
