// Use case (issue 16): the office's recognition data for the list page: each reference occupation with where it
// comes from (built-in, the office's over a built-in one, the office's own), whether something in it is to be
// verified, and its competent body per Land; then the bodies. For the office's staff.

import type { Db } from '../../db/index.ts';
import type { BodyKind, RecognitionData, RecognitionKind, Text } from '../../law/recognition/types.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { BUILT_IN_RECOGNITION_DATA } from './builtIn.ts';
import { occupationKey } from './csvColumns.ts';
import { officeRecognitionData } from './officeData.ts';
import type { Origin } from './rows.ts';

export interface ListedRule {
  land: string;
  bodyId: string;
  /** the body's name; null for `ask` and the district sentinels */
  bodyName: Text | null;
  /** the office's own rule (over a built-in one or new) */
  own: boolean;
  unconfirmed: boolean;
}

export interface ListedOccupation {
  id: string;
  /** the key of its row (id and first day of this version), for resetting it */
  key: string;
  validFrom: string;
  validUntil: string | null;
  title: Text;
  kind: RecognitionKind;
  isco: string;
  origin: Origin;
  unconfirmed: boolean;
  rules: ListedRule[];
}

export interface ListedBody {
  id: string;
  name: Text;
  kind: BodyKind;
  city: string | null;
  land: string | null;
  origin: Origin;
  unconfirmed: boolean;
}

export interface OfficeReferenceOccupations {
  occupations: ListedOccupation[];
  bodies: ListedBody[];
  /** how many rows of its own the office keeps */
  ownRows: number;
}

export async function listOfficeReferenceOccupations(db: Db, actor: Actor, options: { builtIn?: RecognitionData } = {}): Promise<OfficeReferenceOccupations> {
  authorize(actor, 'recognition.data.read', { tenantId: actor.tenantId });
  const { data, origin, rows } = await officeRecognitionData(db, actor.tenantId, options.builtIn ?? BUILT_IN_RECOGNITION_DATA);
  const names = new Map(data.bodies.map((b) => [b.id, b.name]));
  const ownRules = new Set(rows.filter((r) => r.kind === 'zustaendigkeit').map((r) => r.key));
  return {
    occupations: data.occupations.map((o) => ({
      id: o.id,
      title: o.title,
      kind: o.kind,
      isco: o.isco,
      key: occupationKey(o.id, o.validFrom),
      validFrom: o.validFrom,
      validUntil: o.validUntil ?? null,
      origin: origin.get(`beruf:${occupationKey(o.id, o.validFrom)}`) ?? 'builtIn',
      unconfirmed: o.unconfirmed === true || o.fee?.unconfirmed === true || o.competentBodies.some((r) => r.unconfirmed === true),
      rules: o.competentBodies.map((r) => ({
        land: r.land,
        bodyId: r.bodyId,
        bodyName: names.get(r.bodyId) ?? null,
        own: ownRules.has(`${o.id}/${r.land}`),
        unconfirmed: r.unconfirmed === true,
      })),
    })),
    bodies: data.bodies.map((b) => ({
      id: b.id,
      name: b.name,
      kind: b.kind,
      city: b.city ?? null,
      land: b.land ?? null,
      origin: origin.get(`stelle:${b.id}`) ?? 'builtIn',
      unconfirmed: b.unconfirmed === true || b.addressUnconfirmed === true,
    })),
    ownRows: rows.length,
  };
}
