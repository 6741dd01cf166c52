// Step 5: the work experience.

import { ISCO08_UNIT_GROUPS } from '../../../../catalogue/isco08.ts';
import { MAX_EXPERIENCE_ROWS, occupationOf } from '../../answers.ts';
import { cm } from '../../messages/index.ts';
import { InputField, RadioGroup, SelectField } from '../form.tsx';
import type { FormState } from '../form.tsx';
import { StepShell, Submit, stepUrl, yesNo } from './StepShell.tsx';
import type { PageProps } from './StepShell.tsx';

export function ExperiencePage(p: PageProps) {
  const { lang, checkId, state, answers } = p;
  const m = cm(lang).experience;
  const occ = occupationOf(answers);
  const collator = new Intl.Collator(lang);
  const groups = [...ISCO08_UNIT_GROUPS].sort((a, b) => collator.compare(a.title[lang], b.title[lang]));
  const options = [
    ...(occ ? [{ value: occ.isco, label: m.sameAsJob(occ.title[lang]) }] : []),
    ...groups.filter((g) => g.code !== occ?.isco).map((g) => ({ value: g.code, label: `${g.title[lang]} (ISCO ${g.code})` })),
  ];
  const rows = Array.from({ length: MAX_EXPERIENCE_ROWS }, (_, i) => i);
  return (
    <StepShell {...p} step="experience" heading={m.heading}>
      <p class="lead">{m.lead}</p>
      <form method="post" action={stepUrl(checkId, 'experience')} novalidate>
        {rows.map((i) => {
          const rowState: FormState = {
            ...state,
            values: { ...state.values, [`exp${i}_related`]: state.values[`exp${i}_related`] ?? 'yes' },
          };
          return (
            <fieldset class="experience-entry" key={i}>
              <legend>{m.entry(i + 1)}</legend>
              <SelectField state={rowState} name={`exp${i}_isco`} label={m.isco} hint={i === 0 ? m.iscoHint : undefined} options={options} />
              <div class="date-pair">
                <InputField state={rowState} name={`exp${i}_from`} label={m.from} type="date" width={10} />
                <InputField state={rowState} name={`exp${i}_to`} label={m.to} hint={m.toHint} type="date" width={10} optional />
              </div>
              <RadioGroup state={rowState} name={`exp${i}_related`} label={m.related} options={yesNo(lang)} inline legendClass="legend-small" />
            </fieldset>
          );
        })}
        <p class="hint">{m.none}</p>
        <Submit lang={lang} />
      </form>
    </StepShell>
  );
}
