// `lotse report rebuild-summary`: recompute the funder report's summary from the consultations (src/app/reports/
// rebuildReportSummary.ts) and say how many of its rows were wrong. Triggers keep the summary with every write; this is
// for a database restored from a partial copy or a summary changed by hand. It takes the data-directory lock like
// `npm start`; on PostgreSQL, writers of consultations wait while it runs, readers do not.

import { openConfiguredDb } from '../openConfiguredDb.ts';

export const usage = 'lotse report rebuild-summary    recompute the funder report’s summary from the consultations';

const HELP = `${usage}

The report reads a summary per service office, month and day that triggers keep in the transaction of every write
to consultations, their referrals and participants. This command recomputes it for all offices, in one transaction,
and prints how many rows it has and how many differed from the summary before (0 when the triggers kept it right).
Uses DATABASE_URL, or the embedded database in LOTSE_DATA_DIR (default ./data).
Exit codes: 0 rebuilt, 2 bad arguments or configuration, 3 the data directory is in use.
`;

export async function run(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    process[args.length === 0 ? 'stderr' : 'stdout'].write(HELP);
    return args.length === 0 ? 2 : 0;
  }
  const [sub, ...rest] = args;
  if (sub !== 'rebuild-summary') {
    process.stderr.write(`lotse report: unknown subcommand "${sub}"; use: ${usage}\n`);
    return 2;
  }
  if (rest.length > 0) {
    process.stderr.write(`lotse report rebuild-summary: unexpected argument "${rest[0]}"\n`);
    return 2;
  }
  const opened = await openConfiguredDb('report rebuild-summary');
  if (!opened.ok) return opened.code;
  try {
    const { rebuildReportSummary } = await import('../../app/reports/rebuildReportSummary.ts');
    const started = performance.now();
    const r = await rebuildReportSummary(opened.db.database.db, { operator: 'cli:report' });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `Rebuilt the report summary in ${opened.db.where} in ${seconds} s: ${r.rows} rows; ` +
        (r.differed === 0 ? 'none differed from the summary kept so far.\n' : `${r.differed} differed from the summary kept so far and are now right.\n`),
    );
    return 0;
  } finally {
    await opened.db.close();
  }
}
