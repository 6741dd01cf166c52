import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTE_IDS } from '../types.ts';
import type { GermanAssessment, QualificationLevel } from '../types.ts';
import { buildPlan } from '../plan/buildPlan.ts';
import { ROUTE_PROFILES } from '../plan/data/routes.ts';
import { DOCUMENTS } from '../plan/data/documents.ts';
import { HANDOFF_FORMS } from './forms.ts';
import { buildHandoffPack, handoffStepsFor, valueOf } from './fill.ts';
import type { HandoffFacts } from './fill.ts';
import { HANDOFF_STEPS, VALUE_SOURCES } from './types.ts';

const facts: HandoffFacts = {
  caseNumber: 'KL-2026-0042',
  routeRef: '§ 18b AufenthG',
  candidate: { name: 'Priya Raman', birthDate: '1994-05-01', citizenship: 'IN' },
  company: { name: 'Westpfalz Elektro GmbH', street: 'Pariser Str. 1', postcode: '67655', city: 'Kaiserslautern' },
  job: {
    title: 'Softwareentwicklerin',
    isco: '2512',
    iscoTitle: { de: 'Softwareentwickler/innen', en: 'Software developers' },
    annualGrossSalaryEur: 52000,
    weeklyHours: null,
    federalState: 'DE-RP',
    municipality: 'Kaiserslautern',
    plannedStart: '2027-04-01',
    contractMonths: undefined,
    collectiveAgreement: false,
  },
  references: { recognition: { number: 'ZAB-123', decidedOn: '2026-11-30' }, ba_approval: { number: null, decidedOn: null } },
};

test('every form is dated, referenced and its status follows its sections; every field names a known source or none', () => {
  for (const step of HANDOFF_STEPS) {
    const f = HANDOFF_FORMS[step];
    assert.equal(f.step, step);
    assert.match(f.lastVerified, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(f.reference.url, /^https:\/\//);
    const anyUnconfirmed = f.sections.some((s) => s.status === 'unconfirmed');
    assert.equal(f.status, anyUnconfirmed ? 'unconfirmed' : 'confirmed', step);
    for (const s of f.sections) for (const field of s.fields) assert.ok(field.source === null || (VALUE_SOURCES as readonly string[]).includes(field.source), field.id);
    for (const d of [...f.attach, ...f.produces]) assert.ok(d in DOCUMENTS, d);
  }
  // the BA's declaration: employer, workplace, job and start read in copies of the form; pay and hours not
  const ba = HANDOFF_FORMS['ba-approval'];
  assert.deepEqual(
    ba.sections.filter((s) => s.status === 'confirmed').map((s) => s.id),
    ['employee', 'employer', 'start', 'agencyWork', 'place', 'activity', 'qualification'],
  );
  assert.deepEqual(ba.sections.find((s) => s.id === 'conditions')!.fields.map((f) => f.id), ['weeklyHours', 'salary', 'leave', 'collective']);
});

test('the documents of the plan steps a filing prepares are all among what it attaches or produces, for every route and procedure', () => {
  const levels: Array<[QualificationLevel, GermanAssessment, 'IHK' | 'HWK' | undefined]> = [
    ['academic', 'none', undefined],
    ['vocational', 'none', 'IHK'],
    ['vocational', 'partial', 'HWK'],
    ['none', 'none', undefined],
  ];
  let compared = 0;
  for (const routeId of ROUTE_IDS) {
    for (const procedure of ['regular', 'accelerated'] as const) {
      if (procedure === 'accelerated' && ROUTE_PROFILES[routeId].accelerated === false) continue;
      for (const [level, germanAssessment, chamber] of levels) {
        let plan;
        try {
          plan = buildPlan({ routeId, procedure, federalState: 'DE-RP', municipality: 'Kaiserslautern', qualification: { level, germanAssessment, ...(chamber ? { chamber } : {}) }, startDate: '2027-01-04' });
        } catch {
          continue;
        }
        for (const step of HANDOFF_STEPS) {
          const form = HANDOFF_FORMS[step];
          const known = new Set<string>([...form.attach, ...form.produces]);
          for (const s of plan.steps.filter((x) => form.planSteps.includes(x.id))) {
            for (const d of s.documents) assert.ok(known.has(d.id), `${routeId}/${procedure}/${level}: ${s.id} needs ${d.id}, not in the ${step} pack`);
            compared += 1;
          }
        }
      }
    }
  }
  assert.ok(compared > 50, `compared ${compared} plan steps`);
});

test('the steps a route needs: recognition, BA and § 81a only when the case needs them', () => {
  assert.deepEqual(handoffStepsFor({ pipeline: ['advice', 'recognition', 'ba_approval', 'visa', 'entry'], procedure: 'regular' }), ['recognition', 'ba-approval', 'visa']);
  assert.deepEqual(handoffStepsFor({ pipeline: ['advice', 'visa', 'entry'], procedure: 'regular' }), ['visa']);
  assert.deepEqual(handoffStepsFor({ pipeline: ['advice', 'recognition', 'ba_approval', 'visa'], procedure: 'accelerated' }), ['recognition', 'accelerated', 'ba-approval', 'visa']);
  assert.deepEqual(handoffStepsFor({ pipeline: ['advice', 'entry', 'residence_permit'], procedure: 'regular' }), []);
});

test('fields are filled from the case or left to be entered, never guessed', () => {
  const pack = buildHandoffPack('ba-approval', facts, [
    { planDocumentId: 'employment-contract', label: 'Arbeitsvertrag', labelEn: 'Employment contract', status: 'uploaded' },
    { planDocumentId: 'passport', label: 'Reisepass', labelEn: null, status: 'missing' },
    { planDocumentId: 'declaration-employment', label: 'Erklärung', labelEn: 'Declaration', status: 'missing' },
    { planDocumentId: null, label: 'Von Hand', labelEn: null, status: 'checked' },
  ]);
  const field = (section: string, id: string) => pack.sections.find((s) => s.id === section)!.fields.find((f) => f.id === id)!;
  assert.deepEqual(field('employee', 'name').value, { de: 'Priya Raman', en: 'Priya Raman' });
  assert.equal(field('employee', 'birthDate').value!.de, '01.05.1994');
  assert.match(field('employee', 'citizenship').value!.de, /Indien \(IN\)/);
  assert.equal(field('employee', 'sex').value, null);
  assert.equal(field('employer', 'betriebsnummer').value, null);
  assert.equal(field('employer', 'postcodeCity').value!.de, '67655 Kaiserslautern');
  assert.equal(field('start', 'startsOn').value!.de, '01.04.2027');
  assert.equal(field('start', 'duration').value, null, 'contract length not recorded: to be entered');
  assert.equal(field('place', 'place').value!.de, 'Kaiserslautern, Rheinland-Pfalz');
  assert.equal(field('activity', 'occupation').value!.en, '2512 Software developers');
  assert.equal(field('qualification', 'recognition').value!.de, 'ZAB-123 vom 30.11.2026');
  assert.equal(field('conditions', 'weeklyHours').value, null, 'hours unknown: to be entered');
  assert.equal(field('conditions', 'salary').value!.de, '52.000 € brutto im Jahr');
  assert.equal(field('conditions', 'collective').value!.de, 'nein');
  // documents: the form's order, only those on the checklist, with their status; the passport is not the BA's
  assert.deepEqual(
    pack.documents.map((d) => [d.id, d.status]),
    [
      ['declaration-employment', 'missing'],
      ['employment-contract', 'uploaded'],
    ],
  );
  assert.equal(pack.filled + pack.toBeEntered, pack.sections.flatMap((s) => s.fields).length);
  assert.ok(pack.toBeEntered >= 8);
});

test('values: open-ended and fixed-term contracts, a reference without a number, an erased candidate, an address without street', () => {
  assert.deepEqual(valueOf({ ...facts, job: { ...facts.job, contractMonths: null } }, 'job.contractDuration'), { de: 'unbefristet', en: 'open-ended' });
  assert.equal(valueOf({ ...facts, job: { ...facts.job, contractMonths: 24 } }, 'job.contractDuration')!.de, 'befristet, 24 Monate');
  assert.equal(valueOf(facts, 'ref.ba_approval'), null);
  assert.equal(valueOf(facts, 'ref.visa'), null);
  const erased = { ...facts, candidate: { name: null, birthDate: null, citizenship: null } };
  for (const s of ['candidate.name', 'candidate.birthDate', 'candidate.citizenship'] as const) assert.equal(valueOf(erased, s), null);
  const bare = { ...facts, company: { name: 'Nur Name GmbH', street: null, postcode: null, city: null } };
  assert.equal(valueOf(bare, 'company.address'), null);
  assert.equal(valueOf(bare, 'company.postcodeCity'), null);
  assert.deepEqual(valueOf(bare, 'company.name'), { de: 'Nur Name GmbH', en: 'Nur Name GmbH' });
  assert.equal(valueOf({ ...facts, job: { ...facts.job, municipality: null, federalState: null } }, 'job.placeOfWork'), null);
  assert.equal(valueOf({ ...facts, routeRef: null }, 'case.route'), null);
});
