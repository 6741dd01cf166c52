// § 16d AufenthG (recognition of foreign qualifications): language levels and means of subsistence.
// The in-force date of § 16d Abs. 3 (1 March 2024) is stage 2 of ./reform2023.ts.

import type { Cefr } from '../types.ts';
import type { Reference } from './parameter.ts';
import { defineParameter } from './parameter.ts';

const VERIFIED = '2026-11-25';
/** the day the 2026 figures were searched for again (none published found) */
const SEARCHED_2026 = '2026-12-04';

const JAKARTA_2025: Reference = {
  title: 'Deutsche Botschaft Jakarta: Anerkennung und Chancenkarte, Finanzierungsnachweis 2025 (§ 16d: 1.133 € brutto betrieblich, 1.091 € netto schulisch)',
  url: 'https://jakarta.diplo.de/id-de/service/06-visa-und-einreise-seite/2685160-2685160',
};
const BUZER_16D: Reference = {
  title: '§ 16d AufenthG (Maßnahmen zur Anerkennung ausländischer Berufsqualifikationen), Gesetzestext auf buzer.de',
  url: 'http://www.buzer.de/gesetz/4752/a234469.htm',
};
const SAXONY_WORKS: Reference = {
  title: 'Saxony Works: Anerkennungspartnerschaft (§ 16d Abs. 3 AufenthG), Deutschkenntnisse A2',
  url: 'https://www.saxony-works.com/deu/einreise-nach-sachsen/visa/als-fachkraft-nach-sachsen/anerkennungspartnerschaft',
};

/** The German level "hinreichende deutsche Sprachkenntnisse" (A2) required by § 16d Abs. 1 (as a rule) and Abs. 3. */
export const recognitionGerman = defineParameter<{ qualificationMeasure: Cefr; partnership: Cefr }>({
  id: 'aufenthg.16d.german',
  description: {
    de: '§ 16d AufenthG: Mindestniveau Deutsch (Qualifizierungsmaßnahme in der Regel; Anerkennungspartnerschaft)',
    en: '§ 16d AufenthG: minimum German level (qualification measure as a rule; recognition partnership)',
  },
  unit: 'codes',
  values: [
    {
      validFrom: '2023-11-18',
      value: { qualificationMeasure: 'A2', partnership: 'A2' },
      reference: BUZER_16D,
      alsoSee: [SAXONY_WORKS],
      lastVerified: VERIFIED,
      note: 'Abs. 3 applies from 1 March 2024 only; the A2 level for it is taken from Saxony Works and Make it in Germany.',
    },
  ],
});

/**
 * Means of subsistence during a § 16d measure, per month: `inCompanyGross` is the pay an in-company measure
 * must bring (gross), `otherNet` the net means for a school- or course-based measure.
 * `null`: not confirmed for that period; the rules answer "unknown" and never fall back to another year.
 */
export const recognitionMonthlyMeans = defineParameter<{ inCompanyGross: number | null; otherNet: number | null }>({
  id: 'aufenthg.16d.means',
  description: {
    de: '§ 16d AufenthG: Lebensunterhalt je Monat (betriebliche Maßnahme brutto, schulische Maßnahme netto)',
    en: '§ 16d AufenthG: means of subsistence per month (in-company measure gross, school-based measure net)',
  },
  unit: 'EUR/month',
  values: [
    {
      validFrom: '2023-11-18',
      validUntil: '2024-12-31',
      value: { inCompanyGross: null, otherNet: null },
      reference: JAKARTA_2025,
      lastVerified: VERIFIED,
      unconfirmed: true,
      note: 'UNCONFIRMED: no source for the 2023/2024 § 16d figures was found.',
    },
    {
      validFrom: '2025-01-01',
      validUntil: '2025-12-31',
      value: { inCompanyGross: 1_133, otherNet: 1_091 },
      reference: JAKARTA_2025,
      lastVerified: VERIFIED,
    },
    {
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      value: { inCompanyGross: null, otherNet: null },
      reference: JAKARTA_2025,
      lastVerified: SEARCHED_2026,
      unconfirmed: true,
      note: 'UNCONFIRMED: no source for the 2026 § 16d figures was found (searched again 2026-12-04: the BMI notice of the 2026 figure, missions’ pages "ab 01.01.2026", Sperrkonto pages).',
    },
  ],
});
