// The anabin / ZAB sub-form of the qualification page (issue 16): the university's status and the degree's rating
// as the adviser or visitor reads them in anabin, and a ZAB statement if there is one. Not saved with the check: it
// only works out the answer to "assessment" (the check's germanAssessment, unchanged in the contract), with the
// explanation and, where anabin does not settle it, the ZAB statement as the next step.

import { assessAcademicDegree } from '../../../law/recognition/academic.ts';
import type { AcademicDegreeAssessment, AcademicDegreeInput, AnabinDegreeRating, AnabinInstitutionStatus, ZabStatement } from '../../../law/recognition/types.ts';
import { readForm } from './read.ts';
import { tx } from './model.ts';
import type { FieldError, FormValues } from './model.ts';

export const ANABIN_INSTITUTIONS: readonly AnabinInstitutionStatus[] = ['H+', 'H+/-', 'H-', 'unknown'];
export const ANABIN_DEGREES: readonly AnabinDegreeRating[] = ['entspricht', 'gleichwertig', 'nicht_gleichwertig', 'not_listed'];
export const ZAB_STATEMENTS: readonly ZabStatement[] = ['none', 'comparable', 'equivalent', 'not_comparable'];
export const ANABIN_FIELDS = ['anabinInstitution', 'anabinDegree', 'zabStatement'] as const;

export interface AnabinForm {
  values: FormValues;
  errors: FieldError[];
  /** whether anything beyond "no ZAB statement" was entered */
  filled: boolean;
  /** the complete input, when there are no errors */
  input?: AcademicDegreeInput;
}

function member<T extends string>(list: readonly T[], v: string | undefined): T | undefined {
  return list.find((x) => x === v);
}

/** The sub-form's fields from a form body; a value outside the lists is an error naming its field. */
export function readAnabin(body: unknown): AnabinForm {
  const { values, errors } = readForm(body, ANABIN_FIELDS);
  const inst = values.anabinInstitution ?? '';
  const degree = values.anabinDegree ?? '';
  const zab = values.zabStatement ?? '';
  const filled = inst !== '' || degree !== '' || (zab !== '' && zab !== 'none');
  if (!filled) return { values, errors, filled };
  const bad = new Set(errors.map((e) => e.field));
  const institutionStatus = member(ANABIN_INSTITUTIONS, inst);
  const degreeRating = member(ANABIN_DEGREES, degree);
  const zabStatement = zab === '' ? 'none' : member(ZAB_STATEMENTS, zab);
  const choose = tx('Bitte wählen Sie einen Eintrag aus der Liste.', 'Please choose an entry from the list.');
  if (!bad.has('zabStatement') && zabStatement === undefined) errors.push({ field: 'zabStatement', message: choose });
  // with a ZAB statement, anabin may stay empty: the statement settles it
  const withZab = zabStatement !== undefined && zabStatement !== 'none';
  if (!bad.has('anabinInstitution') && (inst !== '' || !withZab) && institutionStatus === undefined) {
    errors.push({
      field: 'anabinInstitution',
      message: inst === '' ? tx('Bitte wählen Sie den Status der Hochschule in anabin.', 'Please choose the status of the university in anabin.') : choose,
    });
  }
  if (!bad.has('anabinDegree') && (degree !== '' || !withZab) && degreeRating === undefined) {
    errors.push({
      field: 'anabinDegree',
      message: degree === '' ? tx('Bitte wählen Sie die Bewertung des Abschlusses in anabin.', 'Please choose the rating of the degree in anabin.') : choose,
    });
  }
  if (errors.length > 0) return { values, errors, filled };
  return {
    values,
    errors,
    filled,
    input: {
      institutionStatus: institutionStatus ?? 'unknown',
      degreeRating: degreeRating ?? 'not_listed',
      ...(zabStatement !== undefined ? { zabStatement } : {}),
    },
  };
}

/** The answer anabin / the ZAB statement gives, with its explanation and the ZAB as the next step (src/law). */
export function assessAnabin(input: AcademicDegreeInput, date: string): AcademicDegreeAssessment {
  return assessAcademicDegree(input, date);
}
