// Building blocks of the residence moves: conditions with their words, the outcome rule of contract residence-v1,
// and the words shared by several moves.

import type { Cefr, RouteId, Text } from '../types.ts';
import { CEFR_LEVELS } from '../types.ts';
import { VERIFY, dateDe, dateEn } from '../format.ts';
import type { MoveAssessment, MoveCondition, MoveHint, MoveId, MoveOutcome, ResidenceInput, TitleId } from './types.ts';

export function cond(id: string, kind: 'time' | 'fact', met: boolean | null, text: Text, ref: string, unconfirmed = false): MoveCondition {
  if (!unconfirmed) return { id, kind, met, text, ref };
  return { id, kind, met, text: { de: text.de + VERIFY.de, en: text.en + VERIFY.en }, ref, unconfirmed: true };
}

/**
 * The outcome rule, first that applies: closed if a fact condition is false; not_yet if a time condition is false;
 * unknown if a condition is null; otherwise open.
 */
export function outcomeOf(conditions: readonly MoveCondition[]): MoveOutcome {
  if (conditions.some((c) => c.kind === 'fact' && c.met === false)) return 'closed';
  if (conditions.some((c) => c.kind === 'time' && c.met === false)) return 'not_yet';
  if (conditions.some((c) => c.met === null)) return 'unknown';
  return 'open';
}

/** A time condition's day of being met, as the move computes it: a date, or null if waiting alone never meets it. */
export interface TimeFill {
  conditionId: string;
  on: string | null;
}

export interface MoveDraft {
  id: MoveId;
  memberRef?: string;
  title: Text;
  discretionary?: boolean;
  procedure?: MoveAssessment['procedure'];
  targetRoute?: RouteId | null;
  conditions: MoveCondition[];
  /** for each time condition not met on decisionDate: the day it is met if the facts stay as they are */
  fills?: TimeFill[];
  hints?: MoveHint[];
}

/** The move with its outcome; earliestDate (not_yet only) is the last of the days its unmet time conditions are met. */
export function finish(d: MoveDraft): MoveAssessment {
  const outcome = outcomeOf(d.conditions);
  let earliestDate: string | null = null;
  if (outcome === 'not_yet') {
    const pending = d.conditions.filter((c) => c.kind === 'time' && c.met !== true);
    const days = pending.map((c) => d.fills?.find((f) => f.conditionId === c.id)?.on ?? null);
    earliestDate = days.every((x): x is string => x !== null) ? days.reduce((a, b) => (a > b ? a : b)) : null;
  }
  const m: MoveAssessment = { id: d.id, outcome, earliestDate, discretionary: d.discretionary ?? false, conditions: d.conditions, hints: d.hints ?? [], title: d.title };
  if (d.memberRef !== undefined) m.memberRef = d.memberRef;
  if (d.procedure !== undefined) m.procedure = d.procedure;
  if (d.targetRoute !== undefined) m.targetRoute = d.targetRoute;
  // the contract's field order: id, memberRef, outcome, earliestDate, discretionary, procedure, targetRoute, conditions, hints, title
  const ordered: MoveAssessment = { id: m.id } as MoveAssessment;
  if (m.memberRef !== undefined) ordered.memberRef = m.memberRef;
  ordered.outcome = m.outcome;
  ordered.earliestDate = m.earliestDate;
  ordered.discretionary = m.discretionary;
  if (m.procedure !== undefined) ordered.procedure = m.procedure;
  if (m.targetRoute !== undefined) ordered.targetRoute = m.targetRoute;
  ordered.conditions = m.conditions;
  ordered.hints = m.hints;
  ordered.title = m.title;
  return ordered;
}

// ---- shared facts and words ----

export const BLUE_CARD_TITLES: ReadonlySet<string> = new Set(['18g-standard', '18g-shortage', '18g-new-entrant', '18g-it']);
export const isBlueCard = (id: string): boolean => BLUE_CARD_TITLES.has(id);

export function cefrAtLeast(level: Cefr | undefined, min: Cefr): boolean | null {
  if (level === undefined) return null;
  return CEFR_LEVELS.indexOf(level) >= CEFR_LEVELS.indexOf(min);
}

export const d = { de: dateDe, en: dateEn };

/** "Blaue Karte EU (§ 18g AufenthG)" and the like, for texts. */
export function titleName(id: TitleId | string): Text {
  if (isBlueCard(id)) return { de: 'Blaue Karte EU', en: 'EU Blue Card' };
  switch (id) {
    case '18a':
      return { de: 'Aufenthaltserlaubnis nach § 18a AufenthG', en: 'residence permit under § 18a AufenthG' };
    case '18b':
      return { de: 'Aufenthaltserlaubnis nach § 18b AufenthG', en: 'residence permit under § 18b AufenthG' };
    case '18d':
      return { de: 'Aufenthaltserlaubnis nach § 18d AufenthG', en: 'residence permit under § 18d AufenthG' };
    case '19c2-experience':
      return { de: 'Aufenthaltserlaubnis nach § 19c Abs. 2 AufenthG', en: 'residence permit under § 19c (2) AufenthG' };
    case '16d1-qualification':
      return { de: 'Aufenthaltserlaubnis nach § 16d Abs. 1 AufenthG', en: 'residence permit under § 16d (1) AufenthG' };
    case '16d3-partnership':
      return { de: 'Aufenthaltserlaubnis nach § 16d Abs. 3 AufenthG', en: 'residence permit under § 16d (3) AufenthG' };
    case '20a-skilled':
    case '20a-points':
      return { de: 'Chancenkarte (§ 20a AufenthG)', en: 'opportunity card (Chancenkarte, § 20a AufenthG)' };
    default:
      return { de: `Titel ${id}`, en: `title ${id}` };
  }
}

export function meansCondition(input: ResidenceInput, ref: string, unconfirmed = false): MoveCondition {
  const v = input.household?.meansSecured;
  const text: Text =
    v === undefined
      ? { de: 'Ob der Lebensunterhalt einschließlich Krankenversicherung ohne öffentliche Mittel gesichert ist, ist nicht angegeben.', en: 'Whether the livelihood, health insurance included, is secured without public funds is not given.' }
      : v
        ? { de: 'Der Lebensunterhalt einschließlich Krankenversicherung ist ohne öffentliche Mittel gesichert.', en: 'The livelihood, health insurance included, is secured without public funds.' }
        : { de: 'Der Lebensunterhalt ist nicht ohne öffentliche Mittel gesichert.', en: 'The livelihood is not secured without public funds.' };
  return cond('means', 'fact', v ?? null, text, ref, unconfirmed);
}

export function livingSpaceCondition(input: ResidenceInput, ref: string, unconfirmed = false): MoveCondition {
  const v = input.household?.livingSpaceSufficient;
  const text: Text =
    v === undefined
      ? { de: 'Ob ausreichender Wohnraum für alle im Haushalt vorhanden ist, ist nicht angegeben.', en: 'Whether there is sufficient living space for everyone in the household is not given.' }
      : v
        ? { de: 'Für alle im Haushalt ist ausreichender Wohnraum vorhanden.', en: 'There is sufficient living space for everyone in the household.' }
        : { de: 'Der Wohnraum reicht für die Haushaltsmitglieder nicht aus.', en: 'The living space is not sufficient for the household.' };
  return cond('living_space', 'fact', v ?? null, text, ref, unconfirmed);
}

export function basicKnowledgeCondition(input: ResidenceInput, ref: string, unconfirmed = false): MoveCondition {
  const v = input.person.orientationTestPassed;
  const text: Text =
    v === undefined
      ? { de: 'Ob Grundkenntnisse der Rechts- und Gesellschaftsordnung nachgewiesen sind (Test „Leben in Deutschland“ oder Integrationskurs), ist nicht angegeben.', en: 'Whether basic knowledge of the legal and social order is proven ("Leben in Deutschland" test or integration course) is not given.' }
      : v
        ? { de: 'Grundkenntnisse der Rechts- und Gesellschaftsordnung sind nachgewiesen (Test „Leben in Deutschland“ oder Integrationskurs).', en: 'Basic knowledge of the legal and social order is proven ("Leben in Deutschland" test or integration course).' }
        : { de: 'Grundkenntnisse der Rechts- und Gesellschaftsordnung sind noch nicht nachgewiesen (Test „Leben in Deutschland“).', en: 'Basic knowledge of the legal and social order is not proven yet ("Leben in Deutschland" test).' };
  return cond('basic_knowledge', 'fact', v ?? null, text, ref, unconfirmed);
}

export function germanCondition(level: Cefr, min: Cefr, ref: string, id = 'german'): MoveCondition {
  const met = cefrAtLeast(level, min)!;
  const text: Text = met
    ? { de: `Deutschkenntnisse ${level} erfüllen das geforderte Niveau ${min}.`, en: `German at ${level} meets the required level ${min}.` }
    : level === 'none'
      ? { de: `Keine Deutschkenntnisse nachgewiesen: gefordert ist mindestens ${min}.`, en: `No German proven: at least ${min} is required.` }
      : { de: `Deutschkenntnisse ${level}: gefordert ist mindestens ${min}.`, en: `German at ${level}: at least ${min} is required.` };
  return cond(id, 'fact', met, text, ref);
}

/** Public-safety hint of every settlement move. */
export const PUBLIC_SAFETY_HINT: MoveHint = {
  de: 'Die Behörde prüft außerdem Gründe der öffentlichen Sicherheit und Ordnung, Pass und Identität; diese Prüfung bildet der Check nicht ab.',
  en: 'The authority also checks public safety and order, passport and identity; the check does not model this.',
  ref: '§ 9 Abs. 2 S. 1 Nr. 4 AufenthG',
};

/** The hint every move except the extension carries when the title has expired. */
export function expiredTitleHint(input: ResidenceInput): MoveHint {
  const u = input.currentTitle.validUntil;
  return {
    de: `Der Titel ist am ${d.de(u)} abgelaufen; dieser Schritt ist so geprüft, als bestünde er noch. Ein abgelaufener Titel kann nicht verlängert werden; ohne gültigen Titel oder Fiktionsbescheinigung ist der Aufenthalt nicht rechtmäßig.`,
    en: `The title expired on ${d.en(u)}; this move is assessed as if it were still held. An expired title cannot be extended; without a valid title or a fictional certificate the stay is not lawful.`,
    ref: '§ 81 Abs. 4 S. 1 AufenthG',
  };
}
