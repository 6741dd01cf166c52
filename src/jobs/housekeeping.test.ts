import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openTestDb } from '../db/testing.ts';
import { passwordResetRequests, savedChecks, tenants } from '../db/schema/index.ts';
import { CHECK_RETENTION_DAYS } from '../app/checks/checkKeys.ts';
import { loadCheck } from '../app/checks/loadCheck.ts';
import { startCheck } from '../app/checks/startCheck.ts';
import { visitor } from '../policies/index.ts';
import { makeTenant, makeUser, recordingMailer } from '../dev/accountsTesting.ts';
import { runHousekeeping } from './housekeeping.ts';
import { requestPasswordReset } from '../app/accounts/requestPasswordReset.ts';

const DAY = 86_400_000;

test(`an anonymous check untouched for ${CHECK_RETENTION_DAYS} days is deleted; one changed a day later, or one of a tenant, is kept`, async () => {
  const db = await openTestDb();
  try {
    const now = new Date('2026-11-25T12:00:00Z');
    const stale = await startCheck(db.db, visitor());
    const fresh = await startCheck(db.db, visitor());
    const owned = await startCheck(db.db, visitor());
    const [tenant] = await db.db.insert(tenants).values({ name: 'Servicestelle' }).returning({ id: tenants.id });
    await db.db.update(savedChecks).set({ updatedAt: new Date(now.getTime() - CHECK_RETENTION_DAYS * DAY - 1000) }).where(sql`${savedChecks.id} in (${stale}, ${owned})`);
    await db.db.update(savedChecks).set({ tenantId: tenant!.id }).where(sql`${savedChecks.id} = ${owned}`);
    await db.db.update(savedChecks).set({ updatedAt: new Date(now.getTime() - (CHECK_RETENTION_DAYS - 1) * DAY) }).where(sql`${savedChecks.id} = ${fresh}`);

    const analyzed = db.kind === 'pglite';
    const r = await runHousekeeping(db, now);
    assert.deepEqual(r, { ran: true, checksDeleted: 1, analyzed });
    assert.equal(await loadCheck(db.db, visitor(stale), stale), undefined);
    assert.ok(await loadCheck(db.db, visitor(fresh), fresh));
    assert.ok(await loadCheck(db.db, visitor(owned), owned));
    assert.deepEqual(await runHousekeeping(db, now), { ran: true, checksDeleted: 0, analyzed });
  } finally {
    await db.destroy();
  }
});

test('on the embedded database housekeeping refreshes the planner statistics (PGlite has no autovacuum)', { skip: !!process.env.DATABASE_URL && 'a PostgreSQL server analyzes by autovacuum' }, async () => {
  const db = await openTestDb();
  try {
    await db.db.insert(tenants).values(Array.from({ length: 120 }, (_, i) => ({ name: `Servicestelle ${i}` })));
    const reltuples = async () => {
      const res = await db.db.execute(sql`select reltuples::float8 as n from pg_class where relname = 'tenants'`);
      const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as Array<{ n: number }>;
      return Number(rows[0]!.n);
    };
    assert.ok((await reltuples()) < 120, 'the planner does not know the rows yet');
    const r = await runHousekeeping(db);
    assert.equal(r.analyzed, true);
    assert.equal(await reltuples(), 120);
  } finally {
    await db.destroy();
  }
});

test('while another instance holds the housekeeping lock, this one skips the round (PostgreSQL)', { skip: !process.env.DATABASE_URL && 'needs a PostgreSQL server: one embedded database has one instance' }, async () => {
  const db = await openTestDb();
  const pg = (await import('pg')).default;
  const other = new pg.Client({ connectionString: db.location.replace('***', '') });
  try {
    await other.connect();
    await other.query('begin');
    await other.query('select pg_advisory_xact_lock(4715320022)');
    assert.deepEqual(await runHousekeeping(db), { ran: false, checksDeleted: 0, analyzed: false });
    await other.query('commit');
    assert.equal((await runHousekeeping(db)).ran, true);
  } finally {
    await other.end().catch(() => {});
    await db.destroy();
  }
});

test('housekeeping handles password-reset requests an instance left pending (issue 10): the mail goes out once', async () => {
  const db = await openTestDb();
  try {
    const now = new Date('2026-11-25T12:00:00Z');
    const { tenantId } = await makeTenant(db.db);
    await makeUser(db.db, tenantId, 'adviser', 'left@example.org');
    // answered, then the instance stopped before handling it
    await requestPasswordReset(db.db, { email: 'left@example.org', publicUrl: 'https://lotse.example.org' }, new Date(now.getTime() - 60_000));
    const mailer = recordingMailer();
    const r = await runHousekeeping(db, now, { passwordResets: { mailer } });
    assert.deepEqual(r.passwordResets, { requests: 1, mails: 1 });
    assert.equal(mailer.sent[0]?.to, 'left@example.org');
    assert.equal((await db.db.select().from(passwordResetRequests)).length, 0);
    assert.deepEqual((await runHousekeeping(db, now, { passwordResets: { mailer } })).passwordResets, { requests: 0, mails: 0 });
    assert.equal(mailer.sent.length, 1);
  } finally {
    await db.destroy();
  }
});
