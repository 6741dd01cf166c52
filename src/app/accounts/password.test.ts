// Password hashing: argon2id with the production parameters unless a test run asks for cheap ones; a hash made with
// either verifies, a wrong password does not, and a malformed stored hash is a failed verification, not an error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hash } from '@node-rs/argon2';
import { ARGON2_PARAMS, ARGON2_TEST_PARAMS, FAST_HASHING_VARIABLE, argon2Params, verifyPassword } from './password.ts';

test('new hashes get the production parameters unless the test-run variable is exactly 1', () => {
  const cases: Array<[NodeJS.ProcessEnv, typeof ARGON2_PARAMS | typeof ARGON2_TEST_PARAMS]> = [
    [{}, ARGON2_PARAMS],
    [{ [FAST_HASHING_VARIABLE]: '0' }, ARGON2_PARAMS],
    [{ [FAST_HASHING_VARIABLE]: 'true' }, ARGON2_PARAMS],
    [{ [FAST_HASHING_VARIABLE]: '' }, ARGON2_PARAMS],
    [{ [FAST_HASHING_VARIABLE]: '1' }, ARGON2_TEST_PARAMS],
  ];
  for (const [env, expected] of cases) assert.equal(argon2Params(env), expected, JSON.stringify(env));
  assert.equal(ARGON2_PARAMS.memoryCost, 65_536);
  assert.equal(ARGON2_PARAMS.timeCost, 3);
});

test('a hash made with either parameter set names them and verifies; a wrong password or a malformed hash does not', async () => {
  for (const params of [ARGON2_PARAMS, ARGON2_TEST_PARAMS]) {
    const phc = await hash('correct horse', params);
    assert.match(phc, new RegExp(`^\\$argon2id\\$v=19\\$m=${params.memoryCost},t=${params.timeCost},p=1\\$`));
    assert.equal(await verifyPassword(phc, 'correct horse'), true);
    assert.equal(await verifyPassword(phc, 'correct horse '), false);
  }
  assert.equal(await verifyPassword('not a phc string', 'x'), false);
});
