// Skilled workers, §§ 18a and 18b AufenthG: entitlements since 18 November 2023 ("wird erteilt") for any
// qualified employment; BA approval under § 39 Abs. 2 without priority check; the 45+ rule of
// § 18 Abs. 2 Nr. 5 (55 % of the BBG on the first title from age 45 unless adequate old-age provision).
// Not modelled: the BA's check of comparable working conditions (no fact for it), § 2 BeschV exemptions,
// § 18 Abs. 2 Nr. 4a (see docs/law/coverage.md).

import type { Text } from '../types.ts';
import type { DecidedCondition, DecidedHint, DecidedRoute, Lang } from '../decision.ts';
import type { Facts, RouteRule } from '../route.ts';
import { assessment, condition } from '../route.ts';
import { thresholdEur } from '../salary.ts';
import { describeQualification, isAcademicFachkraft, isVocationalFachkraft } from '../qualification.ts';
import { age45Condition, inForceCondition, jobOfferCondition, licenceCondition, qualifiedEmploymentCondition } from '../requirements.ts';
import { REFORM_STAGE_1, reformStageInForce } from '../parameters/reform2023.ts';
import { refEn } from '../citation.ts';

interface Variant {
  id: '18a' | '18b';
  ref: string;
  title: Text;
  isFachkraft: (q: Facts['qualification']) => boolean | null;
  fachkraftRef: string;
  met: Text;
  required: Text;
}

const VARIANTS: Record<'18a' | '18b', Variant> = {
  '18b': {
    id: '18b',
    ref: '§ 18b AufenthG',
    title: { de: 'Fachkraft mit akademischer Ausbildung', en: 'Skilled worker with academic training' },
    isFachkraft: isAcademicFachkraft,
    fachkraftRef: '§ 18 Abs. 3 Nr. 2 AufenthG',
    met: { de: 'Die Person ist Fachkraft mit akademischer Ausbildung', en: 'the person is a skilled worker with academic training' },
    required: {
      de: 'Verlangt ist ein deutscher, ein anerkannter oder ein einem deutschen vergleichbarer ausländischer Hochschulabschluss',
      en: 'a German degree, a recognised foreign degree or a foreign degree comparable to a German one is required',
    },
  },
  '18a': {
    id: '18a',
    ref: '§ 18a AufenthG',
    title: { de: 'Fachkraft mit Berufsausbildung', en: 'Skilled worker with vocational training' },
    isFachkraft: isVocationalFachkraft,
    fachkraftRef: '§ 18 Abs. 3 Nr. 1 AufenthG',
    met: { de: 'Die Person ist Fachkraft mit Berufsausbildung', en: 'the person is a skilled worker with vocational training' },
    required: {
      de: 'Verlangt ist eine deutsche qualifizierte Berufsausbildung oder eine als gleichwertig festgestellte ausländische Berufsqualifikation',
      en: 'a German qualified vocational training or a foreign vocational qualification established as equivalent is required',
    },
  },
};

function qualificationCondition(v: Variant, facts: Facts): DecidedCondition {
  const q = facts.qualification;
  const met = v.isFachkraft(q);
  const r = v.fachkraftRef;
  const say = (lang: Lang): string => {
    const desc = describeQualification(q);
    return met === true
      ? lang === 'de'
        ? `${desc.de}: ${v.met.de} (${r}).`
        : `${desc.en}: ${v.met.en} (${refEn(r)}).`
      : met === false
        ? lang === 'de'
          ? `${desc.de}: ${v.required.de} (${r}).`
          : `${desc.en}: ${v.required.en} (${refEn(r)}).`
        : lang === 'de'
          ? `Es ist nicht angegeben, wo die Qualifikation erworben wurde, und sie ist in Deutschland nicht bewertet. ${v.required.de} (${r}).`
          : `It is not stated where the qualification was obtained and it has not been assessed in Germany; ${v.required.en} (${refEn(r)}).`;
  };
  return condition('qualification', met, say, r);
}

function fachkraft(v: Variant, facts: Facts, date: string): DecidedRoute {
  const conditions: DecidedCondition[] = [
    inForceCondition(reformStageInForce(1, date), REFORM_STAGE_1, v.ref, { de: `Der Anspruch nach ${v.ref}`, en: `The entitlement under ${refEn(v.ref)}` }),
    qualificationCondition(v, facts),
    jobOfferCondition(facts.job),
  ];
  if (facts.job) {
    conditions.push(qualifiedEmploymentCondition(facts.job, v.ref));
    const licence = licenceCondition(facts);
    if (licence) conditions.push(licence);
  }
  const age = age45Condition(facts, date);
  conditions.push(age.condition);
  const hints: DecidedHint[] = [...age.hints];
  return assessment({
    id: v.id,
    title: v.title,
    ref: v.ref,
    baApproval: 'required',
    priorityCheck: false,
    discretionary: false,
    salaryThresholdEur: age.threshold ? thresholdEur(age.threshold) : null,
    conditions,
    hints,
  });
}

export const fachkraftAkademisch: RouteRule = (facts, date) => fachkraft(VARIANTS['18b'], facts, date);
export const fachkraftBerufsausbildung: RouteRule = (facts, date) => fachkraft(VARIANTS['18a'], facts, date);
