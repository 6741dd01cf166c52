// The plan's warnings: an UNCONFIRMED § 81a availability, the Western Balkans quota, the § 81a fee payer, unknown
// authorities and fees; and for the Chancenkarte the means of subsistence to prove (§ 20a Abs. 4 S. 1 AufenthG).

import { valueAt } from '../parameters/parameter.ts';
import { chancenkarteMonthlyMeans } from '../parameters/chancenkarte.ts';
import { westbalkanQuota } from '../parameters/westbalkan.ts';
import { westbalkanQuotaPlanned } from '../parameters/plan/westbalkan.ts';
import { eurDe, eurEn } from '../format.ts';
import { countText, feeText } from './wording.ts';
import type { Plan, PlanStep, PlanTotals, PlanWarning } from './types.ts';
import type { Ctx } from './steps/context.ts';

/** Warnings about the steps and totals, in a fixed order. */
export function planWarnings(ctx: Ctx, steps: readonly PlanStep[], totals: PlanTotals): PlanWarning[] {
  const { input, profile } = ctx;
  const warnings: PlanWarning[] = [];

  if (ctx.accelerated && profile.accelerated === null && profile.acceleratedNote) {
    warnings.push({ id: 'accelerated-unconfirmed', text: profile.acceleratedNote, unconfirmed: true });
  }
  if (profile.ba === 'westbalkan-pre') {
    const quota = valueAt(westbalkanQuota, input.startDate);
    if (quota === undefined || quota.unconfirmed) {
      const cut = valueAt(westbalkanQuotaPlanned, input.startDate);
      const planned = cut ? countText(cut.value) : undefined;
      warnings.push({
        id: 'westbalkan-quota',
        text: {
          de: `Das Kontingent der Westbalkanregelung für das Startjahr ist nicht bestätigt${planned ? ` (geplant ist eine Senkung auf ${planned.de})` : ''}; das Kontingent 2025 war Anfang Dezember 2025 ausgeschöpft.`,
          en: `The Western Balkans quota for the start year is not confirmed${planned ? ` (a cut to ${planned.en} is planned)` : ''}; the 2025 quota was used up by early December 2025.`,
        },
        unconfirmed: true,
      });
    }
  }
  const payerOpen = steps.find((s) => s.fee?.payerUnconfirmed);
  if (payerOpen) {
    // the amount as the plan gives it for that step (the § 81a fee, ../parameters/plan/fees.ts)
    const eur = payerOpen.fee!.eur;
    const amount = feeText(eur === null ? null : { minEur: eur.min, maxEur: eur.max });
    warnings.push({
      id: 'fee-payer-81a',
      text: {
        de: `Wer die Gebühr ${amount ? `von ${amount.de} ` : ''}für das beschleunigte Fachkräfteverfahren schuldet (Arbeitgeber oder Fachkraft), ist nicht bestätigt.`,
        en: `Who owes the ${amount ? `${amount.en} ` : ''}fee for the accelerated procedure (employer or skilled worker) is not confirmed.`,
      },
      unconfirmed: true,
    });
  }
  const unknownAuthorities = steps.filter((s) => s.authority !== undefined && !s.authority.known);
  if (unknownAuthorities.length > 0) {
    warnings.push({
      id: 'authorities-unknown',
      text: {
        de: `Für ${unknownAuthorities.length === 1 ? 'einen Schritt' : `${unknownAuthorities.length} Schritte`} kennt Lotse die zuständige Stelle an diesem Ort nicht. Bitte bei der Servicestelle erfragen.`,
        en: `Lotse does not know the competent body at this place for ${unknownAuthorities.length === 1 ? 'one step' : `${unknownAuthorities.length} steps`}. Ask the service office.`,
      },
      unconfirmed: false,
    });
  }
  if (totals.fees.unknown.length > 0) {
    warnings.push({
      id: 'fees-unknown',
      text: {
        de: 'Nicht alle Gebühren sind bekannt; die Summe enthält sie nicht.',
        en: 'Not all fees are known; the total leaves them out.',
      },
      unconfirmed: true,
    });
  }
  return warnings;
}

/** The means to prove for a route without employer (the Chancenkarte), and the warning that states them. */
export function meansOf(ctx: Ctx): { means: NonNullable<Plan['means']>; warning: PlanWarning } | undefined {
  const { input, profile } = ctx;
  if (profile.employer) return undefined;
  const v = valueAt(chancenkarteMonthlyMeans, input.startDate);
  const monthly = v?.value ?? null;
  const means = {
    monthlyNetEur: monthly,
    yearlyEur: monthly === null ? null : monthly * 12,
    unconfirmed: v === undefined || v.unconfirmed === true,
    reference: v?.reference ?? chancenkarteMonthlyMeans.values[0]!.reference,
  };
  const warning: PlanWarning =
    monthly === null
      ? {
          id: 'means-unknown',
          text: {
            de: 'Der nachzuweisende Lebensunterhalt für das Startjahr ist nicht bestätigt; bitte bei der Auslandsvertretung oder der Servicestelle erfragen.',
            en: 'The means to prove for the start year are not confirmed; ask the mission or the service office.',
          },
          unconfirmed: true,
        }
      : {
          id: 'means',
          text: {
            de: `Nachzuweisen sind ${eurDe(monthly)} netto je Monat, für ein Jahr ${eurDe(monthly * 12)}.`,
            en: `The means to prove are ${eurEn(monthly)} net a month, ${eurEn(monthly * 12)} for a year.`,
          },
          unconfirmed: v?.unconfirmed === true,
        };
  return { means, warning };
}
