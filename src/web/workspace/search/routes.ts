// The search over companies, contacts and consultation records.
//
//   GET /search?q=

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { searchWorkspace } from '../../../app/search/searchWorkspace.ts';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { authorize } from '../../../policies/index.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { SearchPage } from './SearchPage.tsx';
import { base, str, page, ws } from '../routing.ts';

export default async function searchRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;

  app.get<{ Querystring: { q?: string } }>('/search', { preHandler: requireActor }, async (request, reply) => {
    const actor = signedIn(request);
    authorize(actor, 'search', { tenantId: actor.tenantId });
    const q = request.query.q;
    if (q === undefined) return page(reply, request, h(SearchPage, { ...base(request), state: ws(request), results: null }));
    try {
      const results = await searchWorkspace(db, actor, { q });
      return page(reply, request, h(SearchPage, { ...base(request), state: ws(request, { q }), results }));
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return page(reply, request, h(SearchPage, { ...base(request), state: ws(request, { q: str(q) }, err.errors), results: null }), 400);
    }
  });
}
