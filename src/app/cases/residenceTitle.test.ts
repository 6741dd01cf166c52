// Recording a case's residence title (issue 15) on the database: saved with an audit row of what changed, shown by
// getCase, removed by an empty form; bad input refused naming each field, with nothing written.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, cases } from '../../db/schema/index.ts';
import { makeCaseWorld } from '../../dev/caseWorldTesting.ts';
import type { CaseWorld } from '../../dev/caseWorldTesting.ts';
import { WorkspaceInputError } from '../common/errors.ts';
import { getCase } from './getCase.ts';
import { checkResidenceTitle, recordResidenceTitle, residenceTitleOf } from './recordResidenceTitle.ts';

const TODAY = '2026-12-04';
let db: TestDatabase;
let w: CaseWorld;
before(async () => {
  db = await openTestDb();
  w = await makeCaseWorld(db.db, 'adviser');
});
after(async () => {
  await db.destroy();
});

const BLUE_CARD = { titleRouteId: '18g-standard', issuedOn: '2025-04-01', validUntil: '2029-03-31', cardNumber: ' y01a 23bc4 ', employmentFrom: '2025-04-15' };

test('A title is recorded with an audit row, read back by getCase, and an unchanged save writes nothing', async () => {
  const a = w.actors.adviser;
  const { title, changes } = await recordResidenceTitle(db.db, a, w.case.ownCompany, BLUE_CARD, TODAY);
  assert.deepEqual(title, { titleRouteId: '18g-standard', issuedOn: '2025-04-01', validUntil: '2029-03-31', cardNumber: 'Y01A23BC4', employmentFrom: '2025-04-15' });
  assert.deepEqual(changes.titleValidUntil, [null, '2029-03-31']);
  const view = await getCase(db.db, a, w.case.ownCompany);
  assert.deepEqual(residenceTitleOf(view.case), title);
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, w.case.ownCompany), eq(auditLog.action, 'residenceTitle')));
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.actorUserId, a.userId);
  const again = await recordResidenceTitle(db.db, a, w.case.ownCompany, BLUE_CARD, TODAY);
  assert.deepEqual(again.changes, {});
  assert.equal((await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, w.case.ownCompany), eq(auditLog.action, 'residenceTitle')))).length, 1);
});

test('An empty form removes the title; the start of employment is kept only for a Blue Card', async () => {
  const a = w.actors.admin;
  const other = await recordResidenceTitle(db.db, a, w.case.otherCompany, { ...BLUE_CARD, titleRouteId: '18b' }, TODAY);
  assert.equal(other.title?.employmentFrom, null);
  const removed = await recordResidenceTitle(db.db, a, w.case.otherCompany, { titleRouteId: '', issuedOn: '', validUntil: '', cardNumber: '', employmentFrom: '' }, TODAY);
  assert.equal(removed.title, null);
  const [row] = await db.db.select().from(cases).where(eq(cases.id, w.case.otherCompany));
  assert.equal(residenceTitleOf(row!), null);
  assert.equal(row!.titleCardNumber, null);
});

// Each bad input, alone, and the field it names; both sides of each boundary.
const BAD: [string, Record<string, unknown>, string[]][] = [
  ['no route', { ...BLUE_CARD, titleRouteId: '' }, ['titleRouteId']],
  ['an unknown route', { ...BLUE_CARD, titleRouteId: '18z' }, ['titleRouteId']],
  ['no expiry', { ...BLUE_CARD, validUntil: '' }, ['validUntil']],
  ['an impossible date', { ...BLUE_CARD, validUntil: '2029-02-29' }, ['validUntil']],
  ['expiry before issue', { ...BLUE_CARD, issuedOn: '2025-04-01', validUntil: '2025-03-31' }, ['validUntil']],
  ['issued tomorrow', { ...BLUE_CARD, issuedOn: '2026-12-05' }, ['issuedOn']],
  ['employment from tomorrow', { ...BLUE_CARD, employmentFrom: '2026-12-05' }, ['employmentFrom']],
  ['a card number of four characters', { ...BLUE_CARD, cardNumber: 'Y012' }, ['cardNumber']],
  ['a card number with a dash', { ...BLUE_CARD, cardNumber: 'Y01-234567' }, ['cardNumber']],
  ['a card number of 21 characters', { ...BLUE_CARD, cardNumber: 'Y'.repeat(21) }, ['cardNumber']],
];
const GOOD: [string, Record<string, unknown>][] = [
  ['expiry on the day of issue', { ...BLUE_CARD, issuedOn: '2025-04-01', validUntil: '2025-04-01' }],
  ['issued today', { ...BLUE_CARD, issuedOn: TODAY }],
  ['employment from today', { ...BLUE_CARD, employmentFrom: TODAY }],
  ['a card number of five characters', { ...BLUE_CARD, cardNumber: 'Y0123' }],
  ['a card number of 20 characters', { ...BLUE_CARD, cardNumber: 'Y'.repeat(20) }],
  ['only route and expiry', { titleRouteId: 'other', validUntil: '2027-01-01' }],
];
for (const [name, input, fields] of BAD) {
  test(`Refused, naming ${fields.join(', ')}: ${name}`, () => {
    assert.throws(
      () => checkResidenceTitle(input, TODAY),
      (err: unknown) => err instanceof WorkspaceInputError && JSON.stringify(err.errors.map((e) => e.field)) === JSON.stringify(fields),
    );
  });
}
for (const [name, input] of GOOD) {
  test(`Accepted: ${name}`, () => {
    assert.ok(checkResidenceTitle(input, TODAY) !== null);
  });
}

test('A refused title writes nothing: the title recorded before stays', async () => {
  const a = w.actors.adviser;
  await assert.rejects(recordResidenceTitle(db.db, a, w.case.ownCompany, { ...BLUE_CARD, validUntil: '2020-01-01' }, TODAY), WorkspaceInputError);
  const [row] = await db.db.select().from(cases).where(eq(cases.id, w.case.ownCompany));
  assert.equal(row!.titleValidUntil, '2029-03-31');
});
