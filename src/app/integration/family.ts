// What the lifecycle check says about each family member of a case (issue 17), pure. Where the case records what the
// residence engine needs (the title held after arrival and the person's facts: residenceOutlook.ts), the engine's
// family moves answer (spouse § 30, child § 32, parents § 36 Abs. 3 AufenthG, with §§ 5, 29). Before that, the
// conditions that depend on the route alone are stated (recognition-integration-facts.md § 4.2), and everything else is
// "to be verified" (met: null): living space and means are never known to the case.

import { ageOn } from '../../law/dates.ts';
import { checkResidence } from '../../law/residence/check.ts';
import { parentsFirstTitleFrom } from '../../law/residence/parameters.ts';
import { validateResidenceInput } from '../../law/residence/validate.ts';
import type { FamilyMember as EngineMember, ResidenceInput } from '../../law/residence/types.ts';
import { valueAt } from '../../law/parameters/parameter.ts';
import type { Cefr, Text } from '../../law/types.ts';
import { titleKindOf } from './plan.ts';

export interface FamilyMemberRow {
  id: string;
  relation: string;
  name: string | null;
  birthDate: string;
  citizenship: string | null;
  joining: string;
  jointProcedure: boolean;
  german: string | null;
}

export interface FamilyCondition {
  id: string;
  met: boolean | null;
  text: Text;
  ref: string;
  unconfirmed: boolean;
}

export interface FamilyAssessment {
  memberId: string;
  /** engine: the residence engine on the case's title; route: the rules of the route alone (no title recorded yet) */
  source: 'engine' | 'route';
  conditions: FamilyCondition[];
  /** § 81a Abs. 4 AufenthG: a note on the joint procedure, where it applies */
  jointProcedure: Text | null;
}

const cefr = (g: string | null): Cefr | undefined => (g === null ? undefined : (g as Cefr));

const TBD = (id: string, text: Text, ref: string): FamilyCondition => ({ id, met: null, text, ref, unconfirmed: false });

function byRoute(routeId: string, m: FamilyMemberRow, today: string): FamilyCondition[] {
  const kind = titleKindOf(routeId);
  const out: FamilyCondition[] = [];
  const givenDe = m.german === null ? 'nichts' : m.german === 'none' ? 'keine' : m.german;
  const givenEn = m.german === null ? 'nothing' : m.german;
  if (m.relation === 'spouse') {
    if (kind === 'blue_card') out.push({ id: 'german', met: true, text: { de: 'Ehegatten von Inhabern der Blauen Karte EU brauchen keine Deutschkenntnisse.', en: 'Spouses of EU Blue Card holders need no German.' }, ref: '§ 30 Abs. 1 S. 3 Nr. 5 AufenthG', unconfirmed: false });
    else if (kind === 'skilled_worker')
      out.push({ id: 'german', met: m.german !== null && m.german !== 'none' ? true : null, text: { de: `Einfache Deutschkenntnisse (A1) sind in der Regel gefordert (angegeben: ${givenDe}); ob Ehegatten von Fachkräften nach §§ 18a, 18b befreit sind, ist ungesichert.`, en: `Simple German (A1) is required as a rule (given: ${givenEn}); whether spouses of skilled workers under §§ 18a, 18b are exempt is unconfirmed.` }, ref: '§ 30 Abs. 1 S. 3 AufenthG', unconfirmed: true });
    else out.push({ id: 'german', met: m.german !== null && m.german !== 'none' ? true : null, text: { de: `Einfache Deutschkenntnisse (A1) sind gefordert (angegeben: ${givenDe}).`, en: `Simple German (A1) is required (given: ${givenEn}).` }, ref: '§ 30 Abs. 1 S. 1 Nr. 2 AufenthG', unconfirmed: false });
  } else if (m.relation === 'child') {
    const age = ageOn(m.birthDate, today);
    if (age < 16) out.push({ id: 'language_16', met: true, text: { de: `Unter 16 Jahren (${age}): keine Sprachanforderung.`, en: `Under 16 (${age}): no language requirement.` }, ref: '§ 32 Abs. 2 S. 1 AufenthG', unconfirmed: false });
    else if (m.joining === 'now') out.push({ id: 'language_16', met: true, text: { de: `Das Kind (${age}) zieht mit den Eltern um: keine Sprachanforderung.`, en: `The child (${age}) moves together with the parents: no language requirement.` }, ref: '§ 32 Abs. 1 AufenthG', unconfirmed: false });
    else out.push(TBD('language_16', { de: `Das Kind ist ${age} und zieht später nach: gefordert ist Deutsch C1 oder eine positive Integrationsprognose.`, en: `The child is ${age} and joins later: German at C1 or a positive integration prognosis is required.` }, '§ 32 Abs. 2 S. 1 AufenthG'));
  } else {
    const from = valueAt(parentsFirstTitleFrom, today)?.value ?? '2024-03-01';
    out.push(TBD('first_title_date', { de: `Nachzug nur, wenn der erste Titel (Blaue Karte EU, §§ 18a, 18b, 18d u. a.) am oder nach dem ${from.split('-').reverse().join('.')} erteilt wurde; eine Kann-Entscheidung.`, en: `Only if the first title (EU Blue Card, §§ 18a, 18b, 18d and others) was granted on or after ${from}; a discretionary decision.` }, '§ 36 Abs. 3 S. 1 AufenthG'));
  }
  out.push(TBD('living_space', { de: 'Ausreichender Wohnraum: zu prüfen.', en: 'Sufficient living space: to be verified.' }, kind === 'blue_card' && m.relation !== 'parent' && m.relation !== 'parent_in_law' ? '§ 29 Abs. 5 AufenthG' : '§ 29 Abs. 1 Nr. 2 AufenthG'));
  out.push(TBD('means', { de: 'Lebensunterhalt für die ganze Familie: zu prüfen.', en: 'Means of subsistence for the whole family: to be verified.' }, '§ 5 Abs. 1 Nr. 1 AufenthG'));
  return out;
}

const JOINT: Text = {
  de: 'Im beschleunigten Fachkräfteverfahren des Arbeitgebers: Visumanträge der Familie, die in zeitlichem Zusammenhang gestellt werden, sind einbezogen.',
  en: 'In the employer’s accelerated procedure: the family’s visa applications filed at about the same time are included.',
};

/**
 * The assessment of each member. `principal` is the engine's input for the person (residenceInputOfCase), or null
 * when the case lacks what it needs.
 */
export function assessFamily(members: readonly FamilyMemberRow[], routeId: string, today: string, principal: ResidenceInput | null, accelerated: boolean): FamilyAssessment[] {
  let engine: Map<string, FamilyCondition[]> | null = null;
  if (principal !== null && members.length > 0) {
    const family: EngineMember[] = members.map((m) => ({
      ref: m.id,
      relation: m.relation as EngineMember['relation'],
      birthDate: m.birthDate,
      // the family moves do not depend on the member's citizenship; the contract needs one
      citizenship: m.citizenship ?? principal.person.citizenship,
      ...(cefr(m.german) !== undefined ? { german: cefr(m.german)! } : {}),
      ...(m.relation === 'child' ? { movesWithParent: m.joining === 'now' } : {}),
    }));
    const v = validateResidenceInput({ ...principal, family });
    if (v.ok) {
      engine = new Map();
      for (const move of checkResidence(v.value).moves) {
        if (move.memberRef === undefined) continue;
        engine.set(
          move.memberRef,
          move.conditions.map((c) => ({ id: c.id, met: c.met, text: c.text, ref: c.ref, unconfirmed: c.unconfirmed === true })),
        );
      }
    }
  }
  return members.map((m) => {
    const fromEngine = engine?.get(m.id);
    return {
      memberId: m.id,
      source: fromEngine ? 'engine' : 'route',
      conditions: fromEngine ?? byRoute(routeId, m, today),
      jointProcedure: accelerated && m.jointProcedure ? JOINT : null,
    };
  });
}
