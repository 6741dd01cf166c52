// The reach of the 45+ rule of § 1 Abs. 2 BeschV: the BeschV provisions whose residence permits need 55 % of the BBG
// on a first title granted at 45 or older (the rule of § 18 Abs. 2 Nr. 5 AufenthG carried over to employment under
// the BeschV). A provision not listed on a date is not known to be reached: the rules then flag the condition
// unconfirmed rather than guess either way.

import { defineParameter, valueAt } from './parameter.ts';

const VERIFIED = '2026-12-04';

export const age45Reach = defineParameter<readonly string[]>({
  id: 'beschv.1.2.reach',
  description: {
    de: 'Beschäftigungen nach der BeschV, für die die Gehaltsgrenze ab 45 Jahren (§ 1 Abs. 2 BeschV) gilt',
    en: 'Employment under the BeschV to which the minimum salary from age 45 (§ 1 (2) BeschV) applies',
  },
  unit: 'codes',
  values: [
    {
      validFrom: '2024-01-01',
      value: ['24a', '26.2'],
      reference: {
        title:
          'BMI, Bekanntmachung zu § 18 Absatz 2 Nummer 5 AufenthG und § 1 Absatz 2 BeschV über die Mindestgehälter bei vollendetem 45. Lebensjahr vom 7. Dezember 2023 (BAnz AT 04.01.2024 B2): §§ 18a, 18b und § 19c Abs. 1 AufenthG i. V. m. §§ 24a und 26 Abs. 2 BeschV',
        url: 'https://www.bundesanzeiger.de/pub/de/amtlicher-teil',
      },
      alsoSee: [
        {
          title: 'Text of the notice (secondary copy)',
          url: 'https://diebewertung.de/bekanntmachung-zu-%c2%a7-18-absatz-2-nummer-5-des-aufenthaltsgesetzes-und-%c2%a7-1-absatz-2-der-beschaeftigungsverordnung-ueber-die-mindestgehaelter-bei-vollendetem-45-lebensjahr-3',
        },
      ],
      lastVerified: VERIFIED,
    },
    {
      validFrom: '2024-03-01',
      value: ['6', '22a', '24a', '26.2'],
      reference: {
        title: '§ 1 Abs. 2 S. 5 BeschV in der Fassung ab 1. März 2024 (also § 6 and § 22a BeschV); BMI notice: BAnz AT 04.01.2024 B2 continues with this extension',
        url: 'https://www.gesetze-im-internet.de/beschv_2013/__1.html',
      },
      alsoSee: [
        {
          title: 'BMI notice on the continuation from 1 March 2024 (secondary copy)',
          url: 'https://diebewertung.de/bekanntmachung-zu-%c2%a7-18-absatz-2-nummer-5-des-aufenthaltsgesetzes-und-%c2%a7-1-absatz-2-der-beschaeftigungsverordnung-ueber-die-mindestgehaelter-bei-vollendetem-45-lebensjahr-4',
        },
      ],
      lastVerified: VERIFIED,
    },
  ],
});

/** Whether § 1 Abs. 2 BeschV is known to reach this BeschV provision ("6", "22a", "24a", "26.2") on `date`. */
export function age45Reaches(provision: string, date: string): boolean {
  return valueAt(age45Reach, date)?.value.includes(provision) ?? false;
}
