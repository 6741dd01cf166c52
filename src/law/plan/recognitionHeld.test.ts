// Issue 12: the plan does not ask for a recognition the person already has. A table over route × German
// assessment: whether a new recognition application (before or after entry) appears, and where the plan starts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GermanAssessment, RouteId } from '../types.ts';
import { buildPlan } from './buildPlan.ts';
import type { Plan, PlanInput } from './types.ts';

const base = (routeId: RouteId, germanAssessment: GermanAssessment, procedure: PlanInput['procedure'] = 'regular'): Plan =>
  buildPlan({
    routeId,
    procedure,
    federalState: 'DE-RP',
    municipality: 'Kaiserslautern',
    qualification: { level: 'vocational', germanAssessment, chamber: 'HWK' },
    startDate: '2026-06-15',
  });

/** A step that starts a new recognition procedure (not a follow-up after a deficit notice). */
const NEW_APPLICATION = /^(recognition-receipt|partnership-application|partnership-recognition-receipt|zab-vocational-statement)$/;
const newApplications = (p: Plan): string[] =>
  p.steps.filter((s) => NEW_APPLICATION.test(s.id) && !s.title.de.startsWith('Folgeantrag')).map((s) => s.id);
const ids = (p: Plan): string[] => p.steps.map((s) => s.id);

interface Row {
  name: string;
  route: RouteId;
  assessment: GermanAssessment;
  procedure?: PlanInput['procedure'];
  /** new recognition applications the plan contains */
  newApplications: string[];
  /** step ids that must be in the plan */
  has?: string[];
  /** step ids that must not be in the plan */
  hasNot?: string[];
}

const rows: Row[] = [
  // § 16d (3) recognition partnership
  { name: 'partnership, no notice yet: the ZAB statement before entry and the recognition application after entry', route: '16d3-partnership', assessment: 'none', newApplications: ['zab-vocational-statement', 'partnership-application', 'partnership-recognition-receipt'] },
  {
    name: 'partnership, deficit notice held (the electrician): starts from the adaptation training, only a follow-up application',
    route: '16d3-partnership',
    assessment: 'partial',
    newApplications: [],
    has: ['partnership-adaptation', 'partnership-recognition-receipt', 'partnership-recognition-decision'],
    hasNot: ['partnership-application', 'zab-vocational-statement'],
  },
  { name: 'partnership, full equivalence held: no recognition step', route: '16d3-partnership', assessment: 'equivalent', newApplications: [], hasNot: ['partnership-adaptation', 'partnership-recognition-receipt'] },
  { name: 'partnership, comparability held: no recognition step', route: '16d3-partnership', assessment: 'comparable', newApplications: [], hasNot: ['partnership-adaptation', 'partnership-recognition-receipt'] },
  // § 16d (1) qualification measure
  { name: 'measure, no notice yet: the recognition application before entry', route: '16d1-qualification', assessment: 'none', newApplications: ['recognition-receipt'], has: ['qualification-measure'] },
  { name: 'measure, no notice yet, § 81a: the recognition application through the immigration office', route: '16d1-qualification', assessment: 'none', procedure: 'accelerated', newApplications: ['recognition-receipt'] },
  {
    name: 'measure, deficit notice held: starts from the measure, the follow-up application after it',
    route: '16d1-qualification',
    assessment: 'partial',
    newApplications: [],
    has: ['qualification-measure', 'follow-up-recognition-receipt'],
  },
  { name: 'measure, deficit notice held, § 81a: still no new application', route: '16d1-qualification', assessment: 'partial', procedure: 'accelerated', newApplications: [], has: ['qualification-measure'] },
  { name: 'measure, full equivalence held: no recognition and no measure', route: '16d1-qualification', assessment: 'equivalent', newApplications: [], hasNot: ['qualification-measure', 'follow-up-recognition-receipt'] },
  { name: 'measure, comparability held: no recognition and no measure', route: '16d1-qualification', assessment: 'comparable', newApplications: [], hasNot: ['qualification-measure', 'follow-up-recognition-receipt'] },
  // § 18a skilled worker with vocational training
  { name: '§ 18a, no notice yet: the application for full equivalence', route: '18a', assessment: 'none', newApplications: ['recognition-receipt'] },
  { name: '§ 18a, deficit notice held: the follow-up application, not a new one', route: '18a', assessment: 'partial', newApplications: [], has: ['recognition-receipt'] },
  { name: '§ 18a, full equivalence held: no recognition step', route: '18a', assessment: 'equivalent', newApplications: [], hasNot: ['recognition-receipt'] },
  { name: '§ 18a, comparability held: no recognition step', route: '18a', assessment: 'comparable', newApplications: [], hasNot: ['recognition-receipt'] },
  // Chancenkarte as a skilled worker
  { name: 'Chancenkarte (skilled), deficit notice held: the follow-up application, not a new one', route: '20a-skilled', assessment: 'partial', newApplications: [] },
  { name: 'Chancenkarte (skilled), full equivalence held: no recognition step', route: '20a-skilled', assessment: 'equivalent', newApplications: [], hasNot: ['recognition-receipt'] },
];

for (const r of rows) {
  test(`Recognition held: ${r.name}`, () => {
    const p = base(r.route, r.assessment, r.procedure);
    assert.deepEqual(newApplications(p), r.newApplications, ids(p).join(', '));
    for (const id of r.has ?? []) assert.ok(ids(p).includes(id), `${id} missing: ${ids(p).join(', ')}`);
    for (const id of r.hasNot ?? []) assert.equal(ids(p).includes(id), false, `${id} present: ${ids(p).join(', ')}`);
  });
}

test('Recognition held: a follow-up application says so in its title and carries the deficit notice, not the certificates again', () => {
  const p = base('16d3-partnership', 'partial');
  const receipt = p.steps.find((s) => s.id === 'partnership-recognition-receipt')!;
  assert.match(receipt.title.de, /^Folgeantrag/);
  assert.match(receipt.title.en, /^Follow-up/);
  const docs = receipt.documents.map((d) => d.id);
  assert.ok(docs.includes('partial-notice') && docs.includes('adaptation-proof'), docs.join(', '));
  assert.equal(docs.includes('vocational-certificate'), false);
  // the partnership starts from the adaptation, right after the first working day
  const adaptation = p.steps.find((s) => s.id === 'partnership-adaptation')!;
  assert.deepEqual(adaptation.dependsOn, ['first-working-day']);
  assert.ok(adaptation.documents.some((d) => d.id === 'partial-notice'));
});
