// The process plan's calendar entries: one all-day event per milestone and per statutory deadline, with a stable UID,
// a summary and a description in one language. Pure data: writing them as an iCalendar file (RFC 5545) with its time
// stamp, escaping and line folding is src/app/calendar/writeCalendar.ts's job (decision 020).

import { dateDe, dateEn, eurDe, eurEn, VERIFY } from '../format.ts';
import { refEn } from '../citation.ts';
import type { Text } from '../types.ts';
import type { Lang, Milestone, Payer, Plan, PlanStep } from './types.ts';

export interface PlanEventOptions {
  lang: Lang;
  /** domain part of every UID, e.g. "lotse.example.org" */
  uidDomain: string;
  /** stable id of the plan (e.g. a case id); default: route, procedure and start date */
  planId?: string;
}

/** One all-day entry of the plan's calendar. */
export interface PlanEvent {
  /** globally unique and stable: the same plan exported again gives the same UIDs */
  uid: string;
  /** the day, YYYY-MM-DD */
  date: string;
  summary: string;
  /** lines separated by "\n" */
  description: string;
}

function sanitiseId(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '-');
}

const PAYER: Record<Payer, Text> = {
  company: { de: 'Arbeitgeber', en: 'employer' },
  candidate: { de: 'Fachkraft', en: 'skilled worker' },
  either: { de: 'Arbeitgeber oder Fachkraft', en: 'employer or skilled worker' },
};

function stepDetails(step: PlanStep, lang: Lang): string[] {
  const date = lang === 'de' ? dateDe : dateEn;
  const eur = lang === 'de' ? eurDe : eurEn;
  const lines: string[] = [step.description[lang]];
  const a = step.authority;
  if (a) {
    if (a.known) lines.push(`${lang === 'de' ? 'Zuständig' : 'Authority'}: ${a.name[lang]}${a.unconfirmed ? VERIFY[lang] : ''}`);
    else lines.push(`${lang === 'de' ? 'Zuständig' : 'Authority'}: ${a.role[lang]}. ${a.note[lang]}`);
  }
  lines.push(
    lang === 'de'
      ? `Geschätzt: ${date(step.end)} (frühestens ${date(step.earliestEnd)}, spätestens ${date(step.latestEnd)})`
      : `Estimated: ${date(step.end)} (earliest ${date(step.earliestEnd)}, latest ${date(step.latestEnd)})`,
  );
  if (step.fee) {
    const f = step.fee;
    const amount =
      f.eur === null
        ? lang === 'de'
          ? 'Betrag unbekannt'
          : 'amount unknown'
        : f.eur.min === f.eur.max
          ? eur(f.eur.min)
          : `${eur(f.eur.min)} – ${eur(f.eur.max)}`;
    const unconfirmed = f.unconfirmed || f.payerUnconfirmed ? VERIFY[lang] : '';
    lines.push(`${lang === 'de' ? 'Gebühr' : 'Fee'}: ${amount}, ${lang === 'de' ? 'zahlt' : 'paid by'} ${PAYER[f.payer][lang]} (${lang === 'de' ? f.norm : refEn(f.norm)})${unconfirmed}`);
  }
  if (step.documents.length > 0) {
    lines.push(`${lang === 'de' ? 'Unterlagen' : 'Documents'}: ${step.documents.map((d) => d.label[lang]).join('; ')}`);
  }
  return lines;
}

function milestoneEvent(plan: Plan, m: Milestone, key: string, opts: PlanEventOptions): PlanEvent {
  const step = plan.steps.find((s) => s.id === m.stepId)!;
  return {
    uid: `${key}-milestone-${m.id}@${opts.uidDomain}`,
    date: m.date,
    summary: m.title[opts.lang],
    description: stepDetails(step, opts.lang).join('\n'),
  };
}

function deadlineEvent(step: PlanStep, key: string, opts: PlanEventOptions): PlanEvent {
  const d = step.deadline!;
  const lang = opts.lang;
  const ref = lang === 'de' ? d.ref : refEn(d.ref);
  return {
    uid: `${key}-deadline-${step.id}@${opts.uidDomain}`,
    date: d.date,
    summary: `${lang === 'de' ? 'Frist' : 'Deadline'}: ${step.title[lang]}`,
    description: [
      `${d.text[lang]} (${ref})`,
      lang === 'de'
        ? `Gesetzliche Frist, gerechnet ab dem ${dateDe(step.start)} (geplanter Beginn des Schritts).`
        : `Statutory deadline, counted from ${dateEn(step.start)} (the step’s planned start).`,
      ...stepDetails(step, lang).slice(1),
    ].join('\n'),
  };
}

/** The plan's events, in date order (then by UID): one per milestone and one per step with a statutory deadline. */
export function planEvents(plan: Plan, opts: PlanEventOptions): PlanEvent[] {
  if (!/^[A-Za-z0-9.-]+$/.test(opts.uidDomain)) throw new RangeError(`invalid UID domain: ${opts.uidDomain}`);
  const key = sanitiseId(opts.planId ?? `lotse-plan-${plan.routeId}-${plan.procedure}-${plan.startDate}`);
  const events: PlanEvent[] = [
    ...plan.milestones.map((m) => milestoneEvent(plan, m, key, opts)),
    ...plan.steps.filter((s) => s.deadline !== undefined).map((s) => deadlineEvent(s, key, opts)),
  ];
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1));
}
