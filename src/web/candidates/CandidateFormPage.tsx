// The candidate form: create and edit. It holds exactly the person's facts of a check (so that the candidate can be
// checked with one click), the contact details and the office's internal notes. Works without JavaScript: five rows of
// work experience, empty ones are ignored.

import { Shell } from '../shell/Shell.tsx';
import { wm } from '../shell/domain/messages/index.ts';
import { Csrf, ErrorSummary, Input, Select, TextArea } from '../workspace/form.tsx';
import type { PageBase, WsState } from '../workspace/form.tsx';
import { candidateMessages } from './messages/index.ts';
import { candidateLabels, cefrOptions, countryOptions, optionsOf, recognitionOptions, yesNoOptions } from './labels.ts';
import { EXPERIENCE_ROWS } from './form.ts';

export function CandidateFormPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  action,
  title,
  cancelHref,
  companies,
}: PageBase & {
  csrfToken: string;
  state: WsState;
  action: string;
  title: string;
  cancelHref: string;
  /** on create: the companies to choose from */
  companies?: { id: string; name: string }[];
}) {
  const m = candidateMessages(lang);
  const w = wm(lang);
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      <ErrorSummary state={state} labels={candidateLabels(lang)} />
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        {companies ? <Select state={state} name="companyId" label={m.company} optional={false} placeholder={m.chooseCompany} options={companies.map((c) => ({ value: c.id, label: c.name }))} /> : null}
        <fieldset>
          <legend>{m.person}</legend>
          <Input state={state} name="name" label={m.name} optional={false} autocomplete="off" />
          <Input state={state} name="birthDate" label={m.birthDate} type="date" />
          <Select state={state} name="citizenship" label={m.citizenship} options={countryOptions(lang)} />
          <Input state={state} name="email" label={m.email} type="email" autocomplete="off" />
          <Input state={state} name="phone" label={m.phone} type="tel" autocomplete="off" />
          <Select state={state} name="preferredLanguage" label={m.preferredLanguage} options={optionsOf(m.languages)} />
        </fieldset>
        <fieldset>
          <legend>{m.languagesLegend}</legend>
          <Select state={state} name="german" label={m.german} hint={m.levelHint} options={cefrOptions(lang)} />
          <Select state={state} name="english" label={m.english} hint={m.levelHint} options={cefrOptions(lang)} />
          <Input state={state} name="otherLanguages" label={m.otherLanguages} hint={m.otherLanguagesHint} />
          <Select state={state} name="firstTitleInGermany" label={m.firstTitleInGermany} options={yesNoOptions(lang)} />
        </fieldset>
        <fieldset>
          <legend>{m.qualificationLegend}</legend>
          <Select state={state} name="qualificationLevel" label={m.qualificationLevel} options={optionsOf(m.levels)} />
          <Input state={state} name="qualificationAwardedOn" label={m.qualificationAwardedOn} type="date" />
          <Select state={state} name="qualificationObtainedIn" label={m.qualificationObtainedIn} options={optionsOf(m.obtainedIn)} />
          <Select state={state} name="qualificationStateRecognisedAbroad" label={m.qualificationStateRecognisedAbroad} options={yesNoOptions(lang)} />
          <Input state={state} name="qualificationTrainingYears" label={m.qualificationTrainingYears} inputMode="numeric" />
          <Select state={state} name="qualificationGermanAssessment" label={m.qualificationGermanAssessment} options={optionsOf(m.assessments)} />
          <Select state={state} name="qualificationLicence" label={m.qualificationLicence} options={optionsOf(m.licences)} />
          <Select state={state} name="recognitionStatus" label={m.recognitionStatus} optional={false} options={recognitionOptions(lang)} />
        </fieldset>
        <fieldset>
          <legend>{m.experienceLegend}</legend>
          <p class="hint">{m.experienceHint}</p>
          {Array.from({ length: EXPERIENCE_ROWS }, (_, i) => (
            <fieldset key={i} class="ws-experience">
              <legend>{m.experienceRow(i + 1)}</legend>
              <Input state={state} name={`experience${i}Isco`} label={m.experienceIsco} inputMode="numeric" />
              <Input state={state} name={`experience${i}From`} label={m.experienceFrom} type="date" />
              <Input state={state} name={`experience${i}To`} label={m.experienceTo} type="date" />
              <Select state={state} name={`experience${i}Related`} label={m.experienceRelated} options={yesNoOptions(lang)} />
            </fieldset>
          ))}
        </fieldset>
        <fieldset>
          <legend>{m.reportingLegend}</legend>
          <p class="hint">{m.reportingHint}</p>
          <Select state={state} name="reportSex" label={m.reportSex} options={optionsOf(m.reportSexes)} />
          <Select state={state} name="reportEmploymentStatus" label={m.reportEmploymentStatus} options={optionsOf(m.employmentStatuses)} />
          <Select state={state} name="reportIsced" label={m.reportIsced} hint={m.reportIscedHint} options={optionsOf(m.iscedLevels)} />
          <Select state={state} name="reportDisability" label={m.reportDisability} options={optionsOf(m.yesNoNotStated)} />
          <Select state={state} name="reportForeignOrigin" label={m.reportForeignOrigin} options={optionsOf(m.yesNoNotStated)} />
        </fieldset>
        <TextArea state={state} name="notes" label={m.notes} hint={m.notesHint} />
        <div class="button-group">
          <button type="submit" class="button">
            {w.save}
          </button>
          <a href={cancelHref}>{w.cancel}</a>
        </div>
      </form>
    </Shell>
  );
}
