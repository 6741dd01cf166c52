// Use case: a case's recognition record with the further qualification proposed on it (issue 16): the measures that
// close the deficits the notice names (src/law/recognition/measures.ts proposeMeasures: why, funding, residence route),
// each with the providers of the office's partner directory that offer it (partners.offers, the partner network of
// migration 0019). The office's staff see the providers (partner.list) and may refer the candidate; a company user
// reads the record and the proposals of their own company's case, without the office's directory.

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { candidates, caseRecognitions } from '../../db/schema/index.ts';
import { can } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { CEFR_LEVELS } from '../../law/types.ts';
import type { Cefr } from '../../law/types.ts';
import { proposeMeasures } from '../../law/recognition/measures.ts';
import { getReferenceOccupation } from '../../law/recognition/index.ts';
import type { Text } from '../../law/types.ts';
import type { DeficitTag, MeasureKind, MeasureProposal, NoticeOutcome } from '../../law/recognition/measures.ts';
import { loadCase } from '../cases/getCase.ts';
import type { RecognitionRecord } from './recordCaseRecognition.ts';
import { providersOffering } from './providers.ts';
import type { Provider } from './providers.ts';

export interface ProposalView extends MeasureProposal {
  /** the office's partners offering this kind of measure (empty for a company user) */
  providers: Provider[];
}

export interface CaseRecognitionView {
  caseId: string;
  companyId: string;
  record: RecognitionRecord | null;
  /** the German level the proposals used: the record's, else the candidate's facts, else null */
  germanLevel: Cefr | null;
  germanLevelFrom: 'record' | 'candidate' | null;
  /** the reference occupation of the recognition catalogue (built-in data), when the record names a known one */
  occupation: { id: string; title: Text; catalogueId: string | null; employmentRegulated: boolean } | null;
  /** whether the proposals took the profession as regulated: the record's answer, else the reference occupation's */
  regulated: boolean | null;
  regulatedFrom: 'record' | 'occupation' | null;
  proposals: ProposalView[];
  mayEdit: boolean;
  /** the office's staff: providers are shown and may be referred to */
  mayRefer: boolean;
}

export function recordOf(row: typeof caseRecognitions.$inferSelect): RecognitionRecord {
  return {
    outcome: row.outcome as NoticeOutcome,
    referenceOccupationId: row.referenceOccupationId,
    competentBody: row.competentBody,
    appliedOn: row.appliedOn,
    decidedOn: row.decidedOn,
    regulated: row.regulated,
    germanLevel: row.germanLevel as Cefr | null,
    residesInGermany: row.residesInGermany,
    deficits: row.deficits,
    deficitTags: row.deficitTags as DeficitTag[],
  };
}

function candidateGerman(facts: unknown): Cefr | null {
  const german = (facts as { person?: { german?: unknown } } | null)?.person?.german;
  return typeof german === 'string' && (CEFR_LEVELS as readonly string[]).includes(german) ? (german as Cefr) : null;
}

export async function getCaseRecognition(db: Db, actor: Actor, caseId: unknown, today: string): Promise<CaseRecognitionView> {
  const c = await loadCase(db, actor, caseId, 'case.recognition.read');
  const target = { tenantId: c.tenantId, companyId: c.companyId };
  const [row] = await db.select().from(caseRecognitions).where(and(eq(caseRecognitions.caseId, c.id), eq(caseRecognitions.tenantId, c.tenantId))).limit(1);
  const record = row === undefined ? null : recordOf(row);
  let germanLevel: Cefr | null = record?.germanLevel ?? null;
  let germanLevelFrom: CaseRecognitionView['germanLevelFrom'] = germanLevel === null ? null : 'record';
  if (germanLevel === null) {
    const [cand] = await db.select({ facts: candidates.facts }).from(candidates).where(and(eq(candidates.id, c.candidateId), eq(candidates.tenantId, c.tenantId))).limit(1);
    germanLevel = candidateGerman(cand?.facts ?? null);
    if (germanLevel !== null) germanLevelFrom = 'candidate';
  }
  const ref = record?.referenceOccupationId ? getReferenceOccupation(record.referenceOccupationId, today) : undefined;
  const occupation = ref ? { id: ref.id, title: ref.title, catalogueId: ref.catalogueIds[0] ?? null, employmentRegulated: ref.employmentRegulated } : null;
  const regulated = record?.regulated ?? occupation?.employmentRegulated ?? null;
  const regulatedFrom: CaseRecognitionView['regulatedFrom'] = record?.regulated != null ? 'record' : occupation !== null ? 'occupation' : null;
  const mayRefer = can(actor, 'partner.list', { tenantId: c.tenantId });
  const proposals =
    record === null
      ? []
      : proposeMeasures({
          outcome: record.outcome,
          deficitTags: record.deficitTags,
          regulated,
          germanLevel,
          residesInGermany: record.residesInGermany ?? undefined,
          date: today,
        });
  const providers = mayRefer && proposals.length > 0 ? await providersOffering(db, c.tenantId, proposals.map((p) => p.kind)) : new Map<MeasureKind, Provider[]>();
  return {
    caseId: c.id,
    companyId: c.companyId,
    record,
    germanLevel,
    germanLevelFrom,
    occupation,
    regulated,
    regulatedFrom,
    proposals: proposals.map((p) => ({ ...p, providers: providers.get(p.kind) ?? [] })),
    mayEdit: can(actor, 'case.recognition.update', target),
    mayRefer,
  };
}
