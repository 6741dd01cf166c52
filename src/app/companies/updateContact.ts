// Use case: change a contact person (all fields replaced; the audit row holds what changed).

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { companies, contacts } from '../../db/schema/index.ts';
import { NotFoundError, authorize } from '../../policies/index.ts';
import type { Action, Actor } from '../../policies/index.ts';
import { CONTACT_FIELDS, checkContact } from './contactInput.ts';
import type { ContactInput } from './contactInput.ts';
import { assertId } from '../common/errors.ts';
import { diff, writeAudit } from '../common/audit.ts';

/** A contact of the actor's tenant (of a company not anonymised), authorized for `action`, or NotFoundError. */
export async function loadContact(db: Db, actor: Actor, contactId: unknown, action: Action) {
  assertId(contactId);
  const [row] = await db
    .select({ contact: contacts })
    .from(contacts)
    .innerJoin(companies, eq(companies.id, contacts.companyId))
    .where(and(eq(contacts.id, contactId), eq(contacts.tenantId, actor.tenantId), isNull(companies.anonymisedAt)))
    .limit(1);
  if (row === undefined) throw new NotFoundError();
  authorize(actor, action, { tenantId: row.contact.tenantId, companyId: row.contact.companyId });
  return row.contact;
}

export async function updateContact(
  db: Db,
  actor: Actor,
  contactId: unknown,
  input: ContactInput,
  now: Date = new Date(),
): Promise<Record<string, [unknown, unknown]>> {
  return db.transaction(async (tx) => {
    const before = await loadContact(tx, actor, contactId, 'contact.update');
    const fields = await checkContact(tx, before.tenantId, before.companyId, input);
    const changes = diff(Object.fromEntries(CONTACT_FIELDS.map((k) => [k, before[k]])), { ...fields });
    if (Object.keys(changes).length === 0) return changes;
    await tx.update(contacts).set({ ...fields, updatedAt: now }).where(eq(contacts.id, before.id));
    await writeAudit(tx, actor, now, {
      tenantId: before.tenantId,
      action: 'update',
      entity: 'contact',
      entityId: before.id,
      changes,
    });
    return changes;
  });
}
