// anabin and the ZAB statement of comparability → the check's qualification.germanAssessment (legal-facts.md §§ 4.3,
// 4.4; check-v1 contract: academic "comparable" = anabin H+ with "entspricht"/"gleichwertig", or a ZAB statement).
// A ZAB statement, being an assessment of the individual degree, goes before anabin. The ZAB assesses comparability;
// it issues no equivalence notice, so its "equivalent" wording also gives "comparable".

import { valueAt } from '../parameters/parameter.ts';
import { feeZabStatement } from '../parameters/plan/fees.ts';
import { durZabStatement } from '../parameters/plan/durations.ts';
import { numberDe, numberEn } from '../format.ts';
import type { AcademicDegreeAssessment, AcademicDegreeInput, ResolvedFee, Text } from './types.ts';

export const ZAB_URL = 'https://zab.kmk.org';
export const ANABIN_URL = 'https://anabin.kmk.org';

/** The ZAB statement fee on `date` from the plan's dated parameter (zab.zeugnisbewertung.fee). */
export function zabFee(date: string): ResolvedFee {
  const v = valueAt(feeZabStatement, date);
  if (v === undefined || v.value === null) {
    return {
      eur: null,
      parameterId: feeZabStatement.id,
      unconfirmed: true,
      text: { de: 'Gebühr für dieses Datum nicht bekannt.', en: 'Fee not known for this date.' },
    };
  }
  const eur = v.value.minEur;
  return {
    eur: { min: v.value.minEur, max: v.value.maxEur },
    parameterId: feeZabStatement.id,
    reference: v.reference,
    unconfirmed: v.unconfirmed === true,
    text: {
      de: `${numberDe(eur)} € für die erste Zeugnisbewertung (Gebührenordnung der ZAB).`,
      en: `€${numberEn(eur)} for the first statement (the ZAB's fee schedule).`,
    },
  };
}

/** What Lotse knows of the ZAB's processing time on `date` (a planning estimate; the ZAB publishes none). */
export function zabDuration(date: string): Text {
  const v = valueAt(durZabStatement, date);
  if (v === undefined) return { de: 'Bearbeitungsdauer nicht bekannt.', en: 'Processing time not known.' };
  const { minDays, maxDays } = v.value;
  return {
    de: `Die ZAB nennt keine Bearbeitungsdauer und meldet Engpässe; Lotse plant mit ${numberDe(minDays)} bis ${numberDe(maxDays)} Tagen (Schätzung, zu prüfen). Die Bearbeitung beginnt mit dem Eingang der Gebühr.`,
    en: `The ZAB publishes no processing time and reports bottlenecks; Lotse plans with ${numberEn(minDays)} to ${numberEn(maxDays)} days (an estimate, to be verified). Processing starts when the fee is received.`,
  };
}

function zabStep(date: string): NonNullable<AcademicDegreeAssessment['nextStep']> {
  return {
    id: 'zab-statement',
    text: {
      de: 'Zeugnisbewertung bei der ZAB (Zentralstelle für ausländisches Bildungswesen, Bonn) beantragen: Sie bescheinigt, ob der Abschluss einem deutschen vergleichbar ist.',
      en: 'Apply for a statement of comparability at the ZAB (Central Office for Foreign Education, Bonn): it certifies whether the degree is comparable to a German one.',
    },
    fee: zabFee(date),
    duration: zabDuration(date),
    link: { url: ZAB_URL, label: { de: 'ZAB: Zeugnisbewertung', en: 'ZAB: statement of comparability' } },
  };
}

/**
 * The check's germanAssessment for a foreign degree from anabin (institution status, degree rating) and an optional
 * ZAB statement, with an explanation and, where anabin does not settle it, the ZAB statement as the next step.
 */
export function assessAcademicDegree(input: AcademicDegreeInput, date: string): AcademicDegreeAssessment {
  const zab = input.zabStatement ?? 'none';
  if (zab === 'comparable' || zab === 'equivalent') {
    return {
      germanAssessment: 'comparable',
      settled: true,
      explanation:
        zab === 'equivalent'
          ? {
              de: 'Die Zeugnisbewertung der ZAB stellt die Gleichwertigkeit mit einem deutschen Abschluss fest. Die ZAB bewertet die Vergleichbarkeit; einen Anerkennungsbescheid erteilt sie nicht. Der Abschluss gilt als vergleichbar.',
              en: 'The ZAB statement finds the degree equivalent to a German one. The ZAB assesses comparability; it issues no recognition notice. The degree counts as comparable.',
            }
          : {
              de: 'Die Zeugnisbewertung der ZAB bescheinigt, dass der Abschluss einem deutschen Hochschulabschluss vergleichbar ist.',
              en: 'The ZAB statement certifies that the degree is comparable to a German university degree.',
            },
    };
  }
  if (zab === 'not_comparable') {
    return {
      germanAssessment: 'none',
      settled: true,
      explanation: {
        de: 'Die Zeugnisbewertung der ZAB stellt fest, dass der Abschluss keinem deutschen Hochschulabschluss vergleichbar ist.',
        en: 'The ZAB statement finds that the degree is not comparable to a German university degree.',
      },
    };
  }
  const rated = input.degreeRating === 'entspricht' || input.degreeRating === 'gleichwertig';
  switch (input.institutionStatus) {
    case 'H+':
      if (rated) {
        return {
          germanAssessment: 'comparable',
          settled: true,
          explanation: {
            de: `anabin: Die Hochschule hat den Status H+ und der Abschluss ist als „${input.degreeRating}“ bewertet. Der Abschluss gilt ohne weitere Bewertung als vergleichbar (Ausdruck aus anabin als Nachweis).`,
            en: `anabin: the institution has status H+ and the degree is rated "${input.degreeRating}". The degree counts as comparable without a further statement (an anabin printout as proof).`,
          },
        };
      }
      return {
        germanAssessment: 'none',
        settled: false,
        explanation:
          input.degreeRating === 'nicht_gleichwertig'
            ? {
                de: 'anabin: Die Hochschule hat den Status H+, der Abschluss ist aber als „nicht gleichwertig“ bewertet. Vergleichbar ist er nach anabin nicht; nur eine Zeugnisbewertung der ZAB bewertet den einzelnen Abschluss.',
                en: 'anabin: the institution has status H+, but the degree is rated "nicht gleichwertig". It is not comparable by anabin; only a ZAB statement assesses the individual degree.',
              }
            : {
                de: 'anabin: Die Hochschule hat den Status H+, der Abschluss ist aber nicht aufgeführt. Die ZAB muss ihn bewerten.',
                en: 'anabin: the institution has status H+, but the degree is not listed. The ZAB has to assess it.',
              },
        nextStep: zabStep(date),
      };
    case 'H+/-':
      return {
        germanAssessment: 'none',
        settled: false,
        explanation: {
          de: 'anabin: Der Status H+/- hängt vom Studiengang ab; vergleichbar ist ein Abschluss nach anabin nur bei einer Hochschule mit H+. Die ZAB muss den Abschluss bewerten.',
          en: 'anabin: status H+/- depends on the programme; by anabin a degree is comparable only from an H+ institution. The ZAB has to assess the degree.',
        },
        nextStep: zabStep(date),
      };
    case 'H-':
      return {
        germanAssessment: 'none',
        settled: true,
        explanation: {
          de: 'anabin: Die Einrichtung hat den Status H- und gilt nicht als Hochschule (z. B. eine Fachschule). Der Abschluss ist kein Hochschulabschluss; zu prüfen ist die Anerkennung als Berufsabschluss (Anerkennungs-Finder).',
          en: 'anabin: the institution has status H- and does not count as a university (e.g. a Fachschule). The qualification is not a university degree; recognition as a vocational qualification is the thing to check (Anerkennungs-Finder).',
        },
      };
    case 'unknown':
      return {
        germanAssessment: 'none',
        settled: false,
        explanation: {
          de: 'Die Hochschule ist in anabin nicht gefunden oder noch nicht geprüft. anabin ist nicht vollständig; die ZAB prüft nicht aufgeführte Einrichtungen im Einzelfall.',
          en: 'The institution is not found in anabin or not yet checked. anabin is not complete; the ZAB researches institutions not listed case by case.',
        },
        nextStep: zabStep(date),
      };
  }
}
