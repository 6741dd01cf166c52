// The three personas of issue 12 as CheckInputs (decision date 15 June 2026). Only test files import this module.

import type { CheckInput } from '../types.ts';

export const PERSONA_DATE = '2026-06-15';

/**
 * Electrician from the Philippines: Elektroniker/in für Energie- und Gebäudetechnik (ISCO 7411), vocational
 * training abroad, state-recognised, 3 years, awarded 31.03.2014, partial recognition (Defizitbescheid), German A2,
 * English B1, born 14.03.1992, 38,000 € a year, no collective agreement, open-ended, Kaiserslautern (DE-RP).
 */
export function electrician(): CheckInput {
  return {
    decisionDate: PERSONA_DATE,
    person: { birthDate: '1992-03-14', citizenship: 'PH', german: 'A2', english: 'B1' },
    qualification: {
      level: 'vocational',
      awardedOn: '2014-03-31',
      obtainedIn: 'abroad',
      stateRecognisedAbroad: true,
      trainingYears: 3,
      germanAssessment: 'partial',
    },
    experience: [{ isco: '7411', from: '2015-01-01', to: PERSONA_DATE }],
    job: {
      isco: '7411',
      annualGrossSalaryEur: 38_000,
      collectiveAgreement: false,
      contractMonths: null,
      federalState: 'DE-RP',
      municipality: 'Kaiserslautern',
    },
  };
}

/**
 * Turkish mechanical engineer without a job offer (Chancenkarte): degree abroad awarded 01.07.2016, 4 years, not
 * assessed in Germany, German A2, English B2, born 05.05.1990, mechanical engineering (ISCO 2144) since
 * 01.01.2017, 1,200 € net a month.
 */
export function engineer(): CheckInput {
  return {
    decisionDate: PERSONA_DATE,
    person: { birthDate: '1990-05-05', citizenship: 'TR', german: 'A2', english: 'B2' },
    qualification: { level: 'academic', awardedOn: '2016-07-01', obtainedIn: 'abroad', trainingYears: 4, germanAssessment: 'none' },
    experience: [{ isco: '2144', from: '2017-01-01', to: PERSONA_DATE }],
    means: { monthlyNetEur: 1_200 },
  };
}

/**
 * Software developer from India: comparable degree awarded 30.06.2018, 4 years, English B2, no German, born
 * 10.02.1996, 55,000 € as a developer (ISCO 2512) in Rhineland-Palatinate, developer since 01.09.2018.
 */
export function developer(): CheckInput {
  return {
    decisionDate: PERSONA_DATE,
    person: { birthDate: '1996-02-10', citizenship: 'IN', german: 'none', english: 'B2' },
    qualification: { level: 'academic', awardedOn: '2018-06-30', obtainedIn: 'abroad', trainingYears: 4, germanAssessment: 'comparable' },
    experience: [{ isco: '2512', from: '2018-09-01', to: PERSONA_DATE }],
    job: { isco: '2512', annualGrossSalaryEur: 55_000, federalState: 'DE-RP' },
  };
}

export const PERSONAS = { electrician, engineer, developer } as const;
