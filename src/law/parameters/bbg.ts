// Beitragsbemessungsgrenze der allgemeinen Rentenversicherung (annual; West, unified from 2025).
// Each value holds for exactly one calendar year: the next year has no value until its figures are
// published (SV-Rechengrößenverordnung; the BMI derives the migration salary thresholds from it and
// announces them in the Bundesanzeiger by 31 December). See docs/law/updating.md.

import { defineParameter } from './parameter.ts';

const BMI_NOTICE_2023 = {
  title: 'Bekanntmachung des BMI zu § 18g AufenthG über die Mindestgehälter für die Blaue Karte EU vom 13.11.2023',
  url: 'https://diebewertung.de/bekanntmachung-zu-%c2%a7-18g-des-aufenthaltsgesetzes-ueber-die-mindestgehaelter-fuer-die-blaue-karte-eu-vom-13-11-2023',
};

export const bbg = defineParameter<number>({
  id: 'sgb6.bbg',
  description: {
    de: 'Beitragsbemessungsgrenze der allgemeinen Rentenversicherung (jährlich)',
    en: 'Contribution ceiling of the general pension insurance (annual)',
  },
  unit: 'EUR/year',
  values: [
    {
      validFrom: '2023-01-01',
      validUntil: '2023-12-31',
      value: 87_600,
      reference: BMI_NOTICE_2023,
      lastVerified: '2026-11-25',
      note: 'Derived from the BMI notice: Blue Card standard threshold 43,800 € = 50 % of the BBG (West).',
    },
    {
      validFrom: '2024-01-01',
      validUntil: '2024-12-31',
      value: 90_600,
      reference: BMI_NOTICE_2023,
      alsoSee: [
        {
          title: 'Erwerbsmigration: jährliche Anpassung der Mindestgehälter (BMI-Bekanntmachungen vom 17.11.2023 und 04.01.2024)',
          url: 'https://netzwerk-grossbeerenstrasse.de/news/allgemein/1484-erwerbsmigration-jaehrliche-anpassung-der-mindestgehaelter',
        },
      ],
      lastVerified: '2026-11-25',
      note: 'Derived from the BMI notice: Blue Card standard threshold 45,300 € = 50 % of the BBG (West).',
    },
    {
      validFrom: '2025-01-01',
      validUntil: '2025-12-31',
      value: 96_600,
      reference: {
        title: 'Sozialversicherungs-Rechengrößen 2025 (first year with a unified East/West BBG)',
        url: 'https://www.steuerkanzlei-kelbel.de/2024/12/30/sozialversicherungsrechengroessen-3/',
      },
      alsoSee: [
        {
          title: 'Nordmetall: Neue Mindestgehälter für Aufenthaltstitel zur Erwerbsmigration ab 2025 (BMI-Bekanntmachung vom 04.12.2024)',
          url: 'https://nordmetall.de/detail-4/erwerbsmigration-neue-mindestgehaelter-fuer-aufenthaltstitel-zur-erwerbsmigration-ab-2025',
        },
      ],
      lastVerified: '2026-11-25',
    },
    {
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      value: 101_400,
      reference: {
        title: 'Rechengrößen in der Sozialversicherung für 2026: Erhöhung der Beitragsbemessungsgrenze',
        url: 'https://www.gruenderservicenetz.de/unternehmen/aktuelles/detailansicht/rechengroessen-in-der-sozialversicherung-fuer-2026-erhoehung-der-beitragsbemessungsgrenze',
      },
      alsoSee: [
        { title: 'Sozialversicherungswerte 2026', url: 'https://www.mein-steuer-pilot.de/sozialversicherungswerte-2026-das-sollten-sie-wissen' },
        {
          title: 'AGV Nord: Jährliche Anpassung der Mindestgehälter für Aufenthaltstitel zur Erwerbsmigration',
          url: 'https://www.agvnord.de/themen-news/detail/jaehrliche-anpassung-der-mindestgehaelter-fuer-aufenthaltstitel-zur-erwerbsmigration',
        },
      ],
      lastVerified: '2026-11-25',
    },
  ],
});
