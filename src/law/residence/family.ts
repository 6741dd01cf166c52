// The residence-time condition of naturalisation (§ 10 Abs. 1 S. 1 StAG) and the family moves: spouse (§ 30), minor
// child (§ 32) and parents or parents-in-law (§ 36 Abs. 3 AufenthG), with §§ 5, 29 AufenthG.

import type { Text } from '../types.ts';
import { addDays, addYears, ageOn } from '../dates.ts';
import { valueAt } from '../parameters/parameter.ts';
import { chainCovering, chainMonths, chainReachesOn } from './counting.ts';
import type { ResidenceFacts } from './facts.ts';
import type { FamilyMember, MoveAssessment, MoveCondition, MoveHint, PastTitle } from './types.ts';
import { cefrAtLeast, cond, d, expiredTitleHint, finish, isBlueCard, livingSpaceCondition, meansCondition } from './move.ts';
import { naturalisationYears, parentsFirstTitleFrom, parentsUntil, required } from './parameters.ts';

// ---- naturalisation: residence time only ----

/**
 * The first day from `date` on when `years` years of residence since `since` are complete, with the number of years
 * in force on that day (the law's dated values, not only today's): null if none.
 */
export function naturalisationReachedOn(since: string, date: string): string | null {
  const values = naturalisationYears.values;
  let best: string | null = null;
  values.forEach((v, i) => {
    const next = values[i + 1];
    const windowEnd = v.validUntil ?? (next ? addDays(next.validFrom, -1) : null);
    let day = addYears(since, v.value);
    if (day < v.validFrom) day = v.validFrom;
    if (day < date) day = date;
    if (windowEnd !== null && day > windowEnd) return;
    if (best === null || day < best) best = day;
  });
  return best;
}

export function naturalisationTime(f: ResidenceFacts): MoveAssessment {
  const { input, date } = f;
  const years = required(naturalisationYears, date).value;
  const since = input.person.lawfulResidenceSince;
  const title = { de: 'Einbürgerung: Voraussetzung der Aufenthaltsdauer', en: 'Naturalisation: the residence-time condition only' };
  const hints: MoveHint[] = [
    {
      de: 'Geprüft ist nur die Aufenthaltsdauer; Sprache, Lebensunterhalt, Bekenntnis, Straffreiheit und Auslandsaufenthalte prüft der Check nicht, auch nicht die frühere Einbürgerung nach drei Jahren.',
      en: 'Only the residence time is checked; language, livelihood, commitment, offences and stays abroad are not, nor the former naturalisation after three years.',
      ref: '§ 10 Abs. 1 S. 1 StAG',
    },
  ];
  if (f.expired) hints.push(expiredTitleHint(input));
  if (since === undefined) {
    const chain = chainCovering(f.history, date);
    const text: Text = {
      de: `Der Beginn des ununterbrochenen rechtmäßigen gewöhnlichen Aufenthalts (lawfulResidenceSince) ist nicht angegeben; gefordert sind ${years} Jahre${chain ? `, die Aufenthaltstitel reichen ununterbrochen bis ${d.de(chain.from)} zurück` : ''}.`,
      en: `The start of the uninterrupted lawful habitual residence (lawfulResidenceSince) is not given; ${years} years are required${chain ? `, the residence titles go back without a break to ${d.en(chain.from)}` : ''}.`,
    };
    return finish({ id: 'naturalisation-time', title, conditions: [cond('residence_years', 'time', null, text, '§ 10 Abs. 1 S. 1 StAG')], hints });
  }
  const months = chainMonths({ from: since, to: null, previousEnd: null }, date);
  const held = Math.floor(months / 12);
  const met = months >= years * 12;
  const reached = met ? null : naturalisationReachedOn(since, date);
  const condition = cond(
    'residence_years',
    'time',
    met,
    { de: `${held} von ${years} Jahren rechtmäßigen gewöhnlichen Aufenthalts (seit ${d.de(since)}).`, en: `${held} of ${years} years of lawful habitual residence (since ${d.en(since)}).` },
    '§ 10 Abs. 1 S. 1 StAG',
  );
  return finish({ id: 'naturalisation-time', title, conditions: [condition], fills: [{ conditionId: 'residence_years', on: reached }], hints });
}

// ---- family ----

function ageCondition(id: string, ok: boolean, text: Text, ref: string): MoveCondition {
  return cond(id, 'fact', ok, text, ref);
}

function spouse(f: ResidenceFacts, m: FamilyMember): MoveAssessment {
  const { input, date } = f;
  const t = input.currentTitle;
  const principalAge = ageOn(input.person.birthDate, date);
  const spouseAge = ageOn(m.birthDate, date);
  const conditions: MoveCondition[] = [];
  const hints: MoveHint[] = [];
  conditions.push(
    ageCondition(
      'age',
      principalAge >= 18 && spouseAge >= 18,
      { de: `Beide Ehegatten sind volljährig gefordert: ${principalAge} und ${spouseAge} Jahre.`, en: `Both spouses must be 18 or older: ${principalAge} and ${spouseAge} years.` },
      '§ 30 Abs. 1 S. 1 Nr. 1 AufenthG',
    ),
  );

  // § 30 Abs. 1 S. 1 Nr. 3: the principal's title
  const blueCard = isBlueCard(t.id);
  const chain = chainCovering(f.history, date);
  const twoYears = chain !== null && chainMonths(chain, date) >= 24;
  const marriedAtIssue = m.marriedOn === undefined ? null : m.marriedOn <= t.issuedOn;
  const overAYear = t.validUntil >= addYears(t.issuedOn, 1);
  let principal: boolean | null;
  let principalText: Text;
  let principalRef = '§ 30 Abs. 1 S. 1 Nr. 3 AufenthG';
  if (blueCard) {
    principal = true;
    principalText = { de: 'Der Zuziehende hat eine Blaue Karte EU.', en: 'The principal holds an EU Blue Card.' };
  } else if (twoYears) {
    principal = true;
    principalText = { de: `Der Zuziehende hat seit ${d.de(chain!.from)} und damit seit zwei Jahren eine Aufenthaltserlaubnis.`, en: `The principal has held a residence permit since ${d.en(chain!.from)}, i.e. for two years.` };
  } else if (marriedAtIssue === true && overAYear) {
    principal = true;
    principalText = { de: `Die Ehe bestand bei Erteilung des Titels (${d.de(t.issuedOn)}), und er gilt über ein Jahr (bis ${d.de(t.validUntil)}).`, en: `The marriage existed when the title was issued (${d.en(t.issuedOn)}) and it runs over a year (until ${d.en(t.validUntil)}).` };
  } else if (marriedAtIssue === null && overAYear) {
    principal = null;
    principalText = { de: 'Der Titel besteht noch keine zwei Jahre; ob die Ehe bei seiner Erteilung schon bestand, ist nicht angegeben (marriedOn).', en: 'The title has not been held for two years; whether the marriage existed when it was issued is not given (marriedOn).' };
  } else {
    principal = false;
    const twoYearsOn = chain === null ? null : chainReachesOn(chain, 24);
    principalText = {
      de: `Keine Blaue Karte EU, noch keine zwei Jahre Aufenthaltserlaubnis${twoYearsOn ? ` (erst ab ${d.de(twoYearsOn)})` : ''}, und ${marriedAtIssue === false ? 'die Ehe wurde erst nach Erteilung des Titels geschlossen' : 'der Titel gilt nicht über ein Jahr'}.`,
      en: `No EU Blue Card, no residence permit for two years yet${twoYearsOn ? ` (only from ${d.en(twoYearsOn)})` : ''}, and ${marriedAtIssue === false ? 'the marriage was concluded after the title was issued' : 'the title does not run over a year'}.`,
    };
    principalRef = '§ 30 Abs. 1 S. 1 Nr. 3 AufenthG';
  }
  conditions.push(cond('principal_title', 'fact', principal, principalText, principalRef));

  // § 30 Abs. 1 S. 1 Nr. 2: simple German (A1), or exempt
  const a1 = cefrAtLeast(m.german, 'A1');
  if (blueCard) {
    conditions.push(cond('german', 'fact', true, { de: 'Ehegatten von Inhabern der Blauen Karte EU brauchen keine Deutschkenntnisse.', en: 'Spouses of EU Blue Card holders need no German.' }, '§ 30 Abs. 1 S. 3 Nr. 5 AufenthG'));
  } else if (a1 === true) {
    conditions.push(cond('german', 'fact', true, { de: `Einfache Deutschkenntnisse: ${m.german} (gefordert A1).`, en: `Simple German: ${m.german} (A1 required).` }, '§ 30 Abs. 1 S. 1 Nr. 2 AufenthG'));
  } else if (t.id === '18a' || t.id === '18b') {
    conditions.push(
      cond(
        'german',
        'fact',
        null,
        { de: `Deutschkenntnisse des Ehegatten: ${m.german ?? 'nicht angegeben'} (gefordert A1); ob Ehegatten von Fachkräften nach §§ 18a, 18b davon befreit sind, ist ungesichert.`, en: `The spouse's German: ${m.german ?? 'not given'} (A1 required); whether spouses of skilled workers under §§ 18a, 18b are exempt is unconfirmed.` },
        '§ 30 Abs. 1 S. 3 AufenthG',
        true,
      ),
    );
  } else if (a1 === null) {
    conditions.push(cond('german', 'fact', null, { de: 'Die Deutschkenntnisse des Ehegatten sind nicht angegeben (gefordert A1).', en: "The spouse's German is not given (A1 required)." }, '§ 30 Abs. 1 S. 1 Nr. 2 AufenthG'));
  } else {
    conditions.push(cond('german', 'fact', false, { de: `Deutschkenntnisse des Ehegatten: ${m.german === 'none' ? 'keine' : m.german}; gefordert sind einfache Kenntnisse (A1).`, en: `The spouse's German: ${m.german === 'none' ? 'none' : m.german}; simple German (A1) is required.` }, '§ 30 Abs. 1 S. 1 Nr. 2 AufenthG'));
  }

  conditions.push(meansCondition(input, '§ 5 Abs. 1 Nr. 1 AufenthG'));
  const living = livingSpaceCondition(input, '§ 29 Abs. 1 Nr. 2 AufenthG');
  if (blueCard && living.met === false) {
    // the Blue Card waiver of § 29 Abs. 5 is UNCONFIRMED: a false becomes unknown
    conditions.push(
      cond(
        'living_space',
        'fact',
        null,
        { de: 'Der Wohnraum reicht nicht aus; ob bei Inhabern der Blauen Karte EU auf ausreichenden Wohnraum verzichtet wird, ist ungesichert.', en: 'The living space is not sufficient; whether sufficient living space is waived for EU Blue Card holders is unconfirmed.' },
        '§ 29 Abs. 5 AufenthG',
        true,
      ),
    );
  } else {
    conditions.push(living);
  }
  if (f.expired) hints.push(expiredTitleHint(input));
  return finish({ id: 'family-spouse', memberRef: m.ref, title: { de: 'Nachzug des Ehegatten', en: 'Spouse joins' }, conditions, hints });
}

function child(f: ResidenceFacts, m: FamilyMember): MoveAssessment {
  const { input, date } = f;
  const age = ageOn(m.birthDate, date);
  const unmarried = m.unmarried ?? true;
  const conditions: MoveCondition[] = [
    ageCondition('age', age < 18, age < 18 ? { de: `Das Kind ist ${age} Jahre alt und damit minderjährig.`, en: `The child is ${age} years old, a minor.` } : { de: `Das Kind ist ${age} Jahre alt; nachziehen können nur minderjährige Kinder.`, en: `The child is ${age} years old; only minor children can join.` }, '§ 32 Abs. 1 AufenthG'),
    cond('unmarried', 'fact', unmarried, unmarried ? { de: 'Das Kind ist ledig.', en: 'The child is unmarried.' } : { de: 'Das Kind ist verheiratet; nachziehen können nur ledige Kinder.', en: 'The child is married; only unmarried children can join.' }, '§ 32 Abs. 1 AufenthG'),
  ];
  if (age < 16) {
    conditions.push(cond('language_16', 'fact', true, { de: `Unter 16 Jahren (${age}): keine Sprachanforderung.`, en: `Under 16 (${age}): no language requirement.` }, '§ 32 Abs. 2 S. 1 AufenthG'));
  } else if (m.movesWithParent === true) {
    conditions.push(cond('language_16', 'fact', true, { de: `Das Kind (${age}) zieht mit den Eltern um: keine Sprachanforderung.`, en: `The child (${age}) moves together with the parents: no language requirement.` }, '§ 32 Abs. 1 AufenthG'));
  } else if (cefrAtLeast(m.german, 'C1') === true) {
    conditions.push(cond('language_16', 'fact', true, { de: `Das Kind (${age}) spricht Deutsch auf Niveau ${m.german} (gefordert C1).`, en: `The child (${age}) speaks German at ${m.german} (C1 required).` }, '§ 32 Abs. 2 S. 1 AufenthG'));
  } else {
    conditions.push(
      cond(
        'language_16',
        'fact',
        null,
        { de: `Das Kind ist ${age} und zieht ${m.movesWithParent === false ? 'nicht' : 'nicht erkennbar'} mit den Eltern um: gefordert ist Deutsch C1 (angegeben: ${m.german ?? 'nichts'}) oder eine positive Integrationsprognose; Ausnahmen für Familien von Fachkräften sind ungesichert.`, en: `The child is ${age} and does ${m.movesWithParent === false ? 'not' : 'not evidently'} move together with the parents: German at C1 is required (given: ${m.german ?? 'nothing'}) or a positive integration prognosis; exemptions for families of skilled workers are unconfirmed.` },
        '§ 32 Abs. 2 S. 1 AufenthG',
        // the exemptions are UNCONFIRMED; whether the child moves with the parents is simply not given
        m.movesWithParent === false,
      ),
    );
  }
  conditions.push(meansCondition(input, '§ 5 Abs. 1 Nr. 1 AufenthG'), livingSpaceCondition(input, '§ 29 Abs. 1 Nr. 2 AufenthG'));
  const hints: MoveHint[] = f.expired ? [expiredTitleHint(input)] : [];
  return finish({ id: 'family-child', memberRef: m.ref, title: { de: 'Nachzug eines minderjährigen Kindes', en: 'Minor child joins' }, conditions, hints });
}

/** Titles of § 36 Abs. 3 S. 1 the history can name: Blue Card, §§ 18a, 18b, 18d, 19c (2). */
const PARENT_TITLES: ReadonlySet<PastTitle> = new Set<PastTitle>(['18g-standard', '18g-shortage', '18g-new-entrant', '18g-it', '18a', '18b', '18d', '19c2-experience']);

function parent(f: ResidenceFacts, m: FamilyMember): MoveAssessment {
  const { input, date } = f;
  const from = required(parentsFirstTitleFrom, date).value;
  const sorted = [...f.history].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const first = sorted.find((p) => PARENT_TITLES.has(p.titleId) && p.from <= date);
  // a settlement permit before it may have been one under § 18c (3), which the history cannot name
  const ambiguous = sorted.find((p) => p.titleId === 'settlement' && p.from < from && (first === undefined || p.from < first.from));
  let firstCond: MoveCondition;
  if (ambiguous !== undefined) {
    firstCond = cond(
      'first_title_date',
      'fact',
      null,
      { de: `Die Niederlassungserlaubnis ab ${d.de(ambiguous.from)} könnte eine nach § 18c Abs. 3 gewesen sein; dann wäre der erste Titel vor dem ${d.de(from)} erteilt.`, en: `The settlement permit from ${d.en(ambiguous.from)} may have been one under § 18c (3); then the first title was granted before ${d.en(from)}.` },
      '§ 36 Abs. 3 S. 1 AufenthG',
    );
  } else if (first === undefined) {
    firstCond = cond('first_title_date', 'fact', false, { de: 'Der Zuziehende hatte noch keine Blaue Karte EU und keinen Titel nach §§ 18a, 18b, 18c Abs. 3, 18d, 18f, 19c Abs. 2 oder 21.', en: 'The principal has not held an EU Blue Card or a title under §§ 18a, 18b, 18c (3), 18d, 18f, 19c (2) or 21.' }, '§ 36 Abs. 3 S. 1 AufenthG');
  } else {
    const ok = first.from >= from;
    firstCond = cond(
      'first_title_date',
      'fact',
      ok,
      ok
        ? { de: `Der erste Titel dieser Art (${first.titleId}, nationales Visum eingeschlossen) begann am ${d.de(first.from)}, am oder nach dem ${d.de(from)}.`, en: `The first title of this kind (${first.titleId}, national visa included) began on ${d.en(first.from)}, on or after ${d.en(from)}.` }
        : { de: `Der erste Titel dieser Art (${first.titleId}, nationales Visum eingeschlossen) begann am ${d.de(first.from)}, vor dem ${d.de(from)}.`, en: `The first title of this kind (${first.titleId}, national visa included) began on ${d.en(first.from)}, before ${d.en(from)}.` },
      '§ 36 Abs. 3 S. 1 AufenthG',
    );
  }
  const conditions: MoveCondition[] = [firstCond];
  if (m.relation === 'parent_in_law') {
    const v = m.spouseLivesPermanentlyInGermany;
    conditions.push(
      cond(
        'in_law_residence',
        'fact',
        v ?? null,
        v === undefined
          ? { de: 'Ob der Ehegatte dauerhaft in Deutschland lebt, ist nicht angegeben.', en: 'Whether the spouse lives permanently in Germany is not given.' }
          : v
            ? { de: 'Der Ehegatte lebt dauerhaft in Deutschland.', en: 'The spouse lives permanently in Germany.' }
            : { de: 'Der Ehegatte lebt nicht dauerhaft in Deutschland; Schwiegereltern können dann nicht nachziehen.', en: 'The spouse does not live permanently in Germany; parents-in-law cannot join then.' },
        '§ 36 Abs. 3 S. 1 AufenthG',
      ),
    );
  }
  conditions.push(meansCondition(input, '§ 36 Abs. 3 S. 2 i. V. m. § 5 Abs. 1 Nr. 1 AufenthG'), livingSpaceCondition(input, '§ 29 Abs. 1 Nr. 2 AufenthG'));
  const until = valueAt(parentsUntil, date);
  if (until !== undefined && date > until.value) {
    conditions.push(
      cond('in_force', 'fact', null, { de: `Ob die Regel über den ${d.de(until.value)} hinaus gilt, ist ungesichert.`, en: `Whether the rule applies after ${d.en(until.value)} is unconfirmed.` }, '§ 36 Abs. 3 AufenthG', true),
    );
  }
  const hints: MoveHint[] = [
    {
      de: 'Eine Kann-Entscheidung: auch wenn alle Voraussetzungen vorliegen, entscheidet die Ausländerbehörde nach Ermessen.',
      en: 'A discretionary decision: even if every condition is met, the immigration office decides at its discretion.',
      ref: '§ 36 Abs. 3 S. 1 AufenthG',
    },
  ];
  if (f.expired) hints.push(expiredTitleHint(input));
  return finish({ id: 'family-parent', memberRef: m.ref, discretionary: true, title: m.relation === 'parent' ? { de: 'Nachzug eines Elternteils', en: 'Parent joins' } : { de: 'Nachzug eines Schwiegerelternteils', en: 'Parent-in-law joins' }, conditions, hints });
}

export function familyMove(f: ResidenceFacts, m: FamilyMember): MoveAssessment {
  switch (m.relation) {
    case 'spouse':
      return spouse(f, m);
    case 'child':
      return child(f, m);
    default:
      return parent(f, m);
  }
}
