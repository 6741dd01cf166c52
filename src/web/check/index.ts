// The pathway check on the web (issue 5): questionnaire, result, process plan. Being built; registered in app.ts.

import type { FastifyInstance } from 'fastify';

export default async function checkPages(_app: FastifyInstance): Promise<void> {}
