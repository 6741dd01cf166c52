// Workspace search: trigram matching on names (typos), german full text on records (inflected forms), tenant
// isolation, anonymised companies left out, advisers and admins only.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { ForbiddenError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { makeTenant, makeUser } from '../../dev/accountsTesting.ts';
import { createCompany } from '../companies/createCompany.ts';
import { createContact } from '../companies/createContact.ts';
import { deleteCompany } from '../companies/deleteCompany.ts';
import { recordConsultation } from '../consultations/recordConsultation.ts';
import { searchWorkspace } from './searchWorkspace.ts';
import { createCandidate } from '../candidates/createCandidate.ts';
import { eraseCandidate } from '../candidates/eraseCandidate.ts';
import { WorkspaceInputError } from '../common/errors.ts';

let db: TestDatabase;
let adviser: Actor;
let otherAdviser: Actor;
let staff: Actor;
let westrich: string;

before(async () => {
  db = await openTestDb();
  const t1 = await makeTenant(db.db, 'Office One');
  const t2 = await makeTenant(db.db, 'Office Two');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example');
  otherAdviser = await makeUser(db.db, t2.tenantId, 'adviser', 'adviser@two.example');
  staff = await makeUser(db.db, t1.tenantId, 'company', 'staff@one.example', { companyId: t1.companyA });
  westrich = (await createCompany(db.db, adviser, { name: 'Westrich Maschinenbau GmbH', city: 'Landstuhl', notes: 'Sucht Mechatroniker' })).id;
  await createCompany(db.db, adviser, { name: 'Kaiserslauterer Kunststofftechnik' });
  await createContact(db.db, adviser, westrich, { name: 'Jürgen Schwarzkopf', email: 'j.schwarzkopf@westrich.example' });
  await recordConsultation(db.db, adviser, westrich, {
    date: '2026-04-10',
    channel: 'phone',
    topics: ['recognition'],
    kind: 'first',
    record: 'Die Firma möchte zwei Bauingenieurinnen aus Kolumbien einstellen; Anerkennungsverfahren besprochen.',
  });
  await createCompany(db.db, otherAdviser, { name: 'Westrich Zwei GmbH' });
});
after(async () => {
  await db?.destroy();
});

test('company names match with typos (trigrams) and in part; other tenants never', async () => {
  const r = await searchWorkspace(db.db, adviser, { q: 'westrch maschinenbau' });
  assert.deepEqual(
    r.companies.map((c) => c.name),
    ['Westrich Maschinenbau GmbH'],
  );
  const part = await searchWorkspace(db.db, adviser, { q: 'kunststoff' });
  assert.deepEqual(
    part.companies.map((c) => c.name),
    ['Kaiserslauterer Kunststofftechnik'],
  );
  const other = await searchWorkspace(db.db, otherAdviser, { q: 'westrich' });
  assert.deepEqual(
    other.companies.map((c) => c.name),
    ['Westrich Zwei GmbH'],
  );
  assert.equal(other.contacts.length, 0);
  assert.equal(other.candidates.length, 0);
  assert.equal(other.consultations.length, 0);
});

test('contacts by name (typo) and e-mail; records by german full text (inflected forms)', async () => {
  const byName = await searchWorkspace(db.db, adviser, { q: 'Schwarzkopp' });
  assert.deepEqual(
    byName.contacts.map((c) => [c.name, c.companyName]),
    [['Jürgen Schwarzkopf', 'Westrich Maschinenbau GmbH']],
  );
  const byText = await searchWorkspace(db.db, adviser, { q: 'Anerkennungsverfahren Kolumbien' });
  assert.equal(byText.consultations.length, 1);
  assert.match(byText.consultations[0]!.snippet, /Bauingenieurinnen/);
  const byNotes = await searchWorkspace(db.db, adviser, { q: 'mechatroniker' });
  assert.deepEqual(
    byNotes.companies.map((c) => c.id),
    [westrich],
  );
});

test('candidates by name (typo, part) and e-mail, within the tenant; erased candidates never', async () => {
  const t = await makeTenant(db.db, 'Office Candidates');
  const a = await makeUser(db.db, t.tenantId, 'adviser', 'adviser@candidates.example');
  const other = await makeUser(db.db, (await makeTenant(db.db, 'Office Elsewhere')).tenantId, 'adviser', 'adviser@elsewhere.example');
  const { id } = await createCandidate(db.db, a, t.companyA, { name: 'Valentina Restrepo', email: 'v.restrepo@correo.example' });
  await createCandidate(db.db, a, t.companyB, { name: 'Joaquín Ortega' });
  const byTypo = await searchWorkspace(db.db, a, { q: 'Restrepp' });
  assert.deepEqual(byTypo.candidates.map((c) => [c.name, c.companyName]), [['Valentina Restrepo', 'Office Candidates – Firma A']]);
  assert.deepEqual((await searchWorkspace(db.db, a, { q: 'correo.example' })).candidates.map((c) => c.id), [id]);
  assert.deepEqual((await searchWorkspace(db.db, a, { q: 'ortega' })).candidates.map((c) => c.name), ['Joaquín Ortega']);
  assert.equal((await searchWorkspace(db.db, other, { q: 'Restrepo' })).candidates.length, 0);
  await eraseCandidate(db.db, a, id, { remove: async () => {} });
  assert.equal((await searchWorkspace(db.db, a, { q: 'Restrepo' })).candidates.length, 0);
  assert.equal((await searchWorkspace(db.db, a, { q: 'correo' })).candidates.length, 0);
});

test('bad queries name the field; company users may not search; anonymised companies disappear', async () => {
  await assert.rejects(searchWorkspace(db.db, adviser, { q: ' ' }), (e: unknown) => e instanceof WorkspaceInputError && e.errors[0]!.field === 'q');
  await assert.rejects(searchWorkspace(db.db, adviser, { q: 'x' }), WorkspaceInputError);
  await assert.rejects(searchWorkspace(db.db, staff, { q: 'westrich' }), ForbiddenError);
  await deleteCompany(db.db, adviser, westrich);
  const r = await searchWorkspace(db.db, adviser, { q: 'westrich' });
  assert.equal(r.companies.length, 0);
  assert.equal(r.contacts.length, 0);
  assert.equal((await searchWorkspace(db.db, adviser, { q: 'Kolumbien' })).consultations.length, 0);
});
