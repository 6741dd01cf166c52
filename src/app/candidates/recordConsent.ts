// Use case: record a candidate's declaration of consent for one purpose (given or withdrawn), with the day it was
// declared and the version of the text the candidate saw. Declarations are kept as a history; the current state of a
// purpose is its latest declaration (getCandidate.ts currentConsents).

import type { Db } from '../../db/index.ts';
import { candidateConsents } from '../../db/schema/index.ts';
import type { Actor } from '../../policies/index.ts';
import { writeAudit } from '../common/audit.ts';
import { Checker } from '../common/checker.ts';
import { wfe } from '../common/errors.ts';
import { CONSENT_PURPOSES } from '../cases/codes.ts';
import { loadCandidate } from './getCandidate.ts';

export interface ConsentInput {
  purpose?: unknown;
  /** true or false (forms: "yes" / "no") */
  given?: unknown;
  declaredOn?: unknown;
  textVersion?: unknown;
}

export async function recordConsent(db: Db, actor: Actor, candidateId: unknown, input: ConsentInput, now: Date = new Date()): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const candidate = await loadCandidate(tx, actor, candidateId, 'candidate.update');
    const c = new Checker();
    const purpose = c.oneOf('purpose', input.purpose, CONSENT_PURPOSES, { required: true });
    const given = input.given === true || input.given === 'yes' ? true : input.given === false || input.given === 'no' ? false : null;
    if (given === null) c.errors.push(input.given === undefined || input.given === null || input.given === '' ? wfe('given', 'required') : wfe('given', 'oneOf', 'true, false'));
    const declaredOn = c.date('declaredOn', input.declaredOn, { required: true });
    // a declaration cannot be made in the future
    if (declaredOn !== null && declaredOn > now.toISOString().slice(0, 10)) c.errors.push(wfe('declaredOn', 'date', 'not after today'));
    const textVersion = c.text('textVersion', input.textVersion, { required: true, max: 50 });
    c.done();
    const values = { purpose: purpose!, given: given!, declaredOn: declaredOn!, textVersion: textVersion! };
    const [row] = await tx
      .insert(candidateConsents)
      .values({ tenantId: candidate.tenantId, candidateId: candidate.id, ...values, recordedBy: actor.userId, createdAt: now })
      .returning({ id: candidateConsents.id });
    await writeAudit(tx, actor, now, { tenantId: candidate.tenantId, action: 'consent', entity: 'candidate', entityId: candidate.id, changes: values });
    return { id: row!.id };
  });
}
