// The fields of a contact person as the use cases accept them.

import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { users } from '../../db/schema/index.ts';
import { Checker } from '../common/checker.ts';
import { WorkspaceInputError, wfe } from '../common/errors.ts';
import { checkField } from '../common/fields.ts';
import { CONTACT_SCHEMA as S } from './contactSchema.ts';

export interface ContactInput {
  name?: unknown;
  role?: unknown;
  email?: unknown;
  phone?: unknown;
  /** the account of this person: a company user of the same company */
  userId?: unknown;
}

export interface ContactFields {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  userId: string | null;
}

export const CONTACT_FIELDS = ['name', 'role', 'email', 'phone', 'userId'] as const;

export async function checkContact(db: Db, tenantId: string, companyId: string, input: ContactInput): Promise<ContactFields> {
  const c = new Checker();
  // each field as CONTACT_SCHEMA declares it
  const field = <T>(name: keyof typeof S, value: unknown) => checkField(c, S, name, value) as T;
  const phone = field<string | null>('phone', input.phone);
  if (phone !== null && !/^[+0-9 ()/-]{3,50}$/.test(phone)) c.errors.push(wfe('phone', 'oneOf', 'digits, spaces, + ( ) / -'));
  const userIds = field<string[]>('userId', input.userId);
  const fields: ContactFields = {
    name: field<string | null>('name', input.name) ?? '',
    role: field<string | null>('role', input.role),
    email: field<string | null>('email', input.email),
    phone,
    userId: userIds[0] ?? null,
  };
  c.done();
  if (fields.userId !== null) {
    const [u] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, fields.userId), eq(users.tenantId, tenantId), eq(users.companyId, companyId)))
      .limit(1);
    if (u === undefined) throw new WorkspaceInputError([wfe('userId', 'unknown')]);
  }
  return fields;
}
