// The personal calendar feed's use cases (issue 15), on the database (in-memory PGlite, or a throwaway PostgreSQL
// database with DATABASE_URL): which tasks a feed shows for an adviser and for a company user (never another office's
// or another company's), the token as the only credential (stored hashed), rotation, revocation, a disabled owner, the
// audit rows, and the feed's last use.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { auditLog, calendarFeeds, users } from '../../db/schema/index.ts';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { hashSecret, isSecretShaped } from '../accounts/accounts.ts';
import { createCalendarFeed } from './createCalendarFeed.ts';
import { getCalendarFeed } from './getCalendarFeed.ts';
import { listFeedTasks } from './listFeedTasks.ts';
import { readCalendarFeed } from './readCalendarFeed.ts';
import { revokeCalendarFeed } from './revokeCalendarFeed.ts';
import { expectedFeedTaskIds, makeFeedWorld } from '../../dev/calendarFeedTesting.ts';
import type { FeedWorld } from '../../dev/calendarFeedTesting.ts';

let db: TestDatabase;
let w: FeedWorld;
before(async () => {
  db = await openTestDb();
  w = await makeFeedWorld(db.db, 1);
});
after(async () => {
  await db.destroy();
});

const T0 = new Date('2027-01-05T08:00:00Z');
const ids = (tasks: { id: string }[]) => tasks.map((t) => t.id).sort();

test('An adviser’s feed: the open, dated tasks of the open cases they handle, and those assigned to them elsewhere', async () => {
  const expected = await expectedFeedTaskIds(db.db, w.adviser);
  const tasks = await listFeedTasks(db.db, w.adviser);
  assert.deepEqual(ids(tasks), expected);
  const titles = tasks.map((t) => t.title);
  for (const t of w.awkwardTitles) assert.ok(titles.includes(t), t);
  assert.ok(titles.includes('Der Beraterin zugewiesen'), 'assigned in a colleague’s case');
  for (const t of ['Erledigt', 'Ohne Datum', 'Zugewiesen, aber erledigt', 'Fremde Servicestelle']) assert.ok(!titles.includes(t), t);
  assert.ok(tasks.some((t) => t.deadlineRef !== null), 'statutory deadlines are among them');
  assert.ok(new Set(tasks.map((t) => t.owner)).size > 1, 'whoever owns the task');
  const dates = tasks.map((t) => t.dueOn);
  assert.deepEqual(dates, [...dates].sort(), 'by due date');
  // the colleague's feed has their case, not the adviser's
  const colleague = await listFeedTasks(db.db, w.colleague);
  assert.deepEqual(ids(colleague), await expectedFeedTaskIds(db.db, w.colleague));
  assert.ok(colleague.length > 0);
  assert.equal(colleague.filter((t) => tasks.some((x) => x.id === t.id)).length, 1, 'only the task assigned to the adviser is in both');
});

test('A company user’s feed: only the company’s own tasks of its open cases; nothing of another company or office', async () => {
  const tasks = await listFeedTasks(db.db, w.staff);
  assert.deepEqual(ids(tasks), await expectedFeedTaskIds(db.db, w.staff));
  assert.ok(tasks.length > 0);
  assert.ok(tasks.every((t) => t.owner === 'company'));
  const titles = tasks.map((t) => t.title);
  assert.ok(titles.includes(w.awkwardTitles[1]!), 'company A’s hand task');
  assert.ok(!titles.includes(w.awkwardTitles[2]!), 'company B’s task is not theirs');
  assert.ok(!titles.includes('Fremde Servicestelle'));
});

test('Another office’s data never appears, in either direction', async () => {
  for (const a of [w.adviser, w.colleague, w.staff]) {
    const tasks = await listFeedTasks(db.db, a);
    assert.equal(tasks.filter((t) => w.otherTenantTaskIds.includes(t.id)).length, 0);
  }
  for (const a of [w.otherAdviser, w.otherStaff]) {
    const tasks = await listFeedTasks(db.db, a);
    assert.ok(tasks.length > 0);
    assert.ok(tasks.every((t) => w.otherTenantTaskIds.includes(t.id)));
    assert.deepEqual(ids(tasks), await expectedFeedTaskIds(db.db, a));
  }
});

test('The token is the credential: stored only as its hash; create, read, rotate, revoke, each audited', async () => {
  assert.equal(await getCalendarFeed(db.db, w.adviser), null);
  const first = await createCalendarFeed(db.db, w.adviser, T0);
  assert.ok(isSecretShaped(first.token));
  assert.equal(first.replacedId, null);
  const [row] = await db.db.select().from(calendarFeeds).where(eq(calendarFeeds.id, first.id));
  assert.equal(row!.tokenHash, hashSecret(first.token));
  assert.ok(!JSON.stringify(row).includes(first.token), 'the token itself is not stored');
  assert.equal((await getCalendarFeed(db.db, w.adviser))?.id, first.id);

  const feed = await readCalendarFeed(db.db, first.token, T0);
  assert.ok(feed);
  assert.equal(feed.owner.name, 'Ada Beraterin');
  assert.deepEqual(ids(feed.tasks), await expectedFeedTaskIds(db.db, w.adviser));

  const second = await createCalendarFeed(db.db, w.adviser, new Date(T0.getTime() + 1000));
  assert.equal(second.replacedId, first.id, 'creating again rotates');
  assert.equal(await readCalendarFeed(db.db, first.token, T0), null, 'the old address stops working');
  assert.ok(await readCalendarFeed(db.db, second.token, T0));
  const active = await db.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, w.adviser.userId));
  assert.equal(active.filter((f) => f.revokedAt === null).length, 1, 'one active feed per user');

  assert.equal(await revokeCalendarFeed(db.db, w.adviser, new Date(T0.getTime() + 2000)), true);
  assert.equal(await readCalendarFeed(db.db, second.token, T0), null, 'revoked: nothing');
  assert.equal(await getCalendarFeed(db.db, w.adviser), null);
  assert.equal(await revokeCalendarFeed(db.db, w.adviser), false, 'nothing left to revoke');

  const audit = await db.db
    .select({ action: auditLog.action, entityId: auditLog.entityId, actor: auditLog.actorUserId, changes: auditLog.changes })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'calendar_feed'), eq(auditLog.tenantId, w.tenantId)))
    .orderBy(auditLog.id);
  assert.deepEqual(
    audit.map((a) => [a.action, a.entityId]),
    [
      ['create', first.id],
      ['update', first.id],
      ['create', second.id],
      ['update', second.id],
    ],
  );
  assert.ok(audit.every((a) => a.actor === w.adviser.userId));
  assert.ok(!JSON.stringify(audit).includes(first.token) && !JSON.stringify(audit).includes(second.token), 'no token in the audit trail');
});

test('A company user’s feed by its token shows their company’s tasks; another office’s token shows only theirs', async () => {
  const mine = await createCalendarFeed(db.db, w.staff, T0);
  const theirs = await createCalendarFeed(db.db, w.otherStaff, T0);
  const a = await readCalendarFeed(db.db, mine.token, T0);
  const b = await readCalendarFeed(db.db, theirs.token, T0);
  assert.deepEqual(ids(a!.tasks), await expectedFeedTaskIds(db.db, w.staff));
  assert.deepEqual(ids(b!.tasks), await expectedFeedTaskIds(db.db, w.otherStaff));
  assert.equal(a!.tasks.filter((t) => b!.tasks.some((x) => x.id === t.id)).length, 0);
});

const badTokens: Array<[string, unknown]> = [
  ['an empty token', ''],
  ['a token one character short', 'a'.repeat(42)],
  ['a token one character long', 'a'.repeat(44)],
  ['a token with a character outside base64url', `${'a'.repeat(42)}+`],
  ['a well-formed token that was never issued', 'a'.repeat(43)],
  ['not a string', 42],
];

for (const [name, token] of badTokens) {
  test(`Nothing for ${name}`, async () => {
    assert.equal(await readCalendarFeed(db.db, token, T0), null);
  });
}

test('A disabled owner’s feed shows nothing; enabled again, the same address works', async () => {
  const f = await createCalendarFeed(db.db, w.colleague, T0);
  assert.ok(await readCalendarFeed(db.db, f.token, T0));
  await db.db.update(users).set({ disabledAt: T0 }).where(eq(users.id, w.colleague.userId));
  assert.equal(await readCalendarFeed(db.db, f.token, T0), null);
  await db.db.update(users).set({ disabledAt: null }).where(eq(users.id, w.colleague.userId));
  assert.ok(await readCalendarFeed(db.db, f.token, T0));
});

test('The feed’s last use is recorded, at most once a minute', async () => {
  const f = await createCalendarFeed(db.db, w.otherAdviser, T0);
  const lastUsed = async () => (await getCalendarFeed(db.db, w.otherAdviser))!.lastUsedAt?.toISOString() ?? null;
  assert.equal(await lastUsed(), null);
  await readCalendarFeed(db.db, f.token, T0);
  assert.equal(await lastUsed(), T0.toISOString());
  await readCalendarFeed(db.db, f.token, new Date(T0.getTime() + 59_999));
  assert.equal(await lastUsed(), T0.toISOString(), 'within the minute: not touched');
  const later = new Date(T0.getTime() + 60_000);
  await readCalendarFeed(db.db, f.token, later);
  assert.equal(await lastUsed(), later.toISOString(), 'a minute later: touched');
});
