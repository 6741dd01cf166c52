// The consultation form: record and edit a consultation (topics, referrals, participants, the follow-up).

import { ACCESS_ROUTES, CHANNELS, KINDS, TOPICS } from '../../../app/common/codes.ts';
import type { ContactRow } from '../../../app/companies/getCompany.ts';
import type { PartnerRow } from '../../../app/partners/listPartners.ts';
import { Shell } from '../../shell/Shell.tsx';
import { sm } from '../../shell/messages/index.ts';
import { FieldError, groupClass } from '../../shell/form.tsx';
import { wm } from '../../shell/domain/messages/index.ts';
import { Choices, Csrf, ErrorSummary, Input, Select, TextArea, errorOf, may } from '../form.tsx';
import type { PageBase, WsState } from '../form.tsx';
import { consultationLabels, formatDate } from '../../shell/domain/labels.ts';
import { cm } from './messages.ts';
import { rfm } from '../referrals/messages.ts';
import type { ComponentChildren } from 'preact';

export function ConsultationFormPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  state,
  action,
  title,
  cancelHref,
  partners,
  contacts,
  companyId,
  deleteAction,
  historyHref,
  openFollowUps = [],
  referrals,
}: PageBase & {
  csrfToken: string;
  state: WsState;
  action: string;
  title: string;
  cancelHref: string;
  partners: PartnerRow[];
  /** a new consultation: the company's open follow-ups, which it may settle */
  openFollowUps?: { consultationId: string; followUpDate: string; consultationDate: string }[];
  /** the company's contact persons, offered as participants */
  contacts: ContactRow[];
  companyId: string;
  deleteAction?: string;
  historyHref?: string;
  /** issue 16: the consultation's tracked referrals (an existing consultation, for the office's staff) */
  referrals?: ComponentChildren;
}) {
  const m = wm(lang);
  const k = m.consultation;
  return (
    <Shell lang={lang} title={title} currentUrl={currentUrl} user={user}>
      <h1>{title}</h1>
      {may(user, 'audit.read') && historyHref ? (
        <p>
          <a href={historyHref}>{sm(lang).nav.audit}</a>
        </p>
      ) : null}
      <ErrorSummary state={state} labels={consultationLabels(lang)} />
      <form method="post" action={action} novalidate>
        <Csrf token={csrfToken} />
        <Input state={state} name="date" label={k.date} type="date" optional={false} />
        <Choices state={state} name="kind" legend={k.kind} options={KINDS.map((v) => ({ value: v, label: m.kinds[v] }))} />
        <Choices state={state} name="channel" legend={k.channel} options={CHANNELS.map((v) => ({ value: v, label: m.channels[v] }))} />
        <Input state={state} name="durationMinutes" label={k.durationMinutes} inputMode="numeric" />
        <Choices state={state} name="topics" legend={k.topics} hint={k.topicsHint} multiple options={TOPICS.map((v) => ({ value: v, label: m.topics[v] }))} />
        {contacts.length === 0 ? (
          <div class={groupClass(errorOf(state, 'participantIds'))} id="participantIds" tabIndex={-1}>
            <p class="label">{k.participantIds}</p>
            <FieldError text={errorOf(state, 'participantIds')} errorPrefix={m.errorPrefix} />
            <p class="hint">
              {k.noContacts} <a href={`/companies/${companyId}`}>{k.addContact}</a>
            </p>
          </div>
        ) : (
          <Choices
            state={state}
            name="participantIds"
            legend={k.participantIds}
            hint={k.participantIdsHint}
            multiple
            options={contacts.map((p) => ({ value: p.id, label: p.role ? `${p.name} (${p.role})` : p.name }))}
          />
        )}
        <Input state={state} name="otherParticipants" label={k.otherParticipants} hint={k.otherParticipantsHint} inputMode="numeric" />
        <Input state={state} name="occupations" label={k.occupations} hint={k.occupationsHint} />
        <Select state={state} name="accessRoute" label={k.accessRoute} options={ACCESS_ROUTES.map((v) => ({ value: v, label: m.accessRoutes[v] }))} />
        {partners.length === 0 ? (
          <p class="hint">{k.noPartners}</p>
        ) : (
          <Choices
            state={state}
            name="partnerIds"
            legend={k.partnerIds}
            hint={rfm(lang).ticksHint}
            multiple
            options={partners.map((p) => ({ value: p.id, label: `${p.name} (${m.partnerTypes[p.type as keyof typeof m.partnerTypes] ?? p.type})` }))}
          />
        )}
        <TextArea state={state} name="record" label={k.record} hint={cm(lang).recordHint} />
        <TextArea state={state} name="outcome" label={k.outcome} hint={cm(lang).outcomeHint} />
        <TextArea state={state} name="companySummary" label={cm(lang).companySummary} hint={cm(lang).companySummaryHint} />
        <Input state={state} name="followUpDate" label={k.followUpDate} type="date" />
        {openFollowUps.length > 0 ? (
          <Choices
            state={state}
            name="completeFollowUpIds"
            legend={k.completeFollowUpIds}
            hint={k.completeFollowUpIdsHint}
            multiple
            options={openFollowUps.map((f) => ({ value: f.consultationId, label: k.followUpFrom(formatDate(lang, f.followUpDate), formatDate(lang, f.consultationDate)) }))}
          />
        ) : null}
        <div class="button-group">
          <button type="submit" class="button">
            {m.save}
          </button>
          <a href={cancelHref}>{m.cancel}</a>
        </div>
      </form>
      {referrals}
      {deleteAction ? (
        <form method="post" action={deleteAction} class="ws-danger">
          <Csrf token={csrfToken} />
          <button type="submit" class="button button-warning">
            {k.deleteButton}
          </button>
        </form>
      ) : null}
    </Shell>
  );
}

// --- search ----------------------------------------------------------------------------------------------------
