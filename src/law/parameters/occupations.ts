// ISCO-08 groups named by § 18g AufenthG. A job's 4-digit unit group matches a group by prefix
// ("2512" is in "25" and in "251").

import type { Reference } from './parameter.ts';
import { defineParameter } from './parameter.ts';

const AOK_18G: Reference = {
  title: '§ 18g AufenthG (Blaue Karte EU), Gesetzestext in der AOK-Rechtsdatenbank',
  url: 'https://aok.de/fk/sozialversicherung/rechtsdatenbank/?tx_aokbrechtsdatenbank_rechtsdatenbank%5Baction%5D=show&tx_aokbrechtsdatenbank_rechtsdatenbank%5Bcontroller%5D=Rechtsdatenbank&tx_aokbrechtsdatenbank_rechtsdatenbank%5Bdocid%5D=1452890',
};

/** § 18g Abs. 1 S. 2 Nr. 1 AufenthG: occupations with a shortage of skilled workers. */
export const blueCardShortageGroups = defineParameter<readonly string[]>({
  id: 'aufenthg.18g.1.s2.nr1.isco',
  description: {
    de: 'Engpassberufe der Blauen Karte EU (ISCO-08-Gruppen)',
    en: 'Shortage occupations of the EU Blue Card (ISCO-08 groups)',
  },
  unit: 'codes',
  values: [
    {
      validFrom: '2023-11-18',
      value: ['132', '133', '134', '21', '221', '222', '225', '226', '23', '25'],
      reference: AOK_18G,
      lastVerified: '2026-11-25',
    },
  ],
});

/** § 18g Abs. 2 AufenthG: IT specialists who may get the Blue Card without a degree. */
export const blueCardItGroups = defineParameter<readonly string[]>({
  id: 'aufenthg.18g.2.isco',
  description: {
    de: 'IT-Berufe der Blauen Karte EU ohne Hochschulabschluss (ISCO-08-Gruppen)',
    en: 'IT occupations of the EU Blue Card without a degree (ISCO-08 groups)',
  },
  unit: 'codes',
  values: [{ validFrom: '2023-11-18', value: ['133', '25'], reference: AOK_18G, lastVerified: '2026-11-25' }],
});

/**
 * § 6 BeschV: IT specialists (old form: the only group; new form: exempt from the qualification proof).
 * The BeschV does not name ISCO groups; the engine uses the § 18g Abs. 2 groups (UNCONFIRMED).
 */
export const experienceItGroups = defineParameter<readonly string[]>({
  id: 'beschv.6.it.isco',
  description: {
    de: 'IT-Berufe im Sinne von § 6 BeschV (ISCO-08-Gruppen, angenommen wie § 18g Abs. 2 AufenthG)',
    en: 'IT occupations for § 6 BeschV (ISCO-08 groups, assumed as in § 18g (2) AufenthG)',
  },
  unit: 'codes',
  values: [
    {
      validFrom: '2023-11-18',
      value: ['133', '25'],
      reference: {
        title: 'Make it in Germany: IT-Fachkräfte ohne formalen Abschluss (Arbeitsmarktzulassung)',
        url: 'https://www.make-it-in-germany.com/de/unternehmen/einreise/arbeitsmarktzulassung/it-kraefte',
      },
      lastVerified: '2026-11-25',
      unconfirmed: true,
      note: 'The BeschV speaks of IT specialists without an ISCO list; the mapping to ISCO 133 and 25 is an assumption.',
    },
  ],
});

/** true if the 4-digit ISCO unit group lies in one of the groups (prefix match). */
export function iscoIn(isco: string, groups: readonly string[]): boolean {
  return groups.some((g) => isco.startsWith(g));
}
