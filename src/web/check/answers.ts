// The questionnaire's answers: one typed object per page, parsed from untrusted form fields with bilingual
// field errors; the CheckInput built from them (validated by the engine's own validateCheckInput), and the
// process-plan input for a route. Pure: no I/O. "today" is always passed in.
//
//   answers/model.ts   the steps, the answers of each page, field errors
//   answers/read.ts    reading untrusted form bodies: fields, dates, amounts
//   answers/parse.ts   each page's answers from its form
//   answers/stored.ts  saved answers → form values, and the stored JSON read back defensively
//   answers/build.ts   answers → CheckInput → plan input

export { DATA_STEPS, FIELDS, MAX_EXPERIENCE_ROWS, STEPS, isStep } from './answers/model.ts';
export type { Answers, DataStepId, ExperienceAnswers, ExperienceEntryAnswers, FieldError, FormValues, JobAnswers, OccupationAnswers, ParseResult, PersonAnswers, QualificationAnswers, StepId } from './answers/model.ts';
export { buildCheckInput, occupationOf, planInputFromCheck, planOptionsOf } from './answers/build.ts';
export type { BuildResult, PlanOptions } from './answers/build.ts';
export { firstOpenStep, formValuesOf, readStoredAnswers } from './answers/stored.ts';
export { parseDateInput, parseEuro, readForm } from './answers/read.ts';
export { parseExperience, parseJob, parseOccupation, parsePerson, parseQualification, parseStep } from './answers/parse.ts';
