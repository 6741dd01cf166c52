// The moves about the job: change of employer (§ 4a Abs. 3, § 82 Abs. 1 S. 6, § 18g Abs. 4 AufenthG), extension of the
// current title (§ 8 Abs. 1, § 16d Abs. 1, 3 AufenthG) and the switch into an employment title, which asks the pathway
// check of contract v1 (the real engine, src/law/check.ts) about the new job.

import { decide } from '../check.ts';
import type { CheckInput, RouteId } from '../types.ts';
import { addMonths } from '../dates.ts';
import { chainCovering, completeMonths, contributionMonths } from './counting.ts';
import type { ResidenceFacts } from './facts.ts';
import { spansOf } from './facts.ts';
import type { MoveAssessment, MoveCondition, MoveHint, ResidenceInput } from './types.ts';
import { cond, d, expiredTitleHint, finish, isBlueCard, titleName } from './move.ts';
import { blueCardNoticeMonths, required, s16dMaxMonths } from './parameters.ts';

const TRANSFER_HINT: MoveHint = {
  de: 'Wechselt der Arbeitgeber durch einen Betriebsübergang (§ 613a BGB) oder einen Formwechsel, muss eine Beschränkung auf den Arbeitgeber nicht geändert werden.',
  en: 'If the employer changes through a transfer of undertaking (§ 613a BGB) or a change of legal form, a restriction to the employer need not be amended.',
  ref: '§ 4a Abs. 3 AufenthG',
};

const NEW_JOB_HINT: MoveHint = {
  de: 'Ob die neue Stelle die Voraussetzungen des Titels erfüllt (bei der Blauen Karte EU etwa die Gehaltsgrenze), prüft der Aufenthaltswege-Check für die neue Stelle.',
  en: 'Whether the new job meets the conditions of the title (for a Blue Card, the salary threshold for instance) is for the pathway check of the new job.',
};

// ---- change of employer ----

export function employerChange(f: ResidenceFacts): MoveAssessment {
  const { input, date } = f;
  const t = input.currentTitle;
  const name = titleName(t.id);
  const conditions: MoveCondition[] = [];
  const hints: MoveHint[] = [];
  let procedure: MoveAssessment['procedure'];

  if (t.employerRestriction === true) {
    procedure = 'permission';
    conditions.push(
      cond(
        'employer_restriction',
        'fact',
        true,
        { de: 'Das Zusatzblatt beschränkt die Beschäftigung auf einen Arbeitgeber: vor Beginn der neuen Stelle muss die Ausländerbehörde die Beschränkung ändern (Erlaubnis).', en: 'The supplementary sheet limits employment to one employer: the immigration office must amend the restriction before the new job starts (permission).' },
        '§ 4a Abs. 3 AufenthG',
      ),
    );
    hints.push({
      de: 'Für die neue Stelle ist in der Regel erneut die Zustimmung der Bundesagentur für Arbeit nötig, außer sie ist entbehrlich; der aktuelle Wortlaut von § 9 BeschV ist ungesichert und bitte zu prüfen.',
      en: 'The new job usually needs the approval of the Federal Employment Agency again unless it is exempt; the current wording of § 9 BeschV is unconfirmed and to be verified.',
      ref: '§ 9 BeschV',
    });
    if (isBlueCard(t.id) && t.issuedOn < '2023-11-18') {
      hints.push({
        de: 'Blaue Karten, die vor dem 18.11.2023 erteilt wurden, nennen oft noch den Arbeitgeber; die Beschränkung lässt sich bei der Ausländerbehörde streichen lassen.',
        en: 'Blue Cards issued before 18 November 2023 often still name the employer; the immigration office can remove the restriction.',
      });
    }
  } else if (isBlueCard(t.id)) {
    const noticeMonths = required(blueCardNoticeMonths, date).value;
    const chain = chainCovering(spansOf(f, isBlueCard), date);
    const bcJobs = input.employment.filter((e) => isBlueCard(e.titleId) && (chain === null || e.to == null || e.to >= chain.from));
    const start = bcJobs.length === 0 ? null : bcJobs.map((e) => e.from).reduce((a, b) => (a < b ? a : b));
    const ends = start === null ? null : addMonths(start, noticeMonths);
    if (ends === null || date < ends) {
      procedure = 'notify';
      const month = start === null || start > date ? 0 : completeMonths(start, date) + 1;
      conditions.push(
        cond(
          'notice_period',
          'fact',
          true,
          start === null || start > date
            ? { de: `Die Beschäftigung mit Blauer Karte EU hat noch nicht begonnen: in den ersten ${noticeMonths} Monaten ist jeder Arbeitgeberwechsel der Ausländerbehörde mitzuteilen; sie kann ihn 30 Tage aussetzen und ablehnen, wenn die Voraussetzungen der Blauen Karte fehlen.`, en: `Blue Card employment has not begun yet: in the first ${noticeMonths} months every change of employer must be notified to the immigration office, which may suspend it for 30 days and refuse it if the Blue Card conditions are not met.` }
            : { de: `Monat ${month} von ${noticeMonths} der Beschäftigung mit Blauer Karte EU (seit ${d.de(start)}): jeder Arbeitgeberwechsel ist der Ausländerbehörde mitzuteilen; sie kann ihn 30 Tage aussetzen und ablehnen, wenn die Voraussetzungen der Blauen Karte fehlen. Ab ${d.de(ends!)} entfällt die Mitteilung.`, en: `Month ${month} of ${noticeMonths} of Blue Card employment (since ${d.en(start)}): every change of employer must be notified to the immigration office, which may suspend it for 30 days and refuse it if the Blue Card conditions are not met. From ${d.en(ends!)} no notice is needed.` },
          '§ 82 Abs. 1 S. 6 AufenthG',
          // the 30-day suspension is attributed to § 18g Abs. 4 AufenthG, sentence UNCONFIRMED
          true,
        ),
      );
    } else {
      procedure = 'none';
      conditions.push(
        cond(
          'notice_period',
          'fact',
          true,
          { de: `Mehr als ${noticeMonths} Monate Beschäftigung mit Blauer Karte EU (seit ${d.de(start!)}): ein Arbeitgeberwechsel braucht weder Mitteilung noch Erlaubnis.`, en: `More than ${noticeMonths} months of Blue Card employment (since ${d.en(start!)}): a change of employer needs neither notice nor permission.` },
          '§ 82 Abs. 1 S. 6 AufenthG',
        ),
      );
    }
    if (t.employerRestriction === undefined && t.issuedOn < '2023-11-18') {
      hints.push({
        de: 'Blaue Karten, die vor dem 18.11.2023 erteilt wurden, nennen oft noch den Arbeitgeber; steht er im Zusatzblatt, muss die Ausländerbehörde die Beschränkung vor dem Wechsel ändern.',
        en: 'Blue Cards issued before 18 November 2023 often still name the employer; if the supplementary sheet does, the immigration office must amend it before the change.',
        ref: '§ 4a Abs. 3 AufenthG',
      });
    }
  } else if (t.id === '18a' || t.id === '18b' || t.id === '19c2-experience') {
    if (t.employerRestriction === false) {
      procedure = 'none';
      conditions.push(
        cond('employer_restriction', 'fact', true, { de: `Die ${name.de} ist nicht auf einen Arbeitgeber beschränkt: ein Wechsel braucht keine Erlaubnis.`, en: `The ${name.en} is not restricted to one employer: a change needs no permission.` }, '§ 4a Abs. 3 AufenthG'),
      );
    } else {
      procedure = null;
      conditions.push(
        cond('employer_restriction', 'fact', null, { de: 'Ob das Zusatzblatt die Beschäftigung auf einen Arbeitgeber beschränkt, ist nicht angegeben.', en: 'Whether the supplementary sheet restricts employment to one employer is not given.' }, '§ 4a Abs. 3 AufenthG'),
      );
    }
  } else {
    procedure = null;
    conditions.push(
      cond('title_type', 'fact', null, { de: `Den Arbeitgeberwechsel mit einer ${name.de} bildet der Check nicht ab.`, en: `The check does not model a change of employer on a ${name.en}.` }, t.id.startsWith('16d') ? '§ 16d AufenthG' : '§ 20a AufenthG'),
    );
  }

  hints.push(TRANSFER_HINT, NEW_JOB_HINT);
  if (f.expired) hints.push(expiredTitleHint(input));
  return finish({ id: 'employer-change', title: { de: 'Arbeitgeberwechsel', en: 'Change of employer' }, procedure, conditions, hints });
}

// ---- extension ----

export function extension(f: ResidenceFacts): MoveAssessment {
  const { input, date } = f;
  const t = input.currentTitle;
  const conditions: MoveCondition[] = [
    cond(
      'title_valid',
      'fact',
      !f.expired,
      f.expired
        ? { de: `Der Titel ist am ${d.de(t.validUntil)} abgelaufen; ein abgelaufener Titel kann nicht verlängert werden, nur neu beantragt.`, en: `The title expired on ${d.en(t.validUntil)}; an expired title cannot be extended, only applied for anew.` }
        : { de: `Der Titel gilt bis ${d.de(t.validUntil)}.`, en: `The title is valid until ${d.en(t.validUntil)}.` },
      '§ 8 Abs. 1 AufenthG',
    ),
    cond(
      'job',
      'fact',
      t.jobMeetsTitleConditions ?? null,
      t.jobMeetsTitleConditions === undefined
        ? { de: 'Ob die jetzige Stelle die Voraussetzungen des Titels am Entscheidungstag weiter erfüllt, ist nicht angegeben.', en: 'Whether the current job still meets the conditions of the title on the decision date is not given.' }
        : t.jobMeetsTitleConditions
          ? { de: `Die jetzige Stelle erfüllt die Voraussetzungen des Titels am ${d.de(date)}${isBlueCard(t.id) ? ' (Gehaltsgrenze des Entscheidungsjahres)' : ''}.`, en: `The current job meets the conditions of the title on ${d.en(date)}${isBlueCard(t.id) ? ' (salary threshold of the decision year)' : ''}.` }
          : { de: 'Die jetzige Stelle erfüllt die Voraussetzungen des Titels nicht mehr.', en: 'The current job no longer meets the conditions of the title.' },
      '§ 8 Abs. 1 AufenthG',
    ),
  ];
  if (t.id === '16d1-qualification' || t.id === '16d3-partnership') {
    const max = required(s16dMaxMonths, date).value;
    const held = contributionMonths(spansOf(f, (x) => x === '16d1-qualification' || x === '16d3-partnership'), date);
    conditions.push(
      cond(
        'max_duration',
        'fact',
        held < max,
        held < max
          ? { de: `${held} von höchstens ${max} Monaten mit einem Titel nach § 16d: eine Verlängerung ist bis zur Höchstdauer möglich.`, en: `${held} of at most ${max} months on a § 16d title: it can be extended up to the maximum.` }
          : { de: `${held} Monate mit einem Titel nach § 16d: die Höchstdauer von ${max} Monaten ist erreicht.`, en: `${held} months on a § 16d title: the maximum of ${max} months is reached.` },
        t.id === '16d1-qualification' ? '§ 16d Abs. 1 AufenthG' : '§ 16d Abs. 3 AufenthG',
      ),
    );
  }
  const hints: MoveHint[] = [];
  if (!f.expired) {
    hints.push({
      de: `Die Verlängerung vor dem ${d.de(t.validUntil)} beantragen: ein rechtzeitiger Antrag lässt den Titel bis zur Entscheidung fortgelten.`,
      en: `Apply for the extension before ${d.en(t.validUntil)}: an application in time keeps the title in force until the decision.`,
      ref: '§ 81 Abs. 4 S. 1 AufenthG',
    });
  }
  return finish({ id: 'extension', title: { de: 'Verlängerung des Titels', en: 'Extension of the current title' }, conditions, hints });
}

// ---- purpose change into employment ----

/** The check-v1 routes a switch into employment may lead to, in the contract's preference order. */
export const TARGET_ROUTES: readonly RouteId[] = ['18g-standard', '18g-shortage', '18g-new-entrant', '18g-it', '18b', '18a', '19c2-experience'];

/**
 * The CheckInput of contract v1 for the new job: the person as now, no longer on a first title in Germany. Absent
 * qualification or experience become "none" and "[]": they can only close routes, which then count as unknown.
 */
export function newJobCheckInput(input: ResidenceInput): CheckInput {
  const p = input.person;
  const c: CheckInput = {
    decisionDate: input.decisionDate,
    person: { birthDate: p.birthDate, citizenship: p.citizenship, german: p.german, english: p.english, firstTitleInGermany: false },
    qualification: input.qualification ?? { level: 'none', germanAssessment: 'none' },
    experience: input.experience ?? [],
  };
  if (input.newJob !== undefined) c.job = input.newJob;
  return c;
}

export function purposeChange(f: ResidenceFacts): MoveAssessment {
  const { input } = f;
  const t = input.currentTitle;
  const name = titleName(t.id);
  const applies = t.id.startsWith('20a-') || t.id.startsWith('16d');
  const titleRef = t.id.startsWith('20a-') ? '§ 20a AufenthG' : '§ 16d AufenthG';
  const title = { de: 'Wechsel in einen Titel zur Beschäftigung', en: 'Switch to an employment title in Germany' };
  const hints: MoveHint[] = [];
  if (f.expired) hints.push(expiredTitleHint(input));
  if (!applies) {
    return finish({
      id: 'purpose-change-employment',
      title,
      targetRoute: null,
      conditions: [
        cond('title_type', 'fact', false, { de: `Die ${name.de} ist bereits ein Titel zur Beschäftigung; der Wechsel betrifft Chancenkarte und § 16d.`, en: `The ${name.en} is already an employment title; the switch concerns the Chancenkarte and § 16d.` }, titleRef),
      ],
      hints,
    });
  }
  const conditions: MoveCondition[] = [
    cond('title_type', 'fact', true, { de: `Aus der ${name.de} ist ein Wechsel in einen Titel zur Beschäftigung im Inland möglich.`, en: `From the ${name.en} a switch to an employment title is possible in Germany.` }, titleRef),
  ];
  if (input.newJob === undefined) {
    conditions.push(
      cond('new_job', 'fact', null, { de: 'Es liegt noch kein konkretes Arbeitsplatzangebot vor; ohne die neue Stelle lässt sich der Wechsel nicht prüfen.', en: 'There is no concrete job offer yet; without the new job the switch cannot be checked.' }, '§ 18 Abs. 2 Nr. 1 AufenthG'),
    );
    return finish({ id: 'purpose-change-employment', title, targetRoute: null, conditions, hints });
  }
  conditions.push(cond('new_job', 'fact', true, { de: `Konkretes Arbeitsplatzangebot (ISCO ${input.newJob.isco}).`, en: `A concrete job offer (ISCO ${input.newJob.isco}).` }, '§ 18 Abs. 2 Nr. 1 AufenthG'));

  // the real pathway check of contract v1
  const decision = decide(newJobCheckInput(input));
  const routes = TARGET_ROUTES.map((id) => decision.routes.find((r) => r.id === id)!);
  const target = routes.find((r) => r.outcome === 'eligible');
  const unknown = routes.filter((r) => r.outcome === 'unknown');
  let targetRoute: RouteId | null = null;
  let discretionary = false;
  if (target !== undefined) {
    targetRoute = target.id;
    discretionary = target.discretionary;
    conditions.push(
      cond('target_route', 'fact', true, { de: `Die neue Stelle erfüllt den Weg ${target.id} (${target.title.de}) nach dem Aufenthaltswege-Check.`, en: `The new job meets route ${target.id} (${target.title.en}) by the pathway check.` }, target.ref),
    );
  } else {
    const failed = (r: (typeof routes)[number]) => r.conditions.filter((c) => c.met === false).map((c) => c.id);
    const list = routes.map((r) => `${r.id}: ${r.outcome}${r.outcome === 'ineligible' ? ` (${failed(r).join(', ')})` : ''}`).join('; ');
    const incomplete = input.qualification === undefined || input.experience === undefined;
    const met = unknown.length > 0 || incomplete ? null : false;
    conditions.push(
      cond(
        'target_route',
        'fact',
        met,
        met === null
          ? { de: `Kein Weg zur Beschäftigung ist sicher erfüllt, mindestens einer ist offen (${list})${incomplete ? '; Qualifikation oder Berufserfahrung fehlen in der Eingabe' : ''}.`, en: `No employment route is certainly met, at least one is open (${list})${incomplete ? '; qualification or experience is missing from the input' : ''}.` }
          : { de: `Die neue Stelle erfüllt keinen der Wege 18g-*, 18b, 18a, 19c2-experience (${list}).`, en: `The new job meets none of the routes 18g-*, 18b, 18a, 19c2-experience (${list}).` },
        '§ 18 Abs. 2 AufenthG',
      ),
    );
  }
  return finish({ id: 'purpose-change-employment', title, discretionary, targetRoute, conditions, hints });
}
