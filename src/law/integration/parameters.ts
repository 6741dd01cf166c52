// Dated parameters of the duties after arrival (recognition-integration-facts.md § 4.1): each period with its validity,
// the statute as primary reference, the day it was last checked and, where the fact sheet marks it as known only from
// general knowledge of the statute ("(K)") or UNCONFIRMED, `unconfirmed: true`. Scope "residence": these values do not
// change the pathway check's lawVersion.

import type { Reference } from '../parameters/parameter.ts';
import { defineParameter } from '../parameters/parameter.ts';

/** Checked against recognition-integration-facts.md § 4.1 and the pages it cites. */
const VERIFIED = '2026-12-05';

const gii = (path: string, title: string): Reference => ({ title, url: `https://www.gesetze-im-internet.de/${path}` });

export const REF_BMG_17 = gii('bmg/__17.html', '§ 17 BMG (Anmeldung, Abmeldung)');
export const REF_AUFENTHG_4A = gii('aufenthg_2004/__4a.html', '§ 4a AufenthG (Zugang zur Erwerbstätigkeit)');
export const REF_AUFENTHG_82 = gii('aufenthg_2004/__82.html', '§ 82 AufenthG (Mitwirkung des Ausländers)');
export const REF_AUFENTHG_81 = gii('aufenthg_2004/__81.html', '§ 81 AufenthG (Beantragung des Aufenthaltstitels)');
export const REF_AUFENTHG_44 = gii('aufenthg_2004/__44.html', '§ 44 AufenthG (Berechtigung zur Teilnahme an einem Integrationskurs)');
export const REF_AUFENTHG_51 = gii('aufenthg_2004/__51.html', '§ 51 AufenthG (Beendigung der Rechtmäßigkeit des Aufenthalts)');
export const REF_FEV_29 = gii('fev_2010/__29.html', '§ 29 FeV (Ausländische Fahrerlaubnisse)');
export const REF_FEV_31 = gii('fev_2010/__31.html', '§ 31 FeV (Erteilung einer Fahrerlaubnis an Inhaber einer ausländischen Fahrerlaubnis)');
export const REF_SGB5_175 = gii('sgb_5/__175.html', '§ 175 SGB V (Ausübung des Wahlrechts)');
export const REF_SGB4_28A = gii('sgb_4/__28a.html', '§ 28a SGB IV (Meldepflicht)');
export const REF_DEUEV_6 = gii('de_v/__6.html', '§ 6 DEÜV (Anmeldung)');
export const REF_AO_139B = gii('ao_1977/__139b.html', '§ 139b AO (Identifikationsnummer)');
export const REF_ZKG_31 = gii('zkg/__31.html', '§ 31 ZKG (Anspruch auf Abschluss eines Basiskontovertrags)');
export const REF_SGB8_24 = gii('sgb_8/__24.html', '§ 24 SGB VIII (Anspruch auf Förderung in Tageseinrichtungen und in Kindertagespflege)');

/** § 56 Abs. 1 SchulG RLP (compulsory schooling for residents); the text as quoted by anwalt24.de, parents register (§ 65) per Speyer. */
export const REF_SCHULG_RLP_56: Reference = { title: '§ 56 Abs. 1 Schulgesetz Rheinland-Pfalz (Pflicht zum Schulbesuch), Landesrecht RLP', url: 'https://landesrecht.rlp.de' };
export const ALSO_SCHULG_RLP_56: Reference[] = [
  { title: 'anwalt24.de: § 56 SchulG RLP (Text)', url: 'https://www.anwalt24.de/gesetze/schulg-6/56' },
  { title: 'Stadt Speyer: Schulanmeldung (§ 57, § 65 Abs. 1 SchulG)', url: 'http://www.speyer.de/sv_speyer/de/Rathaus/B%C3%BCrgerservice/?bsinst=0&bstype=l_get&bsparam=74559' },
];

const LEXETIUS_BMG_17: Reference = { title: 'lexetius.com: § 17 BMG', url: 'https://lexetius.com/BMG/17' };
const PARAGRAPHEN_4A: Reference = { title: 'paragraphen.online: § 4a AufenthG', url: 'https://www.paragraphen.online/gesetze/bund/aufenthg-2004/4a' };
const ZIRNDORF_4A: Reference = {
  title: 'Stadt Zirndorf, Bürgerservice: Mitteilung des Arbeitgebers über die vorzeitige Beendigung einer Beschäftigung',
  url: 'https://www.zirndorf.de/rathaus-service/buergerservice/dienstleistungen?tx_hwverwaltungbayern2_hwverwaltungbayern2leistung%5Baction%5D=show&tx_hwverwaltungbayern2_hwverwaltungbayern2leistung%5Bcontroller%5D=LeistungFrontend&tx_hwverwaltungbayern2_hwverwaltungbayern2leistung%5Bid%5D=169288&cHash=54e593090f94f9aea8847b4fa350ffb0',
};
const VISAGUARD_82: Reference = { title: 'visaguard.berlin: Blaue Karte, Arbeitgeberwechsel', url: 'https://www.visaguard.berlin/blue-card-overview/blaue-karte-arbeitgeber-wechseln' };
const LK_ROW_FEV: Reference = {
  title: 'Landkreis Rotenburg (Wümme): Umschreibung einer ausländischen Fahrerlaubnis',
  url: 'https://lk-row.de/buergerservice/dienstleistungen/umschreibung-einer-auslaendische-fahrerlaubnis-1117-0.html',
};
const WETTERAU_51: Reference = {
  title: 'Wetteraukreis: Aufenthaltstitel (Erlöschen bei Auslandsaufenthalt über sechs Monate)',
  url: 'https://wetteraukreis.de/service/aufenthalt-integration-migration/dienstleistungen/dienstleistungen-aufenthalt/aufenthaltstitel',
};

/** § 17 Abs. 1 BMG: register the new address within two weeks of moving in. */
export const registrationDays = defineParameter<number>({
  id: 'bmg.17.registrationDays',
  description: { de: '§ 17 Abs. 1 BMG: Anmeldung innerhalb von zwei Wochen nach dem Einzug', en: 'Section 17 (1) BMG: register within two weeks of moving in' },
  unit: 'days',
  scope: 'residence',
  values: [{ validFrom: '2015-11-01', value: 14, reference: REF_BMG_17, alsoSee: [LEXETIUS_BMG_17], lastVerified: VERIFIED }],
});

/** § 4a Abs. 5 S. 3 Nr. 3 AufenthG: the employer reports an early end of the employment within four weeks of knowing. */
export const employerEarlyEndDays = defineParameter<number>({
  id: 'aufenthg.4a.5.earlyEndWeeks',
  description: {
    de: '§ 4a Abs. 5 S. 3 Nr. 3 AufenthG: Mitteilung des Arbeitgebers über die vorzeitige Beendigung der Beschäftigung binnen vier Wochen ab Kenntnis',
    en: 'Section 4a (5) sentence 3 no. 3 AufenthG: the employer reports an early end of the employment within four weeks of knowing',
  },
  unit: 'days',
  scope: 'residence',
  values: [{ validFrom: '2020-03-01', value: 28, reference: REF_AUFENTHG_4A, alsoSee: [PARAGRAPHEN_4A, ZIRNDORF_4A], lastVerified: VERIFIED }],
});

/** § 82 Abs. 6 AufenthG: the employee reports an early end of the employment within two weeks (list of titles UNCONFIRMED). */
export const employeeEarlyEndDays = defineParameter<number>({
  id: 'aufenthg.82.6.earlyEndDays',
  description: {
    de: '§ 82 Abs. 6 AufenthG: Mitteilung der Beschäftigten über die vorzeitige Beendigung der Beschäftigung binnen zwei Wochen',
    en: 'Section 82 (6) AufenthG: the employee reports an early end of the employment within two weeks',
  },
  unit: 'days',
  scope: 'residence',
  values: [
    {
      validFrom: '2020-03-01',
      value: 14,
      reference: REF_AUFENTHG_82,
      alsoSee: [VISAGUARD_82],
      lastVerified: VERIFIED,
      unconfirmed: true,
      note: 'The titles § 82 (6) lists are UNCONFIRMED in the fact sheet (secondary source only).',
    },
  ],
});

/** § 29 Abs. 1 FeV: a foreign (non-EU/EEA) licence may be used for six months from establishing the ordinary residence. */
export const foreignLicenceMonths = defineParameter<number>({
  id: 'fev.29.foreignLicenceMonths',
  description: {
    de: '§ 29 Abs. 1 FeV: ausländische Fahrerlaubnis (Drittstaat) gilt sechs Monate ab Begründung des ordentlichen Wohnsitzes',
    en: 'Section 29 (1) FeV: a foreign (third-country) licence is valid for six months from establishing the ordinary residence',
  },
  unit: 'months',
  scope: 'residence',
  values: [{ validFrom: '2011-01-19', value: 6, reference: REF_FEV_29, alsoSee: [LK_ROW_FEV], lastVerified: VERIFIED }],
});

/** § 51 Abs. 1 Nr. 7 AufenthG: a title generally expires after more than six months abroad (K: general knowledge). */
export const absenceMonths = defineParameter<number>({
  id: 'aufenthg.51.1.7.absenceMonths',
  description: {
    de: '§ 51 Abs. 1 Nr. 7 AufenthG: Erlöschen des Titels bei Auslandsaufenthalt über sechs Monate (ohne längere Frist der Ausländerbehörde)',
    en: 'Section 51 (1) no. 7 AufenthG: the title expires after more than six months abroad (unless the immigration office set a longer period)',
  },
  unit: 'months',
  scope: 'residence',
  values: [{ validFrom: '2005-01-01', value: 6, reference: REF_AUFENTHG_51, alsoSee: [WETTERAU_51], lastVerified: VERIFIED, unconfirmed: true }],
});

/** § 175 Abs. 3 SGB V: choose a statutory health insurer within two weeks of the start, else the employer registers (K). */
export const healthInsuranceChoiceDays = defineParameter<number>({
  id: 'sgb5.175.3.choiceDays',
  description: {
    de: '§ 175 Abs. 3 SGB V: Wahl der Krankenkasse binnen zwei Wochen nach Beginn der Versicherungspflicht, sonst meldet der Arbeitgeber an',
    en: 'Section 175 (3) SGB V: choose a health insurer within two weeks of the start of compulsory insurance, otherwise the employer registers the employee',
  },
  unit: 'days',
  scope: 'residence',
  values: [{ validFrom: '2009-01-01', value: 14, reference: REF_SGB5_175, lastVerified: VERIFIED, unconfirmed: true }],
});

/** § 28a SGB IV with § 6 DEÜV: the employer's registration with the first payroll, at the latest six weeks after the start (K). */
export const socialInsuranceRegistrationDays = defineParameter<number>({
  id: 'deuev.6.registrationDays',
  description: {
    de: '§ 28a SGB IV, § 6 DEÜV: Anmeldung zur Sozialversicherung mit der ersten Lohnabrechnung, spätestens sechs Wochen nach Beschäftigungsbeginn',
    en: 'Section 28a SGB IV, section 6 DEÜV: registration for social insurance with the first payroll, at the latest six weeks after the start',
  },
  unit: 'days',
  scope: 'residence',
  values: [{ validFrom: '2009-01-01', value: 42, reference: REF_DEUEV_6, alsoSee: [REF_SGB4_28A], lastVerified: VERIFIED, unconfirmed: true }],
});

export const INTEGRATION_PARAMETERS = [
  registrationDays,
  employerEarlyEndDays,
  employeeEarlyEndDays,
  foreignLicenceMonths,
  absenceMonths,
  healthInsuranceChoiceDays,
  socialInsuranceRegistrationDays,
] as const;
