// From step specifications to the plan: the parameter values in force on the start date, the three schedules
// (typical, earliest, latest), statutory deadlines, fees, milestones, totals, company signatures and warnings.

import { valueAt } from '../parameters/parameter.ts';
import type { CompanySignature, DurationValue, Milestone, Plan, PlanDeadline, PlanFee, PlanStep } from './types.ts';
import { documents } from './data/documents.ts';
import { PlanError } from './errors.ts';
import { MILESTONE_TITLES } from './milestones.ts';
import { ancestorsOf, deadlineDate, schedule } from './schedule.ts';
import { totalsOf } from './totals.ts';
import { meansOf, planWarnings } from './warnings.ts';
import type { Ctx } from './steps/context.ts';

export function assemble(ctx: Ctx, targetId: string): Plan {
  const { input, profile } = ctx;
  const specs = ctx.steps;

  // Parameter values in force on the start date (the plan's figures for that date; no fallback).
  const durations = new Map<string, DurationValue>();
  const durationMeta = new Map<string, { unconfirmed: boolean; reference: PlanStep['duration']['reference']; note?: string }>();
  for (const s of specs) {
    const v = valueAt(s.duration, input.startDate);
    if (!v) throw new PlanError({ de: `Keine Dauer für ${s.duration.id} am ${input.startDate}`, en: `No duration for ${s.duration.id} on ${input.startDate}` });
    durations.set(s.id, v.value);
    durationMeta.set(s.id, { unconfirmed: v.unconfirmed === true, reference: v.reference, ...(v.note ? { note: v.note } : {}) });
  }

  const typical = schedule(specs, durations, input.startDate, 'typicalDays');
  const earliest = schedule(specs, durations, input.startDate, 'minDays');
  const latest = schedule(specs, durations, input.startDate, 'maxDays');
  const leads = ancestorsOf(specs, targetId);

  const indexed = specs.map((s, index) => {
    const t = typical.get(s.id)!;
    const dv = durations.get(s.id)!;
    const meta = durationMeta.get(s.id)!;
    const step: PlanStep = {
      id: s.id,
      actor: s.actor,
      title: s.title,
      description: s.description,
      documents: documents(...s.documents),
      ...(s.authority ? { authority: s.authority } : {}),
      duration: {
        min: dv.minDays,
        typical: dv.typicalDays,
        max: dv.maxDays,
        estimate: dv.estimate,
        ...(meta.unconfirmed ? { unconfirmed: true } : {}),
        parameterId: s.duration.id,
        reference: meta.reference,
        ...(meta.note ? { note: meta.note } : {}),
      },
      dependsOn: [...s.dependsOn],
      start: t.start,
      end: t.end,
      earliestEnd: earliest.get(s.id)!.end,
      latestEnd: latest.get(s.id)!.end,
      ...(s.milestone ? { milestone: s.milestone } : {}),
      leadsToTarget: leads.has(s.id),
      ...(s.ref ? { ref: s.ref } : {}),
    };
    if (dv.statutory && dv.period && dv.norm) {
      const deadline: PlanDeadline = {
        period: dv.period,
        days: dv.maxDays,
        statutory: true,
        ref: dv.norm,
        reference: meta.reference,
        text: dv.deadlineText ?? s.title,
        date: deadlineDate(t.start, dv.period),
      };
      step.deadline = deadline;
    }
    if (s.fee) {
      const fv = valueAt(s.fee.param, t.start);
      const amount = fv?.value ?? null;
      const fee: PlanFee = {
        eur: amount === null ? null : { min: amount.minEur, max: amount.maxEur, ...(amount.typicalEur !== undefined ? { typical: amount.typicalEur } : {}) },
        payer: s.fee.payer,
        ...(s.fee.payerUnconfirmed ? { payerUnconfirmed: true } : {}),
        ...(fv === undefined || fv.unconfirmed || s.fee.unconfirmed ? { unconfirmed: true } : {}),
        norm: s.fee.norm,
        reference: fv?.reference ?? s.fee.param.values[0]!.reference,
        lastVerified: fv?.lastVerified ?? s.fee.param.values[0]!.lastVerified,
        parameterId: s.fee.param.id,
        ...(s.fee.note ? { note: s.fee.note } : {}),
      };
      step.fee = fee;
    }
    return { index, step };
  });
  // Ordered by typical start; steps starting on the same day keep the order in which they were defined.
  indexed.sort((a, b) => (a.step.start < b.step.start ? -1 : a.step.start > b.step.start ? 1 : a.index - b.index));
  const steps = indexed.map((x) => x.step);

  const milestones: Milestone[] = steps
    .filter((s) => s.milestone !== undefined)
    .map((s) => ({ id: s.milestone!, stepId: s.id, title: MILESTONE_TITLES[s.milestone!], date: s.end, earliest: s.earliestEnd, latest: s.latestEnd }));
  milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const target = steps.find((s) => s.id === targetId)!;
  const totals = totalsOf(steps, target, input.startDate);

  const companySigns: CompanySignature[] = [];
  for (const s of steps) {
    for (const d of s.documents) {
      if (d.signedByCompany && !companySigns.some((c) => c.documentId === d.id)) {
        companySigns.push({ documentId: d.id, stepId: s.id, label: d.label, ...(d.note ? { note: d.note } : {}) });
      }
    }
  }

  const warnings = planWarnings(ctx, steps, totals);
  const m = meansOf(ctx);
  if (m) warnings.push(m.warning);
  const means = m?.means;

  return {
    routeId: input.routeId,
    procedure: input.procedure,
    federalState: input.federalState,
    ...(input.municipality !== undefined ? { municipality: input.municipality } : {}),
    startDate: input.startDate,
    routeRef: profile.ref,
    steps,
    milestones,
    totals,
    companySigns,
    ...(means ? { means } : {}),
    warnings,
  };
}
