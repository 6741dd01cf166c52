// Use case (issue 16): the office's recognition data as CSV for German Excel (the built-in data with the office's
// own rows laid over it), for the office's staff. The file imports back unchanged (importReferenceOccupations).

import type { Db } from '../../db/index.ts';
import type { RecognitionData } from '../../law/recognition/types.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { BUILT_IN_RECOGNITION_DATA } from './builtIn.ts';
import { recognitionCsv } from './csvCodec.ts';
import { officeRecognitionData } from './officeData.ts';
import { dataRows } from './rows.ts';

export interface RecognitionCsvExport {
  csv: string;
  /** e.g. lotse-referenzberufe-2026-12-05.csv */
  fileName: string;
  rows: number;
}

export async function exportReferenceOccupations(
  db: Db,
  actor: Actor,
  today: string,
  options: { builtIn?: RecognitionData } = {},
): Promise<RecognitionCsvExport> {
  authorize(actor, 'recognition.data.read', { tenantId: actor.tenantId });
  return exportOfficeData(db, actor.tenantId, today, options);
}

/** The export of one office's data (also for an operator at the command line: `lotse recognition export`). */
export async function exportOfficeData(db: Db, tenantId: string, today: string, options: { builtIn?: RecognitionData } = {}): Promise<RecognitionCsvExport> {
  const { data } = await officeRecognitionData(db, tenantId, options.builtIn ?? BUILT_IN_RECOGNITION_DATA);
  const rows = dataRows(data);
  return { csv: recognitionCsv(rows), fileName: `lotse-referenzberufe-${today}.csv`, rows: rows.length };
}
