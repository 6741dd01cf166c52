// `npm run seed:volume` / `lotse seed-volume [--companies N] [--consultations N] [--cases N]`: load the volume demo (one
// service office with 2,000 companies, 20,000 consultations and 20,000 cases by default) into the configured database,
// to try the workspace and measure it (`npm run bench:workspace`, `npm run bench:cases`). It takes the data-directory
// lock like `npm start`.

import { openConfiguredDb, parseFlags } from '../openConfiguredDb.ts';

export const usage =
  'lotse seed-volume [--companies N] [--consultations N] [--cases N]    load a large demo service office (default 2,000 companies, 20,000 consultations, 20,000 cases)';

const HELP = `${usage}

Generates realistic, deterministic demo data for one service office marked as demo ("Servicestelle Volumen (Demo)"):
companies with contact persons, a partner directory and consultations over the last three years, and candidates with
cases (status history, tasks, documents checklist, notes; default 10 cases per company), with an audit row per created
record. Refuses a database that holds non-demo data; does nothing if the volume office exists already.
Uses DATABASE_URL, or the embedded database in LOTSE_DATA_DIR (default ./data).
Exit codes: 0 loaded or present, 1 refused, 2 bad arguments or configuration, 3 the data directory is in use.
`;

const LIMITS = { companies: [1, 100_000], consultations: [0, 1_000_000], cases: [0, 1_000_000] } as const;

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  const { flags, errors } = parseFlags(args, ['companies', 'consultations', 'cases']);
  const numbers: { companies?: number; consultations?: number; cases?: number } = {};
  for (const name of ['companies', 'consultations', 'cases'] as const) {
    const v = flags[name];
    if (v === undefined) continue;
    const [min, max] = LIMITS[name];
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) errors.push(`--${name} must be a whole number from ${min} to ${max.toLocaleString('en')}, not "${v}"`);
    else numbers[name] = Number(v);
  }
  if (errors.length > 0) {
    process.stderr.write(errors.map((e) => `lotse seed-volume: ${e}\n`).join(''));
    return 2;
  }

  const opened = await openConfiguredDb('seed-volume');
  if (!opened.ok) return opened.code;
  try {
    const { seedVolume } = await import('../../dev/seedVolume.ts');
    const { VOLUME_TENANT_NAME } = await import('../../dev/volumeGenerator.ts');
    const started = performance.now();
    const result = await seedVolume(opened.db.database.db, numbers);
    if (!result.ok) {
      process.stderr.write(`lotse seed-volume: refused: ${result.reason}.\n`);
      return 1;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const logins = 'Demo logins (publicly known, demo data only):\n' + result.logins.map((l) => `  ${l.role.padEnd(8)} ${l.email}  /  ${l.password}`).join('\n') + '\n';
    if (!result.created) {
      process.stdout.write(`Already present: the volume demo office "${VOLUME_TENANT_NAME}" in ${opened.db.where}; nothing changed.\n${logins}`);
      return 0;
    }
    const c = result.counts;
    process.stdout.write(
      `Loaded the volume demo office "${VOLUME_TENANT_NAME}" into ${opened.db.where} in ${seconds} s:\n` +
        `  ${c.companies} companies, ${c.contacts} contact persons, ${c.partners} partners, ${c.users} users,\n` +
        `  ${c.consultations} consultations from ${result.from} to ${result.to} with ${c.referrals} referrals and ${c.participants} participating contact persons,\n` +
        `  ${c.candidates} candidates with ${c.consents} consent declarations, ${c.cases} cases with ${c.statusChanges} status changes, ${c.references} reference numbers,\n` +
        `  ${c.tasks} tasks, ${c.documents} checklist documents and ${c.notes} notes; ${c.auditRows} audit rows.\n` +
        logins,
    );
    return 0;
  } finally {
    await opened.db.close();
  }
}
