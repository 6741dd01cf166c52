// ICT card (§ 19 AufenthG, Directive (EU) 2014/66): minimum membership of the group, minimum and maximum
// length of the transfer.

import type { IctRole } from '../types.ts';
import type { Reference } from './parameter.ts';
import { defineParameter } from './parameter.ts';

const VERIFIED = '2026-11-25';

const BUZER_19: Reference = {
  title: '§ 19 AufenthG (ICT-Karte für unternehmensintern transferierte Arbeitnehmer), Gesetzestext auf buzer.de (Stand: Änderung vom 25.10.2024)',
  url: 'http://buzer.de/gesetz/4752/a65952.htm',
};
const URTEILE_19: Reference = {
  title: '§ 19 AufenthG (ICT-Karte), ältere Fassung auf urteile-gesetze.de',
  url: 'https://urteile-gesetze.de/gesetze/aufenthg/19b',
};
const MIIG_ICT: Reference = {
  title: 'Make it in Germany: ICT-Karte (Höchstdauer 3 Jahre für Führungskräfte und Spezialisten, 1 Jahr für Trainees)',
  url: 'https://www.make-it-in-germany.com/de/unternehmen/einreise/arbeitsmarktzulassung/ict-karte',
};

export interface IctLimits {
  /** § 19 Abs. 2 S. 1 Nr. 2: months with the company or group immediately before the transfer (at least) */
  minMonthsWithGroup: number;
  /** § 19 Abs. 2 S. 1 Nr. 3: the transfer lasts more than this many days */
  minTransferDaysExclusive: number;
  /** maximum length of the transfer in months, by role */
  maxTransferMonths: Record<IctRole, number>;
}

export const ictLimits = defineParameter<IctLimits>({
  id: 'aufenthg.19.limits',
  description: {
    de: 'ICT-Karte: Mindestzugehörigkeit zum Unternehmen, Mindest- und Höchstdauer des Transfers',
    en: 'ICT card: minimum time with the group, minimum and maximum length of the transfer',
  },
  unit: 'months',
  values: [
    {
      validFrom: '2023-11-18',
      value: { minMonthsWithGroup: 6, minTransferDaysExclusive: 90, maxTransferMonths: { manager: 36, specialist: 36, trainee: 12 } },
      reference: BUZER_19,
      alsoSee: [MIIG_ICT, URTEILE_19],
      lastVerified: VERIFIED,
    },
  ],
});
