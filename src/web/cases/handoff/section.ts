// The handoff section of the case page (issue 14). The case page (src/web/cases) calls renderHandoffSection after it has
// loaded the case for the signed-in user (case.read is decided); the section loads its own data through its use
// cases and returns its part of the page, or null when the user may see nothing of it.

import type { FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { CaseSectionContext } from '../sectionContext.ts';

export async function renderHandoffSection(_request: FastifyRequest, _ctx: CaseSectionContext): Promise<VNode | null> {
  return null;
}
