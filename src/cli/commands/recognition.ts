// `lotse recognition export FILE` / `lotse recognition import FILE`: an office's recognition data (reference
// occupations, competent bodies, competence per Land; decision 023) as the CSV of the page /admin/recognition.
// FILE `-` is stdout (export) or stdin (import). `--tenant ID` names the office; without it, the deployment's only
// office. The import is the page's (every row checked, errors name row and column, nothing saved on any error, a
// re-imported export changes nothing), audited as the operator `cli:recognition`.

import fs from 'node:fs';
import { openConfiguredDb, parseFlags } from '../openConfiguredDb.ts';

export const usage = 'lotse recognition export|import FILE [--tenant ID]    an office’s reference occupations and competent bodies as CSV';

const HELP = `${usage}

export FILE   writes the office's recognition data (built-in with the office's own rows) as CSV for German Excel
              (UTF-8 with BOM, semicolons); FILE - writes to stdout.
import FILE   reads such a file (UTF-8 or Windows-1252; FILE - reads stdin); every row is checked, each error is
              printed as "row N, column C: problem" and nothing is saved when there is any.
--tenant ID   the service office; may be left out when the deployment has only one.
Uses DATABASE_URL, or the embedded database in LOTSE_DATA_DIR (default ./data).
Exit codes: 0 done, 1 the file has errors (nothing saved), 2 bad arguments or configuration, 3 the data directory is
in use.
`;

export async function run(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    process[args.length === 0 ? 'stderr' : 'stdout'].write(HELP);
    return args.length === 0 ? 2 : 0;
  }
  const [sub, file, ...rest] = args;
  if (sub !== 'export' && sub !== 'import') {
    process.stderr.write(`lotse recognition: unknown subcommand "${sub}"; use: ${usage}\n`);
    return 2;
  }
  const { flags, errors } = parseFlags(rest, ['tenant']);
  if (file === undefined || file.startsWith('--')) errors.unshift('FILE is required (- for stdout or stdin)');
  if (errors.length > 0) {
    process.stderr.write(errors.map((e) => `lotse recognition ${sub}: ${e}\n`).join(''));
    return 2;
  }
  let input: Buffer | null = null;
  if (sub === 'import') {
    try {
      input = file === '-' ? fs.readFileSync(0) : fs.readFileSync(file!);
    } catch (err) {
      process.stderr.write(`lotse recognition import: cannot read ${file}: ${(err as Error).message}\n`);
      return 2;
    }
  }

  const opened = await openConfiguredDb(`recognition ${sub}`);
  if (!opened.ok) return opened.code;
  try {
    const db = opened.db.database.db;
    const { tenants } = await import('../../db/schema/index.ts');
    const offices = await db.select({ id: tenants.id, name: tenants.name }).from(tenants);
    const tenant = flags.tenant !== undefined ? offices.find((t) => t.id === flags.tenant!.toLowerCase()) : offices.length === 1 ? offices[0] : undefined;
    if (!tenant) {
      const why = flags.tenant !== undefined ? `no service office has the id ${flags.tenant}` : offices.length === 0 ? 'there is no service office yet' : `there are ${offices.length} service offices; name one with --tenant ID`;
      process.stderr.write(`lotse recognition ${sub}: ${why}\n`);
      return 2;
    }
    const { officeToday } = await import('../../web/officeDay.ts');
    if (sub === 'export') {
      const { exportOfficeData } = await import('../../app/recognition/exportReferenceOccupations.ts');
      const e = await exportOfficeData(db, tenant.id, officeToday());
      if (file === '-') process.stdout.write(e.csv);
      else fs.writeFileSync(file!, e.csv);
      process.stderr.write(`Exported ${e.rows} rows of "${tenant.name}" from ${opened.db.where}${file === '-' ? '' : ` to ${file}`}.\n`);
      return 0;
    }
    const { decodeCsvBytes } = await import('../../app/recognition/csvCodec.ts');
    const { RecognitionImportError, importIntoOffice } = await import('../../app/recognition/importReferenceOccupations.ts');
    const { cellErrorText } = await import('../../web/recognitionData/messages.ts');
    try {
      const r = await importIntoOffice(db, { operator: 'cli:recognition' }, tenant.id, decodeCsvBytes(input!));
      process.stdout.write(`Imported into "${tenant.name}": ${r.added} added, ${r.changed} changed, ${r.reset} reset, ${r.unchanged} unchanged.\n`);
      return 0;
    } catch (err) {
      if (!(err instanceof RecognitionImportError)) throw err;
      process.stderr.write(err.errors.map((e) => `lotse recognition import: ${cellErrorText('en', e)}\n`).join('') + `lotse recognition import: ${err.errors.length} error(s); nothing was saved.\n`);
      return 1;
    }
  } finally {
    await opened.db.close();
  }
}
