// Reminders (issue 15): when digests go out (tables, Berlin time), who gets what, sending through a real SMTP server
// at most once per recipient and day (also across a "restart" and two concurrent runs), the employee's personal link
// and the users' choice of frequency. One database for the file; each test builds its own office ("world").

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, candidateLinks, candidates, caseDocuments, caseTasks, cases, digestLog } from '../../db/schema/index.ts';
import { ForbiddenError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { startTestSmtp } from '../../dev/smtpTesting.ts';
import type { TestSmtp } from '../../dev/smtpTesting.ts';
import { WorkspaceInputError } from '../common/errors.ts';
import { STALLED_DAYS } from '../cases/listCases.ts';
import { addDays, CANDIDATE_UPCOMING_DAYS, digestDayOf, receivesDigest, UPCOMING_DAYS } from './frequency.ts';
import type { Frequency } from './frequency.ts';
import { buildCandidateDigests, buildUserDigests } from './buildDigests.ts';
import type { Digest } from './buildDigests.ts';
import { sendDigests } from './sendDigests.ts';
import { setReminderFrequency } from './setReminderFrequency.ts';
import { getReminderFrequency } from './getReminderFrequency.ts';
import { CANDIDATE_LINK_TTL_DAYS, createCandidateLink, listCandidateLinks, revokeCandidateLink } from './candidateLinks.ts';
import { getNextSteps } from './getNextSteps.ts';
import { KEEP_DAYS, purgeReminders } from './purgeReminders.ts';

let db: TestDatabase;
let smtp: TestSmtp;
before(async () => {
  db = await openTestDb();
  smtp = await startTestSmtp();
});
after(async () => {
  await smtp.close();
  await db.destroy();
});

// --- schedule: tables --------------------------------------------------------------------------------------------

test('the digest day is the day in Berlin: date, ISO weekday and hour on both sides of midnight and of daylight saving', () => {
  const rows: Array<[string, string, number, number]> = [
    // instant (UTC)            Berlin date   weekday hour
    ['2026-12-06T22:59:59Z', '2026-12-06', 7, 23], // Sunday 23:59 in Berlin (CET, UTC+1)
    ['2026-12-06T23:00:00Z', '2026-12-07', 1, 0], // Monday 00:00 in Berlin, still Sunday in UTC
    ['2026-12-07T04:59:59Z', '2026-12-07', 1, 5],
    ['2026-12-07T05:00:00Z', '2026-12-07', 1, 6], // 06:00 CET
    ['2026-06-01T03:59:59Z', '2026-06-01', 1, 5], // summer time (CEST, UTC+2)
    ['2026-06-01T04:00:00Z', '2026-06-01', 1, 6],
    ['2026-12-04T22:59:59Z', '2026-12-04', 5, 23], // Friday 23:59
    ['2026-12-04T23:00:00Z', '2026-12-05', 6, 0], // Saturday 00:00
  ];
  for (const [at, date, weekday, hour] of rows) assert.deepEqual(digestDayOf(new Date(at)), { date, weekday, hour }, at);
});

test('who receives a digest: daily on working days, weekly on Mondays, off never, nobody before 06:00 Berlin', () => {
  const rows: Array<[string, string, Record<Frequency, boolean>]> = [
    ['2026-12-07T05:00:00Z', 'Monday 06:00', { daily: true, weekly: true, off: false }],
    ['2026-12-07T04:59:59Z', 'Monday 05:59', { daily: false, weekly: false, off: false }],
    ['2026-12-06T23:30:00Z', 'Monday 00:30 (Sunday in UTC)', { daily: false, weekly: false, off: false }],
    ['2026-12-08T05:00:00Z', 'Tuesday 06:00', { daily: true, weekly: false, off: false }],
    ['2026-12-11T16:00:00Z', 'Friday 17:00', { daily: true, weekly: false, off: false }],
    ['2026-12-12T05:00:00Z', 'Saturday 06:00', { daily: false, weekly: false, off: false }],
    ['2026-12-13T05:00:00Z', 'Sunday 06:00', { daily: false, weekly: false, off: false }],
    ['2026-12-13T23:00:00Z', 'Monday 00:00 (Sunday in UTC)', { daily: false, weekly: false, off: false }],
    ['2026-06-01T04:00:00Z', 'Monday 06:00 summer time', { daily: true, weekly: true, off: false }],
    ['2026-06-01T03:59:00Z', 'Monday 05:59 summer time', { daily: false, weekly: false, off: false }],
  ];
  for (const [at, label, expected] of rows) {
    const day = digestDayOf(new Date(at));
    for (const f of ['daily', 'weekly', 'off'] as const) assert.equal(receivesDigest(f, day), expected[f], `${label}, ${f}`);
  }
});

// --- an office with something due on both sides of every window -------------------------------------------------

let worldNo = 0;

interface World {
  tenantId: string;
  adviserA: Actor & { email: string };
  adviserB: Actor & { email: string };
  companyUser: Actor & { email: string };
  otherCompanyUser: Actor & { email: string };
  admin: Actor & { email: string };
  candidateId: string;
  candidateEmail: string;
  activeCase: string;
  stalledCase: string;
}

/** An office whose dates lie around `today` (YYYY-MM-DD): the expected digests are written next to each row. */
async function makeWorld(today: string): Promise<World> {
  worldNo += 1;
  const d = `w${worldNo}.example`;
  const { tenantId, companyA, companyB } = await makeTenant(db.db, `Servicestelle ${worldNo}`);
  const adviserA = await makeUser(db.db, tenantId, 'adviser', `a@${d}`, { name: 'Anna Berater' });
  const adviserB = await makeUser(db.db, tenantId, 'adviser', `b@${d}`, { name: 'Bernd Berater' });
  const companyUser = await makeUser(db.db, tenantId, 'company', `firma@${d}`, { companyId: companyA, name: 'Frieda Firma' });
  const otherCompanyUser = await makeUser(db.db, tenantId, 'company', `andere@${d}`, { companyId: companyB });
  const admin = await makeUser(db.db, tenantId, 'admin', `admin@${d}`);
  const candidateEmail = `priya@${d}`;
  const [cand] = await db.db.insert(candidates).values({ tenantId, companyId: companyA, name: 'Priya Raman', email: candidateEmail }).returning({ id: candidates.id });
  const candidateId = cand!.id;
  let seq = 0;
  const makeCase = async (opts: { adviser: string; status?: string; statusSince: string }) => {
    seq += 1;
    const [c] = await db.db
      .insert(cases)
      .values({
        tenantId,
        companyId: companyA,
        candidateId,
        number: `W${worldNo}-2026-${seq}`,
        numberYear: 2026,
        numberSeq: seq,
        routeId: '18b',
        startDate: '2026-10-01',
        pipeline: ['advice', 'visa', 'closed'],
        status: opts.status ?? 'visa',
        statusSince: opts.statusSince,
        adviserUserId: opts.adviser,
      })
      .returning({ id: cases.id });
    return c!.id;
  };
  const activeCase = await makeCase({ adviser: adviserA.userId, statusSince: addDays(today, -2) });
  const stalledCase = await makeCase({ adviser: adviserB.userId, statusSince: addDays(today, -STALLED_DAYS - 1) });
  const closedCase = await makeCase({ adviser: adviserA.userId, status: 'closed', statusSince: addDays(today, -1) });
  const adminCase = await makeCase({ adviser: admin.userId, statusSince: addDays(today, -1) });
  const task = (caseId: string, owner: string, title: string, dueOn: string | null, extra: Partial<typeof caseTasks.$inferInsert> = {}) => ({ tenantId, caseId, owner, title, titleEn: `${title} (en)`, dueOn, ...extra });
  await db.db.insert(caseTasks).values([
    task(activeCase, 'adviser', 'A überfällig', addDays(today, -1)),
    task(activeCase, 'adviser', 'A heute', today),
    task(activeCase, 'adviser', 'A letzter Tag', addDays(today, UPCOMING_DAYS - 1)),
    task(activeCase, 'adviser', 'A zu spät für die Übersicht', addDays(today, UPCOMING_DAYS)),
    task(activeCase, 'adviser', 'A erledigt', addDays(today, -3), { doneAt: new Date(`${today}T08:00:00Z`) }),
    task(activeCase, 'adviser', 'A für Bernd', addDays(today, -1), { assigneeUserId: adviserB.userId }),
    task(activeCase, 'company', 'Firma heute', today),
    task(activeCase, 'company', 'Firma später', addDays(today, UPCOMING_DAYS)),
    task(activeCase, 'candidate', 'Kandidatin letzter Tag', addDays(today, CANDIDATE_UPCOMING_DAYS - 1)),
    task(activeCase, 'candidate', 'Kandidatin später', addDays(today, CANDIDATE_UPCOMING_DAYS)),
    task(closedCase, 'adviser', 'A im geschlossenen Fall', addDays(today, -5)),
    task(adminCase, 'adviser', 'Admin überfällig', addDays(today, -1)),
  ]);
  const doc = (label: string, providedBy: string, status: string) => ({ tenantId, caseId: activeCase, label, labelEn: `${label} (en)`, providedBy, status });
  await db.db.insert(caseDocuments).values([doc('Reisepass', 'candidate', 'missing'), doc('Zeugnis', 'candidate', 'rejected'), doc('Lebenslauf', 'candidate', 'checked'), doc('Arbeitsvertrag', 'company', 'missing')]);
  return { tenantId, adviserA, adviserB, companyUser, otherCompanyUser, admin, candidateId, candidateEmail, activeCase, stalledCase };
}

function summary(digests: Digest[], tenantId: string) {
  const out: Record<string, Record<string, string[]>> = {};
  for (const d of digests.filter((x) => x.tenantId === tenantId)) {
    const s: Record<string, string[]> = { overdue: d.overdue.map((t) => t.title), upcoming: d.upcoming.map((t) => t.title) };
    if (d.kind === 'adviser') s.stalled = d.stalled.map((c) => c.caseNumber);
    if (d.kind === 'candidate') s.documents = d.documents.map((x) => x.label);
    out[`${d.kind}:${d.email}`] = s;
  }
  return out;
}

async function digestsAt(at: string, w: World) {
  const now = new Date(at);
  const day = digestDayOf(now);
  return summary([...(await buildUserDigests(db.db, day)), ...(await buildCandidateDigests(db.db, day, now))], w.tenantId);
}

test('digest content: each recipient gets their own due items within the windows, nothing done, closed or someone else’s', async () => {
  const monday = '2026-12-07';
  const w = await makeWorld(monday);
  await setReminderFrequency(db.db, w.adviserB, { frequency: 'weekly' });
  await createCandidateLink(db.db, w.adviserA, w.candidateId, new Date('2026-12-01T10:00:00Z'));
  const adviserA = { overdue: ['A überfällig'], upcoming: ['A heute', 'A letzter Tag'], stalled: [] };
  const company = { overdue: [], upcoming: ['Firma heute'] };
  // Monday 06:00 Berlin: everybody whose frequency says so and who has something due; not the other company's user
  // (nothing due), not the admin (off by default, although adviser of a case with an overdue task)
  assert.deepEqual(await digestsAt('2026-12-07T05:00:00Z', w), {
    [`adviser:${w.adviserA.email}`]: adviserA,
    [`adviser:${w.adviserB.email}`]: { overdue: ['A für Bernd'], upcoming: [], stalled: [`W${worldNo}-2026-2`] },
    [`company:${w.companyUser.email}`]: company,
    [`candidate:${w.candidateEmail}`]: { overdue: [], upcoming: ['Kandidatin letzter Tag'], documents: ['Reisepass', 'Zeugnis'] },
  });
  // the same Monday before 06:00, and the Saturday: nobody
  assert.deepEqual(await digestsAt('2026-12-07T04:59:59Z', w), {});
  assert.deepEqual(await digestsAt('2026-12-12T05:00:00Z', w), {});
  // an admin who chooses daily gets the adviser digest of their cases
  await setReminderFrequency(db.db, w.admin, { frequency: 'daily' });
  // Tuesday: the weekly adviser and the employee (weekly) get none; the windows moved by a day
  assert.deepEqual(await digestsAt('2026-12-08T05:00:00Z', w), {
    [`adviser:${w.adviserA.email}`]: { overdue: ['A überfällig', 'A heute'], upcoming: ['A letzter Tag', 'A zu spät für die Übersicht'], stalled: [] },
    [`adviser:${w.admin.email}`]: { overdue: ['Admin überfällig'], upcoming: [], stalled: [] },
    [`company:${w.companyUser.email}`]: { overdue: ['Firma heute'], upcoming: ['Firma später'] },
  });
});

test('a user’s choice: daily, weekly or off, their own only, audited; anything else is an error naming the field', async () => {
  const w = await makeWorld('2026-12-07');
  assert.deepEqual(await getReminderFrequency(db.db, w.companyUser), { frequency: 'daily', isDefault: true });
  assert.deepEqual(await getReminderFrequency(db.db, w.admin), { frequency: 'off', isDefault: true });
  await setReminderFrequency(db.db, w.companyUser, { frequency: 'off' });
  assert.deepEqual(await getReminderFrequency(db.db, w.companyUser), { frequency: 'off', isDefault: false });
  assert.deepEqual(await getReminderFrequency(db.db, w.otherCompanyUser), { frequency: 'daily', isDefault: true });
  for (const bad of ['monthly', '', undefined]) {
    await assert.rejects(setReminderFrequency(db.db, w.companyUser, { frequency: bad }), (e: unknown) => e instanceof WorkspaceInputError && e.errors[0]!.field === 'frequency');
  }
  assert.deepEqual(await getReminderFrequency(db.db, w.companyUser), { frequency: 'off', isDefault: false }, 'a refused change keeps the choice');
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'reminder_preference'), eq(auditLog.entityId, w.companyUser.userId)));
  assert.deepEqual(audit.map((a) => a.changes), [{ frequency: [null, 'off'] }]);
  assert.deepEqual(await digestsAt('2026-12-08T05:00:00Z', w).then((s) => Object.keys(s).filter((k) => k.startsWith('company:'))), []);
});

test('the employee’s personal link: shown once, works until revoked or expired, a new one revokes the old; only the office makes it', async () => {
  const w = await makeWorld('2026-12-07');
  const t0 = new Date('2026-12-07T09:00:00Z');
  await assert.rejects(createCandidateLink(db.db, w.companyUser, w.candidateId, t0), ForbiddenError);
  const first = await createCandidateLink(db.db, w.adviserA, w.candidateId, t0);
  const steps = await getNextSteps(db.db, first.token, t0);
  assert.equal(steps?.name, 'Priya Raman');
  assert.deepEqual(steps?.upcoming.map((t) => t.title), ['Kandidatin letzter Tag', 'Kandidatin später'], 'the page shows every open step, not only the digest’s window');
  assert.deepEqual(steps?.documents.map((x) => x.label), ['Reisepass', 'Zeugnis']);
  const expiry = new Date(t0.getTime() + CANDIDATE_LINK_TTL_DAYS * 86_400_000);
  assert.ok(await getNextSteps(db.db, first.token, new Date(expiry.getTime() - 1000)), 'a second before expiry');
  assert.equal(await getNextSteps(db.db, first.token, expiry), null, 'at expiry');
  assert.equal(await getNextSteps(db.db, 'x'.repeat(43), t0), null, 'an unknown token');
  const t1 = new Date(t0.getTime() + 60_000);
  const second = await createCandidateLink(db.db, w.adviserA, w.candidateId, t1);
  assert.equal(await getNextSteps(db.db, first.token, t0), null, 'the earlier link was revoked');
  assert.ok(await getNextSteps(db.db, second.token, t0));
  assert.equal(await revokeCandidateLink(db.db, w.adviserA, w.candidateId, second.id, t0), true);
  assert.equal(await getNextSteps(db.db, second.token, t0), null);
  assert.equal(await revokeCandidateLink(db.db, w.adviserA, w.candidateId, second.id, t0), false);
  const links = await listCandidateLinks(db.db, w.adviserA, w.candidateId);
  assert.deepEqual(links.map((l) => [l.id, l.revokedAt !== null]), [[second.id, true], [first.id, true]], 'newest first');
  const audit = await db.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entity, 'candidate_link'));
  assert.ok(audit.filter((a) => a.action === 'create').length >= 2 && audit.filter((a) => a.action === 'update').length >= 2);
  // a candidate without an e-mail address cannot get one: the error names the field
  await db.db.update(candidates).set({ email: null }).where(eq(candidates.id, w.candidateId));
  await assert.rejects(createCandidateLink(db.db, w.adviserA, w.candidateId, t0), (e: unknown) => e instanceof WorkspaceInputError && e.errors[0]!.field === 'email');
});

test('sending through SMTP: the digests arrive with their content and links, and a restart or a second concurrent run sends nothing twice', async () => {
  const monday = '2026-12-14';
  const w = await makeWorld(monday);
  await createCandidateLink(db.db, w.adviserA, w.candidateId, new Date('2026-12-10T10:00:00Z'));
  const mine = (to: string) => smtp.received.filter((m) => m.to.includes(to));
  const at = new Date(`${monday}T05:00:00Z`);
  const before = smtp.received.length;
  const first = await sendDigests(db.db, { mailer: await smtp.mailer(), publicUrl: 'https://lotse.example.org' }, at);
  assert.equal(first.sent, first.due);
  assert.equal(first.failed, 0);
  await smtp.waitFor(before + first.sent);
  assert.equal(smtp.received.length - before, first.sent);
  const [a] = mine(w.adviserA.email);
  assert.match(a!.subject, /1 überfällig, 2 demnächst fällig/);
  assert.match(a!.text, /Überfällige Aufgaben \(1\):\n- 13\.12\.2026  W\d+-2026-1: A überfällig/);
  assert.ok(a!.text.includes(`https://lotse.example.org/cases/${w.activeCase}`));
  const [b] = mine(w.adviserB.email);
  assert.match(b!.text, /Fälle ohne Bewegung \(1\):/);
  assert.ok(b!.text.includes(`https://lotse.example.org/cases/${w.stalledCase}`));
  const [c] = mine(w.companyUser.email);
  assert.match(c!.text, /Demnächst fällig \(1\):\n- 14\.12\.2026  W\d+-2026-1: Firma heute/);
  assert.equal(mine(w.otherCompanyUser.email).length, 0, 'nothing due, no mail');
  assert.equal(mine(w.admin.email).length, 0, 'off');
  const [p] = mine(w.candidateEmail);
  assert.equal(p!.subject, 'Your next steps – Lotse');
  assert.match(p!.text, /Coming up:\n- Kandidatin letzter Tag \(en\) \(due 27 December 2026\)/);
  assert.match(p!.text, /Documents we still need from you:\n- Reisepass \(en\)\n- Zeugnis \(en\) \(please send it again\)/);
  const token = /https:\/\/lotse\.example\.org\/me\/([A-Za-z0-9_-]{43})/.exec(p!.text)?.[1];
  assert.ok(token, 'the mail links to the personal page');
  assert.deepEqual((await getNextSteps(db.db, token, at))?.documents.map((x) => x.label), ['Reisepass', 'Zeugnis']);
  // the mail's token stops working with the adviser's link
  const [link] = await listCandidateLinks(db.db, w.adviserA, w.candidateId);
  await revokeCandidateLink(db.db, w.adviserA, w.candidateId, link!.id, at);
  assert.equal(await getNextSteps(db.db, token, at), null);

  // a "restart": a new mailer (a new SMTP connection) and a later run the same day: nothing is sent again
  const again = await sendDigests(db.db, { mailer: await smtp.mailer(), publicUrl: 'https://lotse.example.org' }, new Date(`${monday}T09:00:00Z`));
  assert.equal(again.sent, 0);
  assert.ok(again.skipped > 0 && again.due === again.skipped + again.failed);
  assert.equal(mine(w.adviserA.email).length, 1);

  // the next day, two runs at once (two instances): each recipient gets exactly one digest
  const tuesday = new Date('2026-12-15T05:00:30Z');
  const n0 = smtp.received.length;
  const [r1, r2] = await Promise.all([
    sendDigests(db.db, { mailer: await smtp.mailer(), publicUrl: 'https://lotse.example.org' }, tuesday),
    sendDigests(db.db, { mailer: await smtp.mailer(), publicUrl: 'https://lotse.example.org' }, tuesday),
  ]);
  assert.equal(r1.sent + r2.sent, r1.due, 'together they sent each digest once');
  await smtp.waitFor(n0 + r1.due);
  assert.equal(smtp.received.length - n0, r1.due);
  assert.equal(mine(w.adviserA.email).length, 2);
  const logged = await db.db.select().from(digestLog).where(and(eq(digestLog.recipientId, w.adviserA.userId)));
  assert.deepEqual(logged.map((l) => [l.digestDate, l.sentAt !== null]).sort(), [['2026-12-14', true], ['2026-12-15', true]]);
});

test('a mail the server refuses is recorded and not sent again that day (at most once)', async () => {
  const w = await makeWorld('2026-12-21');
  const at = new Date('2026-12-21T05:00:00Z');
  const down = { kind: 'smtp' as const, async send() { throw new Error('451 try again later'); } };
  const errors: string[] = [];
  const r = await sendDigests(db.db, { mailer: down, publicUrl: 'https://lotse.example.org', onMailError: (_e, d) => errors.push(d.recipientId) }, at);
  assert.equal(r.failed, r.due);
  assert.ok(errors.includes(w.adviserA.userId));
  const [row] = await db.db.select().from(digestLog).where(and(eq(digestLog.recipientId, w.adviserA.userId), eq(digestLog.digestDate, '2026-12-21')));
  assert.equal(row?.sentAt, null);
  assert.match(row?.error ?? '', /451/);
  const n0 = smtp.received.length;
  const later = await sendDigests(db.db, { mailer: await smtp.mailer(), publicUrl: 'https://lotse.example.org' }, new Date('2026-12-21T10:00:00Z'));
  assert.equal(later.sent, 0);
  assert.equal(smtp.received.length, n0);
});

test('the employee’s digest goes to their current address; old log rows and dead links are deleted, recent ones kept', async () => {
  const w = await makeWorld('2026-12-28');
  const t0 = new Date('2026-12-20T10:00:00Z');
  const link = await createCandidateLink(db.db, w.adviserA, w.candidateId, t0);
  await db.db.update(candidates).set({ email: `neu-${w.candidateEmail}` }).where(eq(candidates.id, w.candidateId));
  const monday = new Date('2026-12-28T05:00:00Z');
  const mine = (await buildCandidateDigests(db.db, digestDayOf(monday), monday)).filter((d) => d.tenantId === w.tenantId);
  assert.deepEqual(mine.map((d) => d.email), [`neu-${w.candidateEmail}`]);

  const day = (n: number) => addDays('2026-12-28', n);
  await db.db.insert(digestLog).values([
    { tenantId: w.tenantId, recipientId: w.adviserB.userId, kind: 'adviser', digestDate: day(-KEEP_DAYS - 1), items: 1 },
    { tenantId: w.tenantId, recipientId: w.adviserB.userId, kind: 'adviser', digestDate: day(-KEEP_DAYS), items: 1 },
  ]);
  const mailToken = (expiresAt: Date) => ({ tenantId: w.tenantId, candidateId: w.candidateId, parentId: link.id, tokenHash: `h-${expiresAt.getTime()}-${w.tenantId}`, email: 'x@y.example', expiresAt });
  await db.db.insert(candidateLinks).values([mailToken(new Date(monday.getTime() - 1000)), mailToken(new Date(monday.getTime() + 1000))]);
  await purgeReminders(db.db, monday);
  const logLeft = await db.db.select({ d: digestLog.digestDate }).from(digestLog).where(eq(digestLog.recipientId, w.adviserB.userId));
  assert.deepEqual(logLeft.map((r) => r.d), [day(-KEEP_DAYS)]);
  const tokensLeft = await db.db.select({ e: candidateLinks.expiresAt }).from(candidateLinks).where(eq(candidateLinks.parentId, link.id));
  assert.deepEqual(tokensLeft.map((r) => r.e.getTime()), [monday.getTime() + 1000]);
  // the adviser's link, revoked just under and just over KEEP_DAYS ago
  await revokeCandidateLink(db.db, w.adviserA, w.candidateId, link.id, new Date(monday.getTime() - KEEP_DAYS * 86_400_000 + 1000));
  await purgeReminders(db.db, monday);
  assert.equal((await listCandidateLinks(db.db, w.adviserA, w.candidateId)).length, 1);
  await purgeReminders(db.db, new Date(monday.getTime() + 2000));
  assert.equal((await listCandidateLinks(db.db, w.adviserA, w.candidateId)).length, 0);
  assert.equal((await db.db.select().from(candidateLinks).where(eq(candidateLinks.parentId, link.id))).length, 0, 'with its mails’ tokens');
});
