// Beitragsbemessungsgrenze der allgemeinen Rentenversicherung (annual; West, unified from 2025).
// Each value holds for exactly one calendar year: the next year has no value until its figures are
// published (SV-Rechengrößenverordnung; the BMI derives the migration salary thresholds from it and
// announces them in the Bundesanzeiger by 31 December). See docs/law/updating.md.

import { defineParameter } from './parameter.ts';

const BMI_NOTICE_2023 = {
  title: 'Bekanntmachung des BMI zu § 18g AufenthG über die Mindestgehälter für die Blaue Karte EU vom 13.11.2023',
  url: 'https://diebewertung.de/bekanntmachung-zu-%c2%a7-18g-des-aufenthaltsgesetzes-ueber-die-mindestgehaelter-fuer-die-blaue-karte-eu-vom-13-11-2023',
};

const VERIFIED = '2026-12-04';

/** The BMAS page of the Sozialversicherungs-Rechengrößenverordnung 2025 (primary). */
const BMAS_SVRECHGRV_2025 = {
  title: 'BMAS, Sozialversicherungs-Rechengrößenverordnung 2025 (BBG allgemeine Rentenversicherung 8.050 € im Monat, 96.600 € im Jahr)',
  url: 'https://www.bmas.de/DE/Service/Gesetze-und-Gesetzesvorhaben/sozialversicherungs-rechengroessenverordnung-2025.html',
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
      reference: BMAS_SVRECHGRV_2025,
      alsoSee: [
        {
          title: 'Sozialversicherungs-Rechengrößen 2025 (first year with a unified East/West BBG)',
          url: 'https://www.steuerkanzlei-kelbel.de/2024/12/30/sozialversicherungsrechengroessen-3/',
        },
        {
          title: 'Nordmetall: Neue Mindestgehälter für Aufenthaltstitel zur Erwerbsmigration ab 2025 (BMI-Bekanntmachung vom 04.12.2024)',
          url: 'https://nordmetall.de/detail-4/erwerbsmigration-neue-mindestgehaelter-fuer-aufenthaltstitel-zur-erwerbsmigration-ab-2025',
        },
      ],
      lastVerified: VERIFIED,
    },
    {
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      value: 101_400,
      reference: {
        title: 'BMAS, Pressemitteilung: Kabinett beschließt Sozialversicherungsrechengrößen 2026 (08.10.2025; BBG allgemeine Rentenversicherung 8.450 € im Monat, 101.400 € im Jahr)',
        url: 'https://www.bmas.de/DE/Service/Presse/Pressemitteilungen/2025/sozialversicherungsrechengroessen-2026.html',
      },
      alsoSee: [
        {
          title: 'Rechengrößen in der Sozialversicherung für 2026: Erhöhung der Beitragsbemessungsgrenze',
          url: 'https://www.gruenderservicenetz.de/unternehmen/aktuelles/detailansicht/rechengroessen-in-der-sozialversicherung-fuer-2026-erhoehung-der-beitragsbemessungsgrenze',
        },
        { title: 'Sozialversicherungswerte 2026', url: 'https://www.mein-steuer-pilot.de/sozialversicherungswerte-2026-das-sollten-sie-wissen' },
        {
          title: 'AGV Nord: Jährliche Anpassung der Mindestgehälter für Aufenthaltstitel zur Erwerbsmigration',
          url: 'https://www.agvnord.de/themen-news/detail/jaehrliche-anpassung-der-mindestgehaelter-fuer-aufenthaltstitel-zur-erwerbsmigration',
        },
      ],
      lastVerified: VERIFIED,
    },
    {
      // DRAFT: not in force. When the regulation is promulgated, delete the `status` line (and point the reference
      // at the Bundesgesetzblatt); the thresholds for 2027 then follow without any other change.
      validFrom: '2027-01-01',
      validUntil: '2027-12-31',
      value: 106_200,
      status: 'draft',
      draftOf: { de: 'Entwurf des BMAS vom 21.09.2026', en: 'BMAS draft of 21 September 2026' },
      reference: {
        title:
          'BMAS, Referentenentwurf der Sozialversicherungs-Rechengrößenverordnung 2027 vom 21.09.2026 (BBG allgemeine Rentenversicherung 8.850 € im Monat, 106.200 € im Jahr), wiedergegeben bei bruttonettocalculator.com',
        url: 'https://www.bruttonettocalculator.com/beitragsbemessungsgrenze-2027',
      },
      lastVerified: VERIFIED,
      note:
        'Draft only. The draft itself was not found among the stored sources (searched 2026-12-04); the reference is a ' +
        'secondary page that cites it (legal-facts updates-2026-12.md §1). Replace it with the BMAS page or the ' +
        'Bundesgesetzblatt once the regulation is adopted.',
    },
  ],
});
