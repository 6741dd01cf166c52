// What each outcome of a recognition procedure (or of the anabin/ZAB assessment) means for the residence routes
// (legal-facts.md §§ 1.3, 1.4, 1.5, 1.7, 1.8, 4.1, 4.7). Statutes are cited in the German form, as in src/law; the
// web layer renders English with refEn. The Chancenkarte points for partial recognition come from the dated points
// table (aufenthg.20b.points), never from a literal here.

import { chancenkartePoints } from '../parameters/chancenkarte.ts';
import { valueAt } from '../parameters/parameter.ts';
import type { OutcomeConsequences, RecognitionKind, ResidenceConsequence } from './types.ts';

function chancenkartePartial(date: string): ResidenceConsequence {
  const table = valueAt(chancenkartePoints, date)?.value;
  const row = table?.rows.find((r) => r.criterion === 'partialRecognition');
  if (table === undefined || row === undefined) {
    return {
      route: '20a-points',
      ref: '§ 20b Abs. 1 S. 1 Nr. 1 AufenthG',
      text: {
        de: 'Chancenkarte (Punkte): Die Teilanerkennung zählt als Merkmal; für dieses Datum ist keine Punktetabelle in Kraft.',
        en: 'Chancenkarte (points): partial recognition is a criterion; no points table is in force on this date.',
      },
      unconfirmed: true,
    };
  }
  return {
    route: '20a-points',
    ref: '§ 20b Abs. 1 S. 1 Nr. 1 AufenthG',
    text: {
      de: `Chancenkarte (Punkte): Der Bescheid über die Teilanerkennung (Defizitbescheid einer deutschen Stelle, keine ZAB-Zeugnisbewertung) bringt ${row.points} der mindestens ${table.minimum} nötigen Punkte; der Nachweis der staatlichen Anerkennung im Ausland entfällt dann (§ 20b Abs. 1 S. 2 AufenthG).`,
      en: `Chancenkarte (points): the partial-recognition notice (a deficit notice of a German body, not a ZAB statement) gives ${row.points} of the at least ${table.minimum} points needed; the proof of state recognition abroad is then not needed (section 20b (1) sentence 2 AufenthG).`,
    },
  };
}

const PARTIAL_16D1: ResidenceConsequence = {
  route: '16d1-qualification',
  ref: '§ 16d Abs. 1 AufenthG',
  text: {
    de: 'Aufenthaltserlaubnis für die Qualifizierungsmaßnahme, die der Bescheid verlangt (soll erteilt werden): Deutsch in der Regel A2, bis zu 24 Monate, Verlängerung um höchstens 12 Monate auf insgesamt höchstens 3 Jahre; daneben bis zu 20 Stunden Arbeit pro Woche. Betriebliche Maßnahmen brauchen die Zustimmung der BA.',
    en: 'Residence permit for the qualification measure the notice requires ("soll"): German usually A2, up to 24 months, extendable by at most 12 months to at most 3 years in total; besides, up to 20 hours of work a week. In-company measures need the BA’s approval.',
  },
};

const PARTIAL_16D3: ResidenceConsequence = {
  route: '16d3-partnership',
  ref: '§ 16d Abs. 3 AufenthG',
  text: {
    de: 'Anerkennungspartnerschaft (Ermessen): qualifizierte Arbeit, während das Verfahren nach der Einreise weiterläuft; schriftliche Vereinbarung mit dem Arbeitgeber, Deutsch A2, 1 Jahr, verlängerbar bis 3 Jahre. Auch mit einem Teilbescheid, der betriebliche Ausgleichsmaßnahmen vorsieht, möglich.',
    en: 'Recognition partnership (discretionary): qualified work while the procedure continues after entry; a written agreement with the employer, German A2, 1 year, extendable to 3 years. Also possible with a partial notice that provides for in-company compensation measures.',
  },
};

const FULL_18A: ResidenceConsequence = {
  route: '18a',
  ref: '§ 18a AufenthG',
  text: {
    de: 'Fachkraft mit Berufsausbildung: Anspruch auf die Aufenthaltserlaubnis für jede qualifizierte Beschäftigung (mit Zustimmung der BA).',
    en: 'Skilled worker with vocational training: entitled to the residence permit for any qualified employment (with the BA’s approval).',
  },
};

const FULL_CHANCENKARTE: ResidenceConsequence = {
  route: '20a-skilled',
  ref: '§ 20a Abs. 3 Nr. 1 AufenthG',
  text: {
    de: 'Chancenkarte als Fachkraft, ohne Punkte, zur Arbeitssuche.',
    en: 'Chancenkarte as a skilled worker, without points, to look for work.',
  },
};

const ACADEMIC_18B: ResidenceConsequence = {
  route: '18b',
  ref: '§ 18b AufenthG',
  text: {
    de: 'Fachkraft mit akademischer Ausbildung: Anspruch auf die Aufenthaltserlaubnis für jede qualifizierte Beschäftigung (mit Zustimmung der BA).',
    en: 'Skilled worker with an academic qualification: entitled to the residence permit for any qualified employment (with the BA’s approval).',
  },
};

const ACADEMIC_18G: ResidenceConsequence = {
  route: '18g-standard',
  ref: '§ 18g Abs. 1 S. 1 AufenthG',
  text: {
    de: 'Blaue Karte EU, wenn das Gehalt die Schwelle erreicht (niedrigere Schwelle für Engpassberufe und Berufseinsteiger).',
    en: 'EU Blue Card if the salary reaches the threshold (a lower threshold for shortage occupations and new entrants).',
  },
};

const EXPERIENCE_ROUTE: ResidenceConsequence = {
  route: '19c2-experience',
  ref: '§ 19c Abs. 2 AufenthG i. V. m. § 6 BeschV',
  text: {
    de: 'Ohne deutsche Anerkennung: Beschäftigung mit Berufserfahrung (im Ausland staatlich anerkannte Qualifikation, mindestens 2 Jahre Erfahrung, Gehaltsschwelle oder Tarifbindung). Nur für nicht reglementierte Tätigkeiten.',
    en: 'Without German recognition: employment based on experience (a qualification state-recognised abroad, at least 2 years of experience, a salary threshold or a collective agreement). Only for non-regulated work.',
  },
};

const POINTS_ROUTE: ResidenceConsequence = {
  route: '20a-points',
  ref: '§ 20a Abs. 3 Nr. 2 AufenthG',
  text: {
    de: 'Chancenkarte über Punkte (mindestens 6), wenn die Qualifikation im Ausland staatlich anerkannt ist (mindestens 2 Jahre Ausbildung oder Hochschulabschluss).',
    en: 'Chancenkarte by points (at least 6) if the qualification is state-recognised abroad (at least 2 years of training or a degree).',
  },
};

const LICENCE: ResidenceConsequence = {
  ref: '§ 18 Abs. 2 Nr. 3 AufenthG',
  text: {
    de: 'Für einen reglementierten Beruf braucht der Aufenthaltstitel die Berufsausübungserlaubnis (oder ihre Zusage).',
    en: 'For a regulated profession the residence title needs the licence to practise (or its promise).',
  },
};

const REGULATED_NO_WORK: ResidenceConsequence = {
  ref: '§ 18 Abs. 2 Nr. 3 AufenthG',
  text: {
    de: 'Ohne Erlaubnis darf der reglementierte Beruf nicht ausgeübt werden; ein Titel für diese Arbeit ist nicht möglich.',
    en: 'Without the licence the regulated profession may not be practised; a title for this work is not possible.',
  },
};

function vocational(date: string, regulated: boolean, academicDegree = false): OutcomeConsequences[] {
  const full = academicDegree ? [ACADEMIC_18B, ACADEMIC_18G] : [FULL_18A];
  return [
    {
      outcome: 'full',
      germanAssessment: 'equivalent',
      title: { de: 'Volle Gleichwertigkeit', en: 'Full equivalence' },
      text: regulated
        ? { de: 'Der Abschluss ist gleichwertig; mit den persönlichen Voraussetzungen wird die Erlaubnis erteilt.', en: 'The qualification is equivalent; with the personal requirements the licence is granted.' }
        : { de: 'Der Abschluss ist dem deutschen Referenzberuf gleichwertig.', en: 'The qualification is equivalent to the German reference occupation.' },
      consequences: regulated ? [...full, LICENCE, FULL_CHANCENKARTE] : [...full, FULL_CHANCENKARTE],
    },
    {
      outcome: 'partial',
      germanAssessment: 'partial',
      title: { de: 'Teilweise Gleichwertigkeit (Defizitbescheid)', en: 'Partial equivalence (deficit notice)' },
      text: regulated
        ? {
            de: 'Wesentliche Unterschiede: Ausgleichsmaßnahme (Anpassungslehrgang von höchstens 3 Jahren oder Kenntnis-/Eignungsprüfung), danach die Erlaubnis.',
            en: 'Substantial differences: a compensation measure (an adaptation course of at most 3 years, or a knowledge/aptitude test), then the licence.',
          }
        : {
            de: 'Wesentliche Unterschiede: Anpassungsqualifizierung (im Betrieb oder als Kurs) und dann ein Folgeantrag auf volle Gleichwertigkeit.',
            en: 'Substantial differences: an adaptation qualification (in a company or a course), then a follow-up application for full equivalence.',
          },
      consequences: [PARTIAL_16D1, PARTIAL_16D3, chancenkartePartial(date)],
    },
    {
      outcome: 'none',
      germanAssessment: 'none',
      title: { de: 'Keine Gleichwertigkeit', en: 'No equivalence' },
      text: { de: 'Die Stelle stellt keine Gleichwertigkeit fest (oder lehnt mangels Mitwirkung ab).', en: 'The body finds no equivalence (or refuses for lack of cooperation).' },
      consequences: regulated ? [REGULATED_NO_WORK] : [EXPERIENCE_ROUTE, POINTS_ROUTE],
    },
  ];
}

function academicOutcomes(titleNote: boolean, regulated: boolean): OutcomeConsequences[] {
  const extra = titleNote
    ? {
        de: ' Die Genehmigung des Titels ändert daran nichts: Für den Aufenthalt zählt die Vergleichbarkeit des Abschlusses.',
        en: ' The title permit does not change this: for residence what counts is the comparability of the degree.',
      }
    : { de: '', en: '' };
  return [
    {
      outcome: 'academic_comparable',
      germanAssessment: 'comparable',
      title: { de: 'Abschluss vergleichbar (anabin oder ZAB)', en: 'Degree comparable (anabin or ZAB)' },
      text: {
        de: `Der Hochschulabschluss ist einem deutschen vergleichbar.${extra.de}`,
        en: `The degree is comparable to a German one.${extra.en}`,
      },
      consequences: regulated ? [ACADEMIC_18B, ACADEMIC_18G, LICENCE, FULL_CHANCENKARTE] : [ACADEMIC_18B, ACADEMIC_18G, FULL_CHANCENKARTE],
    },
    {
      outcome: 'academic_not_comparable',
      germanAssessment: 'none',
      title: { de: 'Abschluss nicht vergleichbar', en: 'Degree not comparable' },
      text: {
        de: 'Der Abschluss ist keinem deutschen Hochschulabschluss vergleichbar (oder nicht als Hochschulabschluss einzustufen).',
        en: 'The degree is not comparable to a German degree (or does not count as a university degree).',
      },
      consequences: [
        EXPERIENCE_ROUTE,
        {
          route: '18g-it',
          ref: '§ 18g Abs. 2 AufenthG',
          text: {
            de: 'Nur IT-Fachkräfte: Blaue Karte EU ohne Abschluss mit Berufserfahrung auf Hochschulniveau.',
            en: 'IT specialists only: EU Blue Card without a degree, with professional experience at university level.',
          },
        },
        POINTS_ROUTE,
      ],
    },
  ];
}

/**
 * The outcomes of a reference occupation's procedure and what each means for residence, on `date`. `academicDegree`:
 * the reference occupation needs a degree (ISCO major group 2), so full recognition leads to §§ 18b/18g, not § 18a.
 */
export function outcomesFor(kind: RecognitionKind, date: string, academicDegree = false): OutcomeConsequences[] {
  switch (kind) {
    case 'ihk_training':
    case 'hwk_training':
    case 'fachschule':
      return vocational(date, false);
    case 'land_law_regulated':
      return vocational(date, true);
    case 'regulated_health':
      return vocational(date, true, academicDegree);
    case 'academic_non_regulated':
      return academicOutcomes(false, false);
    case 'land_law_title':
    case 'reserved_role':
      return academicOutcomes(true, false);
  }
}
