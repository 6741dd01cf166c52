// GET /me/:token: the employee's next steps behind their personal link (issue 15), without an account. The token is
// in the path, so the answer is never cached and sends no referrer; an unknown, expired or revoked link is a 404 page.

import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { getNextSteps } from '../../app/reminders/getNextSteps.ts';
import { page } from '../workspace/routing.ts';
import { MeInvalidPage, MePage } from './MePage.tsx';

export default async function mePages(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  app.get<{ Params: { token: string } }>('/me/:token', async (request, reply) => {
    const steps = await getNextSteps(db, request.params.token);
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    // the language switch leads back here (the token stays on this page; no-referrer keeps it from other sites)
    const currentUrl = request.url;
    if (!steps) return page(reply, request, h(MeInvalidPage, { currentUrl }), 404);
    return page(reply, request, h(MePage, { currentUrl, steps }));
  });
}
