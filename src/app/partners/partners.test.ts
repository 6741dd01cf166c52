// Partner directory use cases (issue 6): correcting a partner (strict input, audit diff, no row without a change) and
// removing one (refused while consultations refer to it, so the report's referral figures stay as they are).
// Tenant-scoped: another tenant's partner is "not found"; company users may not manage partners, and since issue 16
// ("editable by admins") neither may advisers: they read the directory and refer to its partners.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, partners } from '../../db/schema/index.ts';
import { ForbiddenError, NotFoundError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { createPartner } from './createPartner.ts';
import { PartnerInUseError, deletePartner } from './deletePartner.ts';
import { recordConsultation } from '../consultations/recordConsultation.ts';
import { updateConsultation } from '../consultations/updateConsultation.ts';
import { updatePartner } from './updatePartner.ts';
import { WorkspaceInputError } from '../common/errors.ts';

let db: TestDatabase;
let t1: { tenantId: string; companyA: string; companyB: string };
let adviser: Actor;
let admin: Actor;
let companyUser: Actor;
let otherAdviser: Actor;
const T0 = new Date('2026-04-01T09:00:00Z');

function fieldsOf(e: unknown): string[] {
  assert.ok(e instanceof WorkspaceInputError, String(e));
  return e.errors.map((x) => x.field).sort();
}

async function auditRows(entityId: string) {
  return db.db.select().from(auditLog).where(and(eq(auditLog.entity, 'partner'), eq(auditLog.entityId, entityId))).orderBy(auditLog.id);
}

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  const t2 = await makeTenant(db.db, 'Office Two');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example');
  admin = await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example');
  companyUser = await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA });
  otherAdviser = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example');
});

after(async () => {
  await db?.destroy();
});

test('updatePartner replaces all fields and audits the diff; no row when nothing changed', async () => {
  const { id } = await createPartner(db.db, admin, { name: 'IHK Pfalz', type: 'ihk', contactName: 'Frau Berg', phone: '0631 1234' });
  const changes = await updatePartner(db.db, admin, id, { name: 'IHK für die Pfalz', type: 'ihk', email: 'Info@Pfalz.IHK24.de', website: 'www.pfalz.ihk24.de' }, T0);
  assert.deepEqual(changes, {
    name: ['IHK Pfalz', 'IHK für die Pfalz'],
    contactName: ['Frau Berg', null],
    email: [null, 'info@pfalz.ihk24.de'],
    phone: ['0631 1234', null],
    website: [null, 'https://www.pfalz.ihk24.de/'],
  });
  const [row] = await db.db.select().from(partners).where(eq(partners.id, id));
  assert.equal(row!.name, 'IHK für die Pfalz');
  assert.equal(row!.contactName, null);
  assert.equal(row!.updatedAt.toISOString(), T0.toISOString());
  const rows = await auditRows(id);
  assert.deepEqual(
    rows.map((r) => r.action),
    ['create', 'update'],
  );
  assert.deepEqual(rows[1]!.changes, changes);
  assert.equal(rows[1]!.actorUserId, admin.userId);

  // the same values again: nothing to record
  const none = await updatePartner(db.db, admin, id, { name: 'IHK für die Pfalz', type: 'ihk', email: 'info@pfalz.ihk24.de', website: 'https://www.pfalz.ihk24.de/' });
  assert.deepEqual(none, {});
  assert.equal((await auditRows(id)).length, 2);
});

test('updatePartner checks strictly like createPartner and writes nothing on bad input', async () => {
  const { id } = await createPartner(db.db, admin, { name: 'Agentur für Arbeit', type: 'ba_employer_service' });
  const err = await updatePartner(db.db, admin, id, { name: ' ', type: 'bank', email: 'nope', website: 'not a site', phone: 'x'.repeat(51) }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(err), ['email', 'name', 'phone', 'type', 'website']);
  const created = await createPartner(db.db, admin, { name: ' ', type: 'bank', email: 'nope', website: 'not a site', phone: 'x'.repeat(51) }).catch((e: unknown) => e);
  assert.deepEqual(fieldsOf(created), fieldsOf(err));
  const [row] = await db.db.select().from(partners).where(eq(partners.id, id));
  assert.equal(row!.name, 'Agentur für Arbeit');
  assert.equal((await auditRows(id)).length, 1);
});

test('partners are managed within the tenant by admins: other tenants get NotFound, advisers and company users Forbidden', async () => {
  const { id } = await createPartner(db.db, admin, { name: 'Ausländerbehörde', type: 'immigration_office' });
  const input = { name: 'Changed', type: 'other' };
  const otherAdmin = { ...otherAdviser, role: 'admin' as const };
  await assert.rejects(updatePartner(db.db, otherAdmin, id, input), NotFoundError);
  await assert.rejects(deletePartner(db.db, otherAdmin, id), NotFoundError);
  await assert.rejects(updatePartner(db.db, admin, 'not-an-id', input), NotFoundError);
  await assert.rejects(deletePartner(db.db, admin, '00000000-0000-4000-8000-000000000000'), NotFoundError);
  // issue 16: the network is editable by admins; an adviser reads it and refers to it
  await assert.rejects(createPartner(db.db, adviser, input), ForbiddenError);
  await assert.rejects(updatePartner(db.db, adviser, id, input), ForbiddenError);
  await assert.rejects(deletePartner(db.db, adviser, id), ForbiddenError);
  await assert.rejects(updatePartner(db.db, companyUser, id, input), ForbiddenError);
  await assert.rejects(deletePartner(db.db, companyUser, id), ForbiddenError);
  const [row] = await db.db.select().from(partners).where(eq(partners.id, id));
  assert.equal(row!.name, 'Ausländerbehörde');
});

test('deletePartner removes an unused partner with an audit row naming it', async () => {
  const { id } = await createPartner(db.db, admin, { name: 'Bildungswerk West', type: 'education_provider', contactName: 'Herr Ost' });
  await deletePartner(db.db, admin, id, T0);
  assert.equal((await db.db.select().from(partners).where(eq(partners.id, id))).length, 0);
  const rows = await auditRows(id);
  const last = rows.at(-1)!;
  assert.equal(last.action, 'delete');
  assert.deepEqual(last.changes, { name: 'Bildungswerk West', type: 'education_provider' });
  assert.equal(last.at.toISOString(), T0.toISOString());
  await assert.rejects(deletePartner(db.db, admin, id), NotFoundError);
});

test('deletePartner refuses a partner named in referrals, saying in how many consultations; unused again, it goes', async () => {
  const { id } = await createPartner(db.db, admin, { name: 'HWK der Pfalz', type: 'hwk' });
  const base = { date: '2026-03-01', channel: 'phone', topics: ['recognition'], kind: 'first' };
  const c1 = await recordConsultation(db.db, adviser, t1.companyA, { ...base, partnerIds: [id] });
  const c2 = await recordConsultation(db.db, adviser, t1.companyB, { ...base, partnerIds: [id] });
  const err = await deletePartner(db.db, admin, id).catch((e: unknown) => e);
  assert.ok(err instanceof PartnerInUseError, String(err));
  assert.equal(err.consultations, 2);
  assert.equal(err.statusCode, 409);
  assert.match(err.message, /2 consultation/);
  assert.equal((await db.db.select().from(partners).where(eq(partners.id, id))).length, 1);
  assert.deepEqual(
    (await auditRows(id)).map((r) => r.action),
    ['create'],
  );

  await updateConsultation(db.db, adviser, c1.id, { ...base, partnerIds: [] });
  const once = await deletePartner(db.db, admin, id).catch((e: unknown) => e);
  assert.ok(once instanceof PartnerInUseError);
  assert.equal(once.consultations, 1);
  await updateConsultation(db.db, adviser, c2.id, { ...base, partnerIds: [] });
  await deletePartner(db.db, admin, id);
  assert.equal((await db.db.select().from(partners).where(eq(partners.id, id))).length, 0);
});
