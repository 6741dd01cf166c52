// The process plan (issue 5): ordered steps for a route and a procedure (regular visa procedure or the
// accelerated procedure of § 81a AufenthG), each with actor, documents, authority, statutory deadline,
// duration and fee; a timeline from the start date along the dependencies; milestones; totals.
// Pure: every date comes from the input, every figure from ./fees.ts and ./durations.ts.

import type { Parameter } from '../parameters/parameter.ts';
import { valueAt } from '../parameters/parameter.ts';
import { chancenkarteMonthlyMeans } from '../parameters/chancenkarte.ts';
import { westbalkanQuota } from '../parameters/westbalkan.ts';
import { addDays, addMonths, isIsoDate, toDay, fromDay } from '../dates.ts';
import { eurDe, eurEn } from '../format.ts';
import { ROUTE_IDS } from '../types.ts';
import type { RouteId, Text } from '../types.ts';
import type {
  Actor,
  Authority,
  CompanySignature,
  DurationValue,
  FeeValue,
  Milestone,
  MilestoneId,
  MoneyRange,
  Payer,
  Period,
  Plan,
  PlanDeadline,
  PlanFee,
  PlanInput,
  PlanStep,
  PlanTotals,
  PlanWarning,
  Procedure,
} from './types.ts';
import type { DocumentId } from './data/documents.ts';
import { documents } from './data/documents.ts';
import { ROUTE_PROFILES } from './data/routes.ts';
import type { RouteProfile } from './data/routes.ts';
import * as D from '../parameters/plan/durations.ts';
import * as F from '../parameters/plan/fees.ts';
import {
  KMK_ZAB,
  acceleratedProcedureOffice,
  engineerTitleBody,
  federalEmploymentAgency,
  germanMission,
  handwerkskammer,
  ihkFosa,
  localImmigrationOffice,
  registrationOffice,
  vocationalBodyUnknown,
  RLP,
} from './data/authorities.ts';

export class PlanError extends Error {
  readonly text: Text;
  constructor(text: Text) {
    super(text.en);
    this.name = 'PlanError';
    this.text = text;
  }
}

export const MILESTONE_TITLES: Record<MilestoneId, Text> = {
  'recognition-decision': { de: 'Bescheid der Anerkennungsstelle', en: 'Decision of the recognition body' },
  'ba-approval': { de: 'Zustimmung der Bundesagentur für Arbeit', en: 'Approval of the Federal Employment Agency' },
  'pre-approval': { de: 'Vorabzustimmung der Ausländerbehörde', en: 'Pre-approval of the immigration office' },
  'visa-appointment': { de: 'Termin bei der Auslandsvertretung', en: 'Appointment at the German mission' },
  'visa-issued': { de: 'Visum erteilt', en: 'Visa issued' },
  entry: { de: 'Einreise', en: 'Entry into Germany' },
  anmeldung: { de: 'Anmeldung der Wohnung (binnen 2 Wochen)', en: 'Registration of address (within 2 weeks)' },
  'first-working-day': { de: 'Erster Arbeitstag', en: 'First working day' },
  'residence-permit': { de: 'Aufenthaltstitel erteilt', en: 'Residence permit issued' },
};

/** Whether the route can use the § 81a procedure: true, false, or null (UNCONFIRMED). */
export function acceleratedAvailable(routeId: RouteId): boolean | null {
  return ROUTE_PROFILES[routeId].accelerated;
}

// ---------------------------------------------------------------------------------------------------------
// Step specifications (before scheduling)

interface FeeSpec {
  param: Parameter<FeeValue>;
  payer: Payer;
  payerUnconfirmed?: boolean;
  /** the amount rests on an UNCONFIRMED fact beyond what the parameter says */
  unconfirmed?: boolean;
  norm: string;
  note?: Text;
}

interface StepSpec {
  id: string;
  actor: Actor;
  title: Text;
  description: Text;
  documents: DocumentId[];
  authority?: Authority;
  duration: Parameter<DurationValue>;
  fee?: FeeSpec;
  dependsOn: string[];
  milestone?: MilestoneId;
  ref?: string;
}

interface Ctx {
  input: PlanInput;
  profile: RouteProfile;
  procedure: Procedure;
  accelerated: boolean;
  steps: StepSpec[];
}

function add(ctx: Ctx, s: StepSpec): string {
  if (ctx.steps.some((x) => x.id === s.id)) throw new Error(`duplicate plan step ${s.id}`);
  for (const d of s.dependsOn) {
    if (!ctx.steps.some((x) => x.id === d)) throw new Error(`plan step ${s.id} depends on unknown or later step ${d}`);
  }
  ctx.steps.push(s);
  return s.id;
}

/** The recognition body and its fee for a vocational qualification, by chamber and place of work. */
function vocationalBody(input: PlanInput): { authority: Authority; fee: FeeSpec } {
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
      note: {
        de: 'IHK FOSA und Handwerkskammern verlangen je 100–600 €; Landesstellen können abweichen. Der Referenzberuf ist noch offen.',
        en: 'IHK FOSA and the chambers of crafts each charge 100–600 €; Land bodies may differ. The reference occupation is still open.',
      },
    },
  };
}

const RECOGNITION_PAYER: Text = {
  de: 'Gebührenschuldner ist die antragstellende Person; bei Anwerbung aus dem Ausland zahlt in der Regel der Arbeitgeber (der Anerkennungszuschuss setzt einen Wohnsitz in Deutschland voraus).',
  en: 'The applicant owes the fee; when recruiting from abroad the employer usually pays it (the Anerkennungszuschuss requires residence in Germany).',
};

/** anabin check and, unless anabin settles it, the ZAB statement. Returns the id the next steps wait for. */
function academicComparability(ctx: Ctx): string[] {
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
function equivalenceProcedure(ctx: Ctx, opts: { idPrefix: string; dependsOn: string[]; accelerated: boolean; milestone: boolean; purpose: Text }): string {
  const { authority, fee } = vocationalBody(ctx.input);
  const receipt = add(ctx, {
    id: `${opts.idPrefix}-receipt`,
    actor: 'recognition-body',
    title: { de: 'Anerkennungsantrag: Eingangsbestätigung', en: 'Recognition application: confirmation of receipt' },
    description: {
      de: `${opts.purpose.de} Die Anerkennungsstelle bestätigt den Eingang und teilt mit, welche Unterlagen fehlen.${opts.accelerated ? ' Im beschleunigten Verfahren leitet die Ausländerbehörde den Antrag weiter.' : ''}`,
      en: `${opts.purpose.en} The recognition body confirms receipt and lists any missing documents.${opts.accelerated ? ' In the accelerated procedure the immigration office forwards the application.' : ''}`,
    },
    documents: [ctx.input.qualification.level === 'academic' ? 'degree-certificate' : 'vocational-certificate', 'experience-proof', 'translations', 'passport', 'recognition-application'],
    authority,
    duration: opts.accelerated ? D.durRecognitionReceiptAccelerated : D.durRecognitionReceipt,
    fee,
    dependsOn: opts.dependsOn,
    ref: opts.accelerated ? '§ 14a Abs. 2 BQFG' : '§ 6 Abs. 3 BQFG',
  });
  return add(ctx, {
    id: `${opts.idPrefix}-decision`,
    actor: 'recognition-body',
    title: { de: 'Anerkennungsbescheid', en: 'Recognition decision' },
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

function zabVocationalStatement(ctx: Ctx): string {
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

/**
 * Steps that prove the qualification before the visa (or, in § 81a, before the pre-approval).
 * `after81a`: the id of the § 81a request, through which BQFG procedures run in the accelerated procedure.
 */
function qualificationSteps(ctx: Ctx, after81a: string | undefined): string[] {
  const { level, germanAssessment } = ctx.input.qualification;
  const accelerated = ctx.accelerated && after81a !== undefined;
  const deps = accelerated ? [after81a] : [];
  const equivalence = (purpose: Text): string[] => [equivalenceProcedure(ctx, { idPrefix: 'recognition', dependsOn: deps, accelerated, milestone: true, purpose })];
  const FULL: Text = { de: 'Antrag auf Feststellung der vollen Gleichwertigkeit.', en: 'Application for a finding of full equivalence.' };
  switch (ctx.profile.qualification) {
    case 'none':
      return [];
    case 'comparability':
      return academicComparability(ctx);
    case 'equivalence':
      return germanAssessment === 'equivalent' ? [] : equivalence(FULL);
    case 'fachkraft':
      if (level === 'academic') return academicComparability(ctx);
      return germanAssessment === 'equivalent' ? [] : equivalence(FULL);
    case 'measure':
      return germanAssessment === 'partial'
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

function qualificationDocuments(ctx: Ctx): DocumentId[] {
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

function contractStep(ctx: Ctx): string {
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

function visaDocuments(ctx: Ctx): DocumentId[] {
  const docs: DocumentId[] = ['passport', 'biometric-photo', 'visa-application-form', 'health-insurance'];
  if (ctx.profile.employer) docs.push('employment-contract');
  if (ctx.accelerated) docs.push('pre-approval');
  if (ctx.profile.ba === 'westbalkan-pre') docs.push('ba-preapproval');
  docs.push(...qualificationDocuments(ctx), ...ctx.profile.visaDocuments, 'translations');
  return [...new Set(docs)];
}

function visaFee(): FeeSpec {
  return {
    param: F.feeNationalVisa,
    payer: 'candidate',
    norm: '§ 46 Abs. 2 Nr. 1 AufenthV',
    note: { de: 'Zahlt die antragstellende Person; der Arbeitgeber kann sie erstatten.', en: 'Paid by the applicant; the employer may reimburse it.' },
  };
}

function baApprovalStep(ctx: Ctx, dependsOn: string[]): string {
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

function westbalkanPreApproval(ctx: Ctx, contract: string): string {
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

function acceleratedRequest(ctx: Ctx, contract: string): string {
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

function preApproval(ctx: Ctx, dependsOn: string[]): string {
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

function visaSteps(ctx: Ctx, dependsOn: string[], withBa: boolean): string {
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

function arrivalSteps(ctx: Ctx, visaDecision: string): { entry: string; firstDay?: string } {
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

function afterArrivalSteps(ctx: Ctx, firstDay: string | undefined): void {
  const { input, profile } = ctx;
  if (profile.qualification === 'measure' && firstDay) {
    const measure = add(ctx, {
      id: 'qualification-measure',
      actor: 'company',
      title: { de: 'Qualifizierungsmaßnahme (§ 16d Abs. 1)', en: 'Qualification measure (§ 16d (1))' },
      description: {
        de: 'Die Maßnahme schließt die im Bescheid genannten wesentlichen Unterschiede. Die Aufenthaltserlaubnis gilt bis zu 24 Monate, verlängerbar um bis zu 12 Monate auf höchstens 3 Jahre; daneben ist eine Beschäftigung bis zu 20 Stunden je Woche erlaubt.',
        en: 'The measure closes the substantial differences listed in the notice. The residence permit runs for up to 24 months, extendable by up to 12 months to at most 3 years; other work of up to 20 hours a week is allowed alongside.',
      },
      documents: ['partial-notice', 'measure-plan'],
      duration: D.durQualificationMeasure,
      dependsOn: [firstDay],
      ref: '§ 16d Abs. 1 AufenthG',
    });
    equivalenceProcedure(ctx, {
      idPrefix: 'follow-up-recognition',
      dependsOn: [measure],
      accelerated: false,
      milestone: false,
      purpose: {
        de: 'Folgeantrag auf volle Gleichwertigkeit nach der Maßnahme; danach Wechsel zu § 18a AufenthG oder Arbeitsplatzsuche nach § 20 Abs. 1 Nr. 4 (bis 18 Monate).',
        en: 'Follow-up application for full equivalence after the measure; then a switch to § 18a AufenthG, or job search under § 20 (1) no. 4 (up to 18 months).',
      },
    });
  }
  if (profile.qualification === 'partnership' && firstDay) {
    const { authority } = vocationalBody(input);
    const start = add(ctx, {
      id: 'partnership-application',
      actor: 'candidate',
      title: { de: 'Anerkennungsverfahren nach der Einreise beantragen', en: 'Apply for recognition after entry' },
      description: {
        de: 'Wie vereinbart beantragt die Fachkraft unverzüglich nach der Einreise die Anerkennung. Die Aufenthaltserlaubnis gilt 1 Jahr und wird nur verlängert, wenn das Verfahren nachweislich betrieben wird (bis höchstens 3 Jahre).',
        en: 'As agreed, the skilled worker applies for recognition without delay after entry. The residence permit runs for 1 year and is only extended if the procedure is shown to be pursued (up to 3 years in total).',
      },
      documents: ['partnership-agreement', 'recognition-application'],
      authority: input.qualification.level === 'academic' ? vocationalBodyUnknown() : authority,
      duration: D.durPartnershipStart,
      dependsOn: [firstDay],
      ref: '§ 16d Abs. 3 AufenthG',
    });
    equivalenceProcedure(ctx, {
      idPrefix: 'partnership-recognition',
      dependsOn: [start],
      accelerated: false,
      milestone: false,
      purpose: { de: 'Anerkennungsverfahren im Rahmen der Anerkennungspartnerschaft.', en: 'Recognition procedure within the recognition partnership.' },
    });
  }
  if (input.qualification.engineerTitle && firstDay) {
    const rlp = input.federalState === RLP;
    const authority = engineerTitleBody(input.federalState);
    const fee: FeeSpec = {
      param: rlp ? F.feeEngineerTitleRlp : F.feeEngineerTitleOther,
      payer: 'candidate',
      norm: rlp ? 'IngKaG Rheinland-Pfalz' : 'Landesrecht',
    };
    let decisionDependsOn = firstDay;
    if (rlp) {
      decisionDependsOn = add(ctx, {
          id: 'engineer-title-receipt',
          actor: 'recognition-body',
          title: { de: 'Berufsbezeichnung „Ingenieur/in“: Antrag und Eingangsbestätigung', en: 'Title "Ingenieur/in": application and confirmation of receipt' },
          description: {
            de: 'Für die Beschäftigung ist die Berufsbezeichnung nicht nötig; um sich „Ingenieur/in“ zu nennen, braucht es die Entscheidung der Ingenieurkammer. Antragsberechtigt ist nur, wer in Rheinland-Pfalz arbeitet; Deutschkenntnisse sind nötig. Die Kammer bestätigt den Eingang binnen eines Monats.',
            en: 'The job does not need the title; to be called "Ingenieur/in" needs the chamber’s decision. Only persons working in Rhineland-Palatinate may apply; German is required. The chamber confirms receipt within one month.',
          },
          documents: ['engineer-title-application', 'degree-certificate', 'translations'],
          authority,
          duration: D.durEngineerReceipt,
          fee,
          dependsOn: [firstDay],
          ref: '§ 4 IngKaG',
        });
    }
    add(ctx, {
      id: 'engineer-title-decision',
      actor: 'recognition-body',
      title: { de: 'Berufsbezeichnung „Ingenieur/in“: Entscheidung', en: 'Title "Ingenieur/in": decision' },
      description: {
        de: 'Entscheidung über die Berechtigung, die Berufsbezeichnung „Ingenieur/in“ zu führen. Bei wesentlichen Unterschieden: Anpassungslehrgang oder Eignungsprüfung.',
        en: 'Decision on the right to use the title "Ingenieur/in". Where there are substantial differences: an adaptation period or an aptitude test.',
      },
      documents: rlp ? [] : ['engineer-title-application', 'degree-certificate', 'translations'],
      authority,
      duration: D.durEngineerDecision,
      ...(rlp ? {} : { fee }),
      dependsOn: [decisionDependsOn],
    });
  }
}

function blockedAccountStep(ctx: Ctx): string {
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

// ---------------------------------------------------------------------------------------------------------
// Scheduling

function deadlineDate(start: string, p: Period): string {
  switch (p.unit) {
    case 'days':
      return addDays(start, p.n);
    case 'weeks':
      return addDays(start, 7 * p.n);
    case 'months':
      return addMonths(start, p.n);
    case 'workingDays': {
      let day = toDay(start);
      let left = p.n;
      while (left > 0) {
        day += 1;
        const weekday = new Date(day * 86_400_000).getUTCDay();
        if (weekday !== 0 && weekday !== 6) left -= 1;
      }
      return fromDay(day);
    }
  }
}

type Pick = 'minDays' | 'typicalDays' | 'maxDays';

function schedule(specs: readonly StepSpec[], values: ReadonlyMap<string, DurationValue>, startDate: string, pick: Pick): Map<string, { start: string; end: string }> {
  const out = new Map<string, { start: string; end: string }>();
  for (const s of specs) {
    let start = startDate;
    for (const d of s.dependsOn) {
      const e = out.get(d);
      if (!e) throw new Error(`plan step ${s.id}: dependency ${d} not scheduled`);
      if (e.end > start) start = e.end;
    }
    const v = values.get(s.id)!;
    let end = addDays(start, v[pick]);
    // A statutory period ends on its calendar date (months have 28 to 31 days): never plan past it.
    if (v.statutory && v.period) {
      const deadline = deadlineDate(start, v.period);
      if (pick === 'maxDays' || deadline < end) end = deadline;
    }
    out.set(s.id, { start, end });
  }
  return out;
}

function ancestorsOf(specs: readonly StepSpec[], id: string): Set<string> {
  const byId = new Map(specs.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (seen.has(cur)) continue;
    seen.add(cur);
    for (const d of byId.get(cur)?.dependsOn ?? []) stack.push(d);
  }
  return seen;
}

function rangeOf(fee: PlanFee): MoneyRange | null {
  return fee.eur === null ? null : { min: fee.eur.min, max: fee.eur.max };
}

function totalsOf(steps: readonly PlanStep[], target: PlanStep, startDate: string): PlanTotals {
  const zero = (): MoneyRange => ({ min: 0, max: 0 });
  const total = zero();
  const byPayer: Record<Payer, MoneyRange> = { company: zero(), candidate: zero(), either: zero() };
  const unknown: PlanTotals['fees']['unknown'] = [];
  let unconfirmed = false;
  for (const s of steps) {
    if (!s.fee) continue;
    const r = rangeOf(s.fee);
    if (r === null) {
      unknown.push({ stepId: s.id, title: s.title });
      continue;
    }
    total.min += r.min;
    total.max += r.max;
    byPayer[s.fee.payer].min += r.min;
    byPayer[s.fee.payer].max += r.max;
    if (s.fee.unconfirmed || s.fee.payerUnconfirmed) unconfirmed = true;
  }
  const days = (d: string): number => toDay(d) - toDay(startDate);
  return {
    durationDays: { min: days(target.earliestEnd), typical: days(target.end), max: days(target.latestEnd) },
    targetMilestone: target.milestone!,
    fees: { total, byPayer, unknown, unconfirmed },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Entry point

function validate(input: PlanInput): RouteProfile {
  if (!(ROUTE_IDS as readonly string[]).includes(input.routeId)) {
    throw new PlanError({ de: `Unbekannte Route: ${input.routeId}`, en: `Unknown route: ${input.routeId}` });
  }
  if (!isIsoDate(input.startDate)) {
    throw new PlanError({ de: `Ungültiges Startdatum: ${input.startDate}`, en: `Invalid start date: ${input.startDate}` });
  }
  if (!/^DE-[A-Z]{2}$/.test(input.federalState)) {
    throw new PlanError({ de: `Ungültiges Bundesland (ISO 3166-2 erwartet, z. B. DE-RP): ${input.federalState}`, en: `Invalid federal state (ISO 3166-2 expected, e.g. DE-RP): ${input.federalState}` });
  }
  const profile = ROUTE_PROFILES[input.routeId];
  if (input.procedure === 'accelerated' && profile.accelerated === false) {
    throw new PlanError(
      profile.acceleratedNote ?? {
        de: 'Für diese Route gibt es kein beschleunigtes Fachkräfteverfahren.',
        en: 'The accelerated procedure is not available for this route.',
      },
    );
  }
  return profile;
}

export function buildPlan(input: PlanInput): Plan {
  const profile = validate(input);
  const accelerated = input.procedure === 'accelerated';
  const ctx: Ctx = { input, profile, procedure: input.procedure, accelerated, steps: [] };

  let visaDecision: string;
  if (!profile.employer) {
    const ready = qualificationSteps(ctx, undefined);
    const account = blockedAccountStep(ctx);
    visaDecision = visaSteps(ctx, [...ready, account], false);
  } else if (accelerated) {
    const contract = contractStep(ctx);
    const request = acceleratedRequest(ctx, contract);
    const ready = qualificationSteps(ctx, request);
    const beforePreApproval = [request, ...ready];
    if (profile.ba === 'approval') beforePreApproval.push(baApprovalStep(ctx, [request, ...ready]));
    const pre = preApproval(ctx, beforePreApproval);
    visaDecision = visaSteps(ctx, [pre], false);
  } else {
    const ready = qualificationSteps(ctx, undefined);
    const contract = contractStep(ctx);
    const deps = [...ready, contract];
    if (profile.ba === 'westbalkan-pre') deps.push(westbalkanPreApproval(ctx, contract));
    visaDecision = visaSteps(ctx, deps, profile.ba === 'approval');
  }
  const { entry, firstDay } = arrivalSteps(ctx, visaDecision);
  afterArrivalSteps(ctx, firstDay);

  return assemble(ctx, firstDay ?? entry);
}

function assemble(ctx: Ctx, targetId: string): Plan {
  const { input, profile } = ctx;
  const specs = ctx.steps;
  const warnings: PlanWarning[] = [];

  // Parameter values in force on the start date (the plan's figures for that date; no fallback).
  const durations = new Map<string, DurationValue>();
  const durationMeta = new Map<string, { unconfirmed: boolean; reference: PlanStep['duration']['reference']; note?: string }>();
  for (const s of specs) {
    const v = valueAt(s.duration, input.startDate);
    if (!v) throw new PlanError({ de: `Keine Dauer für ${s.duration.id} am ${input.startDate}`, en: `No duration for ${s.duration.id} on ${input.startDate}` });
    durations.set(s.id, v.value);
    durationMeta.set(s.id, { unconfirmed: v.unconfirmed === true, reference: v.reference, ...(v.note ? { note: v.note } : {}) });
  }

  const typical = schedule(specs, durations, input.startDate, 'typicalDays');
  const earliest = schedule(specs, durations, input.startDate, 'minDays');
  const latest = schedule(specs, durations, input.startDate, 'maxDays');
  const leads = ancestorsOf(specs, targetId);

  const indexed = specs.map((s, index) => {
    const t = typical.get(s.id)!;
    const dv = durations.get(s.id)!;
    const meta = durationMeta.get(s.id)!;
    const step: PlanStep = {
      id: s.id,
      actor: s.actor,
      title: s.title,
      description: s.description,
      documents: documents(...s.documents),
      ...(s.authority ? { authority: s.authority } : {}),
      duration: {
        min: dv.minDays,
        typical: dv.typicalDays,
        max: dv.maxDays,
        estimate: dv.estimate,
        ...(meta.unconfirmed ? { unconfirmed: true } : {}),
        parameterId: s.duration.id,
        reference: meta.reference,
        ...(meta.note ? { note: meta.note } : {}),
      },
      dependsOn: [...s.dependsOn],
      start: t.start,
      end: t.end,
      earliestEnd: earliest.get(s.id)!.end,
      latestEnd: latest.get(s.id)!.end,
      ...(s.milestone ? { milestone: s.milestone } : {}),
      leadsToTarget: leads.has(s.id),
      ...(s.ref ? { ref: s.ref } : {}),
    };
    if (dv.statutory && dv.period && dv.norm) {
      const deadline: PlanDeadline = {
        period: dv.period,
        days: dv.maxDays,
        statutory: true,
        ref: dv.norm,
        reference: meta.reference,
        text: dv.deadlineText ?? s.title,
        date: deadlineDate(t.start, dv.period),
      };
      step.deadline = deadline;
    }
    if (s.fee) {
      const fv = valueAt(s.fee.param, t.start);
      const amount = fv?.value ?? null;
      const fee: PlanFee = {
        eur: amount === null ? null : { min: amount.minEur, max: amount.maxEur, ...(amount.typicalEur !== undefined ? { typical: amount.typicalEur } : {}) },
        payer: s.fee.payer,
        ...(s.fee.payerUnconfirmed ? { payerUnconfirmed: true } : {}),
        ...(fv === undefined || fv.unconfirmed || s.fee.unconfirmed ? { unconfirmed: true } : {}),
        norm: s.fee.norm,
        reference: fv?.reference ?? s.fee.param.values[0]!.reference,
        lastVerified: fv?.lastVerified ?? s.fee.param.values[0]!.lastVerified,
        parameterId: s.fee.param.id,
        ...(s.fee.note ? { note: s.fee.note } : {}),
      };
      step.fee = fee;
    }
    return { index, step };
  });
  // Ordered by typical start; steps starting on the same day keep the order in which they were defined.
  indexed.sort((a, b) => (a.step.start < b.step.start ? -1 : a.step.start > b.step.start ? 1 : a.index - b.index));
  const steps = indexed.map((x) => x.step);

  const milestones: Milestone[] = steps
    .filter((s) => s.milestone !== undefined)
    .map((s) => ({ id: s.milestone!, stepId: s.id, title: MILESTONE_TITLES[s.milestone!], date: s.end, earliest: s.earliestEnd, latest: s.latestEnd }));
  milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const target = steps.find((s) => s.id === targetId)!;
  const totals = totalsOf(steps, target, input.startDate);

  const companySigns: CompanySignature[] = [];
  for (const s of steps) {
    for (const d of s.documents) {
      if (d.signedByCompany && !companySigns.some((c) => c.documentId === d.id)) {
        companySigns.push({ documentId: d.id, stepId: s.id, label: d.label, ...(d.note ? { note: d.note } : {}) });
      }
    }
  }

  if (ctx.accelerated && profile.accelerated === null && profile.acceleratedNote) {
    warnings.push({ id: 'accelerated-unconfirmed', text: profile.acceleratedNote, unconfirmed: true });
  }
  if (profile.ba === 'westbalkan-pre') {
    const quota = valueAt(westbalkanQuota, input.startDate);
    if (quota === undefined || quota.unconfirmed) {
      warnings.push({
        id: 'westbalkan-quota',
        text: {
          de: 'Das Kontingent der Westbalkanregelung für das Startjahr ist nicht bestätigt (geplant ist eine Senkung auf 25.000); das Kontingent 2025 war Anfang Dezember 2025 ausgeschöpft.',
          en: 'The Western Balkans quota for the start year is not confirmed (a cut to 25,000 is planned); the 2025 quota was used up by early December 2025.',
        },
        unconfirmed: true,
      });
    }
  }
  if (steps.some((s) => s.fee?.payerUnconfirmed)) {
    warnings.push({
      id: 'fee-payer-81a',
      text: {
        de: 'Wer die Gebühr von 411 € für das beschleunigte Fachkräfteverfahren schuldet (Arbeitgeber oder Fachkraft), ist nicht bestätigt.',
        en: 'Who owes the 411 € fee for the accelerated procedure (employer or skilled worker) is not confirmed.',
      },
      unconfirmed: true,
    });
  }
  const unknownAuthorities = steps.filter((s) => s.authority !== undefined && !s.authority.known);
  if (unknownAuthorities.length > 0) {
    warnings.push({
      id: 'authorities-unknown',
      text: {
        de: `Für ${unknownAuthorities.length === 1 ? 'einen Schritt' : `${unknownAuthorities.length} Schritte`} kennt Lotse die zuständige Stelle an diesem Ort nicht. Bitte bei der Servicestelle erfragen.`,
        en: `Lotse does not know the competent body at this place for ${unknownAuthorities.length === 1 ? 'one step' : `${unknownAuthorities.length} steps`}. Ask the service office.`,
      },
      unconfirmed: false,
    });
  }
  if (totals.fees.unknown.length > 0) {
    warnings.push({
      id: 'fees-unknown',
      text: {
        de: 'Nicht alle Gebühren sind bekannt; die Summe enthält sie nicht.',
        en: 'Not all fees are known; the total leaves them out.',
      },
      unconfirmed: true,
    });
  }

  let means: Plan['means'];
  if (!profile.employer) {
    const v = valueAt(chancenkarteMonthlyMeans, input.startDate);
    const monthly = v?.value ?? null;
    means = {
      monthlyNetEur: monthly,
      yearlyEur: monthly === null ? null : monthly * 12,
      unconfirmed: v === undefined || v.unconfirmed === true,
      reference: v?.reference ?? chancenkarteMonthlyMeans.values[0]!.reference,
    };
    warnings.push(
      monthly === null
        ? {
            id: 'means-unknown',
            text: {
              de: 'Der nachzuweisende Lebensunterhalt für das Startjahr ist nicht bestätigt; bitte bei der Auslandsvertretung oder der Servicestelle erfragen.',
              en: 'The means to prove for the start year are not confirmed; ask the mission or the service office.',
            },
            unconfirmed: true,
          }
        : {
            id: 'means',
            text: {
              de: `Nachzuweisen sind ${eurDe(monthly)} netto je Monat, für ein Jahr ${eurDe(monthly * 12)}.`,
              en: `The means to prove are ${eurEn(monthly)} net a month, ${eurEn(monthly * 12)} for a year.`,
            },
            unconfirmed: v?.unconfirmed === true,
          },
    );
  }

  return {
    routeId: input.routeId,
    procedure: input.procedure,
    federalState: input.federalState,
    ...(input.municipality !== undefined ? { municipality: input.municipality } : {}),
    startDate: input.startDate,
    routeRef: profile.ref,
    steps,
    milestones,
    totals,
    companySigns,
    ...(means ? { means } : {}),
    warnings,
  };
}

export interface PlanComparison {
  durationDays: { regular: PlanTotals['durationDays']; accelerated: PlanTotals['durationDays']; typicalSaving: number };
  fees: { regular: MoneyRange; accelerated: MoneyRange; extra: MoneyRange };
  /** fees that only the accelerated plan has (by parameter id), e.g. the § 81a fee */
  onlyAccelerated: Array<{ parameterId: string; stepId: string; fee: PlanFee }>;
  companySignsOnlyAccelerated: CompanySignature[];
  /** both plans rest on some UNCONFIRMED fee or payer */
  unconfirmed: boolean;
}

/** Side by side: the regular and the accelerated plan for the same case. */
export function comparePlans(regular: Plan, accelerated: Plan): PlanComparison {
  if (regular.procedure !== 'regular' || accelerated.procedure !== 'accelerated') {
    throw new PlanError({ de: 'comparePlans erwartet einen regulären und einen beschleunigten Plan.', en: 'comparePlans expects a regular and an accelerated plan.' });
  }
  if (regular.routeId !== accelerated.routeId || regular.startDate !== accelerated.startDate || regular.federalState !== accelerated.federalState) {
    throw new PlanError({ de: 'Die Pläne betreffen nicht denselben Fall.', en: 'The plans are not for the same case.' });
  }
  const regularFees = new Set(regular.steps.flatMap((s) => (s.fee ? [s.fee.parameterId] : [])));
  const onlyAccelerated = accelerated.steps.flatMap((s) => (s.fee && !regularFees.has(s.fee.parameterId) ? [{ parameterId: s.fee.parameterId, stepId: s.id, fee: s.fee }] : []));
  const regularSigns = new Set(regular.companySigns.map((c) => c.documentId));
  return {
    durationDays: {
      regular: regular.totals.durationDays,
      accelerated: accelerated.totals.durationDays,
      typicalSaving: regular.totals.durationDays.typical - accelerated.totals.durationDays.typical,
    },
    fees: {
      regular: regular.totals.fees.total,
      accelerated: accelerated.totals.fees.total,
      extra: {
        min: accelerated.totals.fees.total.min - regular.totals.fees.total.min,
        max: accelerated.totals.fees.total.max - regular.totals.fees.total.max,
      },
    },
    onlyAccelerated,
    companySignsOnlyAccelerated: accelerated.companySigns.filter((c) => !regularSigns.has(c.documentId)),
    unconfirmed: regular.totals.fees.unconfirmed || accelerated.totals.fees.unconfirmed,
  };
}
