// Use case (issue 16): an admin imports the office's recognition data from a CSV file (csvCodec.ts). Every row is
// checked; any error (named by row and column) refuses the whole file and nothing is saved. Otherwise, in one
// transaction: a row equal to the office's current data changes nothing (a re-imported export is a no-op), a row
// equal to the built-in entry removes the office's own row for it, any other row is stored as the office's own; one
// audit row per stored or removed row (with the cells before and after) and one for the import.
// An import adds and changes; it never removes what the file leaves out (importPlan.ts).

import { eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { referenceOccupationOverrides, tenants } from '../../db/schema/index.ts';
import type { RecognitionData } from '../../law/recognition/types.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { isOperator, writeAudit } from '../common/audit.ts';
import type { AuditEntry, Operator } from '../common/audit.ts';
import { BUILT_IN_RECOGNITION_DATA } from './builtIn.ts';
import { HEADERS, storedCells } from './csvColumns.ts';
import type { CellError, Cells } from './csvColumns.ts';
import { parseRecognitionCsv } from './csvCodec.ts';
import { indexRows, planImport, referenceErrors } from './importPlan.ts';
import { STORED_KIND, deleteOfficeRow, loadOfficeRows } from './officeData.ts';
import { mergeData } from './rows.ts';

/** The file has errors (each names its row and column): nothing was saved. HTTP 400. */
export class RecognitionImportError extends Error {
  readonly statusCode = 400;
  constructor(readonly errors: CellError[]) {
    super(`The file has ${errors.length} error(s); nothing was saved.`);
    this.name = 'RecognitionImportError';
  }
}

export interface RecognitionImportResult {
  /** rows of entries that did not exist before */
  added: number;
  /** rows that changed an entry */
  changed: number;
  /** rows that gave an entry back to the built-in data */
  reset: number;
  unchanged: number;
}

/** The audit entity of a row kind. */
export const AUDIT_ENTITY = { beruf: 'reference_occupation', stelle: 'recognition_body', zustaendigkeit: 'competent_body' } as const;

/** Only the cells that differ, as { header: [before, after] }. */
function cellDiff(before: Cells | undefined, after: Cells): Record<string, [string, string]> {
  const out: Record<string, [string, string]> = {};
  for (const h of HEADERS) {
    const a = before?.[h] ?? '';
    const b = after[h] ?? '';
    if (a !== b) out[h] = [a, b];
  }
  return out;
}

/** Largest file the import reads (characters): far above the built-in data (a few hundred rows). */
export const IMPORT_MAX_CHARS = 5_000_000;

export async function importReferenceOccupations(
  db: Db,
  actor: Actor,
  text: unknown,
  options: { builtIn?: RecognitionData; now?: Date } = {},
): Promise<RecognitionImportResult> {
  authorize(actor, 'recognition.data.manage', { tenantId: actor.tenantId });
  return importIntoOffice(db, actor, actor.tenantId, text, options);
}

/**
 * The import into one office's data by `by`: an authorized admin (above) or an operator at the command line
 * (`lotse recognition import`), who has the full trust of whoever holds the shell.
 */
export async function importIntoOffice(
  db: Db,
  by: { userId: string } | Operator,
  tenantId: string,
  text: unknown,
  options: { builtIn?: RecognitionData; now?: Date } = {},
): Promise<RecognitionImportResult> {
  const updatedBy = isOperator(by) ? null : by.userId;
  const builtIn = options.builtIn ?? BUILT_IN_RECOGNITION_DATA;
  const now = options.now ?? new Date();
  if (typeof text !== 'string' || text.length > IMPORT_MAX_CHARS) throw new RecognitionImportError([{ row: 1, column: '', code: typeof text === 'string' ? 'tooLong' : 'empty' }]);
  const parsed = parseRecognitionCsv(text);
  if (parsed.errors.length > 0) throw new RecognitionImportError(parsed.errors);

  return db.transaction(async (tx) => {
    // one import of an office at a time: the second waits and then plans against the first one's result
    await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, tenantId)).for('update');
    const office = await loadOfficeRows(tx, tenantId);
    const current = mergeData(builtIn, office).data;
    const refErrors = referenceErrors(parsed.rows, current);
    if (refErrors.length > 0) throw new RecognitionImportError(refErrors);
    const plan = planImport(parsed.rows, builtIn, office);
    const before = indexRows(current);
    const result: RecognitionImportResult = { added: 0, changed: 0, reset: plan.resets.length, unchanged: plan.unchanged };
    const audit: AuditEntry[] = [];
    for (const r of plan.upserts) {
      const was = before.get(`${r.kind}:${r.key}`);
      if (was) result.changed++;
      else result.added++;
      const fields = storedCells(r.cells);
      await tx
        .insert(referenceOccupationOverrides)
        .values({ tenantId, kind: STORED_KIND[r.kind], key: r.key, fields, updatedAt: now, updatedBy })
        .onConflictDoUpdate({
          target: [referenceOccupationOverrides.tenantId, referenceOccupationOverrides.kind, referenceOccupationOverrides.key],
          set: { fields, updatedAt: now, updatedBy },
        });
      audit.push({ tenantId, action: was ? 'update' : 'create', entity: AUDIT_ENTITY[r.kind], entityId: r.key, changes: { row: r.row, cells: cellDiff(was, r.cells) } });
    }
    for (const r of plan.resets) {
      await deleteOfficeRow(tx, tenantId, r.kind, r.key);
      audit.push({ tenantId, action: 'reset', entity: AUDIT_ENTITY[r.kind], entityId: r.key, changes: { row: r.row, cells: cellDiff(before.get(`${r.kind}:${r.key}`), r.cells) } });
    }
    audit.push({ tenantId, action: 'import', entity: 'recognition_data', entityId: null, changes: { rows: parsed.rows.length, ...result } });
    await writeAudit(tx, by, now, ...audit);
    return result;
  });
}
