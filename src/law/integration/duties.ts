// The duties after arrival (recognition-integration-facts.md § 4.1) as a pure function of the case's facts: every
// duty with its owner, its legal deadline where the law sets one (computed here), the statute cited to the sentence,
// and `unconfirmed` where the fact sheet knows the rule only from general knowledge of the statute.
//
// Counting (BGB): a period that starts with an event during a day (moving in, learning of the end of an employment)
// does not count that day and ends with the same-named day of the last week or month (§ 187 Abs. 1, § 188 Abs. 2
// BGB): moved in on a Tuesday, registered by the Tuesday two weeks later. A period that starts at the beginning of a
// day (the first day of employment) counts that day and ends the day before (§ 187 Abs. 2, § 188 Abs. 2 BGB). Where a
// month has no such day, the period ends with the month's last day (§ 188 Abs. 3 BGB; addMonths does that).
//
// Unknown, never a guess: a duty whose anchor date the case does not record has no date and names what is missing.

import { addDays, addMonths, ageOn, isIsoDate } from '../dates.ts';
import { valueAt } from '../parameters/parameter.ts';
import type { Parameter, Reference } from '../parameters/parameter.ts';
import type { Text } from '../types.ts';
import { blueCardNoticeMonths } from '../residence/parameters.ts';
import * as P from './parameters.ts';

export const DUTY_IDS = [
  'registration',
  'tax_id',
  'health_insurance',
  'social_insurance',
  'bank_account',
  'residence_permit',
  'employer_title_copy',
  'employer_early_end',
  'employee_early_end',
  'blue_card_change_notice',
  'integration_course',
  'driving_licence',
  'stays_abroad',
  'school',
  'childcare',
] as const;
export type DutyId = (typeof DUTY_IDS)[number];

/** who must act: the employee, the employer, or the employee as parent */
export type DutyOwner = 'employee' | 'employer';

/** what the case's title is, as far as these duties care */
export type TitleKind = 'blue_card' | 'skilled_worker' | 'other_employment' | 'other';

export interface OnboardingFacts {
  /** day 0: the entry, or moving into the flat in Germany (ISO date) */
  arrivalDate: string;
  /** the first day of employment (ISO date), if known */
  employmentStart?: string | null;
  /** the last day the national visa is valid (ISO date), if known */
  visaValidUntil?: string | null;
  /** the title the person holds or will hold; undefined: not known */
  titleKind?: TitleKind;
  /** whether the person holds a driving licence of a non-EU/EEA state; undefined: not known */
  foreignDrivingLicence?: boolean;
  /** the Land of residence (ISO 3166-2, e.g. "DE-RP"); school law is Land law */
  federalState?: string;
  /** the birth dates of the children who move with the person */
  childrenBirthDates?: readonly string[];
}

export type Due =
  /** a legal deadline computed from the facts */
  | { kind: 'date'; date: string }
  /** the deadline depends on a date the case does not record */
  | { kind: 'unknown'; missing: 'employmentStart' | 'visaValidUntil' }
  /** a duty that runs from an event that has not happened (e.g. the end of the employment) */
  | { kind: 'on_event'; days: number }
  /** no deadline: as soon as possible, or for as long as the employment lasts */
  | { kind: 'none' };

export interface Duty {
  id: DutyId;
  owner: DutyOwner;
  title: Text;
  due: Due;
  /** the rule, with the numbers used */
  why: Text;
  /** the statute, cited to the sentence ("§ 17 Abs. 1 BMG") */
  norm: string;
  /** the primary source; null where Lotse holds none (the duty is then unconfirmed) */
  reference: Reference | null;
  /** secondary sources that confirm it */
  alsoSee?: readonly Reference[];
  /** the fact sheet knows the rule only from general knowledge of the statute, or marks it UNCONFIRMED */
  unconfirmed: boolean;
  /** for duties about one child: the child's age on the arrival date */
  childAge?: number;
}

/** The value of a period parameter on `date`, or undefined before the rule applied. */
function periodOn(p: Parameter<number>, date: string): { value: number; unconfirmed: boolean } | undefined {
  const v = valueAt(p, date);
  return v === undefined ? undefined : { value: v.value, unconfirmed: v.unconfirmed === true };
}

/** A field of the facts that is not an ISO date: its name, for an error that names the field. */
export function invalidOnboardingField(f: OnboardingFacts): string | null {
  if (!isIsoDate(f.arrivalDate)) return 'arrivalDate';
  for (const k of ['employmentStart', 'visaValidUntil'] as const) {
    const v = f[k];
    if (v !== undefined && v !== null && !isIsoDate(v)) return k;
  }
  const kids = f.childrenBirthDates ?? [];
  for (let i = 0; i < kids.length; i++) if (!isIsoDate(kids[i]) || kids[i]! > f.arrivalDate) return `childrenBirthDates/${i}`;
  return null;
}

/**
 * The end of a period of `n` months that starts with an event on `iso` (§ 187 Abs. 1, § 188 Abs. 2 BGB): the day of
 * the last month with the same number, or that month's last day when it has none (§ 188 Abs. 3 BGB).
 */
function monthsAfterEvent(iso: string, n: number): string {
  const d = addMonths(iso, n);
  return d.slice(8, 10) === iso.slice(8, 10) ? d : addDays(d, -1);
}

const fmt = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** Every duty after arrival that applies to these facts, dated ones first in date order, then the rest in a fixed order. */
export function onboardingDuties(f: OnboardingFacts): Duty[] {
  const bad = invalidOnboardingField(f);
  if (bad !== null) throw new RangeError(`invalid onboarding facts: ${bad}`);
  const out: Duty[] = [];
  const arrival = f.arrivalDate;
  const start = f.employmentStart ?? null;
  const employment = f.titleKind === undefined || f.titleKind !== 'other';

  const reg = periodOn(P.registrationDays, arrival);
  if (reg !== undefined) {
    const date = addDays(arrival, reg.value);
    out.push({
      id: 'registration',
      owner: 'employee',
      title: { de: 'Wohnsitz anmelden (Bürgeramt)', en: 'Register the address (Bürgeramt)' },
      due: { kind: 'date', date },
      why: {
        de: `Anmeldung innerhalb von ${reg.value} Tagen nach dem Einzug am ${fmt(arrival)}, also bis ${fmt(date)}; mit der Wohnungsgeberbestätigung des Vermieters.`,
        en: `Register within ${reg.value} days of moving in on ${fmt(arrival)}, i.e. by ${fmt(date)}; bring the landlord's confirmation (Wohnungsgeberbestätigung).`,
      },
      norm: '§ 17 Abs. 1 BMG',
      reference: P.REF_BMG_17,
      unconfirmed: reg.unconfirmed,
    });
  }

  out.push({
    id: 'tax_id',
    owner: 'employee',
    title: { de: 'Steuer-Identifikationsnummer an den Arbeitgeber geben', en: 'Give the tax identification number to the employer' },
    due: { kind: 'none' },
    why: {
      de: 'Das Bundeszentralamt für Steuern schickt die Steuer-ID nach der Anmeldung per Post; der Arbeitgeber braucht sie für die Lohnsteuer.',
      en: 'The Federal Central Tax Office sends the tax ID by post after the registration; the employer needs it for the wage tax.',
    },
    norm: '§ 139b AO',
    reference: P.REF_AO_139B,
    unconfirmed: true,
  });

  if (employment) {
    const choice = start === null ? undefined : periodOn(P.healthInsuranceChoiceDays, start);
    out.push({
      id: 'health_insurance',
      owner: 'employee',
      title: { de: 'Krankenkasse wählen', en: 'Choose a health insurer' },
      due: start === null ? { kind: 'unknown', missing: 'employmentStart' } : choice === undefined ? { kind: 'none' } : { kind: 'date', date: addDays(start, choice.value - 1) },
      why:
        start === null || choice === undefined
          ? {
              de: 'Versicherungsschutz ab dem ersten Arbeitstag; die Krankenkasse ist binnen zwei Wochen nach Beginn zu wählen, sonst meldet der Arbeitgeber an. Der erste Arbeitstag fehlt im Fall.',
              en: 'Cover from the first day of work; choose an insurer within two weeks of the start, otherwise the employer registers the employee. The case does not record the first day of work.',
            }
          : {
              de: `Versicherungsschutz ab dem ersten Arbeitstag (${fmt(start)}); Wahl binnen ${choice.value} Tagen, also bis ${fmt(addDays(start, choice.value - 1))}, sonst meldet der Arbeitgeber an.`,
              en: `Cover from the first day of work (${fmt(start)}); choose within ${choice.value} days, i.e. by ${fmt(addDays(start, choice.value - 1))}, otherwise the employer registers the employee.`,
            },
      norm: '§ 175 Abs. 3 SGB V',
      reference: P.REF_SGB5_175,
      unconfirmed: choice?.unconfirmed ?? true,
    });

    const sv = start === null ? undefined : periodOn(P.socialInsuranceRegistrationDays, start);
    out.push({
      id: 'social_insurance',
      owner: 'employer',
      title: { de: 'Zur Sozialversicherung anmelden', en: 'Register for social insurance' },
      due: start === null ? { kind: 'unknown', missing: 'employmentStart' } : sv === undefined ? { kind: 'none' } : { kind: 'date', date: addDays(start, sv.value - 1) },
      why:
        start === null || sv === undefined
          ? {
              de: 'Anmeldung mit der ersten Lohnabrechnung, spätestens sechs Wochen nach Beschäftigungsbeginn; ohne Versicherungsnummer vergibt die Rentenversicherung eine. Der erste Arbeitstag fehlt im Fall.',
              en: 'Register with the first payroll, at the latest six weeks after the start; without a social insurance number the pension insurance assigns one. The case does not record the first day of work.',
            }
          : {
              de: `Anmeldung mit der ersten Lohnabrechnung, spätestens ${sv.value} Tage nach Beginn am ${fmt(start)}, also bis ${fmt(addDays(start, sv.value - 1))}.`,
              en: `Register with the first payroll, at the latest ${sv.value} days after the start on ${fmt(start)}, i.e. by ${fmt(addDays(start, sv.value - 1))}.`,
            },
      norm: '§ 28a SGB IV i. V. m. § 6 DEÜV',
      reference: P.REF_DEUEV_6,
      unconfirmed: sv?.unconfirmed ?? true,
    });

    out.push({
      id: 'bank_account',
      owner: 'employee',
      title: { de: 'Girokonto eröffnen', en: 'Open a bank account' },
      due: { kind: 'none' },
      why: {
        de: 'Für das Gehalt; wer sich rechtmäßig in der EU aufhält, hat Anspruch auf ein Basiskonto.',
        en: 'For the salary; anyone lawfully resident in the EU is entitled to a basic account.',
      },
      norm: '§ 31 ZKG',
      reference: P.REF_ZKG_31,
      unconfirmed: true,
    });
  }

  const visa = f.visaValidUntil ?? null;
  out.push({
    id: 'residence_permit',
    owner: 'employee',
    title: { de: 'Aufenthaltstitel bei der Ausländerbehörde beantragen', en: 'Apply for the residence permit at the immigration office' },
    due: visa === null ? { kind: 'unknown', missing: 'visaValidUntil' } : { kind: 'date', date: visa },
    why:
      visa === null
        ? {
            de: 'Der Antrag muss gestellt sein, bevor das Visum abläuft; dann gilt es bis zur Entscheidung fort. Die Gültigkeit des Visums fehlt im Fall.',
            en: 'The application must be filed before the visa expires; the visa then stays in force until the decision. The case does not record the visa’s validity.',
          }
        : {
            de: `Antrag spätestens am letzten Gültigkeitstag des Visums (${fmt(visa)}); dann gilt es bis zur Entscheidung fort (Fiktionsbescheinigung). Ein abgelaufener Titel kann nicht verlängert werden.`,
            en: `Apply at the latest on the visa’s last day (${fmt(visa)}); it then stays in force until the decision (Fiktionsbescheinigung). An expired title cannot be extended.`,
          },
    norm: '§ 81 Abs. 4 S. 1 AufenthG',
    reference: P.REF_AUFENTHG_81,
    unconfirmed: false,
  });

  if (employment) {
    out.push({
      id: 'employer_title_copy',
      owner: 'employer',
      title: { de: 'Aufenthaltstitel prüfen und Kopie aufbewahren', en: 'Check the residence title and keep a copy' },
      due: start === null ? { kind: 'unknown', missing: 'employmentStart' } : { kind: 'date', date: start },
      why: {
        de: `Vor Beginn der Beschäftigung${start === null ? '' : ` (${fmt(start)})`} prüfen, ob der Titel diese Beschäftigung erlaubt; eine Kopie für die gesamte Dauer der Beschäftigung aufbewahren (elektronisch oder auf Papier).`,
        en: `Before the employment starts${start === null ? '' : ` (${fmt(start)})`}, check that the title allows this employment; keep a copy for the whole duration of the employment (electronic or paper).`,
      },
      norm: '§ 4a Abs. 5 S. 3 Nr. 1 und 2 AufenthG',
      reference: P.REF_AUFENTHG_4A,
      unconfirmed: false,
    });

    const employerEnd = periodOn(P.employerEarlyEndDays, arrival);
    if (employerEnd !== undefined) {
      out.push({
        id: 'employer_early_end',
        owner: 'employer',
        title: { de: 'Vorzeitiges Ende der Beschäftigung der Ausländerbehörde mitteilen', en: 'Report an early end of the employment to the immigration office' },
        due: { kind: 'on_event', days: employerEnd.value },
        why: {
          de: `Endet die Beschäftigung vorzeitig, teilt der Arbeitgeber das binnen ${employerEnd.value / 7} Wochen ab Kenntnis der Ausländerbehörde mit; ein Verstoß ist eine Ordnungswidrigkeit.`,
          en: `If the employment ends early, the employer reports it to the immigration office within ${employerEnd.value / 7} weeks of knowing; a breach is an administrative offence.`,
        },
        norm: '§ 4a Abs. 5 S. 3 Nr. 3 AufenthG',
        reference: P.REF_AUFENTHG_4A,
        unconfirmed: employerEnd.unconfirmed,
      });
    }
    const employeeEnd = periodOn(P.employeeEarlyEndDays, arrival);
    if (employeeEnd !== undefined) {
      out.push({
        id: 'employee_early_end',
        owner: 'employee',
        title: { de: 'Vorzeitiges Ende der Beschäftigung selbst mitteilen', en: 'Report an early end of the employment yourself' },
        due: { kind: 'on_event', days: employeeEnd.value },
        why: {
          de: `Auch die beschäftigte Person teilt ein vorzeitiges Ende binnen ${employeeEnd.value / 7} Wochen ab Kenntnis der Ausländerbehörde mit.`,
          en: `The employee, too, reports an early end to the immigration office within ${employeeEnd.value / 7} weeks of knowing.`,
        },
        norm: '§ 82 Abs. 6 AufenthG',
        reference: P.REF_AUFENTHG_82,
        unconfirmed: employeeEnd.unconfirmed,
      });
    }
  }

  if (f.titleKind === 'blue_card') {
    const from = start;
    const months = from === null ? undefined : valueAt(blueCardNoticeMonths, from);
    const until = from === null || months === undefined ? null : addDays(addMonths(from, months.value), -1);
    out.push({
      id: 'blue_card_change_notice',
      owner: 'employee',
      title: { de: 'Jeden Arbeitgeberwechsel anzeigen (Blaue Karte EU)', en: 'Notify every change of employer (EU Blue Card)' },
      due: from === null ? { kind: 'unknown', missing: 'employmentStart' } : until === null ? { kind: 'none' } : { kind: 'date', date: until },
      why:
        until === null || months === undefined || from === null
          ? {
              de: 'In den ersten 12 Monaten der Beschäftigung mit Blauer Karte ist jeder Arbeitgeberwechsel anzuzeigen; die Behörde kann ihn 30 Tage lang aussetzen.',
              en: 'In the first 12 months of Blue Card employment every change of employer must be notified; the office may suspend it for 30 days.',
            }
          : {
              de: `Bis ${fmt(until)} (${months.value} Monate ab ${fmt(from)}) ist jeder Arbeitgeberwechsel der Ausländerbehörde anzuzeigen; die Behörde kann ihn 30 Tage lang aussetzen.`,
              en: `Until ${fmt(until)} (${months.value} months from ${fmt(from)}) every change of employer must be notified to the immigration office; it may suspend the change for 30 days.`,
            },
      norm: '§ 82 Abs. 1 S. 6 AufenthG',
      reference: months?.reference ?? P.REF_AUFENTHG_82,
      unconfirmed: months?.unconfirmed === true,
    });
  }

  out.push({
    id: 'integration_course',
    owner: 'employee',
    title: { de: 'Integrationskurs oder Berufssprachkurs klären', en: 'Settle the integration course or job-related language course' },
    due: { kind: 'none' },
    why: {
      de: 'Mit dem ersten Aufenthaltstitel zur Beschäftigung besteht in der Regel ein Anspruch auf den Integrationskurs (Bescheinigung der Ausländerbehörde); eine Pflicht nur, wenn die Behörde sie anordnet.',
      en: 'The first residence title for employment usually gives an entitlement to the integration course (certificate from the immigration office); an obligation only if the office orders it.',
    },
    norm: '§ 44 Abs. 1 AufenthG',
    reference: P.REF_AUFENTHG_44,
    unconfirmed: false,
  });

  if (f.foreignDrivingLicence === true) {
    const lic = periodOn(P.foreignLicenceMonths, arrival);
    if (lic !== undefined) {
      const date = monthsAfterEvent(arrival, lic.value);
      out.push({
        id: 'driving_licence',
        owner: 'employee',
        title: { de: 'Ausländischen Führerschein umschreiben', en: 'Convert the foreign driving licence' },
        due: { kind: 'date', date },
        why: {
          de: `Der ausländische Führerschein gilt ${lic.value} Monate ab dem Wohnsitz in Deutschland (${fmt(arrival)}), also bis ${fmt(date)}; danach nur mit deutscher Fahrerlaubnis. Staaten der Anlage 11 FeV: Umschreibung ganz oder teilweise ohne Prüfung, sonst Theorie- und Praxisprüfung.`,
          en: `The foreign licence is valid for ${lic.value} months from taking up residence in Germany (${fmt(arrival)}), i.e. until ${fmt(date)}; after that only with a German licence. States in Annex 11 FeV: conversion fully or partly without tests, otherwise a theory and a practical test.`,
        },
        norm: '§ 29 Abs. 1 FeV',
        reference: P.REF_FEV_29,
        unconfirmed: lic.unconfirmed,
      });
    }
  }

  const abroad = periodOn(P.absenceMonths, arrival);
  if (abroad !== undefined) {
    out.push({
      id: 'stays_abroad',
      owner: 'employee',
      title: { de: 'Längere Auslandsaufenthalte vorher klären', en: 'Settle longer stays abroad beforehand' },
      due: { kind: 'none' },
      why: {
        de: `Ein Titel erlischt in der Regel nach mehr als ${abroad.value} Monaten im Ausland, wenn die Ausländerbehörde keine längere Frist bestimmt hat.`,
        en: `A title usually expires after more than ${abroad.value} months abroad unless the immigration office set a longer period.`,
      },
      norm: '§ 51 Abs. 1 Nr. 7 AufenthG',
      reference: P.REF_AUFENTHG_51,
      unconfirmed: abroad.unconfirmed,
    });
  }

  for (const birth of f.childrenBirthDates ?? []) {
    const age = ageOn(birth, arrival);
    if (age >= 6 && age < 18) {
      const rlp = f.federalState === 'DE-RP';
      out.push({
        id: 'school',
        owner: 'employee',
        title: { de: `Kind (${age} Jahre) an der Schule anmelden`, en: `Register the child (aged ${age}) at a school` },
        due: { kind: 'none' },
        why: rlp
          ? {
              de: 'Schulpflicht besteht für alle Kinder mit Wohnsitz oder gewöhnlichem Aufenthalt in Rheinland-Pfalz; die Eltern melden das Kind bei der Schule des Schulbezirks an.',
              en: 'Schooling is compulsory for every child whose residence or habitual abode is in Rhineland-Palatinate; the parents register the child with the school of the school district.',
            }
          : {
              de: 'Die Schulpflicht regelt das Schulgesetz des Landes; die Eltern melden das Kind nach der Anmeldung des Wohnsitzes bei der Schule an.',
              en: 'Compulsory schooling is set by the Land’s school act; the parents register the child with a school after registering the address.',
            },
        norm: rlp ? '§ 56 Abs. 1 SchulG RLP' : 'Schulgesetz des Landes',
        reference: rlp ? P.REF_SCHULG_RLP_56 : null,
        ...(rlp ? { alsoSee: P.ALSO_SCHULG_RLP_56 } : {}),
        unconfirmed: !rlp,
        childAge: age,
      });
    } else if (age >= 1 && age < 6) {
      out.push({
        id: 'childcare',
        owner: 'employee',
        title: { de: `Betreuungsplatz für das Kind (${age} Jahre) anmelden`, en: `Apply for a childcare place for the child (aged ${age})` },
        due: { kind: 'none' },
        why: {
          de: 'Ab dem ersten Geburtstag besteht ein Rechtsanspruch auf einen Betreuungsplatz; beim Jugendamt oder der Kita früh anmelden.',
          en: 'From the first birthday there is a legal entitlement to a childcare place; apply early with the youth welfare office or the day-care centre.',
        },
        norm: '§ 24 Abs. 2 SGB VIII',
        reference: P.REF_SGB8_24,
        unconfirmed: true,
        childAge: age,
      });
    }
  }

  return sortDuties(out);
}

function sortDuties(list: Duty[]): Duty[] {
  const rank = (d: Duty): number => (d.due.kind === 'date' ? 0 : d.due.kind === 'unknown' ? 1 : d.due.kind === 'on_event' ? 2 : 3);
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const r = rank(a.d) - rank(b.d);
      if (r !== 0) return r;
      if (a.d.due.kind === 'date' && b.d.due.kind === 'date' && a.d.due.date !== b.d.due.date) return a.d.due.date < b.d.due.date ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.d);
}
