// A finder backend for route tests: fixed answers for a few catalogue occupations, so that the pages can be tested
// without the data (the real answers are tested in src/law/recognition and, end to end, in test/e2e).

import type { RecognitionFound, RecognitionInput, RecognitionResult, ResolvedBody } from '../../law/recognition/types.ts';
import type { FinderBackend } from './routes.ts';
import { FINDER_PLACES } from './places.ts';

const t = (de: string, en: string) => ({ de, en });
const REF = { title: '§ 6 BQFG', url: 'https://www.gesetze-im-internet.de/bqfg/__6.html' };

const FOSA: ResolvedBody = {
  known: true,
  id: 'ihk-fosa',
  kind: 'ihk-fosa',
  name: t('IHK FOSA – Foreign Skills Approval', 'IHK FOSA – Foreign Skills Approval'),
  street: 'Ulmenstraße 52g',
  postcode: '90443',
  city: 'Nürnberg',
  url: 'https://www.ihk-fosa.de/',
  reference: { title: 'IHK FOSA', url: 'https://www.ihk-fosa.de/' },
  lastVerified: '2026-11-20',
  unconfirmed: false,
  addressUnconfirmed: false,
  notes: [],
};

export function foundFixture(input: RecognitionInput, date: string): RecognitionFound {
  return {
    status: 'found',
    date,
    occupation: { id: 'elektroniker-betriebstechnik', title: t('Elektroniker/in für Betriebstechnik', 'Industrial electronics technician'), isco: '7412', kind: 'ihk_training', kindLabel: t('IHK-Ausbildungsberuf', 'IHK training occupation') },
    regulation: { employmentRegulated: false, titleProtected: false, selfEmploymentOrReservedRegulated: false, texts: [t('Die Arbeit als Angestellte/r ist frei.', 'Working as an employee is free.')] },
    legalBasis: [{ code: 'BQFG', ref: '§ 4 BQFG', text: t('Gleichwertigkeitsfeststellung', 'Equivalence assessment'), reference: REF }],
    body: input.land === 'DE-HB' ? { known: false, role: t('die zuständige Kammer', 'the competent chamber'), note: t('Bitte bei der Servicestelle erfragen.', 'Please ask the service office.') } : FOSA,
    alsoRelevant: [],
    related: [],
    place: { ...(input.land ? { land: input.land } : {}), ...(input.place ? { placeKey: input.place } : {}), resolved: input.land !== undefined },
    steps: [{ id: 'application', title: t('Antrag stellen', 'Apply'), text: t('Antrag bei der IHK FOSA.', 'Apply to IHK FOSA.') }],
    fee: { eur: { min: 100, max: 600 }, unconfirmed: false, text: t('100 bis 600 €', '€100 to €600') },
    deadlines: {
      regular: [{ period: { n: 3, unit: 'months' }, ref: '§ 6 Abs. 3 BQFG', reference: REF, text: t('Entscheidung in 3 Monaten', 'Decision within 3 months') }],
      accelerated: [{ period: { n: 2, unit: 'months' }, ref: '§ 14a BQFG', reference: REF, text: t('Entscheidung in 2 Monaten', 'Decision within 2 months') }],
      text: t('', ''),
    },
    onlineApplication: 'yes',
    onlineText: t('', ''),
    links: [{ kind: 'anerkennungs-finder', url: 'https://www.anerkennung-in-deutschland.de/', label: t('Anerkennungs-Finder', 'Recognition Finder') }],
    outcomes: [
      {
        outcome: 'full',
        germanAssessment: 'equivalent',
        title: t('Volle Gleichwertigkeit', 'Full equivalence'),
        text: t('Der Abschluss ist gleichwertig.', 'The qualification is equivalent.'),
        consequences: [{ route: '18a', ref: '§ 18a AufenthG', text: t('Aufenthaltserlaubnis als Fachkraft', 'Residence permit as a skilled worker') }],
      },
    ],
    documents: [],
    source: { reference: REF, alsoSee: [], lastVerified: '2026-11-20' },
    unconfirmed: [],
  };
}

export const FIXTURE_BACKEND: FinderBackend = {
  places: FINDER_PLACES,
  find: async (_request, input, date): Promise<RecognitionResult> => {
    if (input.referenceId === 'elektroniker-betriebstechnik' || input.catalogueId === 'elektroniker-betriebstechnik') return foundFixture(input, date);
    if (input.referenceId === undefined && input.catalogueId === 'elektroniker') {
      return {
        status: 'choose',
        date,
        text: t('Bitte wählen', 'Please choose'),
        candidates: [
          { id: 'elektroniker-betriebstechnik', title: t('Elektroniker/in für Betriebstechnik', 'Industrial electronics technician'), kind: 'ihk_training', hint: t('Industrie (IHK)', 'industry (IHK)') },
          { id: 'elektroniker-energie-gebaeudetechnik', title: t('Elektroniker/in für Energie- und Gebäudetechnik', 'Electronics technician for energy and building technology'), kind: 'hwk_training', hint: t('Handwerk (HWK)', 'crafts (HWK)') },
        ],
      };
    }
    return { status: 'not_found', date, reason: 'no_occupation', text: t('Für diesen Beruf hat Lotse keine Angaben.', 'Lotse has no data for this occupation.'), links: [] };
  },
};
