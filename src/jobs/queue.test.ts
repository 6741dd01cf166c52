// The job queue (pg-boss 10) on the test database, PGlite or PostgreSQL: it starts (creating its schema), keeps the
// schedules of housekeeping and the reminder digests, and runs a sent job. With a real SMTP server: the digest job sends
// each digest once, also when a new queue object (a "restart") runs it again, and, on PostgreSQL, when two instances
// (two queue objects on one database) run it at the same time.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDb } from '../db/testing.ts';
import type { TestDatabase } from '../db/testing.ts';
import { candidates, caseTasks, cases } from '../db/schema/index.ts';
import { makeTenant, makeUser } from '../dev/accountsTesting.ts';
import { startTestSmtp } from '../dev/smtpTesting.ts';
import type { TestSmtp } from '../dev/smtpTesting.ts';
import { DIGEST_CRON } from '../app/reminders/frequency.ts';
import type { SendDigestsResult } from '../app/reminders/sendDigests.ts';
import { digestJob, DIGEST_JOB } from './digests.ts';
import type { DigestJobData } from './digests.ts';
import { HOUSEKEEPING_CRON, housekeepingJob } from './housekeeping.ts';
import { startQueue } from './queue.ts';
import type { JobDefinition } from './queue.ts';

const quiet = { info() {}, error() {} };
let db: TestDatabase;
let smtp: TestSmtp;
const recipients = ['eins@queue.example', 'zwei@queue.example', 'drei@queue.example'];

before(async () => {
  db = await openTestDb();
  smtp = await startTestSmtp();
  const { tenantId, companyA } = await makeTenant(db.db, 'Servicestelle Queue');
  const [cand] = await db.db.insert(candidates).values({ tenantId, companyId: companyA, name: 'Kandidat' }).returning({ id: candidates.id });
  let seq = 0;
  for (const email of recipients) {
    const adviser = await makeUser(db.db, tenantId, 'adviser', email);
    seq += 1;
    const [c] = await db.db
      .insert(cases)
      .values({ tenantId, companyId: companyA, candidateId: cand!.id, number: `Q-2026-${seq}`, numberYear: 2026, numberSeq: seq, routeId: '18b', startDate: '2026-11-01', pipeline: ['advice', 'closed'], statusSince: '2026-12-01', adviserUserId: adviser.userId })
      .returning({ id: cases.id });
    await db.db.insert(caseTasks).values({ tenantId, caseId: c!.id, owner: 'adviser', title: `Aufgabe ${seq}`, dueOn: '2026-12-08' });
  }
});
after(async () => {
  await smtp.close();
  await db.destroy();
});

/** The digest runs of the test's queues, and a way to wait for the n-th. */
function runLog() {
  const runs: SendDigestsResult[] = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  return {
    runs,
    add(r: SendDigestsResult) {
      runs.push(r);
      for (const w of waiters.filter((x) => runs.length >= x.n)) w.resolve();
    },
    waitFor: (n: number) => (runs.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve }))),
  };
}

/** A queue like main.ts's (housekeeping and the digests, no runs at start), whose digest runs are reported to `log`. */
async function digestQueue(database: TestDatabase, log: ReturnType<typeof runLog>) {
  const job = digestJob(database, { mailer: await smtp.mailer(), publicUrl: 'https://lotse.example.org' }, quiet);
  const observed: JobDefinition<DigestJobData> = {
    ...job,
    runAtStart: false,
    async handler(data) {
      const r = (await job.handler(data)) as SendDigestsResult;
      log.add(r);
      return r;
    },
  };
  return startQueue(database, { log: quiet, pollingIntervalSeconds: 0.5, jobs: { housekeeping: { ...housekeepingJob(database, quiet), runAtStart: false }, [DIGEST_JOB]: observed } });
}

const AT = '2026-12-07T05:00:00Z'; // Monday 06:00 in Berlin

test('a cron schedule fires on this database: a job due every minute runs within its first minute', async () => {
  let fired!: () => void;
  const ran = new Promise<void>((resolve) => (fired = resolve));
  // the cron check runs every second here; a run of this schedule is always due (the last minute boundary is less than
  // 60 s ago)
  const queue = await startQueue(db, { log: quiet, pollingIntervalSeconds: 0.5, cronIntervalSeconds: 1, jobs: { 'every-minute': { cron: '* * * * *', handler: async () => fired() } } });
  try {
    await ran;
    await queue.boss.unschedule('every-minute');
  } finally {
    await queue.stop();
  }
});

test('pg-boss runs on this database: its schedules, a sent digest run, and a restart that sends nothing again', async () => {
  const log = runLog();
  const queue = await digestQueue(db, log);
  try {
    const schedules = await queue.boss.getSchedules();
    assert.deepEqual(
      schedules.map((s) => [s.name, s.cron, (s as unknown as { timezone: string }).timezone]).sort(),
      [
        ['housekeeping', HOUSEKEEPING_CRON, 'Europe/Berlin'],
        [DIGEST_JOB, DIGEST_CRON, 'Europe/Berlin'],
      ].sort(),
    );
    const id = await queue.send(DIGEST_JOB, { at: AT });
    assert.ok(id);
    await log.waitFor(1);
    await smtp.waitFor(recipients.length);
    assert.deepEqual(smtp.received.map((m) => m.to[0]).sort(), [...recipients].sort());
    assert.match(smtp.received[0]!.text, /Aufgabe \d/);
  } finally {
    await queue.stop();
  }
  // a restart: a new queue object on the same database runs the job of the same day again
  const restarted = await digestQueue(db, log);
  try {
    assert.ok(await restarted.send(DIGEST_JOB, { at: '2026-12-07T07:00:00Z' }));
    await log.waitFor(2);
    assert.deepEqual(log.runs.map((r) => [r.sent, r.skipped]), [[3, 0], [0, 3]]);
    assert.equal(smtp.received.length, 3);
  } finally {
    await restarted.stop();
  }
});

test('two instances on one PostgreSQL database: each digest goes out exactly once', { skip: !process.env.DATABASE_URL && 'the embedded database has one instance (one process)' }, async () => {
  const log = runLog();
  const one = await digestQueue(db, log);
  const two = await digestQueue(db, log);
  try {
    const n0 = smtp.received.length;
    // both instances enqueue the run (as each does at start); pg-boss keeps at most one queued run ("stately"), and
    // the digest log lets one sender through per recipient, whichever instance's worker takes which job
    const ids = (await Promise.all([one.send(DIGEST_JOB, { at: '2026-12-08T05:00:00Z' }), two.send(DIGEST_JOB, { at: '2026-12-08T05:00:00Z' })])).filter((x) => x !== null);
    assert.ok(ids.length >= 1);
    await log.waitFor(ids.length);
    assert.equal(log.runs.reduce((s, r) => s + r.sent, 0), recipients.length);
    await smtp.waitFor(n0 + recipients.length);
    for (const r of recipients) assert.equal(smtp.received.slice(n0).filter((m) => m.to.includes(r)).length, 1, r);
    // and two runs of the same day started at once on the two instances' own pools: still once each
    const n1 = smtp.received.length;
    const ids2 = (await Promise.all([one.send(DIGEST_JOB, { at: '2026-12-09T05:00:00Z' }), two.send(DIGEST_JOB, { at: '2026-12-09T05:00:00Z' })])).filter((x) => x !== null);
    await log.waitFor(ids.length + ids2.length);
    await smtp.waitFor(n1 + recipients.length);
    assert.equal(log.runs.slice(ids.length).reduce((s, r) => s + r.sent, 0), recipients.length);
    assert.equal(smtp.received.length - n1, recipients.length);
  } finally {
    await Promise.all([one.stop(), two.stop()]);
  }
});
