// Western Balkans rule (§ 26 Abs. 2 BeschV, used through § 19c Abs. 1 AufenthG): the states and the annual quota.

import type { Reference } from './parameter.ts';
import { defineParameter } from './parameter.ts';

const VERIFIED = '2026-11-25';

/** § 26 BeschV (primary: the regulation's text; the quota is its Abs. 2 S. 1). */
const BESCHV_26: Reference = {
  title: '§ 26 BeschV (Beschäftigung bestimmter Staatsangehöriger), Gesetzestext auf gesetze-im-internet.de',
  url: 'https://www.gesetze-im-internet.de/beschv_2013/__26.html',
};

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
  values: [
    { validFrom: '2023-11-18', value: ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'], reference: BESCHV_26, alsoSee: [SARAJEWO], lastVerified: VERIFIED },
  ],
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
    { validFrom: '2023-11-18', value: 25_000, reference: BESCHV_26, alsoSee: [SARAJEWO], lastVerified: VERIFIED },
    {
      validFrom: '2024-06-01',
      validUntil: '2025-12-31',
      value: 50_000,
      reference: BESCHV_26,
      alsoSee: [
        SARAJEWO,
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
      reference: BESCHV_26,
      alsoSee: [
        SARAJEWO,
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
      reference: BESCHV_26,
      alsoSee: [
        SARAJEWO,
        {
          title: 'dpa-AFX via wallstreet-online: Arbeitsmigration, Westbalkanregelung begrenzt (keine Asylbewerberleistungen in den zurückliegenden 24 Monaten)',
          url: 'https://www.wallstreet-online.de/nachricht/19209777-arbeitsmigration-westbalkanregelung-begrenzt',
        },
      ],
      lastVerified: VERIFIED,
    },
  ],
});

/**
 * The day from which the Federal Employment Agency gave no more approvals under § 26 Abs. 2 BeschV in a calendar
 * year because that year's quota was used up (ISO date); one value per year, valid for that year only. A year
 * without a value: no exhaustion is known. The next year's quota opens on 1 January.
 */
export const westbalkanQuotaExhausted = defineParameter<string>({
  id: 'beschv.26.2.quota.exhausted',
  description: {
    de: 'Westbalkanregelung: Tag, ab dem die Bundesagentur für Arbeit wegen des ausgeschöpften Jahreskontingents keine Zustimmungen mehr erteilte',
    en: 'Western Balkans rule: day from which the Federal Employment Agency gave no more approvals because the annual quota was used up',
  },
  unit: 'date',
  values: [
    {
      validFrom: '2025-01-01',
      validUntil: '2025-12-31',
      value: '2025-12-01',
      reference: {
        title:
          'DEHOGA Bayern: Westbalkan-Kontingent erschöpft ("Das Jahreskontingent für 2025 ... ist seit Anfang Dezember ausgeschöpft"; Anträge werden ab dem 1. Januar wieder bearbeitet) — secondary; the BA statement itself was not found',
        url: 'https://www.dehoga-bayern.de/aktuelles/detailansicht/article/westbalkan-kontingent-erschoepft/?L=0&cHash=117ca8a474b0b5f7a4f29d54b4e5303f',
      },
      alsoSee: [
        {
          title: 'tageskarte.io: Jahreskontingent für Westbalkanregelung 2025 erschöpft (the BA informed employers that the quota was reached "voraussichtlich Ende November 2025")',
          url: 'https://www.tageskarte.io/politik/detail/jahreskontingent-fuer-westbalkanregelung-2025-erschoepft-kritik-an-geplanter-halbierung.html',
        },
      ],
      lastVerified: '2026-12-04',
      unconfirmed: true,
      note:
        'UNCONFIRMED: the exact day is not known. The BA informed employers by letter (reported: "voraussichtlich Ende ' +
        'November 2025"); DEHOGA Bayern: "seit Anfang Dezember ausgeschöpft". No BA press release or other primary ' +
        'source was found (searched 2026-12-04). 1 December 2025 is the first day both reports agree it was used up.',
    },
  ],
});
