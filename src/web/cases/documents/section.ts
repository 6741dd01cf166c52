// The documents section of the case page (issue 14). The case page (src/web/cases) calls renderDocumentsSection after it has
// loaded the case for the signed-in user (case.read is decided); the section loads its own data through its use
// cases and returns its part of the page, or null when the user may see nothing of it.

import type { FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { VNode } from 'preact';
import { listCaseDocuments } from '../../../app/documents/listCaseDocuments.ts';
import { can } from '../../../policies/index.ts';
import { signedIn } from '../../auth/session.ts';
import type { CaseSectionContext } from '../sectionContext.ts';
import { DocumentsSection } from './DocumentsSection.tsx';

export async function renderDocumentsSection(request: FastifyRequest, ctx: CaseSectionContext): Promise<VNode | null> {
  const actor = signedIn(request);
  const target = { tenantId: actor.tenantId, companyId: ctx.companyId };
  if (!can(actor, 'document.list', target)) return null;
  const documents = await listCaseDocuments(request.server.database.db, actor, ctx.caseId);
  return h(DocumentsSection, {
    lang: request.lang,
    caseId: ctx.caseId,
    csrfToken: ctx.csrfToken,
    documents,
    mayUpload: can(actor, 'document.upload', target),
    mayReview: can(actor, 'document.review', target),
    uploadMaxBytes: request.server.config.uploadMaxBytes,
  }) as VNode;
}
