// The hand-off pack (issue 14): for each official step of a case, what the portal or form will ask, as dated,
// referenced data (like src/law/parameters). Lotse prepares; it does not file with authorities. Pure.

import type { Text } from '../types.ts';
import type { Reference } from '../parameters/parameter.ts';
import type { DocumentId } from '../plan/data/documents.ts';

/** The official steps Lotse prepares a filing for, in the order a case meets them. */
export const HANDOFF_STEPS = ['recognition', 'accelerated', 'ba-approval', 'visa'] as const;
export type HandoffStep = (typeof HANDOFF_STEPS)[number];

export function isHandoffStep(value: unknown): value is HandoffStep {
  return typeof value === 'string' && (HANDOFF_STEPS as readonly string[]).includes(value);
}

/**
 * Where a field's value comes from: a fact the case holds (filled from it, never guessed), or null (the form asks for
 * something Lotse does not hold: "to be entered").
 */
export const VALUE_SOURCES = [
  'candidate.name',
  'candidate.birthDate',
  'candidate.citizenship',
  'company.name',
  'company.street',
  'company.postcodeCity',
  'company.address',
  'job.title',
  'job.occupation',
  'job.annualSalary',
  'job.weeklyHours',
  'job.placeOfWork',
  'job.plannedStart',
  'job.contractDuration',
  'job.collectiveAgreement',
  'case.number',
  'case.route',
  'ref.recognition',
  'ref.ba_approval',
  'ref.visa',
  'ref.immigration_office',
] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

/** confirmed: checked against the named source on lastVerified; unconfirmed: to be verified before relying on it */
export type FormStatus = 'confirmed' | 'unconfirmed';

export interface FormField {
  id: string;
  label: Text;
  /** null: Lotse does not hold it, the page says "to be entered" */
  source: ValueSource | null;
  hint?: Text;
}

export interface FormSection {
  id: string;
  label: Text;
  status: FormStatus;
  fields: FormField[];
  note?: Text;
}

/** One official form or portal, as Lotse knows it on `lastVerified`. */
export interface FormDefinition {
  id: string;
  step: HandoffStep;
  title: Text;
  /** where and how it is filed (the portal, the authority, on paper) */
  filing: Text;
  /** who files it */
  filedBy: Text;
  /** the portal's or form's address, where there is one */
  url?: string;
  reference: Reference;
  alsoSee?: Reference[];
  lastVerified: string;
  /** unconfirmed when any of its sections is: the page then says the field list is to be verified */
  status: FormStatus;
  note?: Text;
  sections: FormSection[];
  /** the plan's steps this filing prepares (src/law/plan/steps): their documents are what to attach */
  planSteps: string[];
  /** the documents the filing carries, in the order to attach them (the case's checklist decides which apply) */
  attach: DocumentId[];
  /** documents the step produces (its result), not attached to it */
  produces: DocumentId[];
}
