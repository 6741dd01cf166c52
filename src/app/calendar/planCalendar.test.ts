// The process plan's .ics (ical-generator), read back by ical.js: one all-day event per milestone and per statutory
// deadline, with stable UIDs, summaries and descriptions in German and English, in date order.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../../law/dates.ts';
import { buildPlan } from '../../law/plan/buildPlan.ts';
import type { Plan, PlanInput } from '../../law/plan/types.ts';
import { planToIcs } from './planCalendar.ts';
import { readCalendar } from './icalTesting.ts';

const NOW = '2026-11-25T06:05:09.123Z';
const base: PlanInput = {
  routeId: '18g-shortage',
  procedure: 'accelerated',
  federalState: 'DE-RP',
  municipality: 'Kaiserslautern',
  qualification: { level: 'academic', germanAssessment: 'none', engineerTitle: true },
  startDate: '2027-01-04',
};

const plans: Array<[string, Plan]> = [
  ['Blue Card via § 81a in Kaiserslautern', buildPlan(base)],
  ['Blue Card, regular, in Hesse', buildPlan({ ...base, procedure: 'regular', federalState: 'DE-HE', municipality: 'Darmstadt' })],
  ['Elektroniker § 16d (1), HWK der Pfalz', buildPlan({ ...base, routeId: '16d1-qualification', procedure: 'regular', qualification: { level: 'vocational', germanAssessment: 'none', chamber: 'HWK' } })],
  ['Chancenkarte', buildPlan({ ...base, routeId: '20a-points', procedure: 'regular', qualification: { level: 'vocational', germanAssessment: 'none' } })],
];

for (const [name, plan] of plans) {
  for (const lang of ['de', 'en'] as const) {
    test(`${name} (${lang}): one all-day event per milestone and per statutory deadline, read back by ical.js`, () => {
      const cal = readCalendar(planToIcs(plan, { lang, uidDomain: 'lotse.example.org', now: NOW }));
      assert.equal(cal.version, '2.0');
      assert.equal(cal.calscale, 'GREGORIAN');
      assert.equal(cal.method, 'PUBLISH');
      assert.equal(cal.prodId, `-//Lotse//Process plan//${lang.toUpperCase()}`);

      const deadlines = plan.steps.filter((s) => s.deadline);
      assert.ok(plan.milestones.length > 0);
      assert.equal(cal.events.length, plan.milestones.length + deadlines.length);
      const uids = cal.events.map((e) => e.uid);
      assert.equal(new Set(uids).size, uids.length, 'UIDs are unique');
      for (const uid of uids) assert.match(uid, /^[A-Za-z0-9._-]+@lotse\.example\.org$/);

      const expected = [
        ...plan.milestones.map((m) => ({ uid: `milestone-${m.id}`, date: m.date, summary: m.title[lang], description: plan.steps.find((s) => s.id === m.stepId)!.description[lang] })),
        ...deadlines.map((s) => ({
          uid: `deadline-${s.id}`,
          date: s.deadline!.date,
          summary: `${lang === 'de' ? 'Frist' : 'Deadline'}: ${s.title[lang]}`,
          description: s.deadline!.text[lang],
        })),
      ];
      for (const x of expected) {
        const e = cal.events.find((ev) => ev.uid.includes(`-${x.uid}@`));
        assert.ok(e, `event ${x.uid}`);
        assert.equal(e.stamp, '2026-11-25T06:05:09Z');
        assert.equal(e.start, x.date);
        assert.equal(e.end, addDays(x.date, 1), 'DTEND is the next day (exclusive)');
        assert.equal(e.summary, x.summary);
        assert.ok(e.description.startsWith(x.description), `description of ${x.uid} starts with the step's text`);
        assert.equal(e.transp, 'TRANSPARENT');
      }
      const dates = cal.events.map((e) => e.start);
      assert.deepEqual(dates, [...dates].sort(), 'events in date order');
    });
  }
}

test('The deadline event names its norm, and the estimate lines survive escaping (commas, parentheses, semicolons)', () => {
  const plan = plans[0]![1];
  const step = plan.steps.find((s) => s.deadline)!;
  const cal = readCalendar(planToIcs(plan, { lang: 'de', uidDomain: 'lotse.example.org', now: NOW }));
  const e = cal.events.find((ev) => ev.uid.includes(`-deadline-${step.id}@`))!;
  const lines = e.description.split('\n');
  assert.equal(lines[0], `${step.deadline!.text.de} (${step.deadline!.ref})`);
  assert.match(lines[1]!, /^Gesetzliche Frist, gerechnet ab dem \d{2}\.\d{2}\.\d{4} \(geplanter Beginn des Schritts\)\.$/);
  assert.ok(lines.some((l) => /^Geschätzt: .+ \(frühestens .+, spätestens .+\)$/.test(l)));
  // a milestone whose step asks for several documents: the list, joined by "; ", read back unescaped
  const m = plan.milestones.find((ms) => plan.steps.find((s) => s.id === ms.stepId)!.documents.length > 1)!;
  assert.ok(m, 'some milestone’s step lists several documents');
  const labels = plan.steps.find((s) => s.id === m.stepId)!.documents.map((d) => d.label.de);
  const withDocs = cal.events.find((ev) => ev.uid.includes(`-milestone-${m.id}@`))!;
  assert.ok(withDocs.description.split('\n').includes(`Unterlagen: ${labels.join('; ')}`));
});

test('The UIDs are stable: the same plan exported twice, at different times and in both languages, has the same UIDs', () => {
  const plan = plans[0]![1];
  const uids = (ics: string) => readCalendar(ics).events.map((e) => e.uid);
  const a = planToIcs(plan, { lang: 'de', uidDomain: 'lotse.example.org', now: NOW });
  const b = planToIcs(plan, { lang: 'en', uidDomain: 'lotse.example.org', now: new Date('2027-03-01T10:00:00Z') });
  assert.deepEqual(uids(a), uids(b));
  const c = planToIcs(plan, { lang: 'de', uidDomain: 'lotse.example.org', now: NOW, planId: 'case 42/7' });
  assert.ok(uids(c).every((u) => u.startsWith('case-42-7-')));
  const other = planToIcs(plans[1]![1], { lang: 'de', uidDomain: 'lotse.example.org', now: NOW });
  assert.equal(uids(other).filter((u) => uids(a).includes(u)).length, 0, 'another plan has other UIDs');
});

test('German texts with umlauts, € and § are folded without splitting a UTF-8 character', () => {
  const ics = planToIcs(plans[0]![1], { lang: 'de', uidDomain: 'lotse.example.org', now: NOW });
  const cal = readCalendar(ics); // every physical line ≤ 75 octets and valid UTF-8 on its own
  assert.ok(cal.lines.some((l) => l.startsWith(' ')), 'long lines are folded');
  assert.ok(cal.events.some((e) => e.description.includes('Ausländerbehörde') || e.summary.includes('Ausländerbehörde')));
  assert.ok(cal.events.some((e) => /§/.test(e.description)));
});

test('The export refuses an invalid UID domain or time stamp', () => {
  const plan = plans[0]![1];
  assert.throws(() => planToIcs(plan, { lang: 'de', uidDomain: 'bad domain\r\nX:1', now: NOW }), RangeError);
  assert.throws(() => planToIcs(plan, { lang: 'de', uidDomain: 'lotse.example.org', now: 'yesterday' }), RangeError);
});
