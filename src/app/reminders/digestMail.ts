// The text of the reminder digests (issue 15): German for the office's advisers and the companies' users, English for
// the employee (candidate), who may not read German yet. Plain text, like Lotse's other mails (accounts/mail.ts).

import type { Mail } from '../accounts/mail.ts';
import { publicLink } from '../accounts/mail.ts';
import type { AdviserDigest, CandidateDigest, CompanyDigest, Digest, DigestTask } from './buildDigests.ts';

const STATUS_DE: Record<string, string> = {
  advice: 'Beratung',
  recognition: 'Anerkennung',
  ba_approval: 'Zustimmung der BA',
  visa: 'Visum',
  entry: 'Einreise',
  residence_permit: 'Aufenthaltstitel',
  integration: 'Integration',
};

function dateDe(d: string): string {
  const [y, m, day] = d.split('-');
  return `${day}.${m}.${y}`;
}

function dateEn(d: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
}

function tasksDe(tasks: DigestTask[], publicUrl: string, casePath: (id: string) => string | null): string[] {
  return tasks.map((t) => {
    const path = casePath(t.caseId);
    return `- ${dateDe(t.dueOn)}  ${t.caseNumber}: ${t.title}${path ? `\n  ${publicLink(publicUrl, path)}` : ''}`;
  });
}

const SIGN_OFF_DE = (publicUrl: string) => [
  '',
  '---',
  `Diese Erinnerung schickt Lotse an Arbeitstagen um 6 Uhr. Täglich, wöchentlich (montags) oder gar nicht: ${publicLink(publicUrl, '/account')}`,
];

function adviserMail(d: AdviserDigest, publicUrl: string): Mail {
  const casePath = (id: string) => `/cases/${id}`;
  const lines = [`Guten Morgen${d.name ? ` ${d.name}` : ''},`, '', `Ihre Übersicht für den ${dateDe(d.date)}:`];
  if (d.overdue.length) lines.push('', `Überfällige Aufgaben (${d.overdue.length}):`, ...tasksDe(d.overdue, publicUrl, casePath));
  if (d.upcoming.length) lines.push('', `Demnächst fällige Aufgaben (${d.upcoming.length}):`, ...tasksDe(d.upcoming, publicUrl, casePath));
  if (d.stalled.length) {
    lines.push('', `Fälle ohne Bewegung (${d.stalled.length}):`);
    for (const c of d.stalled) lines.push(`- ${c.caseNumber}${c.candidateName ? ` (${c.candidateName})` : ''}: ${STATUS_DE[c.status] ?? c.status} seit ${dateDe(c.statusSince)}\n  ${publicLink(publicUrl, casePath(c.caseId))}`);
  }
  lines.push(...SIGN_OFF_DE(publicUrl));
  const n = d.overdue.length;
  return { to: d.email, subject: `Lotse: ${n > 0 ? `${n} überfällig, ` : ''}${d.upcoming.length} demnächst fällig, ${d.stalled.length} ohne Bewegung – ${dateDe(d.date)}`, text: lines.join('\n') };
}

function companyMail(d: CompanyDigest, publicUrl: string): Mail {
  const casePath = (id: string) => `/cases/${id}`;
  const lines = [`Guten Morgen${d.name ? ` ${d.name}` : ''},`, '', `die offenen Aufgaben von ${d.companyName} am ${dateDe(d.date)}:`];
  if (d.overdue.length) lines.push('', `Überfällig (${d.overdue.length}):`, ...tasksDe(d.overdue, publicUrl, casePath));
  if (d.upcoming.length) lines.push('', `Demnächst fällig (${d.upcoming.length}):`, ...tasksDe(d.upcoming, publicUrl, casePath));
  lines.push(...SIGN_OFF_DE(publicUrl));
  return { to: d.email, subject: `Lotse: offene Aufgaben von ${d.companyName} – ${dateDe(d.date)}`, text: lines.join('\n') };
}

/** The employee's digest; `link` is the personal link of this mail (its own token). */
export function candidateMail(d: CandidateDigest, link: string): Mail {
  const title = (t: DigestTask) => t.titleEn ?? t.title;
  const lines = [`Hello${d.name ? ` ${d.name}` : ''},`, '', 'here are your next steps for your move to Germany:'];
  if (d.overdue.length) lines.push('', 'Overdue:', ...d.overdue.map((t) => `- ${title(t)} (was due ${dateEn(t.dueOn)})`));
  if (d.upcoming.length) lines.push('', 'Coming up:', ...d.upcoming.map((t) => `- ${title(t)} (due ${dateEn(t.dueOn)})`));
  if (d.documents.length) lines.push('', 'Documents we still need from you:', ...d.documents.map((x) => `- ${x.labelEn ?? x.label}${x.status === 'rejected' ? ' (please send it again)' : ''}`));
  lines.push(
    '',
    'Your personal page with these steps (no account needed):',
    link,
    '',
    `The link works until ${dateEn(d.linkExpiresAt.toISOString().slice(0, 10))}. Keep it to yourself: whoever has it can see your next steps. If you have questions, reply to your adviser.`,
  );
  return { to: d.email, subject: 'Your next steps – Lotse', text: lines.join('\n') };
}

/** The mail of a staff digest (the employee's needs its own token: candidateMail). */
export function userDigestMail(d: Exclude<Digest, CandidateDigest>, publicUrl: string): Mail {
  return d.kind === 'adviser' ? adviserMail(d, publicUrl) : companyMail(d, publicUrl);
}
