// The frame of the pages of signed-in features: the base layout with the request's signed-in user and their
// navigation (PageChromeContext, provided by sendPage; the items by the policy module, nav.ts). A page without a user
// (sign-in, invitation, password reset) shows no navigation.

import type { ComponentChildren } from 'preact';
import type { Lang } from '../../i18n/index.ts';
import type { Action } from '../../policies/index.ts';
import { Layout } from './Layout.tsx';

export interface PageUser {
  name: string;
  role: string;
  /** whether the user may do an action (on the company's objects), as the policy module decides; absent: nothing */
  may?: (action: Action, companyId?: string | null) => boolean;
}

export function Shell({
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
    <Layout lang={lang} title={title} currentUrl={currentUrl} user={user ? { name: user.name } : null} extraNav={user ? undefined : []}>
      {children}
    </Layout>
  );
}
