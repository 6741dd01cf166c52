// Accounts and sessions (issue 6): resolves request.actor, login, logout, invitations, password reset.
// Being built; registered in app.ts before every plugin that needs request.actor.

import type { FastifyInstance } from 'fastify';

export default async function auth(_app: FastifyInstance): Promise<void> {}
