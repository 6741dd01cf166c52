// Dated parameters of the residence lifecycle check (contract residence-v1, "Dated parameters"), as data: each value
// with its validity, the statute as primary reference (secondary sources only as alsoSee), the day it was last checked
// and, where the contract marks it UNCONFIRMED, `unconfirmed: true` (shown as "nicht bestätigt" on /recht/stand).
// Scope "residence": these values do not change the pathway check's lawVersion.

import type { Reference } from '../parameters/parameter.ts';
import { defineParameter, valueAt } from '../parameters/parameter.ts';
import type { DatedValue, Parameter } from '../parameters/parameter.ts';

/** Checked against contract residence-v1, legal-facts.md and recognition-integration-facts.md. */
const VERIFIED = '2026-12-04';
const CHECKED_NOTE = 'Checked against contract residence-v1 and the fact sheets (legal-facts.md, recognition-integration-facts.md); not yet against the official statute text.';

const gii = (path: string, title: string): Reference => ({ title, url: `https://www.gesetze-im-internet.de/${path}` });
const AUFENTHG_18C = gii('aufenthg_2004/__18c.html', '§ 18c AufenthG (Niederlassungserlaubnis für Fachkräfte)');
const AUFENTHG_9 = gii('aufenthg_2004/__9.html', '§ 9 AufenthG (Niederlassungserlaubnis)');
const AUFENTHG_9A = gii('aufenthg_2004/__9a.html', '§ 9a AufenthG (Erlaubnis zum Daueraufenthalt – EU)');
const AUFENTHG_9C = gii('aufenthg_2004/__9c.html', '§ 9c AufenthG (Lebensunterhalt)');
const AUFENTHG_82 = gii('aufenthg_2004/__82.html', '§ 82 AufenthG (Mitwirkung des Ausländers)');
const AUFENTHG_36 = gii('aufenthg_2004/__36.html', '§ 36 AufenthG (Nachzug der Eltern und sonstiger Familienangehöriger)');
const AUFENTHG_16D = gii('aufenthg_2004/__16d.html', '§ 16d AufenthG (Maßnahmen zur Anerkennung ausländischer Berufsqualifikationen)');
const STAG_10 = gii('stag/__10.html', '§ 10 StAG (Einbürgerung)');

const DEUBNER_18C: Reference = {
  title: '§ 18c AufenthG, Gesetzestext (Stand 01.07.2024), deubner-recht.de',
  url: 'https://deubner-recht.de/produkte/arbeitsrecht-sozialrecht/doc/-18-c-aufenthg-niederlassungserlaubnis-fuer-fachkraefte-260563',
};
const BUZER_18C_OLD: Reference = { title: '§ 18c AufenthG in der Fassung vor dem 18.11.2023, buzer.de', url: 'https://www.buzer.de/gesetz/4752/a176958.htm' };
const STUTTGART_BLUE_CARD: Reference = { title: 'Welcome Center Stuttgart: Blaue Karte EU', url: 'https://welcome.stuttgart.de/ankommen/aufenthalt/blaue-karte-eu.php' };
const KREISGG_BLUE_CARD: Reference = {
  title: 'Kreis Groß-Gerau, Ausländerbehörde: Arbeitgeberwechsel bei Inhabern einer Blauen Karte EU',
  url: 'https://www.kreisgg.de/kreisverwaltung/presse/amtliche-bekanntmachungen/testseite-max/auslaenderbehoerde/ich-moechte-einen-antrag-stellen/arbeitnehmer-und-familienangehoerige/arbeitgeberwechsel-bei-inhabern-einer-blauen-karte-eu',
};
const HAUFE_9: Reference = {
  title: 'haufe.de: Niederlassungserlaubnis (zitiert § 9 Abs. 2 AufenthG)',
  url: 'https://haufe.de/personal/haufe-personal-office-platin/tillmannsmutschler-beeg-1-berechtigte-821-besitz-einer-niederlassungserlaubnis-oder-einer-erlaubnis-zum-daueraufenthalt-eu-1-abs7-satz1-nr1_idesk_PI42323_HI2463240.html',
};
const MIIG_9A: Reference = { title: 'Make it in Germany: Daueraufenthalt-EU', url: 'https://www.make-it-in-germany.com/de/visum-aufenthalt/dauerhaft-in-deutschland/daueraufenthalt-eu' };
const SZ_STAG: Reference = { title: 'Süddeutsche Zeitung: Beschlüsse im Bundesrat, Doppelpass (Reform des StAG in Kraft 27.06.2024)', url: 'https://www.sueddeutsche.de/politik/beschluesse-im-bundesrat-doppelpass-und-abschiebungen-1.6343058' };
const FAMILIENNACHZUG_36: Reference = {
  title: 'familiennachzug-visum.de: Erleichterter Nachzug für Eltern ab 1. März 2024 (zitiert § 36 Abs. 3 AufenthG)',
  url: 'https://familiennachzug-visum.de/erleichterte-nachzug-fuer-eltern-bei-hochqualifizierten-ab-1-maerz-2024',
};
const JABERI_36: Reference = {
  title: 'jaberilawyers.com: Privilegierter Eltern- und Schwiegerelternnachzug',
  url: 'https://jaberilawyers.com/de/familienzusammenfuehrung/privilegierter-eltern-und-schwiegereltern-nachzug',
};
const ASYLNET: Reference = { title: 'BMI-Anwendungshinweise zum Gesetz zur Weiterentwicklung der Fachkräfteeinwanderung, Zusammenfassung asyl.net', url: 'https://asyl.net/rsdb/m32449' };

/** § 18c Abs. 1 AufenthG: months with a skilled-worker title and months of contributions; shortened after German training. */
export const s18c1Months = defineParameter<{ months: number; monthsGermanTraining: number }>({
  id: 'aufenthg.18c.1.months',
  description: {
    de: '§ 18c Abs. 1 AufenthG: Monate mit Aufenthaltstitel und Monate mit Rentenbeiträgen (nach inländischer Ausbildung oder Studium verkürzt)',
    en: '§ 18c (1) AufenthG: months with the title and months of pension contributions (shorter after training or study in Germany)',
  },
  unit: 'months',
  scope: 'residence',
  values: [
    { validFrom: '2020-03-01', value: { months: 48, monthsGermanTraining: 24 }, reference: AUFENTHG_18C, alsoSee: [BUZER_18C_OLD], lastVerified: VERIFIED, note: 'Four years and 48 months before the second stage of the 2023 reform.' },
    { validFrom: '2024-03-01', value: { months: 36, monthsGermanTraining: 24 }, reference: AUFENTHG_18C, alsoSee: [DEUBNER_18C], lastVerified: VERIFIED, note: 'Three years and 36 months; two years and 24 months after a German vocational training or degree (§ 18c Abs. 1 S. 2). Wording checked against the text of deubner-recht.de (Stand 01.07.2024).' },
  ],
});

/** § 18c Abs. 2 AufenthG: months of Blue Card employment with contributions (A1 or A2; B1 and above). */
export const s18c2Months = defineParameter<{ monthsA1: number; monthsB1: number }>({
  id: 'aufenthg.18c.2.months',
  description: {
    de: '§ 18c Abs. 2 AufenthG: Monate Beschäftigung mit Blauer Karte EU und Rentenbeiträgen (mit A1 bzw. mit B1)',
    en: '§ 18c (2) AufenthG: months of Blue Card employment with pension contributions (with A1, with B1)',
  },
  unit: 'months',
  scope: 'residence',
  values: [
    {
      validFrom: '2020-03-01',
      value: { monthsA1: 33, monthsB1: 21 },
      reference: AUFENTHG_18C,
      alsoSee: [BUZER_18C_OLD],
      lastVerified: VERIFIED,
      unconfirmed: true,
      note: 'Whether 27 months replaced 33 from 18.11.2023 or from 01.03.2024 is UNCONFIRMED; the engine answers from 01.03.2024 only.',
    },
    { validFrom: '2024-03-01', value: { monthsA1: 27, monthsB1: 21 }, reference: AUFENTHG_18C, alsoSee: [STUTTGART_BLUE_CARD], lastVerified: VERIFIED, note: CHECKED_NOTE },
  ],
});

/** § 9 Abs. 2 S. 1 Nr. 1, 3 AufenthG: five years with a residence permit, 60 months of contributions. */
export const s9Months = defineParameter<{ residenceMonths: number; pensionMonths: number }>({
  id: 'aufenthg.9.months',
  description: {
    de: '§ 9 Abs. 2 S. 1 Nr. 1, 3 AufenthG: Monate mit Aufenthaltserlaubnis und Monate mit Rentenbeiträgen',
    en: '§ 9 (2) sentence 1 no. 1, 3 AufenthG: months with a residence permit and months of pension contributions',
  },
  unit: 'months',
  scope: 'residence',
  values: [{ validFrom: '2005-01-01', value: { residenceMonths: 60, pensionMonths: 60 }, reference: AUFENTHG_9, alsoSee: [HAUFE_9], lastVerified: VERIFIED, note: CHECKED_NOTE }],
});

/** § 9a Abs. 2 S. 1 Nr. 1 AufenthG: five years with a title. */
export const s9aResidenceMonths = defineParameter<number>({
  id: 'aufenthg.9a.residenceMonths',
  description: { de: '§ 9a Abs. 2 S. 1 Nr. 1 AufenthG: Monate mit Aufenthaltstitel', en: '§ 9a (2) sentence 1 no. 1 AufenthG: months with a residence title' },
  unit: 'months',
  scope: 'residence',
  values: [{ validFrom: '2007-08-28', value: 60, reference: AUFENTHG_9A, alsoSee: [MIIG_9A], lastVerified: VERIFIED, note: CHECKED_NOTE }],
});

/** § 9c S. 2 AufenthG: 60 months of contributions certainly suffice; the number required below that is UNCONFIRMED. */
export const s9aPensionMonthsCap = defineParameter<number>({
  id: 'aufenthg.9c.pensionMonthsCap',
  description: {
    de: '§ 9c S. 2 AufenthG: Monate mit Rentenbeiträgen, die für die Erlaubnis zum Daueraufenthalt – EU sicher genügen',
    en: '§ 9c sentence 2 AufenthG: months of pension contributions that certainly suffice for EU long-term residence',
  },
  unit: 'months',
  scope: 'residence',
  values: [
    {
      validFrom: '2007-08-28',
      value: 60,
      reference: AUFENTHG_9C,
      alsoSee: [MIIG_9A],
      lastVerified: VERIFIED,
      unconfirmed: true,
      note: 'Make it in Germany names 60 months; the number § 9c S. 2 requires is UNCONFIRMED (older sources: § 9a names no number). Below 60 the engine answers unknown.',
    },
  ],
});

/** § 82 Abs. 1 S. 6 AufenthG: a Blue Card holder notifies every change of employer in the first 12 months of Blue Card employment. */
export const blueCardNoticeMonths = defineParameter<number>({
  id: 'aufenthg.82.1.blueCardNoticeMonths',
  description: {
    de: '§ 82 Abs. 1 S. 6 AufenthG: Monate Beschäftigung mit Blauer Karte EU, in denen jeder Arbeitgeberwechsel mitzuteilen ist',
    en: '§ 82 (1) sentence 6 AufenthG: months of Blue Card employment during which every change of employer must be notified',
  },
  unit: 'months',
  scope: 'residence',
  values: [
    { validFrom: '2023-11-18', value: 12, reference: AUFENTHG_82, alsoSee: [KREISGG_BLUE_CARD, STUTTGART_BLUE_CARD], lastVerified: VERIFIED, note: 'Before 18.11.2023 a change needed permission during the first 24 months (employer binding).' },
  ],
});

/** § 10 Abs. 1 S. 1 StAG: years of lawful habitual residence before naturalisation. */
export const naturalisationYears = defineParameter<number>({
  id: 'stag.10.residenceYears',
  description: { de: '§ 10 Abs. 1 S. 1 StAG: Jahre rechtmäßigen gewöhnlichen Aufenthalts', en: '§ 10 (1) sentence 1 StAG: years of lawful habitual residence' },
  unit: 'years',
  scope: 'residence',
  values: [
    { validFrom: '2000-01-01', value: 8, reference: STAG_10, lastVerified: VERIFIED, note: CHECKED_NOTE },
    {
      validFrom: '2024-06-27',
      value: 5,
      reference: STAG_10,
      alsoSee: [SZ_STAG],
      lastVerified: VERIFIED,
      note: 'The 3-year route (C1, special integration) of § 10 Abs. 3 StAG is not modelled; the date its repeal in 2025 took effect is UNCONFIRMED.',
    },
  ],
});

/** § 36 Abs. 3 S. 1 AufenthG: parents may join a skilled worker first titled on or after this day. */
export const parentsFirstTitleFrom = defineParameter<string>({
  id: 'aufenthg.36.3.firstTitleFrom',
  description: {
    de: '§ 36 Abs. 3 S. 1 AufenthG: Nachzug der (Schwieger-)Eltern, wenn der erste Titel an oder nach diesem Tag erteilt wurde',
    en: '§ 36 (3) sentence 1 AufenthG: parents (in-law) may join if the first title was granted on or after this day',
  },
  unit: 'date',
  scope: 'residence',
  values: [{ validFrom: '2024-03-01', value: '2024-03-01', reference: AUFENTHG_36, alsoSee: [FAMILIENNACHZUG_36, JABERI_36, ASYLNET], lastVerified: VERIFIED, note: CHECKED_NOTE }],
});

/** The last day § 36 Abs. 3 AufenthG applies, if it is limited to end-2028 (UNCONFIRMED). */
export const parentsUntil = defineParameter<string>({
  id: 'aufenthg.36.3.until',
  description: {
    de: '§ 36 Abs. 3 AufenthG: mögliche Befristung des Elternnachzugs (letzter Tag)',
    en: '§ 36 (3) AufenthG: possible time limit of the parents rule (last day)',
  },
  unit: 'date',
  scope: 'residence',
  values: [
    {
      validFrom: '2024-03-01',
      value: '2028-12-31',
      reference: AUFENTHG_36,
      alsoSee: [JABERI_36],
      lastVerified: VERIFIED,
      unconfirmed: true,
      note: 'A limit to the end of 2028 is UNCONFIRMED: from 2029-01-01 the move carries `in_force` as unknown.',
    },
  ],
});

/** § 16d Abs. 1, 3 AufenthG: at most 36 months in total. */
export const s16dMaxMonths = defineParameter<number>({
  id: 'aufenthg.16d.maxMonths',
  description: {
    de: '§ 16d Abs. 1, 3 AufenthG: Höchstaufenthaltsdauer in Monaten',
    en: '§ 16d (1), (3) AufenthG: maximum total stay in months',
  },
  unit: 'months',
  scope: 'residence',
  values: [{ validFrom: '2024-03-01', value: 36, reference: AUFENTHG_16D, alsoSee: [ASYLNET], lastVerified: VERIFIED, note: CHECKED_NOTE }],
});

/** Every parameter of this module, for lawVersion. */
export const RESIDENCE_PARAMETERS: ReadonlyArray<Parameter<unknown>> = [
  s18c1Months,
  s18c2Months,
  s9Months,
  s9aResidenceMonths,
  s9aPensionMonthsCap,
  blueCardNoticeMonths,
  naturalisationYears,
  parentsFirstTitleFrom,
  parentsUntil,
  s16dMaxMonths,
] as ReadonlyArray<Parameter<unknown>>;

/**
 * The value in force on `date`. The engine answers from 2024-03-01 (validated), when every parameter has a value; a
 * missing one is a defect of this table, not of the input.
 */
export function required<T>(p: Parameter<T>, date: string): DatedValue<T> {
  const v = valueAt(p, date);
  if (v === undefined) throw new Error(`${p.id}: no value in force on ${date}`);
  return v;
}
