// Preparation phase: the employer's contract and documents, or (Chancenkarte, no employer) the proof of means.

import type { DocumentId } from '../data/documents.ts';
import * as D from '../../parameters/plan/durations.ts';
import { federalEmploymentAgency } from '../data/authorities.ts';
import type { Ctx } from './context.ts';
import { add } from './context.ts';

export function contractStep(ctx: Ctx): string {
  const docs: DocumentId[] = ['employment-contract'];
  if (ctx.profile.ba !== 'none') docs.push('declaration-employment');
  if (ctx.profile.qualification === 'partnership') docs.push('partnership-agreement');
  if (ctx.profile.qualification === 'measure') docs.push('measure-plan');
  if (ctx.input.routeId === '19-ict') docs.push('assignment-letter', 'group-employment-proof');
  const needsDeclaration = ctx.profile.ba !== 'none';
  return add(ctx, {
    id: 'employment-contract',
    actor: 'company',
    title: { de: 'Arbeitsvertrag und Unterlagen des Arbeitgebers', en: 'Employment contract and the employer’s documents' },
    description: {
      de:
        'Arbeitsvertrag oder verbindliches Arbeitsplatzangebot ausstellen' +
        (needsDeclaration ? ' und das Formular „Erklärung zum Beschäftigungsverhältnis“ ausfüllen und unterschreiben (Grundlage der Zustimmung der Bundesagentur für Arbeit).' : '.') +
        (ctx.profile.qualification === 'partnership' ? ' Schriftliche Vereinbarung über die Anerkennungspartnerschaft schließen.' : '') +
        (ctx.profile.qualification === 'measure' ? ' Die Qualifizierungsmaßnahme zu den Unterschieden im Bescheid planen.' : '') +
        (ctx.input.routeId === '19-ict' ? ' Abordnungsschreiben ausstellen.' : ''),
      en:
        'Issue the employment contract or a binding job offer' +
        (needsDeclaration ? ' and fill in and sign the form "Erklärung zum Beschäftigungsverhältnis" (the basis of the Federal Employment Agency’s approval).' : '.') +
        (ctx.profile.qualification === 'partnership' ? ' Sign the written recognition-partnership agreement.' : '') +
        (ctx.profile.qualification === 'measure' ? ' Plan the qualification measure for the differences listed in the notice.' : '') +
        (ctx.input.routeId === '19-ict' ? ' Issue the assignment letter.' : ''),
    },
    documents: docs,
    ...(needsDeclaration ? { authority: federalEmploymentAgency(ctx.input.federalState, ctx.input.municipality) } : {}),
    duration: D.durEmploymentContract,
    dependsOn: [],
  });
}

export function blockedAccountStep(ctx: Ctx): string {
  return add(ctx, {
    id: 'blocked-account',
    actor: 'candidate',
    title: { de: 'Lebensunterhalt nachweisen (Sperrkonto)', en: 'Prove the means of subsistence (blocked account)' },
    description: {
      de: 'Sperrkonto eröffnen und den Jahresbetrag einzahlen, oder eine Verpflichtungserklärung oder einen Teilzeitarbeitsvertrag vorlegen. Die Chancenkarte erlaubt im Durchschnitt bis zu 20 Stunden Arbeit je Woche und Probebeschäftigungen bis zu zwei Wochen je Arbeitgeber.',
      en: 'Open a blocked account and pay in the yearly amount, or present a declaration of commitment or a part-time job contract. The Chancenkarte allows work of up to 20 hours a week on average and trial work of up to two weeks per employer.',
    },
    documents: ['blocked-account'],
    duration: D.durBlockedAccount,
    dependsOn: [],
    ref: '§ 20a Abs. 4 S. 1 AufenthG',
  });
}
