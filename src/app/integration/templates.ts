// Use cases: the own integration steps (issue 17). The office's list is the defaults (defaultTemplates.ts) as changed
// by the office's rows; a company's list is the office's as changed by the company's rows (its adaptation: a step
// changed or switched off, or a step of its own). The onboarding plan of a case uses its company's list.
//
//   listTemplates(db, actor, companyId|null)        integrationTemplate.list on the office (null) or the company
//   saveTemplate(db, actor, companyId|null, key|null, input)   integrationTemplate.manage: change a step, or add one
//   resetTemplate(db, actor, companyId|null, key)   integrationTemplate.manage: back to the office's (or default) step

import { randomBytes } from 'node:crypto';
import { and, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { integrationTemplates } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { Checker } from '../common/checker.ts';
import { checkField } from '../common/fields.ts';
import type { Fields } from '../common/fields.ts';
import { loadCompany } from '../companies/getCompany.ts';
import { TASK_OWNERS } from '../cases/codes.ts';
import type { TaskOwner } from '../cases/codes.ts';
import { TEMPLATE_ANCHORS } from './codes.ts';
import type { TemplateAnchor } from './codes.ts';
import { DEFAULT_TEMPLATES } from './defaultTemplates.ts';
import type { TemplateStep } from './defaultTemplates.ts';

export const TEMPLATE_SCHEMA = {
  title: { kind: 'text', max: 200, required: true },
  titleEn: { kind: 'text', max: 200 },
  description: { kind: 'text', max: 2000 },
  owner: { kind: 'oneOf', values: TASK_OWNERS, required: true },
  anchor: { kind: 'oneOf', values: TEMPLATE_ANCHORS, required: true },
  offsetMonths: { kind: 'integer', min: 0, max: 120 },
  offsetDays: { kind: 'text', max: 5, description: 'whole days, -365 to 3650 (negative: before the anchor)' },
  disabled: { kind: 'oneOf', values: ['yes', 'no'] },
} as const satisfies Fields;
export const TEMPLATE_KEYS = Object.keys(TEMPLATE_SCHEMA) as (keyof typeof TEMPLATE_SCHEMA)[];
export type TemplateInput = Partial<Record<(typeof TEMPLATE_KEYS)[number], unknown>>;

export interface TemplateView extends TemplateStep {
  /** where the step comes from: the defaults, the office's change or own step, the company's */
  source: 'default' | 'office' | 'company';
  disabled: boolean;
}

type Row = typeof integrationTemplates.$inferSelect;

function fromRow(r: Row, source: TemplateView['source']): TemplateView {
  return {
    key: r.key,
    title: r.title,
    titleEn: r.titleEn,
    description: r.description,
    owner: r.owner as TaskOwner,
    anchor: r.anchor as TemplateAnchor,
    offsetMonths: r.offsetMonths,
    offsetDays: r.offsetDays,
    position: r.position,
    source,
    disabled: r.disabled,
  };
}

/** The steps of the office (companyId null) or of a company, disabled ones included; no authorization (callers do). */
export async function templatesOf(db: Db, tenantId: string, companyId: string | null): Promise<TemplateView[]> {
  const rows = await db
    .select()
    .from(integrationTemplates)
    .where(and(eq(integrationTemplates.tenantId, tenantId), companyId === null ? isNull(integrationTemplates.companyId) : or(isNull(integrationTemplates.companyId), eq(integrationTemplates.companyId, companyId))));
  const byKey = new Map<string, TemplateView>(DEFAULT_TEMPLATES.map((t) => [t.key, { ...t, source: 'default', disabled: false }]));
  for (const r of rows) if (r.companyId === null) byKey.set(r.key, fromRow(r, 'office'));
  for (const r of rows) if (r.companyId !== null) byKey.set(r.key, fromRow(r, 'company'));
  return [...byKey.values()].sort((a, b) => a.position - b.position || a.key.localeCompare(b.key));
}

async function scope(db: Db, actor: Actor, companyId: unknown, action: 'integrationTemplate.list' | 'integrationTemplate.manage'): Promise<string | null> {
  if (companyId === null || companyId === undefined || companyId === '') {
    authorize(actor, action, { tenantId: actor.tenantId, companyId: null });
    return null;
  }
  return (await loadCompany(db, actor, companyId, action)).id;
}

export async function listTemplates(db: Db, actor: Actor, companyId: unknown): Promise<{ companyId: string | null; steps: TemplateView[] }> {
  const id = await scope(db, actor, companyId, 'integrationTemplate.list');
  return { companyId: id, steps: await templatesOf(db, actor.tenantId, id) };
}

export function checkTemplate(input: TemplateInput): Omit<TemplateStep, 'key' | 'position'> & { disabled: boolean } {
  const c = new Checker();
  const title = checkField(c, TEMPLATE_SCHEMA, 'title', input.title) as string | null;
  const titleEn = checkField(c, TEMPLATE_SCHEMA, 'titleEn', input.titleEn) as string | null;
  const description = checkField(c, TEMPLATE_SCHEMA, 'description', input.description) as string | null;
  const owner = checkField(c, TEMPLATE_SCHEMA, 'owner', input.owner) as TaskOwner | null;
  const anchor = checkField(c, TEMPLATE_SCHEMA, 'anchor', input.anchor) as TemplateAnchor | null;
  const offsetMonths = (checkField(c, TEMPLATE_SCHEMA, 'offsetMonths', input.offsetMonths) as number | null) ?? 0;
  // days may be negative (a step before the arrival): a signed whole number
  const rawDays = typeof input.offsetDays === 'number' ? String(input.offsetDays) : (checkField(c, TEMPLATE_SCHEMA, 'offsetDays', input.offsetDays) as string | null);
  let offsetDays = 0;
  if (rawDays !== null) {
    const n = /^[-−]?\d+$/.test(rawDays) ? Number(rawDays.replace('−', '-')) : NaN;
    if (!Number.isInteger(n) || n < -365 || n > 3650) c.errors.push({ field: 'offsetDays', code: 'integer', message: 'is not a whole number in the allowed range: -365–3650' });
    else offsetDays = n;
  }
  const disabled = checkField(c, TEMPLATE_SCHEMA, 'disabled', input.disabled) === 'yes';
  c.done();
  return { title: title!, titleEn, description, owner: owner!, anchor: anchor!, offsetMonths, offsetDays, disabled };
}

/** Changes the step `key` for the office or the company (a row of their own), or adds a step (key null). */
export async function saveTemplate(db: Db, actor: Actor, companyId: unknown, key: unknown, input: TemplateInput, now: Date = new Date()): Promise<{ key: string }> {
  return db.transaction(async (tx) => {
    const id = await scope(tx, actor, companyId, 'integrationTemplate.manage');
    const fields = checkTemplate(input);
    const current = await templatesOf(tx, actor.tenantId, id);
    const existing = typeof key === 'string' && key !== '' ? current.find((t) => t.key === key) : undefined;
    if (typeof key === 'string' && key !== '' && existing === undefined) throw new NotFoundError();
    const k = existing?.key ?? `own-${randomBytes(4).toString('hex')}`;
    const position = existing?.position ?? current.reduce((m, t) => Math.max(m, t.position), -1) + 1;
    const values = { ...fields, position, updatedBy: actor.userId, updatedAt: now };
    const own = existing !== undefined && existing.source === (id === null ? 'office' : 'company');
    if (own) {
      await tx
        .update(integrationTemplates)
        .set(values)
        .where(and(eq(integrationTemplates.tenantId, actor.tenantId), eq(integrationTemplates.key, k), id === null ? isNull(integrationTemplates.companyId) : eq(integrationTemplates.companyId, id)));
    } else {
      await tx.insert(integrationTemplates).values({ tenantId: actor.tenantId, companyId: id, key: k, ...values, createdAt: now });
    }
    await writeAudit(tx, actor, now, { tenantId: actor.tenantId, action: existing ? 'update' : 'create', entity: 'integrationTemplate', entityId: id, changes: { key: k, ...fields } });
    return { key: k };
  });
}

/** Removes the office's (or the company's) own row of the step: the default (or the office's step) applies again. */
export async function resetTemplate(db: Db, actor: Actor, companyId: unknown, key: unknown, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const id = await scope(tx, actor, companyId, 'integrationTemplate.manage');
    if (typeof key !== 'string') return;
    await tx
      .delete(integrationTemplates)
      .where(and(eq(integrationTemplates.tenantId, actor.tenantId), eq(integrationTemplates.key, key), id === null ? isNull(integrationTemplates.companyId) : eq(integrationTemplates.companyId, id)));
    await writeAudit(tx, actor, now, { tenantId: actor.tenantId, action: 'delete', entity: 'integrationTemplate', entityId: id, changes: { key } });
  });
}
