// The handoff section of the case page (issue 14). The case page (src/web/cases) calls renderHandoffSection after it has
// loaded the case for the signed-in user (case.read is decided); the section loads its own data through its use
// cases and returns its part of the page, or null when the user may see nothing of it.

import type { FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { VNode } from 'preact';
import { listHandoffSteps } from '../../../app/handoff/getHandoffPack.ts';
import { can } from '../../../policies/index.ts';
import { signedIn } from '../../auth/session.ts';
import type { CaseSectionContext } from '../sectionContext.ts';
import { HandoffSection } from './HandoffSection.tsx';

export async function renderHandoffSection(request: FastifyRequest, ctx: CaseSectionContext): Promise<VNode | null> {
  const actor = signedIn(request);
  if (!can(actor, 'handoff.read', { tenantId: actor.tenantId, companyId: ctx.companyId })) return null;
  const steps = await listHandoffSteps(request.server.database.db, actor, ctx.caseId);
  return h(HandoffSection, { lang: request.lang, caseId: ctx.caseId, steps }) as VNode;
}
