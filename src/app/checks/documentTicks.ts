// The document ticks of a saved check (issue 12): their shape and the validation both use cases share.

import { DOCUMENTS } from '../../law/plan/data/documents.ts';
import { ROUTE_IDS } from '../../law/types.ts';
import type { RouteId } from '../../law/types.ts';

/** The ticks of one check: route id → ticked document ids. */
export type DocumentTicks = Partial<Record<RouteId, string[]>>;

/** A field of the request that is not acceptable; `field` names it ("route", "doc"). */
export class DocumentTicksError extends Error {
  constructor(
    readonly field: 'route' | 'doc',
    message: string,
  ) {
    super(message);
    this.name = 'DocumentTicksError';
  }
}

/** At most this many ticks per route (the catalogue is smaller; a larger request is not a real form). */
const MAX_TICKS = Object.keys(DOCUMENTS).length;

export function isDocumentId(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(DOCUMENTS, id);
}

/** Checks the request: the route id is in the contract, every document id is known; returns the ticks sorted, once each. */
export function validateTicks(routeId: unknown, documentIds: unknown): { routeId: RouteId; ticks: string[] } {
  if (typeof routeId !== 'string' || !(ROUTE_IDS as readonly string[]).includes(routeId)) {
    throw new DocumentTicksError('route', `route: not a route of the contract: ${JSON.stringify(routeId)?.slice(0, 60)}`);
  }
  if (!Array.isArray(documentIds) || documentIds.length > MAX_TICKS * 4) throw new DocumentTicksError('doc', 'doc: a list of document ids is expected');
  for (const d of documentIds) {
    if (typeof d !== 'string' || !isDocumentId(d)) throw new DocumentTicksError('doc', `doc: unknown document id: ${JSON.stringify(d)?.slice(0, 60)}`);
  }
  return { routeId: routeId as RouteId, ticks: [...new Set(documentIds as string[])].sort() };
}

