// The account pages' frame: the base layout with the signed-in user's name and the account navigation.

import type { ComponentChildren } from 'preact';
import type { Lang } from '../../../i18n/index.ts';
import { Layout } from '../../views/Layout.tsx';
import type { NavItem } from '../../views/Layout.tsx';
import { audm } from '../../audit/messages.ts';
import { rm } from '../../reports/messages.ts';
import { wm } from '../../workspace/messages.ts';
import { am } from '../messages.ts';

export interface PageUser {
  name: string;
  role: string;
}

/** Navigation items for a signed-in user: the companies (workspace), the account, and for admins the user administration. */
export function accountNav(lang: Lang, user: PageUser | null | undefined): NavItem[] {
  if (!user) return [];
  const m = am(lang);
  const w = wm(lang).nav;
  const items: NavItem[] = [];
  if (user.role === 'admin' || user.role === 'adviser') items.push({ href: '/companies', label: w.companies }, { href: '/follow-ups', label: w.followUps }, { href: '/partners', label: w.partners }, { href: '/search', label: w.search }, { href: '/reports', label: rm(lang).nav });
  else if (user.role === 'company') items.push({ href: '/companies', label: w.ownCompany });
  items.push({ href: '/account', label: m.nav.account });
  if (user.role === 'admin') items.push({ href: '/admin/users', label: m.nav.users }, { href: '/admin/audit', label: audm(lang).nav });
  return items;
}

export function AuthShell({
  lang,
  title,
  currentUrl,
  user,
  children,
}: {
  lang: Lang;
  title: string;
  currentUrl: string;
  user?: PageUser | null;
  children?: ComponentChildren;
}) {
  return (
    <Layout lang={lang} title={title} currentUrl={currentUrl} user={user ? { name: user.name } : null} extraNav={accountNav(lang, user)}>
      {children}
    </Layout>
  );
}
