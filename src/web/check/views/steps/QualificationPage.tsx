// Step 4: the qualification and its recognition.

import { occupationOf } from '../../answers.ts';
import { cm } from '../../messages/index.ts';
import { InputField, RadioGroup } from '../form.tsx';
import { StepShell, Submit, stepUrl, yesNo } from './StepShell.tsx';
import type { PageProps } from './StepShell.tsx';

export function QualificationPage(p: PageProps) {
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
          {engineer ? (
            <RadioGroup state={state} name="engineerTitle" label={m.engineerTitle} hint={m.engineerTitleHint} options={yesNo(lang)} inline optional />
          ) : null}
        </div>
        <Submit lang={lang} />
      </form>
    </StepShell>
  );
}
