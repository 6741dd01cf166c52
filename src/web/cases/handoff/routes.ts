// The hand-off pack's pages (issue 14).
//
//   GET /cases/:id/handoff/:step            the printable pack of one official step
//   GET /cases/:id/handoff/:step/download   the same as a plain text file (attachment)
//
// step: recognition | accelerated | ba-approval | visa; a step the case's route does not need is not found (404).

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { getHandoffPack } from '../../../app/handoff/getHandoffPack.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { base, page } from '../../workspace/routing.ts';
import { HandoffPage } from './HandoffPage.tsx';
import { handoffText } from './text.ts';

export default async function handoffRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;

  app.get<{ Params: { id: string; step: string } }>('/cases/:id/handoff/:step', { preHandler: requireActor }, async (request, reply) => {
    const pack = await getHandoffPack(db, signedIn(request), request.params.id, request.params.step);
    const { lang, currentUrl, user } = base(request);
    return page(reply, request, h(HandoffPage, { lang, currentUrl, user, pack }));
  });

  app.get<{ Params: { id: string; step: string } }>('/cases/:id/handoff/:step/download', { preHandler: requireActor }, async (request, reply) => {
    const pack = await getHandoffPack(db, signedIn(request), request.params.id, request.params.step);
    // the case number is the office's own pattern (letters, digits, dashes); anything else is dropped from the name
    const name = `lotse-${pack.caseNumber.replace(/[^A-Za-z0-9-]/g, '')}-${pack.step}.txt`;
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', 'text/plain; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('x-content-type-options', 'nosniff')
      .send(handoffText(pack, request.lang));
  });
}
