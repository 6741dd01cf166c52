// What the case page hands each of its sections (tasks, documents, hand-off pack): see src/web/cases/*/section.ts.

export interface CaseSectionContext {
  caseId: string;
  companyId: string;
  csrfToken: string;
  /** the official status of the case (e.g. 'visa'), for sections that show what is next */
  status: string;
}
