// The plan's totals: calendar days to the target milestone, and the fees by payer (unknown fees left out).

import { toDay } from '../dates.ts';
import type { MoneyRange, Payer, PlanFee, PlanStep, PlanTotals } from './types.ts';

export function rangeOf(fee: PlanFee): MoneyRange | null {
  return fee.eur === null ? null : { min: fee.eur.min, max: fee.eur.max };
}

export function totalsOf(steps: readonly PlanStep[], target: PlanStep, startDate: string): PlanTotals {
  const zero = (): MoneyRange => ({ min: 0, max: 0 });
  const total = zero();
  const byPayer: Record<Payer, MoneyRange> = { company: zero(), candidate: zero(), either: zero() };
  const unknown: PlanTotals['fees']['unknown'] = [];
  let unconfirmed = false;
  for (const s of steps) {
    if (!s.fee) continue;
    const r = rangeOf(s.fee);
    if (r === null) {
      unknown.push({ stepId: s.id, title: s.title });
      continue;
    }
    total.min += r.min;
    total.max += r.max;
    byPayer[s.fee.payer].min += r.min;
    byPayer[s.fee.payer].max += r.max;
    if (s.fee.unconfirmed || s.fee.payerUnconfirmed) unconfirmed = true;
  }
  const days = (d: string): number => toDay(d) - toDay(startDate);
  return {
    durationDays: { min: days(target.earliestEnd), typical: days(target.end), max: days(target.latestEnd) },
    targetMilestone: target.milestone!,
    fees: { total, byPayer, unknown, unconfirmed },
  };
}
