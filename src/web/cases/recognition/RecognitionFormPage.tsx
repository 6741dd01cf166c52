// The form of a case's recognition record (issue 16): outcome, reference occupation, competent body, dates, regulated,
// German level, residence in Germany, the notice's differences as text and as tags (checkboxes). A refused save comes
// back here with the values kept and an error summary naming each field.

import { Shell } from '../../shell/Shell.tsx';
import { Choices, Csrf, ErrorSummary, Input, Select, TextArea } from '../../workspace/form.tsx';
import type { PageBase, WsState } from '../../workspace/form.tsx';
import type { Lang } from '../../../i18n/index.ts';
import { CEFR_LEVELS } from '../../../law/types.ts';
import { REFERENCE_OCCUPATIONS, isValidOn } from '../../../law/recognition/index.ts';
import { DEFICIT_TAGS, DEFICIT_TAG_LABELS, NOTICE_OUTCOMES, NOTICE_OUTCOME_LABELS } from '../../../law/recognition/measures.ts';
import { qm } from './messages.ts';
import { RECOGNITION_SECTION_ID } from './RecognitionSection.tsx';

export function recognitionLabels(lang: Lang): Record<string, string> {
  const m = qm(lang);
  return {
    outcome: m.outcome,
    referenceOccupationId: m.referenceOccupationId,
    competentBody: m.competentBody,
    appliedOn: m.appliedOn,
    decidedOn: m.decidedOn,
    regulated: m.regulated,
    germanLevel: m.germanLevel,
    residesInGermany: m.residesInGermany,
    deficits: m.deficits,
    deficitTags: m.deficitTags,
  };
}

export function RecognitionFormPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  caseId,
  caseNumber,
  today,
}: PageBase & { csrfToken: string; state: WsState; caseId: string; caseNumber: string; today: string }) {
  const m = qm(lang);
  const title = m.formTitle(caseNumber);
  // the catalogue's reference occupations by title; an id recorded otherwise (an office's own) stays choosable
  const occupationOptions = REFERENCE_OCCUPATIONS.filter((o) => isValidOn(o, today))
    .map((o) => ({ value: o.id, label: o.title[lang] }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const current = typeof state.values.referenceOccupationId === 'string' ? state.values.referenceOccupationId : '';
  if (current && !occupationOptions.some((o) => o.value === current)) occupationOptions.push({ value: current, label: m.otherOccupation(current) });
  const yesNo = [
    { value: 'yes', label: m.yes },
    { value: 'no', label: m.no },
  ];
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      <ErrorSummary state={state} labels={recognitionLabels(lang)} />
      <form method="post" action={`/cases/${caseId}/recognition`} novalidate>
        <Csrf token={csrfToken} />
        <Choices state={state} name="outcome" legend={m.outcome} options={NOTICE_OUTCOMES.map((o) => ({ value: o, label: NOTICE_OUTCOME_LABELS[o][lang] }))} />
        <Select state={state} name="referenceOccupationId" label={m.referenceOccupationId} hint={m.referenceOccupationHint} options={occupationOptions} />
        <Input state={state} name="competentBody" label={m.competentBody} />
        <Input state={state} name="appliedOn" label={m.appliedOn} type="date" />
        <Input state={state} name="decidedOn" label={m.decidedOn} type="date" />
        <Select state={state} name="regulated" label={m.regulated} hint={m.regulatedHint} options={yesNo} />
        <Select state={state} name="germanLevel" label={m.germanLevel} options={CEFR_LEVELS.map((l) => ({ value: l, label: l === 'none' ? m.no : l }))} />
        <Select state={state} name="residesInGermany" label={m.residesInGermany} hint={m.residesHint} options={yesNo} />
        <TextArea state={state} name="deficits" label={m.deficits} hint={m.deficitsHint} />
        <Choices state={state} name="deficitTags" legend={m.deficitTags} hint={m.deficitTagsHint} multiple options={DEFICIT_TAGS.map((t) => ({ value: t, label: DEFICIT_TAG_LABELS[t][lang] }))} />
        <div class="button-group">
          <button type="submit" class="button">
            {m.save}
          </button>
          <a href={`/cases/${caseId}#${RECOGNITION_SECTION_ID}`}>{m.cancel}</a>
        </div>
      </form>
    </Shell>
  );
}
