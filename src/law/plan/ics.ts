// The process plan as an iCalendar file (RFC 5545): one all-day event per milestone and per statutory deadline.
// Pure: the time stamp (DTSTAMP) comes from the caller. Lines end in CRLF and are folded at 75 octets without
// splitting a UTF-8 character; TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 § 3.3.11).

import { addDays } from '../dates.ts';
import { dateDe, dateEn, eurDe, eurEn, VERIFY } from '../format.ts';
import { refEn } from '../citation.ts';
import type { Text } from '../types.ts';
import type { Lang, Milestone, Payer, Plan, PlanStep } from './types.ts';

export interface IcsOptions {
  lang: Lang;
  /** domain part of every UID, e.g. "lotse.example.org" */
  uidDomain: string;
  /** creation time of the file (DTSTAMP) */
  now: Date | string;
  /** stable id of the plan (e.g. a case id); default: route, procedure and start date */
  planId?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 § 3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Folds a content line into lines of at most 75 octets (continuations start with one space, which counts). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (octets + n > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function basicDate(iso: string): string {
  return iso.replace(/-/g, '');
}

function stamp(now: Date | string): string {
  const d = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(d.getTime())) throw new RangeError(`invalid time stamp: ${String(now)}`);
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
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

interface Event {
  uid: string;
  date: string;
  summary: string;
  description: string;
}

function milestoneEvent(plan: Plan, m: Milestone, key: string, opts: IcsOptions): Event {
  const step = plan.steps.find((s) => s.id === m.stepId)!;
  return {
    uid: `${key}-milestone-${m.id}@${opts.uidDomain}`,
    date: m.date,
    summary: m.title[opts.lang],
    description: stepDetails(step, opts.lang).join('\n'),
  };
}

function deadlineEvent(step: PlanStep, key: string, opts: IcsOptions): Event {
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

/** The plan as RFC 5545 text: one all-day VEVENT per milestone and per statutory deadline. */
export function planToIcs(plan: Plan, opts: IcsOptions): string {
  if (!/^[A-Za-z0-9.-]+$/.test(opts.uidDomain)) throw new RangeError(`invalid UID domain: ${opts.uidDomain}`);
  const key = sanitiseId(opts.planId ?? `lotse-plan-${plan.routeId}-${plan.procedure}-${plan.startDate}`);
  const dtstamp = stamp(opts.now);
  const events: Event[] = [
    ...plan.milestones.map((m) => milestoneEvent(plan, m, key, opts)),
    ...plan.steps.filter((s) => s.deadline !== undefined).map((s) => deadlineEvent(s, key, opts)),
  ];
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1));

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    `PRODID:-//Lotse//Process plan//${opts.lang.toUpperCase()}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
