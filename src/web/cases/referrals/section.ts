// The referrals section of the case page (issue 16): the case's tracked referrals and the link to refer it. Only for
// the office's staff (referral.list); a company user sees nothing of it.

import type { FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { VNode } from 'preact';
import { listReferrals } from '../../../app/referrals/listReferrals.ts';
import { can } from '../../../policies/index.ts';
import { signedIn } from '../../auth/session.ts';
import type { CaseSectionContext } from '../sectionContext.ts';
import { ReferralsSection } from '../../workspace/referrals/ReferralsSection.tsx';

export async function renderReferralsSection(request: FastifyRequest, ctx: CaseSectionContext): Promise<VNode | null> {
  const actor = signedIn(request);
  if (!can(actor, 'referral.list', { tenantId: actor.tenantId, companyId: ctx.companyId })) return null;
  const items = await listReferrals(request.server.database.db, actor, { caseId: ctx.caseId });
  const done = (request.query as Record<string, string | undefined> | undefined)?.done === 'referral';
  return h(ReferralsSection, { lang: request.lang, items, newHref: `/cases/${ctx.caseId}/referrals/new`, created: done }) as VNode;
}
