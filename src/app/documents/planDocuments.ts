// The checklist of a case (issue 14): every document the plan of its route asks for, once, in the order the plan
// first needs it, each "missing" until uploaded. Called inside the transaction that creates the case.

import type { Db } from '../../db/index.ts';
import { caseDocuments } from '../../db/schema/index.ts';
import type { Plan } from '../../law/plan/types.ts';

export function planDocumentRows(c: { id: string; tenantId: string }, plan: Plan): (typeof caseDocuments.$inferInsert)[] {
  const seen = new Set<string>();
  const rows: (typeof caseDocuments.$inferInsert)[] = [];
  for (const step of plan.steps) {
    for (const d of step.documents) {
      if (seen.has(d.id)) continue;
      seen.add(d.id);
      rows.push({ tenantId: c.tenantId, caseId: c.id, planDocumentId: d.id, label: d.label.de, labelEn: d.label.en, providedBy: d.providedBy, position: rows.length });
    }
  }
  return rows;
}

export async function addPlanDocuments(tx: Db, c: { id: string; tenantId: string }, plan: Plan): Promise<number> {
  const rows = planDocumentRows(c, plan);
  if (rows.length > 0) await tx.insert(caseDocuments).values(rows);
  return rows.length;
}
