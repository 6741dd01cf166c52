// The route registry: one pure rule per contract route id.

import type { RouteId } from '../types.ts';
import type { RouteRule } from '../route.ts';
import { blaueKarteStandard, blaueKarteEngpass, blaueKarteBerufseinsteiger, blaueKarteIt } from './blueCard.ts';
import { fachkraftBerufsausbildung, fachkraftAkademisch } from './fachkraft.ts';
import { ictKarte } from './ict.ts';
import { berufserfahrung } from './experience.ts';
import { anerkennungspartnerschaft, qualifizierungsmassnahme } from './recognition.ts';
import { westbalkanregelung } from './westbalkan.ts';
import { chancenkarteFachkraft, chancenkartePunkte } from './chancenkarte.ts';

export const RULES: Record<RouteId, RouteRule> = {
  '18g-standard': blaueKarteStandard,
  '18g-shortage': blaueKarteEngpass,
  '18g-new-entrant': blaueKarteBerufseinsteiger,
  '18g-it': blaueKarteIt,
  '18b': fachkraftAkademisch,
  '18a': fachkraftBerufsausbildung,
  '19-ict': ictKarte,
  '19c2-experience': berufserfahrung,
  '16d3-partnership': anerkennungspartnerschaft,
  '16d1-qualification': qualifizierungsmassnahme,
  '19c1-westbalkan': westbalkanregelung,
  '20a-skilled': chancenkarteFachkraft,
  '20a-points': chancenkartePunkte,
};
