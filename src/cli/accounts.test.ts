// `lotse tenant create` and `lotse token create|revoke` as an operator runs them: the real CLI in a child process,
// against a fresh embedded database in a temporary LOTSE_DATA_DIR, or, when DATABASE_URL is set, a fresh database
// on that server.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/index.ts';
import type { CliTarget } from './cliTesting.ts';
import { cliTarget, runLotse, withDb as withDbOf } from './cliTesting.ts';
import { tenants } from '../db/schema/index.ts';
import { acceptInvitation } from '../app/accounts/acceptInvitation.ts';
import { getInvitation } from '../app/accounts/getInvitation.ts';
import { resolveApiToken } from '../app/accounts/sessions.ts';

let target: CliTarget;
before(async () => {
  target = await cliTarget('accounts');
});
after(async () => target.cleanup());

const lotse = (args: string[]) => runLotse(target, args, { PUBLIC_URL: 'https://lotse.example.org' });
/** Work on the database between CLI runs (the embedded one is free again once the CLI has exited). */
const withDb = <T>(fn: (d: Database) => Promise<T>): Promise<T> => withDbOf(target, fn);

const adminEmail = 'chefin@servicestelle.example';
let tokenId = '';

test('tenant create prints the one-time invitation link (alone on stdout) built from PUBLIC_URL; it invites an admin', async () => {
  const r = await lotse(['tenant', 'create', '--name', 'Servicestelle Pfalz', '--admin-email', 'Chefin@Servicestelle.example']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^https:\/\/lotse\.example\.org\/invitations\/[A-Za-z0-9_-]{43}\n$/);
  assert.match(r.stderr, /Created the service office "Servicestelle Pfalz"/);
  const token = r.stdout.trim().split('/').at(-1)!;
  await withDb(async (d) => {
    const inv = await getInvitation(d.db, token);
    assert.equal(inv.role, 'admin');
    assert.equal(inv.email, adminEmail);
    assert.equal(inv.tenantName, 'Servicestelle Pfalz');
    await acceptInvitation(d.db, { token, name: 'Chefin', password: 'a long admin password', passwordRepeat: 'a long admin password' });
  });
});

test('tenant create: missing or bad flags end with exit 2 and one line naming the flag; nothing is created', async () => {
  const count = () => withDb(async (d) => (await d.db.select().from(tenants)).length);
  const before = await count();
  const cases: Array<[string[], RegExp]> = [
    [['tenant', 'create', '--name', 'X'], /^lotse tenant create: --admin-email is required$/],
    [['tenant', 'create', '--admin-email', 'a@b.example'], /^lotse tenant create: --name is required$/],
    [['tenant', 'create', '--name', 'X', '--admin-email', 'not-an-address'], /^lotse tenant create: --admin-email is not an e-mail address$/],
    [['tenant', 'create', '--name', 'X', '--admin-email', adminEmail], /^lotse tenant create: --admin-email already belongs to an account$/],
    [['tenant', 'create', '--name', 'X', '--admin-email', 'a@b.example', '--colour', 'red'], /^lotse tenant create: unknown flag --colour/],
    [['tenant', 'remove'], /^lotse tenant: unknown subcommand "remove"/],
  ];
  for (const [args, message] of cases) {
    const r = await lotse(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr.trim(), message);
  }
  assert.equal(await count(), before);
});

test('token create prints a token once (alone on stdout) that authenticates as the user', async () => {
  const r = await lotse(['token', 'create', '--email', adminEmail, '--name', 'Reporting']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^lotse_[A-Za-z0-9_-]{43}\n$/);
  tokenId = /id ([0-9a-f-]{36})/.exec(r.stderr)![1]!;
  const actor = await withDb((d) => resolveApiToken(d.db, r.stdout.trim(), new Date()));
  assert.equal(actor?.email, adminEmail);
  assert.equal(actor?.role, 'admin');
  const tenantName = await withDb(async (d) => (await d.db.select().from(tenants).where(eq(tenants.id, actor!.tenantId)))[0]!.name);
  assert.equal(tenantName, 'Servicestelle Pfalz');
  // revoke
  const rev = await lotse(['token', 'revoke', '--id', tokenId]);
  assert.equal(rev.code, 0, rev.stderr);
  assert.match(rev.stdout, /Revoked the API token/);
  assert.equal(await withDb((d) => resolveApiToken(d.db, r.stdout.trim(), new Date())), null);
  const again = await lotse(['token', 'revoke', '--id', tokenId]);
  assert.equal(again.code, 0);
  assert.match(again.stdout, /already revoked/);
});

test('token: bad input ends with exit 2 and one line naming the flag', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['token', 'create'], /^lotse token create: --email is required$/],
    [['token', 'create', '--email', 'nobody@servicestelle.example'], /^lotse token create: --email has no account$/],
    [['token', 'create', '--email'], /^lotse token create: --email needs a value$/],
    [['token', 'revoke', '--id', '00000000-0000-4000-8000-000000000000'], /^lotse token revoke: --id 00000000-0000-4000-8000-000000000000 names no API token$/],
    [['token', 'revoke'], /^lotse token revoke: --id is required$/],
    [['token', 'list'], /^lotse token: unknown subcommand "list"/],
  ];
  for (const [args, message] of cases) {
    const r = await lotse(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr.trim(), message);
  }
});
