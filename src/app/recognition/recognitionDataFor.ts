// Issue 16 (decision 023): which office's recognition data the finder uses for a principal. A signed-in user: their
// own office's (the built-in data with the office's rows laid over it). A visitor (the public finder, no account):
// the office named by the deployment (`publicTenantId`, e.g. from configuration), else the deployment's only office,
// else (several offices and none named) the built-in data alone: a visitor belongs to no office, and one office's
// corrections are not shown as another's.
// Reading the data needs no action of the policy module: it is the public finder's data.

import { sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { tenants } from '../../db/schema/index.ts';
import type { RecognitionData } from '../../law/recognition/types.ts';
import { isVisitor } from '../../policies/index.ts';
import type { Principal } from '../../policies/index.ts';
import { BUILT_IN_RECOGNITION_DATA } from './builtIn.ts';
import { officeRecognitionData } from './officeData.ts';

export interface DataOptions {
  builtIn?: RecognitionData;
  /** the office whose data the public finder shows (a deployment's choice); null or absent: the only office, if one */
  publicTenantId?: string | null;
}

/** The office whose data applies: the actor's, or for a visitor as described above (null: the built-in data). */
export async function recognitionTenantOf(db: Db, principal: Principal, publicTenantId?: string | null): Promise<string | null> {
  if (!isVisitor(principal)) return principal.tenantId;
  if (publicTenantId) return publicTenantId;
  const two = await db.select({ id: tenants.id }).from(tenants).orderBy(sql`${tenants.id}`).limit(2);
  return two.length === 1 ? two[0]!.id : null;
}

export async function recognitionDataFor(db: Db, principal: Principal, options: DataOptions = {}): Promise<RecognitionData> {
  const builtIn = options.builtIn ?? BUILT_IN_RECOGNITION_DATA;
  const tenantId = await recognitionTenantOf(db, principal, options.publicTenantId);
  return tenantId === null ? builtIn : (await officeRecognitionData(db, tenantId, builtIn)).data;
}
