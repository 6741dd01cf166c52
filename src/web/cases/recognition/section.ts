// The recognition section of the case page (issue 16). The case page (src/web/cases) calls renderRecognitionSection
// after it has loaded the case for the signed-in user; the section loads its own data through its use case and returns
// its part of the page, or null when the user may see nothing of it. After a save the form page comes back to the case
// page with `?recognition=saved#anerkennung`, which the section says in a notice.

import type { FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { VNode } from 'preact';
import { getCaseRecognition } from '../../../app/recognition/getCaseRecognition.ts';
import { can } from '../../../policies/index.ts';
import { signedIn } from '../../auth/session.ts';
import { officeToday } from '../../officeDay.ts';
import type { CaseSectionContext } from '../sectionContext.ts';
import { qm } from './messages.ts';
import { RecognitionSection } from './RecognitionSection.tsx';

export async function renderRecognitionSection(request: FastifyRequest, ctx: CaseSectionContext): Promise<VNode | null> {
  const actor = signedIn(request);
  if (!can(actor, 'case.recognition.read', { tenantId: actor.tenantId, companyId: ctx.companyId })) return null;
  const view = await getCaseRecognition(request.server.database.db, actor, ctx.caseId, officeToday());
  const saved = (request.query as Record<string, unknown> | undefined)?.recognition === 'saved';
  return h(RecognitionSection, {
    lang: request.lang,
    view,
    notice: saved ? qm(request.lang).saved : undefined,
    mayManagePartners: can(actor, 'partner.manage', { tenantId: actor.tenantId }),
  }) as VNode;
}
