// `lotse token create --email EMAIL [--name NAME]`: an API token for that user (printed once, alone on stdout).
// `lotse token revoke --id ID`: revoke a token. Tokens authenticate `Authorization: Bearer` calls with the user's
// role and tenant; the database keeps only their SHA-256.

import { InvalidInputError } from '../../app/accounts/accounts.ts';
import { NotFoundError } from '../../policies/index.ts';
import { openConfiguredDb, parseFlags } from '../openConfiguredDb.ts';

export const usage = 'lotse token create --email EMAIL [--name NAME] | token revoke --id ID    API tokens for Authorization: Bearer';

const HELP = `Usage:
  lotse token create --email EMAIL [--name NAME]   print a new API token for the user with that e-mail (shown once)
  lotse token revoke --id ID                       revoke the token with that id

The token acts with the user's role and service office. Uses DATABASE_URL, or the embedded database in
LOTSE_DATA_DIR (default ./data). Exit codes: 0 done, 2 bad arguments or configuration, 3 the data directory is in use.
`;

const OPERATOR = { operator: 'cli:token' } as const;

export async function run(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    process[args.length === 0 ? 'stderr' : 'stdout'].write(HELP);
    return args.length === 0 ? 2 : 0;
  }
  const [sub, ...rest] = args;
  if (sub !== 'create' && sub !== 'revoke') {
    process.stderr.write(`lotse token: unknown subcommand "${sub}"; use create or revoke (lotse token --help)\n`);
    return 2;
  }
  const known = sub === 'create' ? ['email', 'name'] : ['id'];
  const required = sub === 'create' ? ['email'] : ['id'];
  const { flags, errors } = parseFlags(rest, known);
  for (const r of required) if (flags[r] === undefined && !errors.some((e) => e.startsWith(`--${r}`))) errors.push(`--${r} is required`);
  if (errors.length > 0) {
    process.stderr.write(errors.map((e) => `lotse token ${sub}: ${e}\n`).join(''));
    return 2;
  }

  const opened = await openConfiguredDb(`token ${sub}`);
  if (!opened.ok) return opened.code;
  const db = opened.db.database.db;
  try {
    if (sub === 'create') {
      const { createApiToken } = await import('../../app/accounts/createApiToken.ts');
      const t = await createApiToken(db, OPERATOR, { email: flags.email!, name: flags.name ?? 'CLI' });
      process.stderr.write(
        `API token "${t.name}" (id ${t.id}) for ${flags.email!.trim().toLowerCase()}; it is shown only now. Revoke it with: lotse token revoke --id ${t.id}\n`,
      );
      process.stdout.write(`${t.token}\n`);
      return 0;
    }
    const { revokeApiToken } = await import('../../app/accounts/revokeApiToken.ts');
    const done = await revokeApiToken(db, OPERATOR, { tokenId: flags.id! });
    process.stdout.write(done ? `Revoked the API token ${flags.id}.\n` : `The API token ${flags.id} was already revoked.\n`);
    return 0;
  } catch (err) {
    if (err instanceof InvalidInputError) {
      process.stderr.write(err.errors.map((e) => `lotse token ${sub}: --${e.field} ${e.message}\n`).join(''));
      return 2;
    }
    if (err instanceof NotFoundError) {
      process.stderr.write(`lotse token ${sub}: --id ${flags.id} names no API token\n`);
      return 2;
    }
    throw err;
  } finally {
    await opened.db.close();
  }
}
