// Use case: the catalogue of further-qualification measures for the office's staff (issue 16): each measure with its
// purpose, legal basis, duration and cost, the funding that may apply on `today`, and the providers of the office's
// partner directory offering it. The programmes that pay for no measure (Aufstiegs-BAföG) are listed apart. Reading the
// office's directory is partner.list.

import type { Db } from '../../db/index.ts';
import { authorize } from '../../policies/index.ts';
import type { Actor } from '../../policies/index.ts';
import { MEASURES, MEASURE_KINDS } from '../../law/recognition/measures.ts';
import type { Measure, MeasureCost, MeasureDuration } from '../../law/recognition/measures.ts';
import { FUNDING_PROGRAMMES, fundingFor } from '../../law/recognition/funding.ts';
import type { FundingOption, FundingProgramme } from '../../law/recognition/funding.ts';
import { allProviders } from './providers.ts';
import type { Provider } from './providers.ts';

export interface CatalogueEntry {
  measure: Measure;
  cost: MeasureCost;
  duration: MeasureDuration;
  funding: FundingOption[];
  providers: Provider[];
}

export interface MeasureCatalogue {
  entries: CatalogueEntry[];
  /** programmes that pay for none of the measures (shown with what they are not for) */
  otherProgrammes: FundingProgramme[];
}

export async function measureCatalogue(db: Db, actor: Actor, today: string): Promise<MeasureCatalogue> {
  authorize(actor, 'partner.list', { tenantId: actor.tenantId });
  const providers = await allProviders(db, actor.tenantId);
  return {
    entries: MEASURE_KINDS.map((k) => ({
      measure: MEASURES[k],
      cost: MEASURES[k].cost(today),
      duration: MEASURES[k].duration(today),
      funding: fundingFor(k, { date: today }),
      providers: providers.get(k) ?? [],
    })),
    otherProgrammes: Object.values(FUNDING_PROGRAMMES).filter((p) => p.measureKinds.length === 0),
  };
}
