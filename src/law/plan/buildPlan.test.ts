import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, toDay } from '../dates.ts';
import { ROUTE_IDS } from '../types.ts';
import type { RouteId } from '../types.ts';
import { PlanError, acceleratedAvailable, buildPlan, comparePlans } from './buildPlan.ts';
import { ACTORS } from './types.ts';
import type { Plan, PlanInput, PlanStep } from './types.ts';

const START = '2027-01-04';

const developerKl: PlanInput = {
  routeId: '18g-standard',
  procedure: 'regular',
  federalState: 'DE-RP',
  municipality: 'Kaiserslautern',
  qualification: { level: 'academic', germanAssessment: 'none' },
  startDate: START,
};

const elektronikerPartial: PlanInput = {
  routeId: '16d1-qualification',
  procedure: 'regular',
  federalState: 'DE-RP',
  municipality: 'Kaiserslautern',
  qualification: { level: 'vocational', germanAssessment: 'partial', chamber: 'HWK' },
  startDate: START,
};

const chancenkarte: PlanInput = {
  routeId: '20a-points',
  procedure: 'regular',
  federalState: 'DE-RP',
  qualification: { level: 'academic', germanAssessment: 'none' },
  needsRecognition: false,
  startDate: START,
};

const plan = (base: PlanInput, o: Partial<PlanInput> = {}): Plan => buildPlan({ ...base, ...o });
const step = (p: Plan, id: string): PlanStep => {
  const s = p.steps.find((x) => x.id === id);
  assert.ok(s, `step ${id} missing; steps: ${p.steps.map((x) => x.id).join(', ')}`);
  return s;
};
const has = (p: Plan, id: string): boolean => p.steps.some((s) => s.id === id);
const authorityId = (s: PlanStep): string | undefined => (s.authority?.known ? s.authority.id : undefined);
const fixedFee = (s: PlanStep): number | undefined => (s.fee?.eur && s.fee.eur.min === s.fee.eur.max ? s.fee.eur.min : undefined);

const sentences: Array<[string, () => void]> = [
  // ---- Blue Card developer in Kaiserslautern: regular vs accelerated ----
  [
    'A Blue Card plan in Kaiserslautern through § 81a goes to the ZAB Kaiserslautern and costs 411 € more than the regular procedure',
    () => {
      const regular = plan(developerKl);
      const accelerated = plan(developerKl, { procedure: 'accelerated' });
      assert.equal(authorityId(step(accelerated, 'accelerated-request')), 'zab-kl');
      assert.equal(authorityId(step(accelerated, 'pre-approval')), 'zab-kl');
      const cmp = comparePlans(regular, accelerated);
      assert.deepEqual(cmp.fees.extra, { min: 411, max: 411 });
      assert.deepEqual(
        cmp.onlyAccelerated.map((f) => [f.parameterId, f.fee.eur]),
        [['aufenthv.47.1.15.81a', { min: 411, max: 411 }]],
      );
    },
  ],
  [
    'The regular Blue Card plan has no § 81a step, and in both plans the residence permit goes to the local Ausländerbehörde of the city of Kaiserslautern, not to the ZAB',
    () => {
      const regular = plan(developerKl);
      assert.equal(has(regular, 'accelerated-request'), false);
      assert.equal(has(regular, 'pre-approval'), false);
      assert.equal(authorityId(step(regular, 'residence-permit')), 'abh-kaiserslautern');
      assert.equal(authorityId(step(plan(developerKl, { procedure: 'accelerated' }), 'residence-permit')), 'abh-kaiserslautern');
    },
  ],
  [
    'The regular Blue Card plan costs 375 €: visa 75 €, ZAB statement 200 €, Blue Card 100 €',
    () => {
      const p = plan(developerKl);
      assert.equal(fixedFee(step(p, 'visa-application')), 75);
      assert.equal(fixedFee(step(p, 'zab-statement')), 200);
      assert.equal(fixedFee(step(p, 'residence-permit')), 100);
      assert.deepEqual(p.totals.fees.total, { min: 375, max: 375 });
      assert.deepEqual(p.totals.fees.byPayer, { company: { min: 0, max: 0 }, candidate: { min: 175, max: 175 }, either: { min: 200, max: 200 } });
    },
  ],
  [
    'Who pays the 411 € of § 81a is marked unconfirmed, and the plan warns about it',
    () => {
      const p = plan(developerKl, { procedure: 'accelerated' });
      const fee = step(p, 'accelerated-request').fee!;
      assert.equal(fee.payer, 'either');
      assert.equal(fee.payerUnconfirmed, true);
      assert.equal(fee.norm, '§ 47 Abs. 1 Nr. 15 AufenthV');
      assert.ok(p.warnings.some((w) => w.id === 'fee-payer-81a' && w.unconfirmed));
      assert.equal(p.totals.fees.unconfirmed, true);
      assert.equal(plan(developerKl).totals.fees.unconfirmed, false);
    },
  ],
  [
    'Through § 81a the company signs the power of attorney and the agreement with the immigration office; in the regular procedure only the contract',
    () => {
      const accelerated = plan(developerKl, { procedure: 'accelerated' });
      const regular = plan(developerKl);
      assert.deepEqual(accelerated.companySigns.map((c) => c.documentId).sort(), ['agreement-abh', 'employment-contract', 'power-of-attorney']);
      assert.deepEqual(regular.companySigns.map((c) => c.documentId), ['employment-contract']);
      assert.deepEqual(comparePlans(regular, accelerated).companySignsOnlyAccelerated.map((c) => c.documentId).sort(), ['agreement-abh', 'power-of-attorney']);
    },
  ],
  [
    'The accelerated Blue Card plan reaches the first working day sooner than the regular one',
    () => {
      const cmp = comparePlans(plan(developerKl), plan(developerKl, { procedure: 'accelerated' }));
      assert.ok(cmp.durationDays.typicalSaving > 0, `saving ${cmp.durationDays.typicalSaving}`);
      assert.ok(cmp.durationDays.accelerated.max < cmp.durationDays.regular.max);
    },
  ],
  [
    'Through § 81a the visa appointment is due within 3 weeks of the pre-approval and the decision within 3 more weeks (§ 31a AufenthV)',
    () => {
      const p = plan(developerKl, { procedure: 'accelerated' });
      const appointment = step(p, 'visa-application');
      const decision = step(p, 'visa-decision');
      assert.deepEqual(appointment.dependsOn, ['pre-approval']);
      assert.equal(appointment.start, step(p, 'pre-approval').end);
      for (const s of [appointment, decision]) {
        assert.deepEqual(s.deadline?.period, { n: 3, unit: 'weeks' });
        assert.equal(s.deadline?.ref, '§ 31a AufenthV');
        assert.equal(s.deadline?.date, addDays(s.start, 21));
      }
      assert.equal(plan(developerKl).steps.find((s) => s.id === 'visa-application')?.deadline, undefined);
    },
  ],
  [
    'A standard Blue Card needs no BA approval; a shortage-occupation Blue Card does, within 2 weeks regularly and 1 week through § 81a',
    () => {
      assert.equal(has(plan(developerKl), 'ba-approval'), false);
      assert.equal(has(plan(developerKl, { procedure: 'accelerated' }), 'ba-approval'), false);
      const regular = step(plan(developerKl, { routeId: '18g-shortage' }), 'ba-approval');
      const accelerated = step(plan(developerKl, { routeId: '18g-shortage', procedure: 'accelerated' }), 'ba-approval');
      assert.deepEqual(regular.deadline?.period, { n: 2, unit: 'weeks' });
      assert.deepEqual(accelerated.deadline?.period, { n: 1, unit: 'weeks' });
      assert.equal(regular.deadline?.ref, '§ 36 Abs. 2 BeschV');
      assert.equal(authorityId(regular), 'ba-zav');
      assert.equal(regular.milestone, 'ba-approval');
    },
  ],
  [
    'In the regular procedure the mission asks the BA after the visa application; through § 81a the immigration office asks it before the pre-approval',
    () => {
      const regular = plan(developerKl, { routeId: '18g-shortage' });
      assert.deepEqual(step(regular, 'ba-approval').dependsOn, ['visa-application']);
      assert.ok(step(regular, 'visa-decision').dependsOn.includes('ba-approval'));
      const accelerated = plan(developerKl, { routeId: '18g-shortage', procedure: 'accelerated' });
      assert.ok(step(accelerated, 'ba-approval').dependsOn.includes('accelerated-request'));
      assert.ok(step(accelerated, 'pre-approval').dependsOn.includes('ba-approval'));
    },
  ],
  [
    'The ZAB statement comes from the ZAB at the KMK (kmk-zab), not from the ZAB Kaiserslautern, and has no BQFG deadline',
    () => {
      const s = step(plan(developerKl, { procedure: 'accelerated' }), 'zab-statement');
      assert.equal(authorityId(s), 'kmk-zab');
      assert.equal(s.deadline, undefined);
      assert.equal(s.duration.unconfirmed, true);
      assert.equal(s.milestone, 'recognition-decision');
    },
  ],
  [
    'A degree anabin already confirms needs no ZAB statement; a degree already rated comparable needs no qualification step at all',
    () => {
      const anabinOnly = plan(developerKl, { needsRecognition: false });
      assert.equal(has(anabinOnly, 'anabin-check'), true);
      assert.equal(has(anabinOnly, 'zab-statement'), false);
      assert.deepEqual(anabinOnly.totals.fees.total, { min: 175, max: 175 });
      assert.ok(step(anabinOnly, 'visa-application').documents.some((d) => d.id === 'anabin-printout'));
      const comparable = plan(developerKl, { qualification: { level: 'academic', germanAssessment: 'comparable' } });
      assert.equal(has(comparable, 'anabin-check'), false);
      assert.equal(has(comparable, 'zab-statement'), false);
    },
  ],

  // ---- Elektroniker with partial recognition (§ 16d) and the HWK der Pfalz ----
  [
    'An Elektroniker with a partial-recognition notice needs no recognition step before entry under § 16d (1); the notice and the measure plan go with the visa application',
    () => {
      const p = plan(elektronikerPartial);
      assert.equal(has(p, 'recognition-receipt'), false);
      const docs = step(p, 'visa-application').documents.map((d) => d.id);
      assert.ok(docs.includes('partial-notice') && docs.includes('measure-plan'));
      assert.equal(step(p, 'ba-approval').actor, 'ba');
    },
  ],
  [
    'After the qualification measure in Kaiserslautern the follow-up application goes to the Handwerkskammer der Pfalz and costs 100–600 €',
    () => {
      const p = plan(elektronikerPartial);
      const receipt = step(p, 'follow-up-recognition-receipt');
      assert.equal(authorityId(receipt), 'hwk-pfalz');
      assert.deepEqual(receipt.fee?.eur, { min: 100, max: 600 });
      assert.equal(receipt.fee?.payer, 'either');
      assert.equal(authorityId(step(p, 'follow-up-recognition-decision')), 'hwk-pfalz');
      assert.deepEqual(step(p, 'follow-up-recognition-decision').deadline?.period, { n: 3, unit: 'months' });
    },
  ],
  [
    'The qualification measure and the follow-up application come after the first working day and do not count towards the duration',
    () => {
      const p = plan(elektronikerPartial);
      const firstDay = step(p, 'first-working-day');
      for (const id of ['qualification-measure', 'follow-up-recognition-receipt', 'follow-up-recognition-decision']) {
        const s = step(p, id);
        assert.equal(s.leadsToTarget, false);
        assert.ok(s.start >= firstDay.end, id);
      }
      assert.equal(p.totals.durationDays.typical, toDay(firstDay.end) - toDay(START));
    },
  ],
  [
    'Without a notice yet, the § 16d (1) plan starts with the recognition procedure at the HWK der Pfalz: receipt within 1 month and a decision within 3 months, or 2 weeks and 2 months through § 81a',
    () => {
      const regular = plan(elektronikerPartial, { qualification: { level: 'vocational', germanAssessment: 'none', chamber: 'HWK' } });
      const r = step(regular, 'recognition-receipt');
      const d = step(regular, 'recognition-decision');
      assert.equal(authorityId(r), 'hwk-pfalz');
      assert.deepEqual([r.deadline?.period, r.deadline?.ref], [{ n: 1, unit: 'months' }, '§ 6 Abs. 2 S. 1 BQFG']);
      assert.deepEqual([d.deadline?.period, d.deadline?.ref], [{ n: 3, unit: 'months' }, '§ 6 Abs. 3 BQFG']);
      assert.equal(d.deadline?.date, addMonths(d.start, 3));
      const accelerated = plan(elektronikerPartial, { procedure: 'accelerated', qualification: { level: 'vocational', germanAssessment: 'none', chamber: 'HWK' } });
      const ra = step(accelerated, 'recognition-receipt');
      const da = step(accelerated, 'recognition-decision');
      assert.deepEqual([ra.deadline?.period, ra.deadline?.ref], [{ n: 2, unit: 'weeks' }, '§ 14a Abs. 2 BQFG']);
      assert.deepEqual([da.deadline?.period, da.deadline?.ref], [{ n: 2, unit: 'months' }, '§ 14a Abs. 3 BQFG']);
      assert.deepEqual(ra.dependsOn, ['accelerated-request']);
      assert.ok(step(regular, 'visa-application').documents.some((x) => x.id === 'partial-notice'));
      assert.equal(step(regular, 'visa-application').documents.some((x) => x.id === 'equivalence-notice'), false);
    },
  ],
  [
    'A statutory period runs in calendar months: a § 81a recognition decision starting on 1 February is planned for 1 April at the latest, not 60 days later',
    () => {
      const p = plan(elektronikerPartial, { procedure: 'accelerated', qualification: { level: 'vocational', germanAssessment: 'none', chamber: 'HWK' } });
      const d = step(p, 'recognition-decision');
      assert.equal(d.start, '2027-02-01');
      assert.equal(d.deadline?.date, '2027-04-01');
      assert.equal(d.end, '2027-04-01');
      assert.equal(step(p, 'ba-approval').start, '2027-04-01');
    },
  ],
  [
    'An Elektroniker (IHK occupation) under § 18a goes to IHK FOSA, which charges 100–600 €, about 550 € on average',
    () => {
      const p = plan(elektronikerPartial, { routeId: '18a', qualification: { level: 'vocational', germanAssessment: 'none', chamber: 'IHK' } });
      const r = step(p, 'recognition-receipt');
      assert.equal(authorityId(r), 'ihk-fosa');
      assert.deepEqual(r.fee?.eur, { min: 100, max: 600, typical: 550 });
    },
  ],
  [
    'A vocational qualification without a known chamber gets an unknown recognition body and the advice to ask the service office',
    () => {
      const r = step(plan(elektronikerPartial, { routeId: '18a', qualification: { level: 'vocational', germanAssessment: 'none' } }), 'recognition-receipt');
      assert.equal(r.authority?.known, false);
      assert.match(r.authority!.known ? '' : r.authority!.note.en, /Ask the service office\.$/);
      assert.equal(r.fee?.unconfirmed, true);
    },
  ],
  [
    'A fully equivalent Elektroniker under § 18a needs no recognition step',
    () => {
      const p = plan(elektronikerPartial, { routeId: '18a', qualification: { level: 'vocational', germanAssessment: 'equivalent', chamber: 'HWK' } });
      assert.equal(p.steps.some((s) => s.actor === 'recognition-body'), false);
    },
  ],
  [
    'In a recognition partnership the company signs the partnership agreement and the candidate applies for recognition after entry',
    () => {
      const p = plan(elektronikerPartial, { routeId: '16d3-partnership', qualification: { level: 'vocational', germanAssessment: 'none', chamber: 'HWK' } });
      assert.ok(p.companySigns.some((c) => c.documentId === 'partnership-agreement'));
      assert.equal(has(p, 'zab-vocational-statement'), true);
      const application = step(p, 'partnership-application');
      assert.deepEqual(application.dependsOn, ['first-working-day']);
      assert.equal(authorityId(step(p, 'partnership-recognition-receipt')), 'hwk-pfalz');
      assert.equal(application.leadsToTarget, false);
    },
  ],

  // ---- Chancenkarte ----
  [
    'A Chancenkarte plan has no step for the company and no BA approval',
    () => {
      for (const routeId of ['20a-points', '20a-skilled'] as const) {
        const p = plan(chancenkarte, { routeId });
        assert.equal(p.steps.some((s) => s.actor === 'company' || s.actor === 'ba'), false, routeId);
        assert.equal(p.companySigns.length, 0);
      }
    },
  ],
  [
    'A Chancenkarte plan proves the means with a blocked account before the visa application and ends at entry',
    () => {
      const p = plan(chancenkarte);
      assert.ok(step(p, 'visa-application').dependsOn.includes('blocked-account'));
      assert.equal(has(p, 'first-working-day'), false);
      assert.equal(p.totals.targetMilestone, 'entry');
      assert.ok(step(p, 'visa-application').documents.some((d) => d.id === 'language-certificate'));
    },
  ],
  [
    'A Chancenkarte plan cannot use the accelerated procedure, which only an employer can request',
    () => {
      assert.throws(() => plan(chancenkarte, { procedure: 'accelerated' }), (e: unknown) => e instanceof PlanError && /employer/.test(e.text.en));
      assert.equal(acceleratedAvailable('20a-points'), false);
    },
  ],
  [
    'A Chancenkarte starting in 2025 must prove 1,091 € a month (13,092 € a year); for 2026 the figure is unconfirmed',
    () => {
      const y2025 = plan(chancenkarte, { startDate: '2025-03-03' });
      assert.deepEqual([y2025.means?.monthlyNetEur, y2025.means?.yearlyEur, y2025.means?.unconfirmed], [1091, 13092, false]);
      const y2026 = plan(chancenkarte, { startDate: '2026-03-02' });
      assert.deepEqual([y2026.means?.monthlyNetEur, y2026.means?.unconfirmed], [null, true]);
      assert.ok(y2026.warnings.some((w) => w.id === 'means-unknown'));
    },
  ],
  [
    'A Chancenkarte with a vocational qualification proves state recognition with a ZAB statement whose fee is unknown and left out of the total',
    () => {
      const p = plan(chancenkarte, { qualification: { level: 'vocational', germanAssessment: 'none' } });
      const s = step(p, 'zab-vocational-statement');
      assert.equal(s.fee?.eur, null);
      assert.deepEqual(p.totals.fees.unknown.map((u) => u.stepId), ['zab-vocational-statement']);
      assert.deepEqual(p.totals.fees.total, { min: 175, max: 175 });
    },
  ],

  // ---- Other Länder and unknown places ----
  [
    'A Blue Card plan in Hesse through § 81a names no immigration office and tells the user to ask the service office',
    () => {
      const p = plan(developerKl, { federalState: 'DE-HE', municipality: 'Darmstadt', procedure: 'accelerated' });
      for (const id of ['accelerated-request', 'pre-approval', 'residence-permit']) {
        const a = step(p, id).authority!;
        assert.equal(a.known, false, id);
        if (!a.known) {
          assert.match(a.note.en, /Ask the service office\.$/);
          assert.match(a.note.de, /Bitte bei der Servicestelle erfragen\.$/);
        }
      }
      assert.ok(p.warnings.some((w) => w.id === 'authorities-unknown'));
      assert.equal(p.steps.some((s) => s.authority?.known && s.authority.id === 'zab-kl'), false);
    },
  ],
  [
    'Outside Rhineland-Palatinate the KMK’s ZAB and the Federal Employment Agency are still known',
    () => {
      const p = plan(developerKl, { federalState: 'DE-HE', routeId: '18g-shortage' });
      assert.equal(authorityId(step(p, 'zab-statement')), 'kmk-zab');
      assert.equal(authorityId(step(p, 'ba-approval')), 'ba-zav');
    },
  ],
  [
    'A craft occupation in Bavaria gets no named Handwerkskammer but "ask the service office"; IHK FOSA in Lower Saxony notes the IHKs that decide themselves',
    () => {
      const hwk = step(plan(elektronikerPartial, { routeId: '18a', federalState: 'DE-BY', municipality: 'München', qualification: { level: 'vocational', germanAssessment: 'none', chamber: 'HWK' } }), 'recognition-receipt');
      assert.equal(hwk.authority?.known, false);
      const ihk = step(plan(elektronikerPartial, { routeId: '18a', federalState: 'DE-NI', qualification: { level: 'vocational', germanAssessment: 'none', chamber: 'IHK' } }), 'recognition-receipt');
      assert.ok(ihk.authority?.known && /Hannover/.test(ihk.authority.note?.en ?? ''));
    },
  ],
  [
    'In a Rhineland-Palatinate town Lotse does not list (Pirmasens), the residence permit goes to "the Ausländerbehörde of your district or city", with the advice to ask',
    () => {
      const a = step(plan(developerKl, { municipality: 'Pirmasens' }), 'residence-permit').authority!;
      assert.equal(a.known, false);
      if (!a.known) {
        assert.match(a.role.en, /Ausländerbehörde of your district or city/);
        assert.match(a.note.en, /Ask the service office\.$/);
      }
    },
  ],
  [
    'The district of Kaiserslautern is not the city of Kaiserslautern; "Stadt Kaiserslautern" is',
    () => {
      assert.equal(step(plan(developerKl, { municipality: 'Landkreis Kaiserslautern' }), 'residence-permit').authority?.known, false);
      assert.equal(authorityId(step(plan(developerKl, { municipality: 'Stadt Kaiserslautern' }), 'residence-permit')), 'abh-kaiserslautern');
    },
  ],
  [
    'A Handwerk occupation in Ludwigshafen goes to the HWK der Pfalz, marked unconfirmed because the district assignment is not from the sources',
    () => {
      const a = step(plan(elektronikerPartial, { municipality: 'Ludwigshafen am Rhein' }), 'follow-up-recognition-receipt').authority;
      assert.ok(a?.known);
      assert.equal(a.id, 'hwk-pfalz');
      assert.equal(a.unconfirmed, true);
      const seat = step(plan(elektronikerPartial), 'follow-up-recognition-receipt').authority;
      assert.ok(seat?.known && seat.unconfirmed === undefined);
    },
  ],
  [
    'The engineer title in Rhineland-Palatinate goes to the Ingenieurkammer (competence unconfirmed) after the first working day, with an unknown fee; in North Rhine-Westphalia to the Bezirksregierung',
    () => {
      const engineer: Partial<PlanInput> = { routeId: '18g-shortage', qualification: { level: 'academic', germanAssessment: 'comparable', engineerTitle: true } };
      const p = plan(developerKl, engineer);
      const receipt = step(p, 'engineer-title-receipt');
      assert.ok(receipt.authority?.known && receipt.authority.id === 'ingkammer-rlp' && receipt.authority.unconfirmed === true);
      assert.deepEqual(receipt.dependsOn, ['first-working-day']);
      assert.deepEqual([receipt.deadline?.period, receipt.deadline?.ref], [{ n: 1, unit: 'months' }, '§ 4 IngKaG']);
      assert.equal(receipt.fee?.eur, null);
      assert.ok(p.totals.fees.unknown.some((u) => u.stepId === 'engineer-title-receipt'));
      const nrw = step(plan(developerKl, { ...engineer, federalState: 'DE-NW' }), 'engineer-title-decision');
      assert.ok(nrw.authority?.known && nrw.authority.id === 'bezirksregierung-nrw');
      assert.equal(plan(developerKl, { ...engineer, federalState: 'DE-NW' }).steps.some((s) => s.id === 'engineer-title-receipt'), false);
    },
  ],

  // ---- Other routes ----
  [
    'Under the Western Balkans rule the company first gets the BA pre-approval, the visa is applied for in the country of origin, and § 81a is not offered',
    () => {
      const p = plan(developerKl, { routeId: '19c1-westbalkan', qualification: { level: 'none', germanAssessment: 'none' } });
      const pre = step(p, 'ba-preapproval');
      assert.deepEqual(pre.dependsOn, ['employment-contract']);
      assert.equal(pre.duration.unconfirmed, true);
      assert.ok(step(p, 'visa-application').dependsOn.includes('ba-preapproval'));
      assert.equal(authorityId(step(p, 'visa-application')), 'mission-country-of-origin');
      assert.equal(has(p, 'ba-approval'), false);
      assert.throws(() => plan(developerKl, { routeId: '19c1-westbalkan', procedure: 'accelerated' }), PlanError);
    },
  ],
  [
    'A Western Balkans plan starting in 2026 warns that the quota is unconfirmed; one starting in 2025 names the quota of 50,000 without a warning',
    () => {
      const wb: Partial<PlanInput> = { routeId: '19c1-westbalkan', qualification: { level: 'none', germanAssessment: 'none' } };
      const y2026 = plan(developerKl, { ...wb, startDate: '2026-02-02' });
      assert.ok(y2026.warnings.some((w) => w.id === 'westbalkan-quota' && w.unconfirmed));
      assert.match(step(y2026, 'ba-preapproval').description.en, /annual quota 50,000, not confirmed/);
      const y2025 = plan(developerKl, { ...wb, startDate: '2025-02-03' });
      assert.equal(y2025.warnings.some((w) => w.id === 'westbalkan-quota'), false);
      assert.match(step(y2025, 'ba-preapproval').description.de, /Jahreskontingent 50\.000\)/);
    },
  ],
  [
    'An ICT card plan needs the assignment letter, costs 100 € for the card, and through § 81a carries an unconfirmed warning',
    () => {
      const base: Partial<PlanInput> = { routeId: '19-ict' };
      const p = plan(developerKl, base);
      assert.ok(step(p, 'visa-application').documents.some((d) => d.id === 'assignment-letter'));
      assert.ok(p.companySigns.some((c) => c.documentId === 'assignment-letter'));
      assert.equal(fixedFee(step(p, 'residence-permit')), 100);
      assert.equal(step(p, 'residence-permit').fee?.unconfirmed, undefined);
      assert.equal(has(p, 'anabin-check'), false);
      const a = plan(developerKl, { ...base, procedure: 'accelerated' });
      assert.ok(a.warnings.some((w) => w.id === 'accelerated-unconfirmed' && w.unconfirmed));
    },
  ],
  [
    'The experience route and the IT Blue Card without degree need no recognition, but BA approval; their residence permit fee is confirmed only for the Blue Card',
    () => {
      const experience = plan(developerKl, { routeId: '19c2-experience' });
      const it = plan(developerKl, { routeId: '18g-it' });
      for (const p of [experience, it]) {
        assert.equal(p.steps.some((s) => s.actor === 'recognition-body'), false);
        assert.equal(has(p, 'ba-approval'), true);
      }
      assert.equal(step(experience, 'residence-permit').fee?.unconfirmed, true);
      assert.equal(step(it, 'residence-permit').fee?.unconfirmed, undefined);
    },
  ],
  [
    'The plan refuses an invalid start date or federal state',
    () => {
      assert.throws(() => plan(developerKl, { startDate: '2027-02-30' }), PlanError);
      assert.throws(() => plan(developerKl, { federalState: 'RP' }), PlanError);
      assert.throws(() => plan(developerKl, { startDate: '2023-06-01' }), (e: unknown) => e instanceof PlanError && /No duration/.test(e.message));
    },
  ],
];

for (const [name, fn] of sentences) test(name, fn);

// ---- Invariants over every route, procedure and place ----

interface Case {
  name: string;
  plan: Plan;
}

function allCases(): Case[] {
  const out: Case[] = [];
  const places: Array<[string, string | undefined]> = [
    ['DE-RP', 'Kaiserslautern'],
    ['DE-RP', 'Mainz'],
    ['DE-RP', undefined],
    ['DE-HE', 'Darmstadt'],
    ['DE-NW', 'Köln'],
  ];
  const quals: PlanInput['qualification'][] = [
    { level: 'academic', germanAssessment: 'none', engineerTitle: true },
    { level: 'academic', germanAssessment: 'comparable' },
    { level: 'vocational', germanAssessment: 'none', chamber: 'HWK' },
    { level: 'vocational', germanAssessment: 'partial', chamber: 'IHK' },
    { level: 'vocational', germanAssessment: 'none' },
  ];
  for (const routeId of ROUTE_IDS as readonly RouteId[]) {
    for (const procedure of ['regular', 'accelerated'] as const) {
      if (procedure === 'accelerated' && acceleratedAvailable(routeId) === false) continue;
      for (const [federalState, municipality] of places) {
        for (const qualification of quals) {
          for (const startDate of ['2025-06-02', START]) {
            const input: PlanInput = { routeId, procedure, federalState, qualification, startDate, ...(municipality ? { municipality } : {}) };
            out.push({ name: `${routeId}/${procedure}/${federalState}/${municipality ?? '-'}/${qualification.level}-${qualification.germanAssessment}/${startDate}`, plan: buildPlan(input) });
          }
        }
      }
    }
  }
  return out;
}

const cases = allCases();

test('The invariant tests cover every route and both procedures', () => {
  const covered = new Set(cases.map((c) => `${c.plan.routeId}/${c.plan.procedure}`));
  for (const r of ROUTE_IDS) assert.ok(covered.has(`${r}/regular`), r);
  assert.ok(cases.length > 500);
});

test('Totals add up: the fee total is the sum of the steps’ known fees, and the payers’ shares sum to the total', () => {
  for (const { name, plan: p } of cases) {
    let min = 0;
    let max = 0;
    for (const s of p.steps) {
      if (s.fee?.eur) {
        min += s.fee.eur.min;
        max += s.fee.eur.max;
      }
    }
    assert.deepEqual(p.totals.fees.total, { min, max }, name);
    const payers = Object.values(p.totals.fees.byPayer);
    assert.equal(payers.reduce((a, r) => a + r.min, 0), min, name);
    assert.equal(payers.reduce((a, r) => a + r.max, 0), max, name);
    assert.deepEqual(
      p.totals.fees.unknown.map((u) => u.stepId),
      p.steps.filter((s) => s.fee && s.fee.eur === null).map((s) => s.id),
      name,
    );
  }
});

test('Timeline dates follow the dependencies: a step starts when the last step it depends on ends, and lasts its typical duration', () => {
  for (const { name, plan: p } of cases) {
    const byId = new Map(p.steps.map((s) => [s.id, s]));
    for (const s of p.steps) {
      const depEnds = s.dependsOn.map((d) => {
        const dep = byId.get(d);
        assert.ok(dep, `${name}: ${s.id} depends on missing ${d}`);
        return dep.end;
      });
      const expectedStart = depEnds.reduce((a, b) => (b > a ? b : a), p.startDate);
      assert.equal(s.start, expectedStart, `${name}: ${s.id}`);
      const planned = addDays(s.start, s.duration.typical);
      assert.equal(s.end, s.deadline && s.deadline.date < planned ? s.deadline.date : planned, `${name}: ${s.id}`);
      if (s.deadline) assert.ok(s.end <= s.deadline.date, `${name}: ${s.id} ends by its statutory deadline`);
      assert.ok(s.duration.min <= s.duration.typical && s.duration.typical <= s.duration.max, `${name}: ${s.id}`);
      assert.ok(s.earliestEnd <= s.end && s.end <= s.latestEnd, `${name}: ${s.id}`);
    }
    for (let i = 1; i < p.steps.length; i++) assert.ok(p.steps[i - 1]!.start <= p.steps[i]!.start, `${name}: steps ordered by start`);
  }
});

test('Milestones are the ends of their steps, appear once each, and run up to the target milestone', () => {
  for (const { name, plan: p } of cases) {
    const ids = p.milestones.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length, `${name}: duplicate milestone`);
    for (const m of p.milestones) {
      const s = p.steps.find((x) => x.id === m.stepId)!;
      assert.equal(m.date, s.end, name);
      assert.equal(s.milestone, m.id, name);
    }
    for (const required of ['visa-appointment', 'visa-issued', 'entry', 'anmeldung', 'residence-permit'] as const) {
      assert.ok(ids.includes(required), `${name}: ${required}`);
    }
    const target = p.milestones.find((m) => m.id === p.totals.targetMilestone)!;
    assert.equal(p.totals.durationDays.typical, toDay(target.date) - toDay(p.startDate), name);
    assert.equal(p.totals.durationDays.min, toDay(target.earliest) - toDay(p.startDate), name);
    assert.equal(p.totals.durationDays.max, toDay(target.latest) - toDay(p.startDate), name);
    if (p.procedure === 'accelerated') assert.ok(ids.includes('pre-approval'), name);
    const anmeldung = p.steps.find((s) => s.id === 'anmeldung')!;
    assert.equal(anmeldung.deadline?.date, addDays(anmeldung.start, 14), `${name}: Anmeldung within 2 weeks (§ 17 BMG)`);
  }
});

test('No step without an actor, a bilingual title and description, and documents with a provider', () => {
  for (const { name, plan: p } of cases) {
    for (const s of p.steps) {
      assert.ok((ACTORS as readonly string[]).includes(s.actor), `${name}: ${s.id}`);
      for (const t of [s.title, s.description]) assert.ok(t.de.length > 0 && t.en.length > 0 && t.de !== t.en, `${name}: ${s.id}`);
      for (const d of s.documents) assert.ok(d.label.de && d.label.en && d.providedBy, `${name}: ${s.id}/${d.id}`);
      if (s.authority && !s.authority.known) assert.match(s.authority.note.en, /Ask the service office\.$/, `${name}: ${s.id}`);
    }
  }
});

test('Every fee and deadline has a reference, a norm and a verification date', () => {
  for (const { name, plan: p } of cases) {
    for (const s of p.steps) {
      if (s.fee) {
        assert.match(s.fee.reference.url, /^https?:\/\//, `${name}: ${s.id}`);
        assert.ok(s.fee.reference.title.length > 10 && s.fee.norm.length > 0, `${name}: ${s.id}`);
        assert.match(s.fee.lastVerified, /^\d{4}-\d{2}-\d{2}$/);
      }
      if (s.deadline) {
        assert.match(s.deadline.reference.url, /^https?:\/\//, `${name}: ${s.id}`);
        assert.match(s.deadline.ref, /^§ \d+[a-z]? /, `${name}: ${s.id}`);
        assert.ok(s.deadline.date > s.start, `${name}: ${s.id}`);
      }
      assert.match(s.duration.reference.url, /^https?:\/\//, `${name}: ${s.id}`);
      if (s.authority?.known) assert.match(s.authority.reference.url, /^https?:\/\//, `${name}: ${s.id}`);
    }
  }
});

test('The § 81a plans are the only ones with the § 81a fee, and in Rhineland-Palatinate always at the ZAB Kaiserslautern', () => {
  for (const { name, plan: p } of cases) {
    const fee81a = p.steps.filter((s) => s.fee?.parameterId === 'aufenthv.47.1.15.81a');
    assert.equal(fee81a.length, p.procedure === 'accelerated' ? 1 : 0, name);
    if (p.procedure === 'accelerated' && p.federalState === 'DE-RP') assert.equal(authorityId(fee81a[0]!), 'zab-kl', name);
  }
});
