// Approval phase: the Federal Employment Agency's approval (§ 39 AufenthG, § 36 BeschV) or pre-approval under the
// Western Balkans rule (§ 26 Abs. 2 BeschV); the § 81a request and the immigration office's pre-approval.

import { valueAt } from '../../parameters/parameter.ts';
import { westbalkanQuota } from '../../parameters/westbalkan.ts';
import type { DocumentId } from '../data/documents.ts';
import * as D from '../../parameters/plan/durations.ts';
import * as F from '../../parameters/plan/fees.ts';
import { acceleratedProcedureOffice, federalEmploymentAgency } from '../data/authorities.ts';
import type { Ctx } from './context.ts';
import { add } from './context.ts';

export function baApprovalStep(ctx: Ctx, dependsOn: string[]): string {
  return add(ctx, {
    id: 'ba-approval',
    actor: 'ba',
    title: { de: 'Zustimmung der Bundesagentur für Arbeit', en: 'Approval of the Federal Employment Agency' },
    description: ctx.accelerated
      ? {
          de: 'Die Ausländerbehörde holt die Zustimmung ein. Die Bundesagentur für Arbeit prüft die Arbeitsbedingungen; äußert sie sich nicht binnen einer Woche, gilt die Zustimmung als erteilt.',
          en: 'The immigration office asks for the approval. The Federal Employment Agency checks the working conditions; if it does not answer within one week, approval is deemed given.',
        }
      : {
          de: 'Die Auslandsvertretung holt die Zustimmung intern ein. Die Bundesagentur für Arbeit prüft die Arbeitsbedingungen; äußert sie sich nicht binnen zwei Wochen, gilt die Zustimmung als erteilt. Der Arbeitgeber kann sie auch vorab beantragen (§ 36 Abs. 3 BeschV).',
          en: 'The mission asks for the approval internally. The Federal Employment Agency checks the working conditions; if it does not answer within two weeks, approval is deemed given. The employer may also ask for it in advance (§ 36 (3) BeschV).',
        },
    documents: ['declaration-employment', 'employment-contract'],
    authority: federalEmploymentAgency(ctx.input.federalState, ctx.input.municipality),
    duration: ctx.accelerated ? D.durBaApprovalAccelerated : D.durBaApproval,
    dependsOn,
    milestone: 'ba-approval',
    ref: '§ 39 AufenthG, § 36 Abs. 2 BeschV',
  });
}

export function westbalkanPreApproval(ctx: Ctx, contract: string): string {
  const quota = valueAt(westbalkanQuota, ctx.input.startDate);
  const quotaDe = quota ? ` (Jahreskontingent ${quota.value.toLocaleString('de-DE')}${quota.unconfirmed ? ', nicht bestätigt' : ''})` : '';
  const quotaEn = quota ? ` (annual quota ${quota.value.toLocaleString('en-GB')}${quota.unconfirmed ? ', not confirmed' : ''})` : '';
  return add(ctx, {
    id: 'ba-preapproval',
    actor: 'ba',
    title: { de: 'Vorabzustimmung der Bundesagentur für Arbeit (Westbalkanregelung)', en: 'Pre-approval of the Federal Employment Agency (Western Balkans rule)' },
    description: {
      de: `Der Arbeitgeber beantragt die Vorabzustimmung. Die Bundesagentur für Arbeit prüft mit Vorrangprüfung und bearbeitet die Anträge in der Reihenfolge des Eingangs innerhalb monatlicher Kontingente je Staat${quotaDe}.`,
      en: `The employer applies for the pre-approval. The Federal Employment Agency checks with a labour-market priority test and handles applications in order of receipt within monthly quotas per state${quotaEn}.`,
    },
    documents: ['ba-preapproval-request', 'employment-contract', 'declaration-employment', 'ba-preapproval'],
    authority: federalEmploymentAgency(ctx.input.federalState, ctx.input.municipality),
    duration: D.durWestbalkanPreApproval,
    dependsOn: [contract],
    milestone: 'ba-approval',
    ref: '§ 26 Abs. 2 BeschV',
  });
}

export function acceleratedRequest(ctx: Ctx, contract: string): string {
  const docs: DocumentId[] = ['power-of-attorney', 'agreement-abh', 'employment-contract'];
  if (ctx.profile.ba !== 'none') docs.push('declaration-employment');
  docs.push('passport');
  return add(ctx, {
    id: 'accelerated-request',
    actor: 'company',
    title: { de: 'Beschleunigtes Fachkräfteverfahren beantragen', en: 'Request the accelerated procedure' },
    description: {
      de: 'Der Arbeitgeber beantragt mit der Vollmacht der Fachkraft das beschleunigte Fachkräfteverfahren bei der Ausländerbehörde des Beschäftigungsortes, schließt mit ihr die Vereinbarung und reicht die Unterlagen ein. Die Ausländerbehörde berät, leitet Anerkennungsanträge weiter und holt die Zustimmung der Bundesagentur für Arbeit ein.',
      en: 'With the skilled worker’s power of attorney, the employer requests the accelerated procedure at the immigration office for the place of employment, signs the agreement with it and submits the documents. The immigration office advises, forwards recognition applications and obtains the Federal Employment Agency’s approval.',
    },
    documents: docs,
    authority: acceleratedProcedureOffice(ctx.input.federalState),
    duration: D.durAcceleratedRequest,
    fee: {
      param: F.feeAccelerated,
      payer: 'either',
      payerUnconfirmed: true,
      norm: '§ 47 Abs. 1 Nr. 15 AufenthV',
      note: {
        de: 'Wer die Gebühr schuldet, ist nicht bestätigt: Make it in Germany nennt den Arbeitgeber, zbs-auf die Fachkraft.',
        en: 'Who owes the fee is not confirmed: Make it in Germany names the employer, zbs-auf the skilled worker.',
      },
    },
    dependsOn: [contract],
    ref: '§ 81a Abs. 1 AufenthG',
  });
}

export function preApproval(ctx: Ctx, dependsOn: string[]): string {
  return add(ctx, {
    id: 'pre-approval',
    actor: 'immigration-office',
    title: { de: 'Vorabzustimmung der Ausländerbehörde', en: 'Pre-approval of the immigration office' },
    description: {
      de: 'Liegen alle Bescheide vor, erteilt die Ausländerbehörde unverzüglich die Vorabzustimmung und übermittelt sie der Auslandsvertretung. Der Arbeitgeber leitet sie der Fachkraft zu, die damit den Visumtermin bucht.',
      en: 'Once all notices are in, the immigration office issues the pre-approval without undue delay and sends it to the mission. The employer passes it on to the skilled worker, who books the visa appointment with it.',
    },
    documents: ['pre-approval'],
    authority: acceleratedProcedureOffice(ctx.input.federalState),
    duration: D.durPreApproval,
    dependsOn,
    milestone: 'pre-approval',
    ref: '§ 81a Abs. 3 AufenthG',
  });
}
