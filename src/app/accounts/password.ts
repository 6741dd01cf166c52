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

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}
