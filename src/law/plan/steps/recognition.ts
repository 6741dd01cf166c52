// Recognition phase: anabin and the ZAB statement (academic), the BQFG equivalence procedure at IHK FOSA or the
// chamber of crafts (with the § 14a BQFG deadlines in the § 81a procedure), the ZAB statement on a vocational
// qualification; and the qualification documents the visa application then carries.

import { valueAt } from '../../parameters/parameter.ts';
import type { Text } from '../../types.ts';
import { feeText, sameFee } from '../wording.ts';
import type { Authority, PlanInput } from '../types.ts';
import type { DocumentId } from '../data/documents.ts';
import * as D from '../../parameters/plan/durations.ts';
import * as F from '../../parameters/plan/fees.ts';
import { KMK_ZAB, handwerkskammer, ihkFosa, vocationalBodyUnknown } from '../data/authorities.ts';
import type { Ctx, FeeSpec } from './context.ts';
import { add } from './context.ts';

/** The recognition body and its fee for a vocational qualification, by chamber and place of work. */
export function vocationalBody(input: PlanInput): { authority: Authority; fee: FeeSpec } {
  const { chamber } = input.qualification;
  if (chamber === 'IHK') {
    return { authority: ihkFosa(input.federalState), fee: { param: F.feeIhkFosa, payer: 'either', norm: 'IHK FOSA Gebührentarif', note: RECOGNITION_PAYER } };
  }
  if (chamber === 'HWK') {
    return {
      authority: handwerkskammer(input.federalState, input.municipality),
      fee: { param: F.feeHwk, payer: 'either', norm: 'Gebührenordnung der Handwerkskammer', note: RECOGNITION_PAYER },
    };
  }
  return {
    authority: vocationalBodyUnknown(),
    fee: {
      param: F.feeHwk,
      payer: 'either',
      unconfirmed: true,
      norm: 'Gebührenordnung der Anerkennungsstelle',
      note: chamberFeesNote(input.startDate),
    },
  };
}

/**
 * The note on the fee when the chamber is not known: the range IHK FOSA and the chambers of crafts both charge
 * (../../parameters/plan/fees.ts), on the plan's start date.
 */
function chamberFeesNote(date: string): Text {
  const both = feeText(sameFee(valueAt(F.feeIhkFosa, date)?.value, valueAt(F.feeHwk, date)?.value));
  return {
    de: `IHK FOSA und Handwerkskammern verlangen ${both ? `je ${both.de}` : 'Gebühren nach Aufwand'}; Landesstellen können abweichen. Der Referenzberuf ist noch offen.`,
    en: `IHK FOSA and the chambers of crafts each charge ${both ? both.en : 'by effort'}; Land bodies may differ. The reference occupation is still open.`,
  };
}

export const RECOGNITION_PAYER: Text = {
  de: 'Gebührenschuldner ist die antragstellende Person; bei Anwerbung aus dem Ausland zahlt in der Regel der Arbeitgeber (der Anerkennungszuschuss setzt einen Wohnsitz in Deutschland voraus).',
  en: 'The applicant owes the fee; when recruiting from abroad the employer usually pays it (the Anerkennungszuschuss requires residence in Germany).',
};

/** anabin check and, unless anabin settles it, the ZAB statement. Returns the id the next steps wait for. */
export function academicComparability(ctx: Ctx): string[] {
  const a = ctx.input.qualification.germanAssessment;
  if (a === 'comparable' || a === 'equivalent') return [];
  const anabin = add(ctx, {
    id: 'anabin-check',
    actor: 'candidate',
    title: { de: 'Abschluss in anabin prüfen', en: 'Check the degree in anabin' },
    description: {
      de: 'In anabin prüfen, ob die Hochschule den Status „H+“ hat und der Abschluss mit „entspricht“ oder „gleichwertig“ bewertet ist. Dann ist der Abschluss vergleichbar und der Ausdruck genügt als Nachweis; sonst ist eine Zeugnisbewertung der ZAB nötig.',
      en: 'Check in anabin whether the institution has the status "H+" and the degree is rated "entspricht" or "gleichwertig". If so, the degree is comparable and the printout is the proof; otherwise a ZAB statement of comparability is needed.',
    },
    documents: ['degree-certificate', 'anabin-printout'],
    authority: KMK_ZAB,
    duration: D.durAnabinCheck,
    dependsOn: [],
  });
  if (ctx.input.needsRecognition === false) return [anabin];
  const zab = add(ctx, {
    id: 'zab-statement',
    actor: 'recognition-body',
    title: { de: 'Zeugnisbewertung der ZAB', en: 'ZAB statement of comparability' },
    description: {
      de: 'Die Zentralstelle für ausländisches Bildungswesen (ZAB) bei der KMK bewertet den ausländischen Hochschulabschluss. Die Bearbeitung beginnt mit dem Eingang der Gebühr. Die Zeugnisbewertung ist keine Anerkennung nach dem BQFG; die Fristen des § 14a BQFG gelten für sie nicht.',
      en: 'The Central Office for Foreign Education (ZAB) at the KMK assesses the foreign degree. Processing starts when the fee is received. The statement is not a recognition decision under the BQFG; the deadlines of § 14a BQFG do not apply to it.',
    },
    documents: ['degree-certificate', 'translations', 'passport', 'zab-statement'],
    authority: KMK_ZAB,
    duration: D.durZabStatement,
    fee: { param: F.feeZabStatement, payer: 'either', norm: 'BQPGebVO Berlin', note: RECOGNITION_PAYER },
    dependsOn: [anabin],
    milestone: 'recognition-decision',
  });
  return [zab];
}

/** Equivalence procedure at IHK FOSA or the HWK (BQFG): receipt and decision, with § 14a deadlines in § 81a. */
export function equivalenceProcedure(
  ctx: Ctx,
  opts: { idPrefix: string; dependsOn: string[]; accelerated: boolean; milestone: boolean; purpose: Text; /** a follow-up application after a deficit notice */ followUp?: boolean },
): string {
  const { authority, fee } = vocationalBody(ctx.input);
  const receipt = add(ctx, {
    id: `${opts.idPrefix}-receipt`,
    actor: 'recognition-body',
    title: opts.followUp
      ? { de: 'Folgeantrag auf volle Gleichwertigkeit: Eingangsbestätigung', en: 'Follow-up application for full equivalence: confirmation of receipt' }
      : { de: 'Anerkennungsantrag: Eingangsbestätigung', en: 'Recognition application: confirmation of receipt' },
    description: {
      de: `${opts.purpose.de} Die Anerkennungsstelle bestätigt den Eingang und teilt mit, welche Unterlagen fehlen.${opts.accelerated ? ' Im beschleunigten Verfahren leitet die Ausländerbehörde den Antrag weiter.' : ''}`,
      en: `${opts.purpose.en} The recognition body confirms receipt and lists any missing documents.${opts.accelerated ? ' In the accelerated procedure the immigration office forwards the application.' : ''}`,
    },
    documents: opts.followUp
      ? ['partial-notice', 'adaptation-proof', 'recognition-application']
      : [ctx.input.qualification.level === 'academic' ? 'degree-certificate' : 'vocational-certificate', 'experience-proof', 'translations', 'passport', 'recognition-application'],
    authority,
    duration: opts.accelerated ? D.durRecognitionReceiptAccelerated : D.durRecognitionReceipt,
    fee,
    dependsOn: opts.dependsOn,
    ref: opts.accelerated ? '§ 14a Abs. 2 BQFG' : '§ 6 Abs. 2 S. 1 BQFG',
  });
  return add(ctx, {
    id: `${opts.idPrefix}-decision`,
    actor: 'recognition-body',
    title: opts.followUp ? { de: 'Bescheid über den Folgeantrag', en: 'Decision on the follow-up application' } : { de: 'Anerkennungsbescheid', en: 'Recognition decision' },
    description: {
      de: 'Die Anerkennungsstelle entscheidet über die Gleichwertigkeit: volle Gleichwertigkeit, teilweise Gleichwertigkeit (Defizitbescheid, danach Anpassungsqualifizierung und Folgeantrag) oder Ablehnung.',
      en: 'The recognition body decides on equivalence: full equivalence, partial equivalence (a deficit notice, followed by adaptation training and a follow-up application), or refusal.',
    },
    documents: ['equivalence-notice'],
    authority,
    duration: opts.accelerated ? D.durRecognitionDecisionAccelerated : D.durRecognitionDecision,
    dependsOn: [receipt],
    ...(opts.milestone ? { milestone: 'recognition-decision' as const } : {}),
    ref: opts.accelerated ? '§ 14a Abs. 3 BQFG' : '§ 6 Abs. 3 BQFG',
  });
}

export function zabVocationalStatement(ctx: Ctx): string {
  return add(ctx, {
    id: 'zab-vocational-statement',
    actor: 'recognition-body',
    title: { de: 'ZAB-Bescheinigung zum Berufsabschluss', en: 'ZAB statement on the vocational qualification' },
    description: {
      de: 'Nachweis, dass die Berufsausbildung im Ausbildungsstaat staatlich anerkannt ist und mindestens zwei Jahre gedauert hat.',
      en: 'Proof that the vocational training is state-recognised in the country where it was obtained and lasted at least two years.',
    },
    documents: ['vocational-certificate', 'translations', 'passport', 'zab-vocational-statement'],
    authority: KMK_ZAB,
    duration: D.durZabStatement,
    fee: { param: F.feeZabVocational, payer: 'either', norm: 'Gebühren der ZAB', note: RECOGNITION_PAYER },
    dependsOn: [],
    milestone: 'recognition-decision',
  });
}

/** The German assessment already held settles the qualification: nothing left to recognise. */
export function recognised(a: PlanInput['qualification']['germanAssessment']): boolean {
  return a === 'equivalent' || a === 'comparable';
}

/**
 * Steps that prove the qualification before the visa (or, in § 81a, before the pre-approval).
 * `after81a`: the id of the § 81a request, through which BQFG procedures run in the accelerated procedure.
 */
export function qualificationSteps(ctx: Ctx, after81a: string | undefined): string[] {
  const { level, germanAssessment } = ctx.input.qualification;
  const accelerated = ctx.accelerated && after81a !== undefined;
  const deps = accelerated ? [after81a] : [];
  const equivalence = (purpose: Text): string[] => [equivalenceProcedure(ctx, { idPrefix: 'recognition', dependsOn: deps, accelerated, milestone: true, purpose })];
  const FULL: Text = { de: 'Antrag auf Feststellung der vollen Gleichwertigkeit.', en: 'Application for a finding of full equivalence.' };
  // A deficit notice is held: no new recognition application, only the follow-up application once the differences
  // the notice names are closed (§ 11 BQFG adaptation; the same procedure with its deadlines).
  const followUp = (): string[] => [
    equivalenceProcedure(ctx, {
      idPrefix: 'recognition',
      dependsOn: deps,
      accelerated,
      milestone: true,
      followUp: true,
      purpose: {
        de: 'Ein Bescheid über teilweise Gleichwertigkeit (Defizitbescheid) liegt vor: kein neuer Anerkennungsantrag, sondern der Folgeantrag auf volle Gleichwertigkeit, wenn die im Bescheid genannten Unterschiede ausgeglichen sind.',
        en: 'A notice of partial equivalence (deficit notice) is held: no new recognition application, but the follow-up application for full equivalence once the differences the notice names are closed.',
      },
    }),
  ];
  switch (ctx.profile.qualification) {
    case 'none':
      return [];
    case 'comparability':
      return academicComparability(ctx);
    case 'equivalence':
      return recognised(germanAssessment) ? [] : germanAssessment === 'partial' ? followUp() : equivalence(FULL);
    case 'fachkraft':
      if (level === 'academic') return academicComparability(ctx);
      return recognised(germanAssessment) ? [] : germanAssessment === 'partial' ? followUp() : equivalence(FULL);
    case 'measure':
      // a notice held (partial: the measure follows it; equivalent/comparable: nothing left to recognise)
      return germanAssessment !== 'none'
        ? []
        : equivalence({
            de: 'Antrag auf Feststellung der Gleichwertigkeit; für § 16d Abs. 1 ist ein Bescheid über teilweise Gleichwertigkeit nötig.',
            en: 'Application for an equivalence assessment; § 16d (1) needs a notice of partial equivalence.',
          });
    case 'partnership':
      if (germanAssessment !== 'none') return [];
      return level === 'academic' ? academicComparability(ctx) : [zabVocationalStatement(ctx)];
    case 'state-recognition':
      if (germanAssessment !== 'none') return [];
      return level === 'academic' ? academicComparability(ctx) : [zabVocationalStatement(ctx)];
  }
}

export function qualificationDocuments(ctx: Ctx): DocumentId[] {
  const { level, germanAssessment } = ctx.input.qualification;
  const out: DocumentId[] = [];
  if (level === 'academic') out.push('degree-certificate');
  if (level === 'vocational') out.push('vocational-certificate');
  if (germanAssessment === 'equivalent') out.push('equivalence-notice');
  if (germanAssessment === 'partial') out.push('partial-notice');
  if (ctx.steps.some((s) => s.id === 'zab-statement')) out.push('zab-statement');
  else if (ctx.steps.some((s) => s.id === 'anabin-check')) out.push('anabin-printout');
  if (ctx.steps.some((s) => s.id === 'zab-vocational-statement')) out.push('zab-vocational-statement');
  if (ctx.steps.some((s) => s.id === 'recognition-decision')) out.push(ctx.profile.qualification === 'measure' ? 'partial-notice' : 'equivalence-notice');
  return [...new Set(out)];
}
