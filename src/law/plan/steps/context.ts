// What every step builder shares: the step specification (before scheduling), the build context, and `add`,
// which appends a step after checking that its id is new and that it depends only on steps already added.

import type { Parameter } from '../../parameters/parameter.ts';
import type { Text } from '../../types.ts';
import type { Actor, Authority, DurationValue, FeeValue, MilestoneId, Payer, PlanInput, Procedure } from '../types.ts';
import type { DocumentId } from '../data/documents.ts';
import type { RouteProfile } from '../data/routes.ts';

export interface FeeSpec {
  param: Parameter<FeeValue>;
  payer: Payer;
  payerUnconfirmed?: boolean;
  /** the amount rests on an UNCONFIRMED fact beyond what the parameter says */
  unconfirmed?: boolean;
  norm: string;
  note?: Text;
}

export interface StepSpec {
  id: string;
  actor: Actor;
  title: Text;
  description: Text;
  documents: DocumentId[];
  authority?: Authority;
  duration: Parameter<DurationValue>;
  fee?: FeeSpec;
  dependsOn: string[];
  milestone?: MilestoneId;
  ref?: string;
}

export interface Ctx {
  input: PlanInput;
  profile: RouteProfile;
  procedure: Procedure;
  accelerated: boolean;
  steps: StepSpec[];
}

export function add(ctx: Ctx, s: StepSpec): string {
  if (ctx.steps.some((x) => x.id === s.id)) throw new Error(`duplicate plan step ${s.id}`);
  for (const d of s.dependsOn) {
    if (!ctx.steps.some((x) => x.id === d)) throw new Error(`plan step ${s.id} depends on unknown or later step ${d}`);
  }
  ctx.steps.push(s);
  return s.id;
}

