// The recognition routes (issue 16): the form of a case's recognition record, and the measures catalogue for the
// office's staff. Every post carries the CSRF token; a save comes back to the case page's section
// (`/cases/:caseId?recognition=saved#anerkennung`); bad input comes back with the form, the values kept, each wrong
// field named (400).
//
//   GET  /cases/:caseId/recognition, POST same    record or change the recognition record
//   GET  /qualifizierung                          the measures with funding and the providers offering them

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { WorkspaceInputError } from '../../../app/common/errors.ts';
import { loadCase } from '../../../app/cases/getCase.ts';
import { getCaseRecognition } from '../../../app/recognition/getCaseRecognition.ts';
import { measureCatalogue } from '../../../app/recognition/measureCatalogue.ts';
import { recordCaseRecognition } from '../../../app/recognition/recordCaseRecognition.ts';
import type { RecognitionRecord } from '../../../app/recognition/recordCaseRecognition.ts';
import { RECOGNITION_KEYS } from '../../../app/recognition/recognitionSchema.ts';
import { requireActor, signedIn } from '../../auth/session.ts';
import { officeToday } from '../../officeDay.ts';
import { checksOwnText } from '../../textGuard.ts';
import { base, formValues, page, see, ws } from '../../workspace/routing.ts';
import type { Body, Values } from '../../workspace/routing.ts';
import { CataloguePage } from './CataloguePage.tsx';
import { RecognitionFormPage } from './RecognitionFormPage.tsx';
import { RECOGNITION_SECTION_ID } from './RecognitionSection.tsx';

const SINGLE_KEYS = RECOGNITION_KEYS.filter((k) => k !== 'deficitTags');

const yn = (v: boolean | null) => (v === true ? 'yes' : v === false ? 'no' : '');

export function recognitionFormValues(r: RecognitionRecord | null): Values {
  if (r === null) return { outcome: 'pending', deficitTags: [] };
  return {
    outcome: r.outcome,
    referenceOccupationId: r.referenceOccupationId ?? '',
    competentBody: r.competentBody ?? '',
    appliedOn: r.appliedOn ?? '',
    decidedOn: r.decidedOn ?? '',
    regulated: yn(r.regulated),
    germanLevel: r.germanLevel ?? '',
    residesInGermany: yn(r.residesInGermany),
    deficits: r.deficits ?? '',
    deficitTags: [...r.deficitTags],
  };
}

export default async function recognitionRoutes(app: FastifyInstance): Promise<void> {
  const db = app.database.db;
  const csrf = app.csrfProtection;
  checksOwnText(app, { query: true, body: true });

  const form = async (request: FastifyRequest, reply: FastifyReply, caseId: string, values: Values | null, errors: WorkspaceInputError['errors'] = [], status = 200) => {
    const actor = signedIn(request);
    const c = await loadCase(db, actor, caseId, 'case.recognition.update');
    const shown = values ?? recognitionFormValues((await getCaseRecognition(db, actor, c.id, officeToday())).record);
    return page(
      reply,
      request,
      h(RecognitionFormPage, { ...base(request), csrfToken: reply.generateCsrf(), state: ws(request, shown, errors), caseId: c.id, caseNumber: c.number, today: officeToday() }),
      status,
    );
  };

  app.get<{ Params: { caseId: string } }>('/cases/:caseId/recognition', { preHandler: requireActor }, async (request, reply) => form(request, reply, request.params.caseId, null));

  app.post<{ Params: { caseId: string } }>('/cases/:caseId/recognition', { preHandler: [requireActor, csrf] }, async (request, reply) => {
    const values = formValues(request.body as Body, SINGLE_KEYS, ['deficitTags']);
    try {
      await recordCaseRecognition(db, signedIn(request), request.params.caseId, values, officeToday());
      return see(reply, `/cases/${request.params.caseId}?recognition=saved#${RECOGNITION_SECTION_ID}`);
    } catch (err) {
      if (!(err instanceof WorkspaceInputError)) throw err;
      return form(request, reply, request.params.caseId, values, err.errors, 400);
    }
  });

  app.get('/qualifizierung', { preHandler: requireActor }, async (request, reply) => {
    const catalogue = await measureCatalogue(db, signedIn(request), officeToday());
    return page(reply, request, h(CataloguePage, { ...base(request), catalogue }));
  });
}
