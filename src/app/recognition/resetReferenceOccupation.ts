// Use case (issue 16): an admin gives one entry back to the built-in data by removing the office's own row for it
// (an occupation, a body, or the competent body of an occupation in a Land). For an occupation that only the office
// has, its competence rows go with it. Audited in the same transaction; a row the office does not have: not found.

import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { referenceOccupationOverrides } from '../../db/schema/index.ts';
import type { RecognitionData } from '../../law/recognition/types.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { BUILT_IN_RECOGNITION_DATA } from './builtIn.ts';
import { ROW_KINDS } from './csvColumns.ts';
import type { RowKind } from './csvColumns.ts';
import { AUDIT_ENTITY } from './importReferenceOccupations.ts';
import { STORED_KIND, deleteOfficeRow } from './officeData.ts';

export async function resetReferenceOccupation(
  db: Db,
  actor: Actor,
  input: { kind?: unknown; key?: unknown },
  options: { builtIn?: RecognitionData; now?: Date } = {},
): Promise<void> {
  authorize(actor, 'recognition.data.manage', { tenantId: actor.tenantId });
  const kind = input.kind;
  const key = input.key;
  if (typeof kind !== 'string' || !(ROW_KINDS as readonly string[]).includes(kind) || typeof key !== 'string' || key === '' || key.length > 100) throw new NotFoundError();
  const k = kind as RowKind;
  const builtIn = options.builtIn ?? BUILT_IN_RECOGNITION_DATA;
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ fields: referenceOccupationOverrides.fields })
      .from(referenceOccupationOverrides)
      .where(and(eq(referenceOccupationOverrides.tenantId, actor.tenantId), eq(referenceOccupationOverrides.kind, STORED_KIND[k]), eq(referenceOccupationOverrides.key, key)))
      .for('update');
    if (!row) throw new NotFoundError();
    await deleteOfficeRow(tx, actor.tenantId, k, key);
    let rules: string[] = [];
    // the competence rows of an occupation that is gone altogether (no built-in one, no other version of the office's)
    const id = key.replace(/@.*$/, '');
    const others = k === 'beruf' ? await tx.select({ key: referenceOccupationOverrides.key }).from(referenceOccupationOverrides).where(and(eq(referenceOccupationOverrides.tenantId, actor.tenantId), eq(referenceOccupationOverrides.kind, 'occupation'), like(referenceOccupationOverrides.key, `${id}@%`))) : [];
    if (k === 'beruf' && others.length === 0 && !builtIn.occupations.some((o) => o.id === id)) {
      const gone = await tx
        .delete(referenceOccupationOverrides)
        .where(and(eq(referenceOccupationOverrides.tenantId, actor.tenantId), eq(referenceOccupationOverrides.kind, 'competence'), like(referenceOccupationOverrides.key, `${id}/%`)))
        .returning({ key: referenceOccupationOverrides.key });
      rules = gone.map((g) => g.key);
    }
    await writeAudit(tx, actor, now, {
      tenantId: actor.tenantId,
      action: 'reset',
      entity: AUDIT_ENTITY[k],
      entityId: key,
      changes: { fields: row.fields, ...(rules.length > 0 ? { competenceRowsRemoved: rules } : {}) },
    });
  });
}
