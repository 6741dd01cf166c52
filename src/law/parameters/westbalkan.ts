// Western Balkans rule (§ 26 Abs. 2 BeschV, used through § 19c Abs. 1 AufenthG): the states and the annual quota.

import type { Reference } from './parameter.ts';
import { defineParameter } from './parameter.ts';

const VERIFIED = '2026-11-25';

const SARAJEWO: Reference = {
  title: 'Deutsche Botschaft Sarajewo: Westbalkanregelung (Kontingent 50.000 ab 01.06.2024, entfristet)',
  url: 'https://sarajewo.diplo.de/ba-de/service/westbalkanregelung-2550504',
};

/** § 26 Abs. 2 S. 1 BeschV: Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia, Serbia. */
export const westbalkanStates = defineParameter<readonly string[]>({
  id: 'beschv.26.2.states',
  description: {
    de: 'Staaten der Westbalkanregelung (ISO 3166-1 alpha-2, Kosovo "XK")',
    en: 'States of the Western Balkans rule (ISO 3166-1 alpha-2, Kosovo "XK")',
  },
  unit: 'codes',
  values: [{ validFrom: '2023-11-18', value: ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'], reference: SARAJEWO, lastVerified: VERIFIED }],
});

/** § 26 Abs. 2 BeschV: BA approvals per calendar year (first approvals). */
export const westbalkanQuota = defineParameter<number>({
  id: 'beschv.26.2.quota',
  description: {
    de: 'Westbalkanregelung: Zustimmungen der Bundesagentur für Arbeit je Kalenderjahr',
    en: 'Western Balkans rule: approvals by the Federal Employment Agency per calendar year',
  },
  unit: 'count',
  values: [
    { validFrom: '2023-11-18', value: 25_000, reference: SARAJEWO, lastVerified: VERIFIED },
    {
      validFrom: '2024-06-01',
      validUntil: '2025-12-31',
      value: 50_000,
      reference: SARAJEWO,
      alsoSee: [
        {
          title: 'tageskarte.io: Jahreskontingent für Westbalkanregelung 2025 erschöpft (geltendes Kontingent 50.000)',
          url: 'https://www.tageskarte.io/politik/detail/jahreskontingent-fuer-westbalkanregelung-2025-erschoepft-kritik-an-geplanter-halbierung.html',
        },
      ],
      lastVerified: VERIFIED,
    },
    {
      validFrom: '2026-01-01',
      value: 50_000,
      reference: SARAJEWO,
      alsoSee: [
        {
          title: 'DEHOGA Bayern: Westbalkan-Kontingent erschöpft (Dezember 2025: "aktuell gilt noch ein Jahreskontingent von 50.000"; Koalitionsvertrag plant 25.000)',
          url: 'https://www.dehoga-bayern.de/aktuelles/detailansicht/article/westbalkan-kontingent-erschoepft/?L=0&cHash=117ca8a474b0b5f7a4f29d54b4e5303f',
        },
      ],
      lastVerified: VERIFIED,
      unconfirmed: true,
      note: 'UNCONFIRMED: the 2025 coalition agreement plans a cut to 25,000; no amending regulation was found.',
    },
  ],
});

/** § 26 Abs. 2 BeschV: no AsylbLG benefits within this many months before the application. */
export const westbalkanAsylblgMonths = defineParameter<number>({
  id: 'beschv.26.2.asylblg.months',
  description: {
    de: 'Westbalkanregelung: Zeitraum ohne Leistungen nach dem AsylbLG (Monate)',
    en: 'Western Balkans rule: period without AsylbLG benefits (months)',
  },
  unit: 'months',
  values: [
    {
      validFrom: '2023-11-18',
      value: 24,
      reference: SARAJEWO,
      alsoSee: [
        {
          title: 'dpa-AFX via wallstreet-online: Arbeitsmigration, Westbalkanregelung begrenzt (keine Asylbewerberleistungen in den zurückliegenden 24 Monaten)',
          url: 'https://www.wallstreet-online.de/nachricht/19209777-arbeitsmigration-westbalkanregelung-begrenzt',
        },
      ],
      lastVerified: VERIFIED,
    },
  ],
});
