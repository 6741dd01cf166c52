// Step 2: the job offer (salary, contract, place, decision date).

import { LAENDER, RLP_MUNICIPALITIES } from '../../../shell/domain/places.ts';
import { cm } from '../../messages/index.ts';
import { InputField, RadioGroup, SelectField } from '../form.tsx';
import { StepShell, Submit, stepUrl, yesNo } from './StepShell.tsx';
import type { PageProps } from './StepShell.tsx';

export function JobPage(p: PageProps) {
  const { lang, checkId, state } = p;
  const m = cm(lang).job;
  return (
    <StepShell {...p} step="job" heading={m.heading}>
      <form method="post" action={stepUrl(checkId, 'job')} novalidate>
        <RadioGroup state={state} name="hasOffer" label={m.hasOffer} hint={m.hasOfferHint} options={yesNo(lang)} inline />
        <div class="offer-only">
          <InputField state={state} name="salary" label={m.salary} hint={m.salaryHint} inputMode="decimal" width={10} />
          <RadioGroup state={state} name="collectiveAgreement" label={m.collectiveAgreement} hint={m.collectiveAgreementHint} options={yesNo(lang)} inline />
          <RadioGroup
            state={state}
            name="contract"
            label={m.contract}
            options={[
              { value: 'open', label: m.contractOpen },
              { value: 'fixed', label: m.contractFixed },
            ]}
            inline
          />
          <div class="fixed-only">
            <InputField state={state} name="contractMonths" label={m.contractMonths} hint={m.contractMonthsHint} inputMode="numeric" width={4} />
          </div>
        </div>
        <SelectField
          state={state}
          name="federalState"
          label={m.federalState}
          hint={m.federalStateHint}
          placeholder={m.choose}
          options={LAENDER.map((l) => ({ value: l.code, label: l[lang] }))}
        />
        <InputField state={state} name="municipality" label={m.municipality} hint={m.municipalityHint} list="municipalities" width={20} optional />
        <datalist id="municipalities">
          {RLP_MUNICIPALITIES.map((x) => (
            <option key={x} value={x}></option>
          ))}
        </datalist>
        <InputField state={state} name="decisionDate" label={m.decisionDate} hint={m.decisionDateHint} type="date" width={10} optional />
        <InputField state={state} name="applicationDate" label={m.applicationDate} hint={m.applicationDateHint} type="date" width={10} optional />
        <Submit lang={lang} />
      </form>
    </StepShell>
  );
}
