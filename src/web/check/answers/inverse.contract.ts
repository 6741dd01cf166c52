// The round trip of inverse.test.ts over the contract's worked examples (../shared/contract/examples): they live beside
// the repository, so this runs from npm run test:contract (and .ci/run), never from npm test.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CheckInput } from '../../../law/types.ts';
import { roundTripTests } from './inverseTesting.ts';

const EXAMPLES = fileURLToPath(new URL('../../../../../shared/contract/examples/', import.meta.url));
const PROFILES: Record<string, CheckInput> = {};
for (const f of readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'))) {
  PROFILES[`contract ${f}`] = (JSON.parse(readFileSync(EXAMPLES + f, 'utf8')) as { input: CheckInput }).input;
}
roundTripTests(PROFILES);
