// A finder body as the process plan's Authority (src/law/plan/types.ts), so the plan and the case page can show the
// body the finder resolved (ids are shared where the body is the same: ihk-fosa, hwk-*, ingkammer-rlp, kmk-zab …).

import type { Authority, AuthorityKind } from '../plan/types.ts';
import type { BodyKind, ResolvedBody, Text } from './types.ts';

const KIND: Record<BodyKind, AuthorityKind> = {
  'ihk-fosa': 'recognition-ihk',
  ihk: 'recognition-ihk',
  hwk: 'recognition-hwk',
  'engineer-chamber': 'recognition-engineer',
  'architect-chamber': 'recognition-other',
  'land-authority': 'recognition-other',
  'health-authority': 'recognition-other',
  'school-authority': 'recognition-other',
  'academic-assessment': 'recognition-academic',
  other: 'recognition-other',
};

function joined(notes: readonly Text[]): Text | undefined {
  if (notes.length === 0) return undefined;
  return { de: notes.map((n) => n.de).join(' '), en: notes.map((n) => n.en).join(' ') };
}

/** The plan's Authority for a resolved body; `fallbackKind` for "ask the service office". */
export function asPlanAuthority(body: ResolvedBody, fallbackKind: AuthorityKind = 'recognition-other'): Authority {
  if (!body.known) return { known: false, kind: fallbackKind, role: body.role, note: body.note };
  const note = joined(body.notes);
  return {
    known: true,
    id: body.id,
    kind: KIND[body.kind],
    name: body.name,
    ...(body.city !== undefined ? { seat: body.city } : {}),
    ...(body.url !== undefined ? { url: body.url } : {}),
    reference: body.reference,
    lastVerified: body.lastVerified,
    ...(body.unconfirmed ? { unconfirmed: true } : {}),
    ...(note ? { note } : {}),
  };
}
