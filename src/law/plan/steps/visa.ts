// Visa phase: the application and appointment at the mission, the decision (with the BA's approval where the
// mission obtains it), the visa fee (§ 46 AufenthV).

import type { DocumentId } from '../data/documents.ts';
import * as D from '../../parameters/plan/durations.ts';
import * as F from '../../parameters/plan/fees.ts';
import { germanMission } from '../data/authorities.ts';
import type { Ctx, FeeSpec } from './context.ts';
import { add } from './context.ts';
import { qualificationDocuments } from './recognition.ts';
import { baApprovalStep } from './approval.ts';

export function visaDocuments(ctx: Ctx): DocumentId[] {
  const docs: DocumentId[] = ['passport', 'biometric-photo', 'visa-application-form', 'health-insurance'];
  if (ctx.profile.employer) docs.push('employment-contract');
  if (ctx.accelerated) docs.push('pre-approval');
  if (ctx.profile.ba === 'westbalkan-pre') docs.push('ba-preapproval');
  docs.push(...qualificationDocuments(ctx), ...ctx.profile.visaDocuments, 'translations');
  return [...new Set(docs)];
}

export function visaFee(): FeeSpec {
  return {
    param: F.feeNationalVisa,
    payer: 'candidate',
    norm: '§ 46 Abs. 2 Nr. 1 AufenthV',
    note: { de: 'Zahlt die antragstellende Person; der Arbeitgeber kann sie erstatten.', en: 'Paid by the applicant; the employer may reimburse it.' },
  };
}

export function visaSteps(ctx: Ctx, dependsOn: string[], withBa: boolean): string {
  const westbalkan = ctx.profile.ba === 'westbalkan-pre';
  const application = add(ctx, {
    id: 'visa-application',
    actor: 'candidate',
    title: { de: 'Visumantrag und Termin bei der Auslandsvertretung', en: 'Visa application and appointment at the mission' },
    description: ctx.accelerated
      ? {
          de: 'Die Fachkraft legt die Vorabzustimmung vor und bucht den Termin; die Auslandsvertretung vergibt ihn binnen drei Wochen. Beim Termin: Identitätsprüfung, Fingerabdrücke, Gebühr.',
          en: 'The skilled worker presents the pre-approval and books the appointment; the mission gives one within three weeks. At the appointment: identity check, fingerprints, fee.',
        }
      : {
          de: `Antrag online über das Auslandsportal, danach persönlicher Termin (Identitätsprüfung, Fingerabdrücke, Gebühr).${westbalkan ? ' Nach der Westbalkanregelung nur bei der Auslandsvertretung im Herkunftsstaat.' : ''} Die Wartezeit auf einen Termin ist je Auslandsvertretung sehr verschieden.`,
          en: `Apply online through the Auslandsportal, then attend the appointment (identity check, fingerprints, fee).${westbalkan ? ' Under the Western Balkans rule only at the mission in the country of origin.' : ''} Waiting times for an appointment differ widely between missions.`,
        },
    documents: visaDocuments(ctx),
    authority: germanMission(westbalkan),
    duration: ctx.accelerated ? D.durVisaAppointmentAccelerated : D.durVisaAppointmentRegular,
    fee: visaFee(),
    dependsOn,
    milestone: 'visa-appointment',
    ...(ctx.accelerated ? { ref: '§ 31a AufenthV' } : {}),
  });
  const decisionDeps = [application];
  if (withBa) decisionDeps.push(baApprovalStep(ctx, [application]));
  return add(ctx, {
    id: 'visa-decision',
    actor: 'mission',
    title: { de: 'Entscheidung über das Visum', en: 'Decision on the visa' },
    description: ctx.accelerated
      ? {
          de: 'Die Auslandsvertretung entscheidet in der Regel binnen drei Wochen nach dem vollständigen Antrag.',
          en: 'The mission decides, as a rule, within three weeks of the complete application.',
        }
      : {
          de: 'Die Auslandsvertretung entscheidet; soweit nötig beteiligt sie die Bundesagentur für Arbeit und die Ausländerbehörde (§ 31 AufenthV). Das Visum gilt meist bis zu 12 Monate.',
          en: 'The mission decides; where needed it involves the Federal Employment Agency and the immigration office (§ 31 AufenthV). The visa is usually valid for up to 12 months.',
        },
    documents: ['visa'],
    authority: germanMission(westbalkan),
    duration: ctx.accelerated ? D.durVisaDecisionAccelerated : D.durVisaDecisionRegular,
    dependsOn: decisionDeps,
    milestone: 'visa-issued',
    ...(ctx.accelerated ? { ref: '§ 31a AufenthV' } : {}),
  });
}
