// Step 4: the qualification and its recognition.

import { occupationOf } from '../../answers.ts';
import { cm } from '../../messages/index.ts';
import { InputField, RadioGroup, SelectField } from '../form.tsx';
import type { AcademicDegreeAssessment } from '../../../../law/recognition/types.ts';
import { ANABIN_DEGREES, ANABIN_INSTITUTIONS, ZAB_STATEMENTS } from '../../answers/anabin.ts';
import { StepShell, Submit, stepUrl, yesNo } from './StepShell.tsx';
import type { PageProps } from './StepShell.tsx';

/** The anabin sub-form's answer (issue 16): the assessment it gives, with its explanation and the ZAB as next step. */
function AnabinResult({ lang, result }: { lang: PageProps['lang']; result: AcademicDegreeAssessment }) {
  const m = cm(lang).qualification;
  const a = m.anabin;
  const answer = { none: m.assessmentNone, comparable: m.assessmentComparable, equivalent: m.assessmentEquivalent, partial: m.assessmentPartial }[result.germanAssessment];
  const next = result.nextStep;
  return (
    <div class={result.settled ? 'notice notice-success anabin-result' : 'notice notice-important anabin-result'} role="status" id="anabin-result">
      <p class="notice-title">{a.resultTitle(answer)}</p>
      <p>
        {result.explanation[lang]}
        {result.ref ? <span class="hint"> ({result.ref})</span> : null}
      </p>
      {!result.settled ? <p>{a.notSettled}</p> : null}
      {next ? (
        <>
          <p>
            <strong>{a.nextStep}:</strong> {next.text[lang]}
          </p>
          <ul>
            <li>
              {a.fee}: {next.fee.text[lang]}
            </li>
            <li>
              {a.duration}: {next.duration[lang]}
            </li>
          </ul>
          <p>
            <a href={next.link.url}>{next.link.label[lang]}</a>
          </p>
        </>
      ) : null}
      <p class="hint">{a.resultTaken}</p>
    </div>
  );
}

export function QualificationPage(p: PageProps & { anabin?: AcademicDegreeAssessment | undefined }) {
  const { lang, checkId, state, answers } = p;
  // the protected title "Ingenieur/in" only matters for engineering occupations (ISCO 214x/215x, regulated title)
  const occ = occupationOf(answers);
  const engineer = occ !== undefined && occ.regulatedInDe === true && /^21[45]/.test(occ.isco);
  const m = cm(lang).qualification;
  const c = cm(lang);
  return (
    <StepShell {...p} step="qualification" heading={m.heading}>
      <form method="post" action={stepUrl(checkId, 'qualification')} novalidate>
        <RadioGroup
          state={state}
          name="level"
          label={m.level}
          options={[
            { value: 'academic', label: m.levelAcademic },
            { value: 'vocational', label: m.levelVocational },
            { value: 'none', label: m.levelNone },
          ]}
        />
        <div class="qualified-only">
          <p class="hint">{m.onlyIfQualified}</p>
          <RadioGroup
            state={state}
            name="obtainedIn"
            label={m.obtainedIn}
            options={[
              { value: 'abroad', label: m.abroad },
              { value: 'DE', label: m.inGermany },
            ]}
            inline
          />
          <RadioGroup
            state={state}
            name="stateRecognised"
            label={m.stateRecognised}
            hint={m.stateRecognisedHint}
            options={[...yesNo(lang), { value: 'unknown', label: c.dontKnow }]}
            inline
          />
          <InputField state={state} name="awardedOn" label={m.awardedOn} hint={m.awardedOnHint} type="date" width={10} optional />
          <InputField state={state} name="trainingYears" label={m.trainingYears} hint={m.trainingYearsHint} inputMode="decimal" width={4} optional />
          <div class="vocational-only">
            <RadioGroup
              state={state}
              name="tertiaryEquivalent"
              label={m.tertiaryEquivalent}
              hint={m.tertiaryEquivalentHint}
              options={[...yesNo(lang), { value: 'unknown', label: c.dontKnow }]}
              inline
              optional
            />
          </div>
          <RadioGroup
            state={state}
            name="assessment"
            label={m.assessment}
            hint={m.assessmentHint}
            options={[
              { value: 'none', label: m.assessmentNone },
              { value: 'comparable', label: m.assessmentComparable, hint: m.assessmentComparableHint },
              { value: 'equivalent', label: m.assessmentEquivalent, hint: m.assessmentEquivalentHint },
              { value: 'partial', label: m.assessmentPartial, hint: m.assessmentPartialHint },
            ]}
          />
          <details class="academic-only anabin-details" open={p.anabin !== undefined || ['anabinInstitution', 'anabinDegree', 'zabStatement'].some((f) => (state.values[f] ?? '') !== '')}>
            <summary>{m.anabin.summary}</summary>
            <p>{m.anabin.lead}</p>
            <p>
              <a href="https://anabin.kmk.org">{m.anabin.anabinLink}</a>
            </p>
            {p.anabin ? <AnabinResult lang={lang} result={p.anabin} /> : null}
            <SelectField
              state={state}
              name="anabinInstitution"
              label={m.anabin.institution}
              hint={m.anabin.institutionHint}
              placeholder={m.anabin.choose}
              options={ANABIN_INSTITUTIONS.map((v) => ({ value: v, label: m.anabin.institutions[v] ?? v }))}
            />
            <SelectField
              state={state}
              name="anabinDegree"
              label={m.anabin.degree}
              hint={m.anabin.degreeHint}
              placeholder={m.anabin.choose}
              options={ANABIN_DEGREES.map((v) => ({ value: v, label: m.anabin.degrees[v] ?? v }))}
            />
            <SelectField
              state={state}
              name="zabStatement"
              label={m.anabin.zab}
              hint={m.anabin.zabHint}
              options={ZAB_STATEMENTS.map((v) => ({ value: v, label: m.anabin.zabStatements[v] ?? v }))}
            />
            {/* an input, not a button: the page's one submit button stays "Speichern und weiter" */}
            <div class="button-group">
              <input type="submit" class="button button-secondary" name="anabin" value={m.anabin.submit} />
            </div>
          </details>
          {engineer ? (
            <RadioGroup state={state} name="engineerTitle" label={m.engineerTitle} hint={m.engineerTitleHint} options={yesNo(lang)} inline optional />
          ) : null}
        </div>
        <Submit lang={lang} />
      </form>
    </StepShell>
  );
}
