// Step 3: the person (citizenship, birth date, languages).

import { countriesSorted } from '../../data/countries.ts';
import { cm } from '../../messages/index.ts';
import { InputField, RadioGroup, SelectField } from '../form.tsx';
import { StepShell, Submit, levelOptions, stepUrl, yesNo } from './StepShell.tsx';
import type { PageProps } from './StepShell.tsx';

export function PersonPage(p: PageProps) {
  const { lang, checkId, state } = p;
  const m = cm(lang).person;
  return (
    <StepShell {...p} step="person" heading={m.heading}>
      <form method="post" action={stepUrl(checkId, 'person')} novalidate>
        <SelectField
          state={state}
          name="citizenship"
          label={m.citizenship}
          hint={m.citizenshipHint}
          placeholder={cm(lang).job.choose}
          options={countriesSorted(lang).map((c) => ({ value: c.code, label: c[lang] }))}
        />
        <InputField state={state} name="birthDate" label={m.birthDate} hint={m.birthDateHint} type="date" width={10} autocomplete="off" />
        <SelectField state={state} name="german" label={m.german} hint={m.levelHint} placeholder={cm(lang).job.choose} options={levelOptions(lang)} />
        <SelectField state={state} name="english" label={m.english} placeholder={cm(lang).job.choose} options={levelOptions(lang)} />
        <RadioGroup state={state} name="firstTitle" label={m.firstTitle} hint={m.firstTitleHint} options={yesNo(lang)} inline />
        <InputField state={state} name="means" label={m.means} hint={m.meansHint} inputMode="decimal" width={10} optional />
        <Submit lang={lang} />
      </form>
    </StepShell>
  );
}
