// `lotse tenant create --name NAME --admin-email EMAIL`: create a service office (tenant) and print the one-time
// invitation link for its first admin. The link alone goes to stdout (for scripts); the explanation to stderr.

import { InvalidInputError } from '../../app/accounts/accounts.ts';
import { openConfiguredDb, parseFlags } from '../openConfiguredDb.ts';

export const usage = 'lotse tenant create --name NAME --admin-email EMAIL    create a service office; prints the first admin’s invitation link';

const HELP = `${usage}

Creates the service office and a one-time invitation for its first admin, valid for 7 days. The link is built from
PUBLIC_URL (default http://HOST:PORT). Uses DATABASE_URL, or the embedded database in LOTSE_DATA_DIR (default ./data).
Exit codes: 0 created, 2 bad arguments or configuration, 3 the data directory is in use.
`;

const FLAG_OF: Record<string, string> = { name: '--name', adminEmail: '--admin-email' };

export async function run(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    process[args.length === 0 ? 'stderr' : 'stdout'].write(HELP);
    return args.length === 0 ? 2 : 0;
  }
  const [sub, ...rest] = args;
  if (sub !== 'create') {
    process.stderr.write(`lotse tenant: unknown subcommand "${sub}"; use: ${usage}\n`);
    return 2;
  }
  const { flags, errors } = parseFlags(rest, ['name', 'admin-email']);
  if (flags.name === undefined && !errors.some((e) => e.startsWith('--name'))) errors.push('--name is required');
  if (flags['admin-email'] === undefined && !errors.some((e) => e.startsWith('--admin-email'))) errors.push('--admin-email is required');
  if (errors.length > 0) {
    process.stderr.write(errors.map((e) => `lotse tenant create: ${e}\n`).join(''));
    return 2;
  }

  const opened = await openConfiguredDb('tenant create');
  if (!opened.ok) return opened.code;
  try {
    const { createTenant } = await import('../../app/accounts/createTenant.ts');
    const r = await createTenant(
      opened.db.database.db,
      { operator: 'cli:tenant' },
      { name: flags.name!, adminEmail: flags['admin-email']! },
      { publicUrl: opened.db.config.publicUrl },
    );
    process.stderr.write(
      `Created the service office "${flags.name!.trim()}" (${r.tenantId}) in ${opened.db.where}.\n` +
        `One-time invitation link for its first admin (${flags['admin-email']!.trim().toLowerCase()}), valid until ${r.expiresAt.toISOString()}:\n`,
    );
    process.stdout.write(`${r.link}\n`);
    return 0;
  } catch (err) {
    if (err instanceof InvalidInputError) {
      process.stderr.write(err.errors.map((e) => `lotse tenant create: ${FLAG_OF[e.field] ?? e.field} ${e.message}\n`).join(''));
      return 2;
    }
    throw err;
  } finally {
    await opened.db.close();
  }
}
