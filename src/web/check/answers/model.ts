// The questionnaire's answers model lives in the app layer (src/app/checks/answersModel.ts), so that a use case can fill
// a check's answers from a CheckInput (issue 14: a candidate checked with one click); the pages import it from here.

export * from '../../../app/checks/answersModel.ts';
