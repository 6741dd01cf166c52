// Fees of the process plan (legal-facts.md §§ 1.10, 4.4, 4.5, 5; recognition-integration-facts.md § 1.3).
// Each value is in euro; a range where the body charges by effort; null where the facts know no amount.
// The first validFrom of every fee is the start of the period the fact sheets cover (18 November 2023),
// not the day the fee was introduced: the plan gives no fee for an earlier date.

import type { Reference } from '../parameter.ts';
import { defineParameter } from '../parameter.ts';
import type { FeeValue } from '../../plan/types.ts';

const VERIFIED = '2026-11-25';
const FROM = '2023-11-18';

export const REF_AUFENTHV_46: Reference = {
  title: '§ 46 AufenthV (Gebühren für Visa), Gesetzestext auf gesetze.legal',
  url: 'https://gesetze.legal/bund/aufenthv/46',
};
export const REF_AUFENTHV_44_45: Reference = {
  title: '§§ 44, 45 AufenthV (Gebühren für Niederlassungserlaubnis und Aufenthaltserlaubnis), Gesetzestext auf buzer.de',
  url: 'https://www.buzer.de/s1.htm?a=44-45&ag=949',
};
export const REF_MIIG_81A: Reference = {
  title: 'Make it in Germany, Glossar: Beschleunigtes Fachkräfteverfahren (Gebühr 411 €, vom Arbeitgeber zu zahlen)',
  url: 'https://www.make-it-in-germany.com/de/service/glossar/glossar-detail/glossar/do/show/beschleunigtes-fachkraefteverfahren',
};
export const REF_ZBS_81A: Reference = {
  title: 'zbs-auf.info 8.16: Aufgaben der Auslandsvertretung im beschleunigten Fachkräfteverfahren (Gebühr 411 €, Schuldner der Ausländer)',
  url: 'https://www.zbs-auf.info/8-16-welche-aufgaben-hat-die-auslandsvertretung-bei-einem-beschleunigten-fachkraefteverfahren/',
};
export const REF_ZAB_FEES: Reference = {
  title: 'KMK/ZAB: Zeugnisbewertung, Gebühren (200 € erste Bewertung, 100 € jede weitere)',
  url: 'https://www.kmk.org/zab/zeugnisbewertung/gebuehren.html',
};
export const REF_IHK_FOSA_FEES: Reference = {
  title: 'IHK FOSA: Gebühren für das Anerkennungsverfahren (100–600 € je nach Aufwand)',
  url: 'http://www.ihk-fosa.de/fuer-antragstellende/gebuehren/',
};
export const REF_BQ_PORTAL_COSTS: Reference = {
  title: 'BQ-Portal: Kosten und Finanzierung des Anerkennungsverfahrens (Handwerkskammern 100–600 €; IHK FOSA im Schnitt etwa 550 €)',
  url: 'https://bq-portal.de/Anerkennung-f%C3%BCr-Betriebe/Anerkennungsverfahren/Kosten-und-Finanzierung',
};
export const REF_INGKAG: Reference = {
  title: 'IngKaG Rheinland-Pfalz (Landesgesetz zum Schutz der Berufsbezeichnungen im Ingenieurwesen und über die Ingenieurkammer), umwelt-online',
  url: 'https://umwelt-online.de/recht/bau/laender/rp/ingkag.htm',
};
export const REF_ROMANIA_CHANCENKARTE: Reference = {
  title: 'Deutsche Botschaft Bukarest: Chancenkarte, Nachweise (ZAB-Bescheinigung für Berufsabschlüsse, anabin oder Zeugnisbewertung für Hochschulabschlüsse)',
  url: 'https://rumaenien.diplo.de/ro-de/service/05-VisaEinreise/-/2660612',
};

const fixed = (eur: number): FeeValue => ({ minEur: eur, maxEur: eur });

/** § 46 Abs. 2 Nr. 1 AufenthV: national (D) visa for an adult. */
export const feeNationalVisa = defineParameter<FeeValue>({
  scope: 'plan',
  id: 'aufenthv.46.2.1.visa',
  description: { de: 'Gebühr für ein nationales Visum (Erwachsene)', en: 'Fee for a national visa (adult)' },
  unit: 'EUR',
  values: [
    {
      validFrom: FROM,
      value: fixed(75),
      reference: REF_AUFENTHV_46,
      alsoSee: [{ title: 'Deutsche Botschaft Tunis: Visagebühren (nationales Visum 75 €)', url: 'https://tunis.diplo.de/tn-de/service/05-VisaEinreise/-/2438504' }],
      lastVerified: VERIFIED,
      note: 'No change for 2025/2026 was found (legal-facts.md § 8 item 12). Minors pay half (§ 50 AufenthV).',
    },
  ],
});

/** § 47 Abs. 1 Nr. 15 AufenthV: the accelerated procedure of § 81a AufenthG. Who owes it is UNCONFIRMED. */
export const feeAccelerated = defineParameter<FeeValue>({
  scope: 'plan',
  id: 'aufenthv.47.1.15.81a',
  description: { de: 'Gebühr für das beschleunigte Fachkräfteverfahren (§ 81a AufenthG)', en: 'Fee for the accelerated procedure for skilled workers (§ 81a AufenthG)' },
  unit: 'EUR',
  values: [
    {
      validFrom: FROM,
      value: fixed(411),
      reference: REF_MIIG_81A,
      alsoSee: [REF_ZBS_81A],
      lastVerified: VERIFIED,
      note: 'The amount is confirmed; who owes it is UNCONFIRMED: Make it in Germany says the employer, zbs-auf says the foreigner (legal-facts.md § 8 item 14).',
    },
  ],
});

/** § 45 Nr. 1 AufenthV: first grant of a Blue Card or ICT card, any validity. */
export const feeResidencePermitBlueCardIct = defineParameter<FeeValue>({
  scope: 'plan',
  id: 'aufenthv.45.1.bluecard-ict',
  description: { de: 'Gebühr für die erstmalige Blaue Karte EU oder ICT-Karte', en: 'Fee for the first EU Blue Card or ICT card' },
  unit: 'EUR',
  values: [{ validFrom: FROM, value: fixed(100), reference: REF_AUFENTHV_44_45, lastVerified: VERIFIED }],
});

/**
 * First grant of another residence permit (§§ 16d, 18a, 18b, 19c, 20a). The fact sheet states 100 € only for
 * the Blue Card and the ICT card; that the same 100 € applies to the other permits is UNCONFIRMED.
 */
export const feeResidencePermitOther = defineParameter<FeeValue>({
  scope: 'plan',
  id: 'aufenthv.45.1.other',
  description: { de: 'Gebühr für eine erstmalige Aufenthaltserlaubnis (andere Titel)', en: 'Fee for a first residence permit (other titles)' },
  unit: 'EUR',
  values: [
    {
      validFrom: FROM,
      value: fixed(100),
      reference: REF_AUFENTHV_44_45,
      lastVerified: VERIFIED,
      unconfirmed: true,
      note: 'UNCONFIRMED: legal-facts.md § 5 gives 100 € for the Blue Card and the ICT card only; the amount for other permits is assumed to be the same.',
    },
  ],
});

/** ZAB statement of comparability (Zeugnisbewertung) for a foreign degree: 200 € first, 100 € each further one. */
export const feeZabStatement = defineParameter<FeeValue>({
  scope: 'plan',
  id: 'zab.zeugnisbewertung.fee',
  description: { de: 'ZAB-Zeugnisbewertung (erste Bewertung)', en: 'ZAB statement of comparability (first statement)' },
  unit: 'EUR',
  values: [
    {
      validFrom: FROM,
      value: fixed(200),
      reference: REF_ZAB_FEES,
      alsoSee: [{ title: 'ZAB: Statement of Comparability, fees', url: 'https://zab.kmk.org/en/statement-comparability/fees' }],
      lastVerified: VERIFIED,
      note: '100 € for each further statement (another degree, a replacement). No fee waiver; the Anerkennungszuschuss may refund it for residents of Germany.',
    },
  ],
});

/** ZAB statement on a foreign vocational qualification (proof of state recognition): amount UNCONFIRMED. */
export const feeZabVocational = defineParameter<FeeValue>({
  scope: 'plan',
  id: 'zab.vocational.fee',
  description: { de: 'ZAB-Bescheinigung zu einem ausländischen Berufsabschluss', en: 'ZAB statement on a foreign vocational qualification' },
  unit: 'EUR',
  values: [
    {
      validFrom: FROM,
      value: null,
      reference: REF_ROMANIA_CHANCENKARTE,
      lastVerified: VERIFIED,
      unconfirmed: true,
      note: 'UNCONFIRMED: the fact sheets name the ZAB statement on vocational qualifications as proof but give no fee.',
    },
  ],
});

/** IHK FOSA equivalence procedure: 100–600 € by effort, about 550 € on average. */
export const feeIhkFosa = defineParameter<FeeValue>({
  scope: 'plan',
  id: 'ihkfosa.fee',
  description: { de: 'IHK FOSA: Gleichwertigkeitsfeststellung', en: 'IHK FOSA: equivalence procedure' },
  unit: 'EUR',
  values: [
    {
      validFrom: FROM,
      value: { minEur: 100, maxEur: 600, typicalEur: 550 },
      reference: REF_IHK_FOSA_FEES,
      alsoSee: [REF_BQ_PORTAL_COSTS],
      lastVerified: VERIFIED,
      note: 'Translations, certified copies and a skills analysis (§ 14 BQFG) cost extra.',
    },
  ],
});

/** Handwerkskammer equivalence procedure: the chambers agreed a range of 100–600 €. */
export const feeHwk = defineParameter<FeeValue>({
  scope: 'plan',
  id: 'hwk.recognition.fee',
  description: { de: 'Handwerkskammer: Gleichwertigkeitsfeststellung', en: 'Chamber of crafts: equivalence procedure' },
  unit: 'EUR',
  values: [
    {
      validFrom: FROM,
      value: { minEur: 100, maxEur: 600 },
      reference: REF_BQ_PORTAL_COSTS,
      lastVerified: VERIFIED,
      note: 'Secondary source only; the chambers publish no average.',
    },
  ],
});

/** Ingenieurkammer RLP, engineer title for a third-country degree (§ 5 IngKaG): fee UNCONFIRMED. */
export const feeEngineerTitleRlp = defineParameter<FeeValue>({
  scope: 'plan',
  id: 'ingkag.rlp.fee',
  description: { de: 'Ingenieurkammer Rheinland-Pfalz: Berufsbezeichnung „Ingenieur/in“', en: 'Chamber of engineers Rhineland-Palatinate: title "Ingenieur/in"' },
  unit: 'EUR',
  values: [
    {
      validFrom: FROM,
      value: null,
      reference: REF_INGKAG,
      lastVerified: VERIFIED,
      unconfirmed: true,
      note: 'UNCONFIRMED (legal-facts.md § 8 item 8). For comparison: Hamburg charges 150–250 €.',
    },
  ],
});

/** Engineer title in another Land: the fee is not known (Hamburg 150–250 € is the only figure found). */
export const feeEngineerTitleOther = defineParameter<FeeValue>({
  scope: 'plan',
  id: 'ingenieur.title.fee.other',
  description: { de: 'Berufsbezeichnung „Ingenieur/in“ in anderen Ländern', en: 'Title "Ingenieur/in" in other Länder' },
  unit: 'EUR',
  values: [
    {
      validFrom: FROM,
      value: null,
      reference: {
        title: 'Hessen Verwaltungsportal (Leistung Hamburg): Genehmigung zum Führen der Berufsbezeichnung Ingenieur/in, Gebühr 150–250 €',
        url: 'https://verwaltungsportal.hessen.de/leistung?leistung_id=S100002_S1000020010000009466&regschl=021080125125',
      },
      lastVerified: VERIFIED,
      unconfirmed: true,
      note: 'Each Land sets its own fee; only the Hamburg figure (150–250 €) was found.',
    },
  ],
});
