// Invitations (admin and operator), acceptance (single use, expiry), revocation, disabling users.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../../db/testing.ts';
import type { TestDatabase } from '../../db/testing.ts';
import { auditLog, contacts, invitations, users } from '../../db/schema/index.ts';
import { ForbiddenError, NotFoundError } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { INVITATION_TTL_MS, InvalidInputError, InvalidTokenError } from './accounts.ts';
import { TEST_PASSWORD, makeTenant, makeUser, recordingMailer, tokenFromMail } from '../../dev/accountsTesting.ts';
import { acceptInvitation } from './acceptInvitation.ts';
import { createTenant } from './createTenant.ts';
import { disableUser } from './disableUser.ts';
import { getInvitation } from './getInvitation.ts';
import { inviteUser } from './inviteUser.ts';
import { listUsers } from './listUsers.ts';
import { login } from './login.ts';
import { revokeInvitation } from './revokeInvitation.ts';
import { resolveSession } from './sessions.ts';

let db: TestDatabase;
let t1: { tenantId: string; companyA: string; companyB: string };
let t2: { tenantId: string; companyA: string; companyB: string };
let admin: Actor;
let adviser: Actor;
let otherAdmin: Actor;
const mailer = recordingMailer();
const deps = { mailer, publicUrl: 'https://lotse.example.org' };
const T0 = new Date('2026-04-01T09:00:00Z');

before(async () => {
  db = await openTestDb();
  t1 = await makeTenant(db.db, 'Office One');
  t2 = await makeTenant(db.db, 'Office Two');
  admin = await makeUser(db.db, t1.tenantId, 'admin', 'admin@one.example');
  adviser = await makeUser(db.db, t1.tenantId, 'adviser', 'adviser@one.example');
  otherAdmin = await makeUser(db.db, t2.tenantId, 'admin', 'admin@two.example');
});
after(async () => db.destroy());

async function invalidFields(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (e) {
    if (e instanceof InvalidInputError) return e.errors.map((x) => `${x.field}:${x.code}`);
    throw e;
  }
  assert.fail('expected InvalidInputError');
}

test('an admin invites; the mail carries a one-time link under PUBLIC_URL; accepting creates the user and signs in', async () => {
  const r = await inviteUser(db.db, admin, { email: 'New.Adviser@One.Example', role: 'adviser' }, deps, T0);
  assert.equal(r.mailed, true);
  assert.equal(r.email, 'new.adviser@one.example');
  assert.equal(r.expiresAt.getTime(), T0.getTime() + INVITATION_TTL_MS);
  const mail = mailer.sent.at(-1)!;
  assert.equal(mail.to, 'new.adviser@one.example');
  assert.match(mail.text, /https:\/\/lotse\.example\.org\/invitations\/[A-Za-z0-9_-]{43}/);
  assert.match(mail.subject, /Office One/);
  const token = tokenFromMail(mail);
  const [stored] = await db.db.select().from(invitations).where(eq(invitations.id, r.invitationId));
  assert.notEqual(stored!.tokenHash, token, 'only the hash is stored');

  const view = await getInvitation(db.db, token, T0);
  assert.equal(view.tenantName, 'Office One');
  const accepted = await acceptInvitation(db.db, { token, name: 'Nina Neu', password: 'a long enough password', passwordRepeat: 'a long enough password' }, T0);
  assert.equal(accepted.user.role, 'adviser');
  assert.equal(accepted.user.tenantId, t1.tenantId);
  assert.equal((await resolveSession(db.db, accepted.session.id, T0))?.name, 'Nina Neu');
  assert.equal((await login(db.db, { email: 'new.adviser@one.example', password: 'a long enough password', ip: '192.0.2.1' }, T0)).ok, true);

  // single use
  await assert.rejects(getInvitation(db.db, token, T0), (e: unknown) => e instanceof InvalidTokenError && e.reason === 'used');
  await assert.rejects(
    acceptInvitation(db.db, { token, name: 'Mallory', password: 'another long password', passwordRepeat: 'another long password' }, T0),
    InvalidTokenError,
  );
  const audits = await db.db.select().from(auditLog).where(eq(auditLog.entityId, r.invitationId));
  assert.deepEqual(audits.map((a) => a.action).sort(), ['create', 'update']);
});

test('an invitation expires', async () => {
  await inviteUser(db.db, admin, { email: 'late@one.example', role: 'adviser' }, deps, T0);
  const token = tokenFromMail(mailer.sent.at(-1));
  const later = new Date(T0.getTime() + INVITATION_TTL_MS);
  await assert.rejects(getInvitation(db.db, token, later), (e: unknown) => e instanceof InvalidTokenError && e.reason === 'expired');
  await assert.rejects(acceptInvitation(db.db, { token, name: 'Late', password: 'a long enough password', passwordRepeat: 'a long enough password' }, later), InvalidTokenError);
  assert.equal((await db.db.select().from(users).where(eq(users.email, 'late@one.example'))).length, 0);
});

test('acceptance checks name and password rules without consuming the invitation', async () => {
  await inviteUser(db.db, admin, { email: 'rules@one.example', role: 'adviser' }, deps, T0);
  const token = tokenFromMail(mailer.sent.at(-1));
  assert.deepEqual(await invalidFields(acceptInvitation(db.db, { token, name: ' ', password: 'short', passwordRepeat: 'short' }, T0)), ['name:required', 'password:passwordTooShort']);
  assert.deepEqual(await invalidFields(acceptInvitation(db.db, { token, name: 'R', password: 'Rules@One.Example', passwordRepeat: 'Rules@One.Example' }, T0)), ['password:passwordIsEmail']);
  assert.deepEqual(await invalidFields(acceptInvitation(db.db, { token, name: 'R', password: 'a long enough password', passwordRepeat: 'a long enough passwort' }, T0)), ['passwordRepeat:passwordMismatch']);
  const ok = await acceptInvitation(db.db, { token, name: 'R', password: 'a long enough password', passwordRepeat: 'a long enough password' }, T0);
  assert.equal(ok.user.email, 'rules@one.example');
});

test('invitation input errors name the field; nothing is stored', async () => {
  const before = (await db.db.select().from(invitations)).length;
  assert.deepEqual(await invalidFields(inviteUser(db.db, admin, { email: 'not-an-address', role: 'boss' }, deps, T0)), ['email:email', 'role:role']);
  assert.deepEqual(await invalidFields(inviteUser(db.db, admin, { email: 'c@one.example', role: 'company' }, deps, T0)), ['companyId:companyRequired']);
  assert.deepEqual(await invalidFields(inviteUser(db.db, admin, { email: 'c@one.example', role: 'company', companyId: t2.companyA }, deps, T0)), ['companyId:companyUnknown'], 'another tenant’s company is unknown');
  assert.deepEqual(await invalidFields(inviteUser(db.db, admin, { email: 'c@one.example', role: 'adviser', companyId: t1.companyA }, deps, T0)), ['companyId:companyNotAllowed']);
  assert.deepEqual(await invalidFields(inviteUser(db.db, admin, { email: 'ADVISER@one.example', role: 'adviser' }, deps, T0)), ['email:emailTaken']);
  assert.equal((await db.db.select().from(invitations)).length, before);
});

test('a company invitation creates a company user bound to that company', async () => {
  await inviteUser(db.db, admin, { email: 'staff@firma-a.example', role: 'company', companyId: t1.companyA }, deps, T0);
  const accepted = await acceptInvitation(db.db, { token: tokenFromMail(mailer.sent.at(-1)), name: 'Staff', password: 'a long enough password', passwordRepeat: 'a long enough password' }, T0);
  assert.equal(accepted.user.role, 'company');
  const actor = await resolveSession(db.db, accepted.session.id, T0);
  assert.equal(actor?.companyId, t1.companyA);
  // without a contact person of that address, accepting created one, with the account
  const made = await db.db.select().from(contacts).where(eq(contacts.userId, accepted.user.id));
  assert.deepEqual(made.map((c) => [c.companyId, c.name, c.email]), [[t1.companyA, 'Staff', 'staff@firma-a.example']]);
});

test('a company user becomes the existing contact person with the invited address (any case), not a second one', async () => {
  const [existing] = await db.db
    .insert(contacts)
    .values({ tenantId: t1.tenantId, companyId: t1.companyB, name: 'Petra Personal', role: 'Personalleitung', email: 'Petra@Firma-B.example' })
    .returning();
  // a contact of the same address in another company is not touched
  await db.db.insert(contacts).values({ tenantId: t1.tenantId, companyId: t1.companyA, name: 'Petra elsewhere', email: 'petra@firma-b.example' });
  await inviteUser(db.db, admin, { email: 'petra@firma-b.example', role: 'company', companyId: t1.companyB }, deps, T0);
  const accepted = await acceptInvitation(db.db, { token: tokenFromMail(mailer.sent.at(-1)), name: 'Petra P.', password: 'a long enough password', passwordRepeat: 'a long enough password' }, T0);
  const linked = await db.db.select().from(contacts).where(eq(contacts.userId, accepted.user.id));
  assert.deepEqual(linked.map((c) => [c.id, c.name, c.role]), [[existing!.id, 'Petra Personal', 'Personalleitung']]);
  const audit = await db.db.select().from(auditLog).where(eq(auditLog.entityId, existing!.id));
  assert.deepEqual(audit.map((a) => [a.action, a.actorUserId]), [['update', accepted.user.id]]);
});

test('only admins invite; a failed mail still stores the invitation and hands back the link', async () => {
  await assert.rejects(inviteUser(db.db, adviser, { email: 'x@one.example', role: 'adviser' }, deps, T0), ForbiddenError);
  mailer.fail = true;
  try {
    const r = await inviteUser(db.db, admin, { email: 'nomail@one.example', role: 'adviser' }, deps, T0);
    assert.equal(r.mailed, false);
    assert.match(r.link, /^https:\/\/lotse\.example\.org\/invitations\//);
  } finally {
    mailer.fail = false;
  }
});

test('re-inviting revokes the earlier link; revoking an invitation stops its link; other tenants get 404', async () => {
  await inviteUser(db.db, admin, { email: 'twice@one.example', role: 'adviser' }, deps, T0);
  const first = tokenFromMail(mailer.sent.at(-1));
  const second = await inviteUser(db.db, admin, { email: 'twice@one.example', role: 'adviser' }, deps, T0);
  await assert.rejects(getInvitation(db.db, first, T0), InvalidTokenError);
  const secondToken = tokenFromMail(mailer.sent.at(-1));
  assert.ok(await getInvitation(db.db, secondToken, T0));
  await assert.rejects(revokeInvitation(db.db, otherAdmin, { invitationId: second.invitationId }, T0), NotFoundError);
  await assert.rejects(revokeInvitation(db.db, adviser, { invitationId: second.invitationId }, T0), ForbiddenError);
  assert.equal(await revokeInvitation(db.db, admin, { invitationId: second.invitationId }, T0), true);
  await assert.rejects(getInvitation(db.db, secondToken, T0), InvalidTokenError);
  assert.equal(await revokeInvitation(db.db, admin, { invitationId: second.invitationId }, T0), false);
});

test('listUsers shows the tenant’s own users and open invitations only', async () => {
  const list = await listUsers(db.db, admin);
  assert.ok(list.users.some((u) => u.email === 'adviser@one.example'));
  assert.ok(!list.users.some((u) => u.email === 'admin@two.example'));
  assert.ok(list.invitations.every((i) => i.email !== 'new.adviser@one.example'), 'accepted invitations are not open');
  assert.deepEqual(list.companies.map((c) => c.id).sort(), [t1.companyA, t1.companyB].sort());
  await assert.rejects(listUsers(db.db, adviser), ForbiddenError);
});

test('disabling a user ends their sessions and blocks login; not oneself; other tenants get 404', async () => {
  const victim = await makeUser(db.db, t1.tenantId, 'adviser', 'leaving@one.example');
  const s = await login(db.db, { email: 'leaving@one.example', password: TEST_PASSWORD, ip: '192.0.2.2' }, T0);
  assert.ok(s.ok);
  await assert.rejects(disableUser(db.db, otherAdmin, { userId: victim.userId }, T0), NotFoundError);
  await assert.rejects(disableUser(db.db, adviser, { userId: victim.userId }, T0), ForbiddenError);
  assert.deepEqual(await invalidFields(disableUser(db.db, admin, { userId: admin.userId }, T0)), ['userId:selfDisable']);
  assert.equal(await disableUser(db.db, admin, { userId: victim.userId }, T0), true);
  assert.equal(await resolveSession(db.db, s.session.id, T0), null);
  assert.equal((await login(db.db, { email: 'leaving@one.example', password: TEST_PASSWORD, ip: '192.0.2.2' }, T0)).ok, false);
  await assert.rejects(disableUser(db.db, admin, { userId: 'not-a-uuid' }, T0), NotFoundError);
});

test('the operator creates a tenant with a one-time admin invitation', async () => {
  const r = await createTenant(db.db, { operator: 'cli:tenant' }, { name: ' Office Three ', adminEmail: 'Chief@Three.example' }, { publicUrl: 'http://localhost:3000' }, T0);
  assert.match(r.link, /^http:\/\/localhost:3000\/invitations\/[A-Za-z0-9_-]{43}$/);
  const token = r.link.split('/').at(-1)!;
  const view = await getInvitation(db.db, token, T0);
  assert.equal(view.tenantName, 'Office Three');
  assert.equal(view.role, 'admin');
  assert.equal(view.email, 'chief@three.example');
  const a = await acceptInvitation(db.db, { token, name: 'Chief', password: 'a long enough password', passwordRepeat: 'a long enough password' }, T0);
  assert.equal(a.user.role, 'admin');
  const audits = await db.db.select().from(auditLog).where(eq(auditLog.tenantId, r.tenantId));
  assert.ok(audits.some((x) => x.entity === 'tenant' && x.actor === 'cli:tenant'));
  assert.deepEqual(await invalidFields(createTenant(db.db, { operator: 'cli:tenant' }, { name: '', adminEmail: 'admin@one.example' }, { publicUrl: 'http://x' }, T0)), [
    'name:required',
    'adminEmail:emailTaken',
  ]);
});
