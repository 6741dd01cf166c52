// The test files `npm test` runs: every *.test.ts under src/ and test/ except the browser tests (test/e2e, run by
// `npm run test:e2e`). With DATABASE_URL set (the second pass of .ci/run, or a developer testing on PostgreSQL) only the
// files that can reach a database: those that open one (src/db/testing.ts: openTestDb, throwawayDatabase; openDb), start the app (buildApp) or run
// the CLI against one, or read DATABASE_URL. A file that does none of these cannot touch a database, so its result
// does not depend on which one is configured; it has run in the embedded-database pass already.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const REACHES_A_DATABASE = /db\/testing\.ts|\bopenTestDb\b|\bthrowawayDatabase\b|\bopenDb\b|\bbuildApp\b|lotse-process|cliTesting|DATABASE_URL/;

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    else if (entry.name.endsWith('.test.ts')) yield p;
  }
}

const onlyDatabase = Boolean(process.env.DATABASE_URL);
const files = [...walk('src'), ...walk('test')]
  .filter((f) => !f.startsWith(path.join('test', 'e2e') + path.sep))
  .filter((f) => !onlyDatabase || REACHES_A_DATABASE.test(readFileSync(f, 'utf8')))
  .sort();
process.stdout.write(files.join('\n') + '\n');
