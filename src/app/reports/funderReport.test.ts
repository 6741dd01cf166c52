// The funder's report (issue 17) on a fixed data set with hand-computed expectations: a deleted company (still
// counted), an erased candidate and a person without consent (counted only in the total), a person who entered in
// the quarter before (not counted again), a second office (never counted); the drill-down lists the records behind
// each figure; company users are refused.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { ForbiddenError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { seedFunderFixture } from './funderFixture.testing.ts';
import { ageBand, isThirdCountry, iscedOf } from './funderCodes.ts';
import { buildFunderReport, funderExportRecords, funderRange, funderReportRecords, NO_CONSENT } from './funderReport.ts';

let db: TestDatabase;
let adviser: Actor;
let companyUser: Actor;
const Q1 = { quarter: '2026-Q1' };
const TODAY = '2026-04-10';

before(async () => {
  db = await openTestDb();
  ({ adviser, companyUser } = await seedFunderFixture(db));
});
after(async () => {
  await db.destroy();
});

test('the codes: age band on the day of entry, third countries, ISCED derived only from a university degree', () => {
  assert.equal(ageBand('2008-04-01', '2026-03-31'), 'under_18');
  assert.equal(ageBand('2008-04-01', '2026-04-01'), '18_29');
  assert.equal(ageBand('1996-04-01', '2026-04-01'), '30_54');
  assert.equal(ageBand('1971-04-01', '2026-04-01'), '55_plus');
  assert.equal(ageBand(null, '2026-04-01'), null);
  assert.equal(isThirdCountry('IN'), true);
  assert.equal(isThirdCountry('CH'), false);
  assert.equal(isThirdCountry('NO'), false);
  assert.equal(isThirdCountry(null), null);
  assert.deepEqual(iscedOf(null, 'academic'), { value: 'isced_5_8', derived: true });
  assert.deepEqual(iscedOf(null, 'vocational'), { value: null, derived: false });
  assert.deepEqual(iscedOf('isced_3_4', 'academic'), { value: 'isced_3_4', derived: false });
  assert.deepEqual(funderRange({ quarter: '2026-Q3' }, TODAY), { from: '2026-07-01', to: '2026-09-30' });
});

test('persons: counted once at entry; without consent (none, withdrawn, erased) only in the total', async () => {
  const r = await buildFunderReport(db.db, adviser, Q1, TODAY);
  assert.deepEqual([r.from, r.to], ['2026-01-01', '2026-03-31']);
  // Ana, Ben, Cem (no consent), Dora (erased), Fay (withdrawn); Eva entered in 2025
  assert.equal(r.persons.total, 5);
  assert.equal(r.persons.withConsent, 2);
  assert.equal(r.persons.withoutConsent, 3);
  assert.equal(r.persons.erased, 1);
  assert.equal(r.persons.iscedDerived, 1);
  const rows = (dim: keyof typeof r.persons.breakdowns) => r.persons.breakdowns[dim].map((b) => [b.key, b.total]);
  assert.deepEqual(rows('sex'), [['female', 1], ['male', 1], [NO_CONSENT, 3]]);
  assert.deepEqual(rows('ageBand'), [['18_29', 1], ['55_plus', 1], [NO_CONSENT, 3]]);
  assert.deepEqual(rows('employmentStatus'), [['employed', 1], ['unemployed', 1], [NO_CONSENT, 3]]);
  assert.deepEqual(rows('isced'), [['isced_5_8', 2], [NO_CONSENT, 3]]);
  assert.deepEqual(rows('thirdCountry'), [['yes', 1], ['no', 1], [NO_CONSENT, 3]]);
  assert.deepEqual(rows('disability'), [['no', 1], [null, 1], [NO_CONSENT, 3]]);
  assert.deepEqual(rows('region'), [['DE-RP', 2], [NO_CONSENT, 3]]);
  // by sex within each row: the persons without consent are not told apart
  assert.deepEqual(r.persons.breakdowns.isced[0], { key: 'isced_5_8', total: 2, female: 1, male: 1, nonBinary: 0, sexUnknown: 0 });
  assert.deepEqual(r.persons.breakdowns.isced[1], { key: NO_CONSENT, total: 3, female: 0, male: 0, nonBinary: 0, sexUnknown: 3 });
  const ind = Object.fromEntries(r.persons.indicators.map((i) => [i.key, [i.count, i.estimate, i.unknown]]));
  assert.deepEqual(ind, {
    unemployed: [1, null, 0],
    long_term_unemployed: [0, null, 0],
    inactive: [0, null, 0],
    employed: [1, null, 0],
    under_18: [0, null, 0],
    '18_29': [1, null, 0],
    '55_plus': [1, null, 0],
    isced_0_2: [0, null, 0],
    isced_3_4: [0, null, 0],
    isced_5_8: [2, null, 0],
    total: [5, null, 0],
    // Annex I 1.2: estimates extrapolated from those who told to all five
    disability: [0, 0, 1],
    third_country: [1, 3, 0],
    foreign_origin: [1, 5, 1],
  });
});

test('companies: SMEs and large ones by size class and WZ section, the deleted company still counted', async () => {
  const r = await buildFunderReport(db.db, adviser, Q1, TODAY);
  assert.equal(r.companies.total, 3);
  assert.equal(r.companies.smes, 2);
  assert.equal(r.companies.large, 1);
  assert.equal(r.companies.anonymised, 1);
  assert.deepEqual(r.companies.bySizeClass, [{ key: 'micro', count: 1 }, { key: 'small', count: 1 }, { key: 'large', count: 1 }]);
  assert.deepEqual(r.companies.byWzSection, [
    { key: 'C', total: 1, smes: 1, large: 0 },
    { key: 'F', total: 1, smes: 0, large: 1 },
    { key: 'Q', total: 1, smes: 1, large: 0 },
  ]);
});

test('office figures: consultations, cases opened and closed by route, median days to arrival', async () => {
  const r = await buildFunderReport(db.db, adviser, Q1, TODAY);
  assert.equal(r.office.consultations, 2);
  assert.deepEqual(r.office.byKind.map((b) => [b.key, b.count]).sort(), [['first', 1], ['follow_up', 1]]);
  assert.equal(r.office.casesOpenedTotal, 6);
  assert.deepEqual(r.office.casesOpened, [{ key: '18b', count: 3 }, { key: '18a', count: 3 }].sort((a, b) => a.key.localeCompare(b.key)));
  assert.deepEqual(r.office.casesClosed, [{ key: '18a', count: 1 }]);
  assert.equal(r.office.arrivals, 2);
  assert.equal(r.office.medianDaysToArrival, 36.5);
});

test('drill-down: the records behind a figure; the erased person without personal data; the export leaves out those without consent', async () => {
  const noConsent = await funderReportRecords(db.db, adviser, Q1, { kind: 'persons', dim: 'sex', key: NO_CONSENT }, TODAY);
  assert.equal(noConsent.kind, 'persons');
  const recs = noConsent.records as Array<{ name: string | null; erased: boolean; sex: string | null }>;
  assert.equal(recs.length, 3);
  const erased = recs.filter((p) => p.erased);
  assert.equal(erased.length, 1);
  assert.equal(erased[0]!.name, null);
  assert.ok(recs.every((p) => p.sex === null));
  const female = await funderReportRecords(db.db, adviser, Q1, { kind: 'persons', dim: 'sex', key: 'female' }, TODAY);
  assert.deepEqual(female.records.map((p) => (p as { name: string | null }).name), ['Ana']);
  const smes = await funderReportRecords(db.db, adviser, Q1, { kind: 'companies', dim: 'sme', key: 'sme' }, TODAY);
  assert.equal(smes.records.length, 2);
  assert.ok(smes.records.some((c) => (c as { anonymised: boolean; name: string | null }).anonymised && (c as { name: string | null }).name === null));
  const arrived = await funderReportRecords(db.db, adviser, Q1, { kind: 'cases', event: 'arrived', route: null }, TODAY);
  assert.deepEqual(arrived.records.map((c) => (c as { days: number | null }).days), [50, 23]);
  const exp = await funderExportRecords(db.db, adviser, Q1, TODAY);
  assert.deepEqual(exp.records.map((p) => p.pseudonym), ['KL-2026-0001', 'KL-2026-0002']);
  assert.equal(exp.withheld, 3);
});

test('company users see neither the figures nor the records', async () => {
  await assert.rejects(buildFunderReport(db.db, companyUser, Q1, TODAY), ForbiddenError);
  await assert.rejects(funderReportRecords(db.db, companyUser, Q1, { kind: 'persons', dim: 'all', key: null }, TODAY), ForbiddenError);
  await assert.rejects(funderExportRecords(db.db, companyUser, Q1, TODAY), ForbiddenError);
});
