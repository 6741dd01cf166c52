// Salary thresholds as shares of the BBG (./bbg.ts). threshold = round(BBG × pct, 2) (see ../salary.ts).

import type { Reference } from './parameter.ts';
import { defineParameter } from './parameter.ts';

const AOK_18G: Reference = {
  title: '§ 18g AufenthG (Blaue Karte EU), Gesetzestext in der AOK-Rechtsdatenbank',
  url: 'https://aok.de/fk/sozialversicherung/rechtsdatenbank/?tx_aokbrechtsdatenbank_rechtsdatenbank%5Baction%5D=show&tx_aokbrechtsdatenbank_rechtsdatenbank%5Bcontroller%5D=Rechtsdatenbank&tx_aokbrechtsdatenbank_rechtsdatenbank%5Bdocid%5D=1452890',
};
const BUZER_6_BESCHV: Reference = { title: '§ 6 BeschV (Fassung ab 01.03.2024), Gesetzestext auf buzer.de', url: 'https://buzer.de/6_BeschV.htm' };
const DIPLO_OLD_6_BESCHV: Reference = {
  title: 'Auswärtiges Amt (Botschaft Kiew): IT-Spezialisten nach § 6 BeschV a. F. (3 Jahre in 7 Jahren, 60 % der BBG, Deutsch B1)',
  url: 'https://ukraine.diplo.de/ua-de/service/05-visaeinreise/2347586-2347586',
};
const DEJURE_18: Reference = { title: '§ 18 AufenthG, Gesetzestext auf dejure.org', url: 'https://dejure.org/gesetze/AufenthG/18.html' };

/** § 18g Abs. 1 S. 1 AufenthG: 50 % of the BBG. */
export const blueCardStandardPct = defineParameter<number>({
  id: 'aufenthg.18g.pct.standard',
  description: { de: 'Blaue Karte EU, Regelfall: Anteil an der BBG', en: 'EU Blue Card, standard: share of the BBG' },
  unit: 'ratio',
  values: [{ validFrom: '2023-11-18', value: 0.5, reference: AOK_18G, lastVerified: '2026-11-25' }],
});

/** § 18g Abs. 1 S. 2, Abs. 2 AufenthG: 45.3 % of the BBG (shortage occupation, new entrant, IT without degree). */
export const blueCardReducedPct = defineParameter<number>({
  id: 'aufenthg.18g.pct.reduced',
  description: {
    de: 'Blaue Karte EU, Engpassberuf, Berufseinsteiger, IT-Fachkraft ohne Hochschulabschluss: Anteil an der BBG',
    en: 'EU Blue Card, shortage occupation, new entrant, IT specialist without degree: share of the BBG',
  },
  unit: 'ratio',
  values: [{ validFrom: '2023-11-18', value: 0.453, reference: AOK_18G, lastVerified: '2026-11-25' }],
});

/**
 * § 6 Abs. 1 S. 1 Nr. 2 BeschV: 45 % of the BBG from 1 March 2024; the old form of § 6 BeschV (IT specialists
 * only) required 60 % until 29 February 2024.
 */
export const experiencePct = defineParameter<number>({
  id: 'beschv.6.pct',
  description: {
    de: 'Beschäftigung bei ausgeprägter berufspraktischer Erfahrung (§ 6 BeschV): Anteil an der BBG',
    en: 'Employment based on professional experience (§ 6 BeschV): share of the BBG',
  },
  unit: 'ratio',
  values: [
    {
      validFrom: '2023-11-18',
      validUntil: '2024-02-29',
      value: 0.6,
      reference: DIPLO_OLD_6_BESCHV,
      lastVerified: '2026-11-25',
      note: 'Old form (in force before 18.11.2023 as well; the engine models from 18.11.2023 on).',
    },
    { validFrom: '2024-03-01', value: 0.45, reference: BUZER_6_BESCHV, lastVerified: '2026-11-25' },
  ],
});

/** § 18 Abs. 2 Nr. 5 AufenthG: 55 % of the BBG on a first title after turning 45. */
export const age45Pct = defineParameter<number>({
  id: 'aufenthg.18.2.nr5.pct',
  description: {
    de: 'Erstmalige Erteilung ab Vollendung des 45. Lebensjahres: Anteil an der BBG',
    en: 'First grant at age 45 or older: share of the BBG',
  },
  unit: 'ratio',
  values: [
    {
      validFrom: '2023-11-18',
      value: 0.55,
      reference: DEJURE_18,
      lastVerified: '2026-11-25',
      note: 'In force before 18.11.2023 as well; the engine models from 18.11.2023 on.',
    },
  ],
});
