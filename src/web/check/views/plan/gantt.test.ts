// The Gantt chart's axis: a month label is written only where it fits inside the chart (a label running past the
// viewBox's right edge was clipped on desktop, "Juni 20" for "Juni 2027"), and the first label stays clear of the
// start date's.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPlan } from '../../../../law/plan/buildPlan.ts';
import type { PlanInput } from '../../../../law/plan/types.ts';
import { ROUTE_IDS } from '../../../../law/types.ts';
import type { RouteId } from '../../../../law/types.ts';
import { LABEL_W, VIEW_W, ganttScale, ganttTicks } from './Gantt.tsx';

const quals: PlanInput['qualification'][] = [
  { level: 'academic', germanAssessment: 'none', engineerTitle: true },
  { level: 'vocational', germanAssessment: 'partial', chamber: 'IHK' },
  { level: 'vocational', germanAssessment: 'none', chamber: 'HWK' },
];
const starts = ['2026-01-05', '2026-03-31', '2026-06-15', '2026-09-01', '2026-12-03', '2027-02-28'];

test('every written month label of the axis lies inside the chart, for every route, start and language', () => {
  let written = 0;
  let cases = 0;
  for (const routeId of ROUTE_IDS as readonly RouteId[]) {
    for (const procedure of ['regular', 'accelerated'] as const) {
      for (const qualification of quals) {
        for (const startDate of starts) {
          let plan;
          try {
            plan = buildPlan({ routeId, procedure, federalState: 'DE-RP', municipality: 'Kaiserslautern', qualification, startDate });
          } catch {
            continue; // a combination the plan refuses (e.g. no accelerated procedure for this route)
          }
          cases++;
          for (const lang of ['de', 'en'] as const) {
            const { x, end } = ganttScale(plan);
            for (const t of ganttTicks(plan, lang, x, end)) {
              assert.ok(t.x >= LABEL_W && t.x <= VIEW_W, `${routeId}/${startDate}: tick at ${t.x}`);
              if (!t.labelled) continue;
              written++;
              // 12 px sans-serif: at most 7.5 px per character
              assert.ok(t.x + 3 + t.label.length * 7.5 <= VIEW_W, `${routeId}/${procedure}/${startDate}/${lang}: "${t.label}" at ${t.x} runs past ${VIEW_W}`);
              assert.ok(t.x - LABEL_W > 90, `${routeId}/${startDate}: "${t.label}" on the start date's label`);
            }
          }
        }
      }
    }
  }
  assert.ok(cases > 50, `plans built: ${cases}`);
  assert.ok(written > cases, `labels written: ${written}`);
});

test('a tick right at the end of the chart gets no label, an early one does', () => {
  const plan = buildPlan({ routeId: ROUTE_IDS[0] as RouteId, procedure: 'regular', federalState: 'DE-RP', qualification: quals[0]!, startDate: '2026-06-15' });
  const { end } = ganttScale(plan);
  // a scale that puts the first of every month at the right edge: nothing fits
  const atEdge = ganttTicks(plan, 'de', () => VIEW_W - 10, end);
  assert.ok(atEdge.length > 0);
  assert.ok(atEdge.every((t) => !t.labelled));
  const early = ganttTicks(plan, 'de', () => LABEL_W + 200, end);
  assert.equal(early[0]!.labelled, true);
});
