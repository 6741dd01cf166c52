// The audit trail (issue 6): admins only, always the actor's tenant, filters, paging newest first, the trail of one
// record with its related rows, field-named errors; updates are recorded as diffs { field: [old, new] }.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog } from '../../db/schema/index.ts';
import { ForbiddenError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { createApiToken } from '../accounts/createApiToken.ts';
import { createCompany } from '../companies/createCompany.ts';
import { createContact } from '../companies/createContact.ts';
import { deleteCompany } from '../companies/deleteCompany.ts';
import { deleteContact } from '../companies/deleteContact.ts';
import { disableUser } from '../accounts/disableUser.ts';
import { listAuditTrail } from './listAuditTrail.ts';
import { recordConsultation } from '../consultations/recordConsultation.ts';
import { revokeApiToken } from '../accounts/revokeApiToken.ts';
import { updateCompany } from '../companies/updateCompany.ts';
import { updateConsultation } from '../consultations/updateConsultation.ts';
import { updateContact } from '../companies/updateContact.ts';
import { WorkspaceInputError } from '../common/errors.ts';

let db: TestDatabase;
let t1: { tenantId: string; companyA: string; companyB: string };
let t2: { tenantId: string; companyA: string; companyB: string };
let admin: Actor;
let adviser: Actor;
let companyUser: Actor;
let admin2: Actor;
let companyId: string;
let otherCompanyId: string;
let contactId: string;
let consultationId: string;
let t2CompanyId: string;

// 2026-03-31 22:30 UTC is already 1 April in Berlin (CEST, UTC+2)
const T1 = new Date('2026-03-30T08:00:00Z');
const T2 = new Date('2026-03-31T22:30:00Z');
const T3 = new Date('2026-04-02T10:00:00Z');
const T4 = new Date('2026-04-03T10:00:00Z');

function fieldsOf(e: unknown): string[] {
  assert.ok(e instanceof WorkspaceInputError, String(e));
  return e.errors.map((x) => x.field).sort();
}

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  t2 = await makeTenant(db.db, 'Office Two');
  admin = await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example', { name: 'Anna Admin' });
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example', { name: 'Ada Adviser' });
  companyUser = await makeUser(db.db, t1.tenantId, 'company', 'staff@a.example', { companyId: t1.companyA });
  admin2 = await makeUser(db.db, t2.tenantId, 'admin', 'admin@two.example');
  companyId = (await createCompany(db.db, adviser, { name: 'Westpfalz Sensorik', postcode: '66849', headcount: 8 }, T1)).id;
  otherCompanyId = (await createCompany(db.db, admin, { name: 'Andere GmbH' }, T1)).id;
  contactId = (await createContact(db.db, adviser, companyId, { name: 'Petra Personal', role: 'Personalleitung' }, T2)).id;
  consultationId = (await recordConsultation(db.db, adviser, companyId, { date: '2026-04-01', channel: 'phone', topics: ['recognition'], kind: 'first' }, T2)).id;
  await updateCompany(db.db, admin, companyId, { name: 'Westpfalz Sensorik GmbH', postcode: '66849', headcount: 8 }, T3);
  const gone = (await createContact(db.db, adviser, companyId, { name: 'Karl Kurz' }, T3)).id;
  await deleteContact(db.db, adviser, gone, T4);
  t2CompanyId = (await createCompany(db.db, admin2, { name: 'Zweite Firma' }, T3)).id;
});

after(async () => {
  await db?.destroy();
});

test('advisers and company users may not read the audit trail; another tenant’s admin sees none of its rows', async () => {
  await assert.rejects(listAuditTrail(db.db, adviser), (e: unknown) => e instanceof ForbiddenError);
  await assert.rejects(listAuditTrail(db.db, companyUser), (e: unknown) => e instanceof ForbiddenError);
  const own = await listAuditTrail(db.db, admin2, { pageSize: 100 });
  assert.ok(own.items.length > 0);
  assert.ok(own.items.every((r) => r.entityId !== companyId && r.entityId !== contactId));
  assert.deepEqual(
    own.items.map((r) => r.entityId),
    [t2CompanyId],
  );
  const foreign = await listAuditTrail(db.db, admin2, { entity: 'company', entityId: companyId, related: '1' });
  assert.equal(foreign.total, 0);
  const mine = await listAuditTrail(db.db, admin, { pageSize: 100 });
  assert.ok(mine.items.every((r) => r.entityId !== t2CompanyId));
});

test('newest first, with the acting user’s name; paging', async () => {
  const all = await listAuditTrail(db.db, admin, { pageSize: 100 });
  assert.equal(all.total, all.items.length);
  const times = all.items.map((r) => r.at.getTime());
  assert.deepEqual(times, [...times].sort((a, b) => b - a));
  assert.equal(all.items[0]!.action, 'delete');
  assert.equal(all.items[0]!.actorName, 'Ada Adviser');
  assert.equal(all.items[0]!.actor, `user:${adviser.userId}`);

  const p1 = await listAuditTrail(db.db, admin, { pageSize: 2, page: 1 });
  const p2 = await listAuditTrail(db.db, admin, { pageSize: '2', page: '2' });
  assert.equal(p1.total, all.total);
  assert.deepEqual(
    [...p1.items, ...p2.items].map((r) => r.id),
    all.items.slice(0, 4).map((r) => r.id),
  );
  const beyond = await listAuditTrail(db.db, admin, { pageSize: 100, page: 5 });
  assert.deepEqual(beyond.items, []);
});

test('filters: entity, entityId, acting user, action, date range (office days, both included)', async () => {
  const companiesOnly = await listAuditTrail(db.db, admin, { entity: 'company', pageSize: 100 });
  assert.ok(companiesOnly.items.length >= 3);
  assert.ok(companiesOnly.items.every((r) => r.entity === 'company'));

  const one = await listAuditTrail(db.db, admin, { entity: 'company', entityId: companyId });
  assert.deepEqual(
    one.items.map((r) => r.action),
    ['update', 'create'],
  );
  assert.ok(one.items.every((r) => r.exists));

  const byAdmin = await listAuditTrail(db.db, admin, { actorUserId: admin.userId, pageSize: 100 });
  assert.deepEqual(byAdmin.items.map((r) => `${r.action} ${r.entity} ${r.entityId}`).sort(), [`create company ${otherCompanyId}`, `update company ${companyId}`].sort());
  assert.ok(byAdmin.items.every((r) => r.actorName === 'Anna Admin'));

  const deletions = await listAuditTrail(db.db, admin, { action: 'delete' });
  assert.equal(deletions.total, 1);
  assert.equal(deletions.items[0]!.entity, 'contact');
  assert.equal(deletions.items[0]!.exists, false, 'a deleted contact cannot be opened');

  // 1 April in Berlin: T2 (22:30 UTC on 31 March) belongs to it, T1 and T3 do not
  const april1 = await listAuditTrail(db.db, admin, { from: '2026-04-01', to: '2026-04-01', pageSize: 100 });
  assert.ok(april1.items.length === 2);
  assert.ok(april1.items.every((r) => r.at.getTime() === T2.getTime()));
  const fromApril2 = await listAuditTrail(db.db, admin, { from: '2026-04-02', pageSize: 100 });
  assert.ok(fromApril2.items.every((r) => r.at >= T3));
  assert.equal(fromApril2.total, 3);
  const untilMarch31 = await listAuditTrail(db.db, admin, { to: '2026-03-31', pageSize: 100 });
  assert.ok(untilMarch31.items.every((r) => r.at.getTime() === T1.getTime()));
  assert.equal(untilMarch31.total, 2);
});

test('the trail of a company may include its contacts and consultations, deleted contacts too', async () => {
  const trail = await listAuditTrail(db.db, admin, { entity: 'company', entityId: companyId, related: '1', pageSize: 100 });
  const kinds = trail.items.map((r) => `${r.action} ${r.entity}`).sort();
  assert.deepEqual(kinds, ['create company', 'create consultation', 'create contact', 'create contact', 'delete contact', 'update company'].sort());
  assert.ok(trail.items.every((r) => r.entityId !== otherCompanyId));
  const contactRow = trail.items.find((r) => r.entity === 'contact' && r.entityId === contactId);
  assert.equal(contactRow?.exists, true);
});

test('bad filter values are errors naming each field', async () => {
  await assert.rejects(
    listAuditTrail(db.db, admin, { entity: 'planet', entityId: 'x', actorUserId: '42', action: 'teleport', from: '2026-13-01', to: 'soon', related: 'maybe', page: '0', pageSize: '1000' }),
    (e: unknown) => {
      assert.deepEqual(fieldsOf(e), ['action', 'actorUserId', 'entity', 'entityId', 'from', 'page', 'pageSize', 'related', 'to']);
      return true;
    },
  );
  await assert.rejects(listAuditTrail(db.db, admin, { from: '2026-04-02', to: '2026-04-01' }), (e: unknown) => {
    assert.deepEqual(fieldsOf(e), ['to']);
    return true;
  });
  await assert.rejects(listAuditTrail(db.db, admin, { entity: ['company', 'contact'] }), (e: unknown) => {
    assert.deepEqual(fieldsOf(e), ['entity']);
    return true;
  });
});

test('updates are recorded as diffs: only the changed fields, each as [old, new]; an unchanged update writes nothing', async () => {
  const c = (await createCompany(db.db, admin, { name: 'Diff GmbH', city: 'Landstuhl', headcount: 12 }, T1)).id;
  await updateCompany(db.db, admin, c, { name: 'Diff AG', city: 'Landstuhl', headcount: 12 }, T3);
  await updateCompany(db.db, admin, c, { name: 'Diff AG', city: 'Landstuhl', headcount: 12 }, T4);
  const trail = await listAuditTrail(db.db, admin, { entity: 'company', entityId: c });
  assert.deepEqual(
    trail.items.map((r) => r.action),
    ['update', 'create'],
  );
  assert.deepEqual(trail.items[0]!.changes, { name: ['Diff GmbH', 'Diff AG'] });

  await updateContact(db.db, admin, contactId, { name: 'Petra Personal', role: 'Geschäftsführung', email: 'petra@a.example' }, T4);
  const contactTrail = await listAuditTrail(db.db, admin, { entity: 'contact', entityId: contactId, action: 'update' });
  assert.deepEqual(contactTrail.items[0]!.changes, { role: ['Personalleitung', 'Geschäftsführung'], email: [null, 'petra@a.example'] });

  await updateConsultation(db.db, admin, consultationId, { date: '2026-04-01', channel: 'video', topics: ['recognition', 'residence_law'], kind: 'first' }, T4);
  const kTrail = await listAuditTrail(db.db, admin, { entity: 'consultation', entityId: consultationId, action: 'update' });
  assert.deepEqual(kTrail.items[0]!.changes, { channel: ['phone', 'video'], topics: [['recognition'], ['recognition', 'residence_law']] });
});

test('secret-looking keys never leave the use case; anonymised companies cannot be opened', async () => {
  await db.db.insert(auditLog).values({
    tenantId: t1.tenantId,
    actor: 'cli:test',
    action: 'update',
    entity: 'user',
    entityId: admin.userId,
    changes: { passwordHash: ['a', 'b'], tokenHash: 'x', name: ['A', 'B'] },
    at: T4,
  });
  const rows = await listAuditTrail(db.db, admin, { entity: 'user', entityId: admin.userId });
  assert.deepEqual(rows.items[0]!.changes, { name: ['A', 'B'] });
  assert.equal(rows.items[0]!.actorName, null);
  await db.db.delete(auditLog).where(and(eq(auditLog.actor, 'cli:test'), eq(auditLog.tenantId, t1.tenantId)));

  await deleteCompany(db.db, admin, otherCompanyId, T4);
  const trail = await listAuditTrail(db.db, admin, { entity: 'company', entityId: otherCompanyId });
  assert.ok(trail.items.length === 2);
  assert.ok(trail.items.every((r) => !r.exists));
});

test('account state changes are diffs too ([null, when]); no hash or token appears in any row', async () => {
  const T5 = new Date('2026-04-05T10:00:00Z');
  const token = await createApiToken(db.db, adviser, { name: 'ERP' }, T5);
  await revokeApiToken(db.db, adviser, { tokenId: token.id }, T5);
  const other = await makeUser(db.db, t1.tenantId, 'adviser', 'leaving@one.example');
  await disableUser(db.db, admin, { userId: other.userId }, T5);
  const revoked = await listAuditTrail(db.db, admin, { entity: 'api_token', entityId: token.id, action: 'update' });
  assert.deepEqual(revoked.items[0]!.changes, { revokedAt: [null, T5.toISOString()] });
  const disabled = await listAuditTrail(db.db, admin, { entity: 'user', entityId: other.userId });
  assert.deepEqual(disabled.items[0]!.changes, { disabledAt: [null, T5.toISOString()], sessionsEnded: 0 });
  const rows = await db.db.select({ changes: auditLog.changes }).from(auditLog);
  const text = JSON.stringify(rows);
  assert.ok(!text.includes(token.token), 'the token itself');
  assert.ok(!/hash/i.test(text), 'no hash');
});
