// The case form: a new case (by hand; from a saved check or a consultation, which fix the company and are carried as
// hidden fields) and the edit form (the job and the adviser).

import { FEDERAL_STATES } from '../../app/common/codes.ts';
import { PROCEDURES } from '../../app/cases/codes.ts';
import { GERMAN_ASSESSMENTS, QUALIFICATION_LEVELS } from '../../app/cases/createCase.ts';
import { ROUTE_IDS } from '../../law/types.ts';
import { Shell } from '../shell/Shell.tsx';
import { landName } from '../shell/domain/places.ts';
import { Csrf, ErrorSummary, Input, Select } from '../workspace/form.tsx';
import type { PageBase, WsState } from '../workspace/form.tsx';
import { cm } from './messages/index.ts';
import type { CaseMessages } from './messages/de.ts';

export type CaseFormMode =
  | { kind: 'new'; checkId?: string; consultationId?: string; consultationDate?: string; companyName?: string }
  | { kind: 'edit'; caseId: string; number: string };

function labelsOf(m: CaseMessages): Record<string, string> {
  const f = m.form;
  return {
    companyId: f.company,
    candidateId: f.candidateId,
    candidateName: f.candidateName,
    checkId: f.fromCheck,
    consultationId: f.company,
    routeId: f.routeId,
    procedure: f.procedure,
    startDate: f.startDate,
    adviserUserId: f.adviser,
    jobTitle: f.jobTitle,
    occupationIsco: f.occupationIsco,
    annualGrossSalaryEur: f.annualGrossSalaryEur,
    federalState: f.federalState,
    municipality: f.municipality,
    plannedStart: f.plannedStart,
    qualificationLevel: f.qualificationLevel,
    germanAssessment: f.germanAssessment,
  };
}

export function CaseFormPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  mode,
  companies,
  candidates,
  advisers,
}: PageBase & {
  csrfToken: string;
  state: WsState;
  mode: CaseFormMode;
  /** the companies to choose from (a new case by hand); empty when the company is fixed */
  companies: { id: string; name: string }[];
  /** the chosen company's candidates */
  candidates: { id: string; name: string }[];
  advisers: { id: string; name: string }[];
}) {
  const m = cm(lang);
  const f = m.form;
  const title = mode.kind === 'new' ? f.newTitle : f.editTitle(mode.number);
  const action = mode.kind === 'new' ? '/cases/new' : `/cases/${mode.caseId}/edit`;
  const cancel = mode.kind === 'new' ? '/cases' : `/cases/${mode.caseId}`;
  const fromCheck = mode.kind === 'new' && mode.checkId !== undefined;
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      {mode.kind === 'new' && mode.checkId ? <p>{f.fromCheck}</p> : null}
      {mode.kind === 'new' && mode.consultationDate ? <p>{f.fromConsultation(mode.consultationDate)}</p> : null}
      <ErrorSummary state={state} labels={labelsOf(m)} />
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        {mode.kind === 'new' ? (
          <>
            {mode.checkId ? <input type="hidden" name="checkId" value={mode.checkId} /> : null}
            {mode.consultationId ? <input type="hidden" name="consultationId" value={mode.consultationId} /> : null}
            {companies.length > 0 ? (
              <Select state={state} name="companyId" label={f.company} optional={false} placeholder={f.chooseCompany} options={companies.map((c) => ({ value: c.id, label: c.name }))} />
            ) : (
              <>
                <input type="hidden" name="companyId" value={String(state.values.companyId ?? '')} />
                <p>
                  {f.company}: <strong>{mode.companyName}</strong>
                </p>
              </>
            )}
            {candidates.length > 0 ? (
              <Select state={state} name="candidateId" label={f.candidateId} options={candidates.map((c) => ({ value: c.id, label: c.name }))} />
            ) : null}
            <Input state={state} name="candidateName" label={f.candidateName} hint={f.candidateHint} />
            <Select
              state={state}
              name="routeId"
              label={f.routeId}
              hint={fromCheck ? f.routeHint : undefined}
              optional={fromCheck}
              options={ROUTE_IDS.map((r) => ({ value: r, label: m.routes[r] }))}
            />
            <Select state={state} name="procedure" label={f.procedure} options={PROCEDURES.map((p) => ({ value: p, label: m.procedures[p] }))} />
            <Input state={state} name="startDate" label={f.startDate} hint={f.startHint} type="date" />
          </>
        ) : null}
        <Select state={state} name="adviserUserId" label={f.adviser} options={advisers.map((a) => ({ value: a.id, label: a.name }))} />
        <fieldset>
          <legend>{f.job}</legend>
          <Input state={state} name="jobTitle" label={f.jobTitle} />
          <Input state={state} name="occupationIsco" label={f.occupationIsco} inputMode="numeric" />
          <Input state={state} name="annualGrossSalaryEur" label={f.annualGrossSalaryEur} inputMode="numeric" />
          <Select state={state} name="federalState" label={f.federalState} options={FEDERAL_STATES.map((s) => ({ value: s, label: landName(s, lang) }))} />
          <Input state={state} name="municipality" label={f.municipality} />
          <Input state={state} name="plannedStart" label={f.plannedStart} type="date" />
        </fieldset>
        {mode.kind === 'new' && !fromCheck ? (
          <fieldset>
            <legend>{f.qualification}</legend>
            <Select state={state} name="qualificationLevel" label={f.qualificationLevel} options={QUALIFICATION_LEVELS.map((q) => ({ value: q, label: m.qualificationLevels[q] }))} />
            <Select state={state} name="germanAssessment" label={f.germanAssessment} options={GERMAN_ASSESSMENTS.map((q) => ({ value: q, label: m.germanAssessments[q] }))} />
          </fieldset>
        ) : null}
        <div class="button-group">
          <button type="submit" class="button">
            {mode.kind === 'new' ? f.create : f.save}
          </button>
          <a class="button button-secondary" href={cancel}>
            {f.cancel}
          </a>
        </div>
      </form>
    </Shell>
  );
}
