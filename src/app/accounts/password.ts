// Password hashing with argon2id (@node-rs/argon2). Parameters are tuned to about 50–100 ms on the
// project's 2-core machine (see docs/decisions/004-authentication.md); hashes are PHC strings, so
// parameters can be raised later and old hashes still verify.

import { hash, verify, Algorithm } from '@node-rs/argon2';

export const ARGON2_PARAMS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 65_536, // KiB = 64 MiB
  timeCost: 3,
  parallelism: 1,
} as const;

/**
 * For test runs only: `npm test` and `npm run test:e2e` set LOTSE_INSECURE_FAST_PASSWORD_HASHING=1, so that the
 * hundreds of accounts the tests create and sign in with cost ~1 ms each instead of ~150 ms (a third of a minute of
 * CPU per run). The hash is still argon2id through the same code; only the cost differs, and a PHC string names its
 * parameters, so verification is unchanged. A server started with it set says so loudly (src/main.ts).
 */
export const ARGON2_TEST_PARAMS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 1024, // KiB
  timeCost: 1,
  parallelism: 1,
} as const;

export const FAST_HASHING_VARIABLE = 'LOTSE_INSECURE_FAST_PASSWORD_HASHING';

/** The parameters new hashes get: the production ones unless the test-run variable is set to 1. */
export function argon2Params(env: NodeJS.ProcessEnv = process.env): typeof ARGON2_PARAMS | typeof ARGON2_TEST_PARAMS {
  return env[FAST_HASHING_VARIABLE] === '1' ? ARGON2_TEST_PARAMS : ARGON2_PARAMS;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Params());
}

export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}
