// Western Balkans rule (§ 26 Abs. 2 BeschV): figures the process plan names beside the quota in force
// (the quota itself is ../westbalkan.ts, read by the pathway check).

import { defineParameter } from '../parameter.ts';

/**
 * The cut of the annual quota that the 2025 coalition agreement plans. Not law: no amending regulation was
 * found, so the value is UNCONFIRMED and only ever named as planned; the quota in force stays that of
 * ../westbalkan.ts.
 */
export const westbalkanQuotaPlanned = defineParameter<number>({
  scope: 'plan',
  id: 'beschv.26.2.quota.planned',
  description: {
    de: 'Westbalkanregelung: geplante Senkung des Jahreskontingents (Koalitionsvertrag 2025, nicht in Kraft)',
    en: 'Western Balkans rule: planned cut of the annual quota (coalition agreement 2025, not in force)',
  },
  unit: 'count',
  values: [
    {
      validFrom: '2025-04-09',
      value: 25_000,
      reference: {
        title: 'DEHOGA Bayern: Westbalkan-Kontingent erschöpft (Dezember 2025: Jahreskontingent 50.000; der Koalitionsvertrag plant 25.000)',
        url: 'https://www.dehoga-bayern.de/aktuelles/detailansicht/article/westbalkan-kontingent-erschoepft/?L=0&cHash=117ca8a474b0b5f7a4f29d54b4e5303f',
      },
      alsoSee: [
        {
          title: 'tageskarte.io: Jahreskontingent für Westbalkanregelung 2025 erschöpft, Kritik an geplanter Halbierung',
          url: 'https://www.tageskarte.io/politik/detail/jahreskontingent-fuer-westbalkanregelung-2025-erschoepft-kritik-an-geplanter-halbierung.html',
        },
      ],
      lastVerified: '2026-12-03',
      unconfirmed: true,
      note:
        'UNCONFIRMED, to be verified: the primary source (the coalition agreement of CDU, CSU and SPD, "Verantwortung für ' +
        'Deutschland", presented 9 April 2025) was not checked; only secondary reports were. A plan, not law ' +
        '(updates-2026-12.md: "planned, not enacted").',
    },
  ],
});
