// The pathway check on the web (issue 5): questionnaire, result with "what if", process plan, calendar export and
// the candidate's summary. Registered in app.ts.
//
// Routes
//   GET  /check                          start page; POST /check creates a check and redirects to its first page
//   GET  /checks/:id/step/:step          a questionnaire page (pre-filled from saved answers)
//   POST /checks/:id/step/:step          validate and save the page, then redirect (PRG); on errors re-render, 400
//   GET  /checks/:id/occupations?q=      htmx fragment: occupation suggestions as radio buttons
//   GET  /checks/:id                     the result (from the saved CheckInput)
//   GET  /checks/:id/what-if?...         the result for changed salary / languages / date, not saved
//   GET  /checks/:id/plan?route&start&procedure, /checks/:id/plan.ics, /checks/:id/candidate
//   POST /checks/:id/plan/documents      save the plan's document ticks (route, doc…), then redirect to the plan
//
// Cross-site requests: the flow is anonymous; the 128-bit id in the URL is the capability to read and change a
// check, so a forged cross-site POST would need the id, which a third-party site does not know. Creating a check
// (POST /check) needs no secret and only makes an empty row. CSRF tokens would add a cookie to an otherwise
// cookie-less flow without protecting anything more; instead every POST here is refused (403) when the browser
// says it comes from another site (Sec-Fetch-Site: cross-site) or its Origin header names another host.
//
// No state in process memory: every request reads the row it needs. The result page is kept rendered with the check
// in the database (check_results, issue 13), so that every instance shares it.

import type { FastifyInstance } from 'fastify';
import { checksOwnText } from '../textGuard.ts';
import { errorStatus } from '../pages.ts';
import { readStoredAnswers } from './answers.ts';
import { isCheckId } from '../../app/checks/checkKeys.ts';
import type { StoredCheck } from '../../app/checks/checkKeys.ts';
import { deleteCheck } from '../../app/checks/deleteCheck.ts';
import { loadCheck } from '../../app/checks/loadCheck.ts';
import { loadDocumentTicks } from '../../app/checks/loadDocumentTicks.ts';
import { readCheckResult } from '../../app/checks/readCheckResult.ts';
import type { ResultKey } from '../../app/checks/readCheckResult.ts';
import { LAW_DATA_VERSION, appVersion } from '../../app/checks/resultVersion.ts';
import { storeCheckResult } from '../../app/checks/storeCheckResult.ts';
import { saveDocumentTicks } from '../../app/checks/saveDocumentTicks.ts';
import { saveCheckInput, saveCheckPage } from '../../app/checks/saveCheck.ts';
import { startCheck } from '../../app/checks/startCheck.ts';
import { mayCreateCaseFromCheck } from '../../app/cases/caseDraft.ts';
import { visitor } from '../../policies/index.ts';
import type { Lang } from '../../i18n/index.ts';
import { crossSite, errorPage, todayIso } from './routing.ts';
import type { CheckContext } from './routing.ts';
import planRoutes from './plan/routes.ts';
import questionnaireRoutes from './questionnaire/routes.ts';
import resultRoutes from './result/routes.ts';

export { todayIso } from './routing.ts';

export default async function checkPages(app: FastifyInstance): Promise<void> {
  const db = () => app.database.db;
  const resultKey = (lang: Lang): ResultKey => ({ lang, lawVersion: LAW_DATA_VERSION, appVersion: appVersion() });

  // This context was created before the shell's error handler was set on the root, so it sets its own: the same
  // HTML error page (413 for an oversized body, 400 for a malformed one), never Fastify's JSON default.
  app.setErrorHandler(async (error, request, reply) => {
    const status = errorStatus(error, reply);
    if (status >= 500) request.log.error({ err: error }, 'unhandled error on a check page');
    else request.log.info({ err: error, status }, 'client error on a check page');
    return errorPage(request, reply, status);
  });

  // the questionnaire's readForm refuses malformed text field by field; the page comes back with the error beside it
  checksOwnText(app, { body: true });

  app.addHook('preHandler', async (request, reply) => {
    if (request.method === 'POST' && crossSite(request)) {
      return errorPage(request, reply, 403);
    }
    return undefined;
  });

  // the check use cases (src/app/checks), each acting for the visitor who holds the check's key, for the route plugins
  const ctx: CheckContext = {
    // issue 14: a company user's check belongs to their company (the pages then act for the key holder as before);
    // a staff member's stays anonymous until they save it to a company, a visitor's is anonymous
    create: (actor) => startCheck(db(), actor?.role === 'company' ? actor : visitor()),
    remove: (id) => deleteCheck(db(), visitor(id), id),
    load: async (id) => {
      if (!isCheckId(id)) return undefined;
      const row: StoredCheck | undefined = await loadCheck(db(), visitor(id), id);
      if (!row) return undefined;
      return { row, answers: readStoredAnswers(row.answers, todayIso()) };
    },
    saveInput: async (id, input) => {
      await saveCheckInput(db(), visitor(id), id, input);
    },
    savePage: (id, step, value) => saveCheckPage(db(), visitor(id), id, step, value),
    saveTicks: (id, routeId, documentIds) => saveDocumentTicks(db(), visitor(id), id, routeId, documentIds),
    loadTicks: (id, routeId) => loadDocumentTicks(db(), visitor(id), id, routeId),
    readResult: (id, lang, needsBytes) => readCheckResult(db(), visitor(id), id, resultKey(lang), needsBytes),
    storeResult: (id, lang, inputHash, page) => storeCheckResult(db(), visitor(id), id, resultKey(lang), inputHash, page),
    mayCreateCase: (actor, id) => mayCreateCaseFromCheck(db(), actor, id),
  };
  await app.register(questionnaireRoutes, ctx);
  await app.register(resultRoutes, ctx);
  await app.register(planRoutes, ctx);
}
