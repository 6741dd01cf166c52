// A case's recognition record (issue 16) on the database: recorded with an audit row of what changed, read back with
// the proposals of further qualification (which deficit each closes, the funding, the § 16d route); bad input refused
// naming each field, nothing written; the CHECKs refuse codes the application would refuse.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, candidates, caseRecognitions, cases } from '../../db/schema/index.ts';
import { makeCaseWorld } from '../../dev/caseWorldTesting.ts';
import type { CaseWorld } from '../../dev/caseWorldTesting.ts';
import { WorkspaceInputError } from '../common/errors.ts';
import { getCaseRecognition } from './getCaseRecognition.ts';
import { recordCaseRecognition } from './recordCaseRecognition.ts';
import { MEASURE_KINDS as PARTNER_OFFERS } from '../common/codes.ts';
import { MEASURE_KINDS } from '../../law/recognition/measures.ts';

const TODAY = '2026-12-05';
let db: TestDatabase;
let w: CaseWorld;
before(async () => {
  db = await openTestDb();
  w = await makeCaseWorld(db.db, 'adviser');
});
after(async () => {
  await db.destroy();
});

const NOTICE = {
  outcome: 'partial',
  referenceOccupationId: 'elektroniker-betriebstechnik',
  competentBody: 'HWK der Pfalz',
  appliedOn: '2026-06-01',
  decidedOn: '2026-09-15',
  regulated: 'no',
  germanLevel: 'B1',
  residesInGermany: 'yes',
  deficits: 'Kenntnisse der VDE-Vorschriften und Arbeitssicherheit fehlen; Praxis in der Betriebstechnik.',
  deficitTags: ['normen_vde', 'arbeitssicherheit', 'fachpraxis'],
};

test('the partner directory offers exactly the measure kinds of the catalogue', () => {
  assert.deepEqual([...PARTNER_OFFERS], [...MEASURE_KINDS]);
});

async function inputError(run: Promise<unknown>): Promise<string[]> {
  try {
    await run;
  } catch (err) {
    if (err instanceof WorkspaceInputError) return err.errors.map((e) => `${e.field}:${e.code}`);
    throw err;
  }
  assert.fail('expected an input error');
}

test('bad input is refused naming each field, and nothing is written', async () => {
  const a = w.actors.adviser;
  const errors = await inputError(
    recordCaseRecognition(db.db, a, w.case.ownCompany, { outcome: 'teilweise', appliedOn: '2026-12-31', decidedOn: '2026-01-01', deficitTags: ['fachpraxis', 'zauberei'], regulated: 'vielleicht' }, TODAY),
  );
  assert.deepEqual(errors.sort(), ['appliedOn:dateInFuture', 'decidedOn:beforeApplied', 'deficitTags:oneOf', 'outcome:oneOf', 'regulated:oneOf'].sort());
  assert.deepEqual(await inputError(recordCaseRecognition(db.db, a, w.case.ownCompany, {}, TODAY)), ['outcome:required']);
  const rows = await db.db.select().from(caseRecognitions).where(eq(caseRecognitions.caseId, w.case.ownCompany));
  assert.equal(rows.length, 0);
});

test('before a record exists the case has no proposals; a company user reads it without editing or referring', async () => {
  const view = await getCaseRecognition(db.db, w.actors.company, w.case.ownCompany, TODAY);
  assert.equal(view.record, null);
  assert.deepEqual(view.proposals, []);
  assert.equal(view.mayEdit, false);
  assert.equal(view.mayRefer, false);
});

test('a notice is recorded with an audit row; an unchanged save writes nothing; the company user reads the proposals', async () => {
  const a = w.actors.adviser;
  const { record, changes } = await recordCaseRecognition(db.db, a, w.case.ownCompany, NOTICE, TODAY);
  assert.equal(record.outcome, 'partial');
  assert.equal(record.regulated, false);
  assert.equal(record.residesInGermany, true);
  assert.deepEqual(record.deficitTags, ['normen_vde', 'arbeitssicherheit', 'fachpraxis']);
  assert.deepEqual(changes.outcome, [null, 'partial']);
  const audit = await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, w.case.ownCompany), eq(auditLog.action, 'recognition')));
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.actorUserId, a.userId);
  const again = await recordCaseRecognition(db.db, a, w.case.ownCompany, NOTICE, TODAY);
  assert.deepEqual(again.changes, {});
  assert.equal((await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, w.case.ownCompany), eq(auditLog.action, 'recognition')))).length, 1);

  const changed = await recordCaseRecognition(db.db, a, w.case.ownCompany, { ...NOTICE, deficitTags: ['fachtheorie'] }, TODAY);
  assert.deepEqual(changed.changes, { deficitTags: [['normen_vde', 'arbeitssicherheit', 'fachpraxis'], ['fachtheorie']] });
  await recordCaseRecognition(db.db, a, w.case.ownCompany, NOTICE, TODAY);

  const view = await getCaseRecognition(db.db, w.actors.company, w.case.ownCompany, TODAY);
  assert.equal(view.record?.competentBody, 'HWK der Pfalz');
  assert.equal(view.germanLevel, 'B1');
  assert.deepEqual(
    view.proposals.map((p) => p.kind),
    ['anpassungsqualifizierung_betrieb', 'anpassungsqualifizierung_kurs'],
  );
  const [first] = view.proposals;
  assert.deepEqual(first!.closes, ['fachpraxis', 'arbeitssicherheit', 'normen_vde']);
  assert.ok(first!.funding.some((f) => f.id === 'anerkennungszuschuss' && f.applyUntil === '2027-06-30' && f.fits === 'yes'));
  assert.deepEqual(first!.residence?.sections, ['16d1', '16d3']);
  // the company user does not see the office's partner directory
  assert.ok(view.proposals.every((p) => p.providers.length === 0));
});

test('after 30.06.2027 the Anerkennungszuschuss is no longer proposed', async () => {
  const view = await getCaseRecognition(db.db, w.actors.company, w.case.ownCompany, '2027-07-01');
  assert.ok(view.proposals.length > 0);
  assert.ok(view.proposals.every((p) => !p.funding.some((f) => f.id === 'anerkennungszuschuss')));
});

test('the database refuses an unknown deficit tag or outcome (CHECK)', async () => {
  await assert.rejects(db.db.update(caseRecognitions).set({ deficitTags: ['zauberei'] }).where(eq(caseRecognitions.caseId, w.case.ownCompany)));
  await assert.rejects(db.db.update(caseRecognitions).set({ outcome: 'teilweise' }).where(eq(caseRecognitions.caseId, w.case.ownCompany)));
});

test('without an answer on regulation the reference occupation decides: a nurse gets the compensation measures', async () => {
  const a = w.actors.adviser;
  await recordCaseRecognition(db.db, a, w.case.otherCompany, { outcome: 'partial', referenceOccupationId: 'pflegefachfrau', deficitTags: ['fachpraxis'] }, TODAY);
  const view = await getCaseRecognition(db.db, a, w.case.otherCompany, TODAY);
  assert.equal(view.occupation?.title.de.startsWith('Pflegefach'), true);
  assert.equal(view.occupation?.catalogueId, 'pflegefachkraft');
  assert.equal(view.regulated, true);
  assert.equal(view.regulatedFrom, 'occupation');
  assert.ok(view.proposals.length > 0);
  assert.ok(view.proposals.every((p) => p.measure.professions === 'regulated'));
  // the adviser's own answer wins over the occupation's
  await recordCaseRecognition(db.db, a, w.case.otherCompany, { outcome: 'partial', referenceOccupationId: 'pflegefachfrau', regulated: 'no', deficitTags: ['fachpraxis'] }, TODAY);
  const own = await getCaseRecognition(db.db, a, w.case.otherCompany, TODAY);
  assert.equal(own.regulatedFrom, 'record');
  assert.deepEqual(own.proposals.map((p) => p.kind), ['anpassungsqualifizierung_betrieb', 'anpassungsqualifizierung_kurs']);
  // an id outside the built-in catalogue (an office's own) is kept as text
  await recordCaseRecognition(db.db, a, w.case.otherCompany, { outcome: 'pending', referenceOccupationId: 'eigener-beruf' }, TODAY);
  const other = await getCaseRecognition(db.db, a, w.case.otherCompany, TODAY);
  assert.equal(other.occupation, null);
  assert.equal(other.record?.referenceOccupationId, 'eigener-beruf');
});

test("the candidate's recognition status follows the case's record", async () => {
  const a = w.actors.adviser;
  const caseId = w.case.otherCompany;
  const status = async () => {
    const [row] = await db.db.select({ s: candidates.recognitionStatus }).from(candidates).innerJoin(cases, eq(cases.candidateId, candidates.id)).where(eq(cases.id, caseId));
    return row!.s;
  };
  const table: Array<[Record<string, unknown>, string]> = [
    [{ outcome: 'pending' }, 'not_started'],
    [{ outcome: 'pending', appliedOn: '2026-11-02' }, 'in_progress'],
    [{ outcome: 'partial', appliedOn: '2026-11-02', decidedOn: '2026-12-01', deficitTags: ['fachpraxis'] }, 'partial'],
    [{ outcome: 'full', appliedOn: '2026-11-02', decidedOn: '2026-12-01' }, 'full'],
    [{ outcome: 'none', appliedOn: '2026-11-02', decidedOn: '2026-12-01' }, 'refused'],
    [{ outcome: 'not_required' }, 'not_needed'],
  ];
  for (const [input, expected] of table) {
    await recordCaseRecognition(db.db, a, caseId, input, TODAY);
    assert.equal(await status(), expected, JSON.stringify(input));
  }
});
