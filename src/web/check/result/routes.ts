// The result of a check (from its saved CheckInput), the result for changed salary, languages or date (not saved),
// and deleting a check.
//
//   GET /checks/:id, GET /checks/:id/what-if?..., POST /checks/:id/delete

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { evaluateCheck } from '../../../app/checks/evaluateCheck.ts';
import { isIsoDate } from '../../../law/dates.ts';
import { CEFR_LEVELS } from '../../../law/types.ts';
import type { CheckInput } from '../../../law/types.ts';
import { validateCheckInput } from '../../../law/validate.ts';
import type { Lang } from '../../../i18n/index.ts';
import { sendPage } from '../../shell/html.ts';
import { firstOpenStep, parseEuro } from '../answers.ts';
import { cm } from '../messages/index.ts';
import { ResultPage } from '../views/ResultPage.tsx';
import type { WhatIfValues } from '../views/ResultPage.tsx';
import { DeletedPage } from '../views/steps/DeletedPage.tsx';
import { stepUrl } from '../views/steps/StepShell.tsx';
import { NO_STORE, errorPage, savedInput, amountText } from '../routing.ts';
import type { CheckContext } from '../routing.ts';

/** What-if query → changed input and the values to show; errors are field messages in the page's language. */
function applyWhatIf(input: CheckInput, query: Record<string, unknown>, lang: Lang): { input: CheckInput; values: WhatIfValues; errors: string[] } {
  const errors: string[] = [];
  const str = (k: string): string | undefined => (typeof query[k] === 'string' ? (query[k] as string).trim().slice(0, 40) : undefined);
  const next: CheckInput = structuredClone(input);
  const values: WhatIfValues = {
    salary: input.job ? amountText(input.job.annualGrossSalaryEur, lang) : '',
    german: input.person.german,
    english: input.person.english,
    date: input.decisionDate,
  };
  const m = cm(lang).result.whatIf;
  const salary = str('salary');
  if (salary !== undefined && salary !== '' && next.job) {
    values.salary = salary;
    const n = parseEuro(salary);
    if (typeof n === 'number' && n >= 1 && n <= 10_000_000) next.job.annualGrossSalaryEur = n;
    else errors.push(`${m.salary}: ${lang === 'de' ? 'bitte einen Betrag zwischen 1 € und 10.000.000 € angeben.' : 'please enter an amount between €1 and €10,000,000.'}`);
  }
  for (const k of ['german', 'english'] as const) {
    const v = str(k);
    if (v === undefined || v === '') continue;
    values[k] = v;
    if ((CEFR_LEVELS as readonly string[]).includes(v)) next.person[k] = v as CheckInput['person']['german'];
    else errors.push(`${m[k]}: ${lang === 'de' ? 'bitte ein Niveau aus der Liste wählen.' : 'please choose a level from the list.'}`);
  }
  const date = str('date');
  if (date !== undefined && date !== '') {
    values.date = date;
    if (isIsoDate(date) && date >= '2023-11-18' && date <= '2100-12-31') {
      next.decisionDate = date;
      // experience that ran to the old decision date runs to the new one
      next.experience = next.experience
        .filter((e) => e.from <= date)
        .map((e) => (e.to === input.decisionDate || e.to > date ? { ...e, to: date } : e));
    } else {
      errors.push(`${m.date}: ${lang === 'de' ? 'bitte ein Datum ab dem 18.11.2023 angeben.' : 'please enter a date from 2023-11-18 on.'}`);
    }
  }
  const v = validateCheckInput(next);
  if (!v.ok) {
    errors.push(lang === 'de' ? 'Mit diesen Werten passen die Angaben nicht zusammen (z. B. Abschluss nach dem Stichtag).' : 'With these values the answers do not fit together (e.g. a qualification after the reference date).');
    return { input, values, errors };
  }
  return { input: next, values, errors };
}

export default async function resultRoutes(app: FastifyInstance, ctx: CheckContext): Promise<void> {
  const resultHandler = (whatIf: boolean) =>
    async function (request: FastifyRequest<{ Params: { id: string }; Querystring: Record<string, unknown> }>, reply: FastifyReply) {
      const loaded = await ctx.load(request.params.id);
      if (!loaded) return errorPage(request, reply, 404);
      const saved = savedInput(loaded);
      if (!saved) return reply.redirect(stepUrl(request.params.id, firstOpenStep(loaded.answers)), 303);
      const lang = request.lang;
      const w = whatIf ? applyWhatIf(saved, request.query ?? {}, lang) : { input: saved, values: undefined, errors: [] };
      const result = evaluateCheck(w.input);
      reply.header('cache-control', NO_STORE);
      return sendPage(
        reply,
        h(ResultPage, {
          lang,
          currentUrl: request.url,
          checkId: request.params.id,
          result,
          input: w.input,
          whatIf: w.values ?? {
            salary: saved.job ? amountText(saved.job.annualGrossSalaryEur, lang) : '',
            german: saved.person.german,
            english: saved.person.english,
            date: saved.decisionDate,
          },
          whatIfActive: whatIf && w.errors.length === 0,
          whatIfErrors: w.errors,
        }),
        { lang, status: w.errors.length > 0 ? 400 : 200 },
      );
    };
  app.post<{ Params: { id: string } }>('/checks/:id/delete', async (request, reply) => {
    if (!(await ctx.remove(request.params.id))) return errorPage(request, reply, 404);
    reply.header('cache-control', NO_STORE);
    return sendPage(reply, h(DeletedPage, { lang: request.lang, currentUrl: request.url }), { lang: request.lang });
  });

  app.get('/checks/:id', resultHandler(false));
  app.get('/checks/:id/what-if', resultHandler(true));
}
