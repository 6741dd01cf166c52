// `npm run seed` / `lotse seed`: load the demo service office into the configured database and print the logins.
// It takes the data-directory lock like `npm start`, so it never writes under a running embedded Lotse.

import { DEMO_TENANT_NAME, seedDemo } from '../../dev/seedDemo.ts';
import { openConfiguredDb } from '../openConfiguredDb.ts';

export const usage = 'lotse seed    load the demo service office into the current database and print its logins';

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n\nUses DATABASE_URL, or the embedded database in LOTSE_DATA_DIR (default ./data).\nRefuses a database that already holds non-demo data.\n`);
    return 0;
  }
  const opened = await openConfiguredDb('seed');
  if (!opened.ok) return opened.code;
  const { database, where } = opened.db;
  try {
    const result = await seedDemo(database.db);
    if (!result.ok) {
      process.stderr.write(`lotse seed: refused: ${result.reason}.\n`);
      return 1;
    }
    process.stdout.write(
      `${result.created ? 'Loaded' : 'Already present:'} the demo service office "${DEMO_TENANT_NAME}" in ${where}.\nDemo logins:\n` +
        result.logins.map((l) => `  ${l.role.padEnd(8)} ${l.email}  /  ${l.password}`).join('\n') +
        '\n',
    );
    return 0;
  } finally {
    await opened.db.close();
  }
}
