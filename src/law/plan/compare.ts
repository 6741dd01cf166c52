// The regular and the accelerated plan for the same case, side by side.

import { PlanError } from './errors.ts';
import type { CompanySignature, MoneyRange, Plan, PlanFee, PlanTotals } from './types.ts';

export interface PlanComparison {
  durationDays: { regular: PlanTotals['durationDays']; accelerated: PlanTotals['durationDays']; typicalSaving: number };
  fees: { regular: MoneyRange; accelerated: MoneyRange; extra: MoneyRange };
  /** fees that only the accelerated plan has (by parameter id), e.g. the § 81a fee */
  onlyAccelerated: Array<{ parameterId: string; stepId: string; fee: PlanFee }>;
  companySignsOnlyAccelerated: CompanySignature[];
  /** both plans rest on some UNCONFIRMED fee or payer */
  unconfirmed: boolean;
}

/** Side by side: the regular and the accelerated plan for the same case. */
export function comparePlans(regular: Plan, accelerated: Plan): PlanComparison {
  if (regular.procedure !== 'regular' || accelerated.procedure !== 'accelerated') {
    throw new PlanError({ de: 'comparePlans erwartet einen regulären und einen beschleunigten Plan.', en: 'comparePlans expects a regular and an accelerated plan.' });
  }
  if (regular.routeId !== accelerated.routeId || regular.startDate !== accelerated.startDate || regular.federalState !== accelerated.federalState) {
    throw new PlanError({ de: 'Die Pläne betreffen nicht denselben Fall.', en: 'The plans are not for the same case.' });
  }
  const regularFees = new Set(regular.steps.flatMap((s) => (s.fee ? [s.fee.parameterId] : [])));
  const onlyAccelerated = accelerated.steps.flatMap((s) => (s.fee && !regularFees.has(s.fee.parameterId) ? [{ parameterId: s.fee.parameterId, stepId: s.id, fee: s.fee }] : []));
  const regularSigns = new Set(regular.companySigns.map((c) => c.documentId));
  return {
    durationDays: {
      regular: regular.totals.durationDays,
      accelerated: accelerated.totals.durationDays,
      typicalSaving: regular.totals.durationDays.typical - accelerated.totals.durationDays.typical,
    },
    fees: {
      regular: regular.totals.fees.total,
      accelerated: accelerated.totals.fees.total,
      extra: {
        min: accelerated.totals.fees.total.min - regular.totals.fees.total.min,
        max: accelerated.totals.fees.total.max - regular.totals.fees.total.max,
      },
    },
    onlyAccelerated,
    companySignsOnlyAccelerated: accelerated.companySigns.filter((c) => !regularSigns.has(c.documentId)),
    unconfirmed: regular.totals.fees.unconfirmed || accelerated.totals.fees.unconfirmed,
  };
}
