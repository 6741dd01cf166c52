// Arrival phase: entry, registration of address (§ 17 BMG), first working day, residence permit.

import * as D from '../../parameters/plan/durations.ts';
import * as F from '../../parameters/plan/fees.ts';
import { localImmigrationOffice, registrationOffice } from '../data/authorities.ts';
import type { Ctx } from './context.ts';
import { add } from './context.ts';

export function arrivalSteps(ctx: Ctx, visaDecision: string): { entry: string; firstDay?: string } {
  const entry = add(ctx, {
    id: 'entry',
    actor: 'candidate',
    title: { de: 'Einreise nach Deutschland', en: 'Entry into Germany' },
    description: {
      de: 'Reise mit dem nationalen Visum. Das Visum erlaubt die im Visum genannte Beschäftigung ab der Einreise.',
      en: 'Travel on the national visa. The visa allows the employment it names from entry.',
    },
    documents: ['passport', 'visa'],
    duration: D.durEntry,
    dependsOn: [visaDecision],
    milestone: 'entry',
  });
  const anmeldung = add(ctx, {
    id: 'anmeldung',
    actor: 'candidate',
    title: { de: 'Anmeldung der Wohnung', en: 'Registration of address (Anmeldung)' },
    description: {
      de: 'Anmeldung bei der Meldebehörde binnen zwei Wochen nach dem Einzug, mit der Wohnungsgeberbestätigung.',
      en: 'Register with the registration office within two weeks of moving in, with the landlord’s confirmation.',
    },
    documents: ['passport', 'wohnungsgeberbestaetigung', 'registration-certificate'],
    authority: registrationOffice(),
    duration: D.durAnmeldung,
    dependsOn: [entry],
    milestone: 'anmeldung',
    ref: '§ 17 Abs. 1 BMG',
  });
  let firstDay: string | undefined;
  if (ctx.profile.employer) {
    firstDay = add(ctx, {
      id: 'first-working-day',
      actor: 'company',
      title: { de: 'Erster Arbeitstag', en: 'First working day' },
      description: {
        de: 'Vor Arbeitsbeginn prüft der Arbeitgeber, dass der Titel die Beschäftigung erlaubt, und bewahrt eine Kopie für die Dauer der Beschäftigung auf.',
        en: 'Before the start, the employer checks that the title allows the employment and keeps a copy for the whole employment.',
      },
      documents: ['title-copy', 'health-insurance'],
      duration: D.durFirstWorkingDay,
      dependsOn: [entry],
      milestone: 'first-working-day',
      ref: '§ 4a Abs. 5 S. 3 AufenthG',
    });
  }
  const blueOrIct = ctx.profile.residenceFee === 'blueCardIct';
  add(ctx, {
    id: 'residence-permit',
    actor: 'immigration-office',
    title: { de: 'Aufenthaltstitel bei der Ausländerbehörde', en: 'Residence permit at the immigration office' },
    description: {
      de: 'Vor Ablauf des Visums den Aufenthaltstitel (elektronischer Aufenthaltstitel) bei der Ausländerbehörde des Wohnorts beantragen. Ein abgelaufener Titel kann nicht verlängert werden und erlaubt keine Arbeit. Die Herstellung der Karte dauert mehrere Wochen.',
      en: 'Before the visa expires, apply for the residence permit (electronic residence card) at the immigration office of the place of residence. An expired title cannot be extended and does not allow work. Producing the card takes several weeks.',
    },
    documents: ['passport', 'biometric-photo', 'residence-permit-application', 'registration-certificate', 'health-insurance', ...(ctx.profile.employer ? (['employment-contract'] as const) : [])],
    authority: localImmigrationOffice(ctx.input.federalState, ctx.input.municipality),
    duration: D.durResidencePermit,
    fee: {
      param: blueOrIct ? F.feeResidencePermitBlueCardIct : F.feeResidencePermitOther,
      payer: 'candidate',
      norm: '§ 45 Nr. 1 AufenthV',
      note: { de: 'Zahlt die antragstellende Person; der Arbeitgeber kann sie erstatten.', en: 'Paid by the applicant; the employer may reimburse it.' },
    },
    dependsOn: [anmeldung],
    milestone: 'residence-permit',
  });
  return firstDay ? { entry, firstDay } : { entry };
}
