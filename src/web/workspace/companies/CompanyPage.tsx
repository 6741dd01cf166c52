// The company page: details, contact persons, the consultation history (newest first) with the follow-ups.

import { im } from '../../integration/messages.ts';
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../../i18n/index.ts';
import type { CompanyConsultationView, CompanyRow, ConsultationEntry, ConsultationView, ContactRow } from '../../../app/companies/getCompany.ts';
import { cm } from '../consultations/messages.ts';
import { Shell } from '../../shell/Shell.tsx';
import { sm } from '../../shell/messages/index.ts';
import { landName } from '../../shell/domain/places.ts';
import { FieldError, groupClass } from '../../shell/form.tsx';
import { officeToday } from '../../officeDay.ts';
import { wm, wzSectionLabel } from '../../shell/domain/messages/index.ts';
import { Csrf, ErrorSummary, Input, may } from '../form.tsx';
import type { PageBase, WsState } from '../form.tsx';
import { contactLabels, formatDate, iscoLabel, participantsText } from '../../shell/domain/labels.ts';
import type { CandidateListItem } from '../../../app/candidates/listCandidates.ts';
import type { PageOf } from '../../../app/common/paging.ts';
import { CompanyCandidates } from '../../candidates/CompanyCandidates.tsx';
import type { CaseCard } from '../../../app/cases/listCases.ts';
import { cm as casesMessages } from '../../cases/messages/index.ts';

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="ws-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function CompanyPage({
  lang,
  currentUrl,
  user,
  csrfToken,
  company,
  contacts,
  consultations,
  candidates,
  cases,
  contactState,
  deleteError,
  notice,
}: PageBase & {
  /** issue 14: the company's candidates, when the user may list them */
  candidates?: PageOf<CandidateListItem>;
  csrfToken: string;
  company: CompanyRow;
  contacts: ContactRow[];
  consultations: ConsultationEntry[];
  /** issue 14: the company's latest cases, where the user may list them */
  cases?: PageOf<CaseCard>;
  contactState: WsState;
  deleteError?: boolean;
  notice?: string;
}) {
  const m = wm(lang);
  const c = m.company;
  const staff = may(user, 'company.update', company.id);
  const none = m.none;
  return (
    <Shell lang={lang} title={company.name} currentUrl={currentUrl} user={user}>
      <h1>{company.name}</h1>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      <ErrorSummary state={contactState} labels={contactLabels(lang)} />
      <h2>{c.details}</h2>
      <dl class="ws-details">
        <Row label={c.street}>{company.street ?? none}</Row>
        <Row label={c.city}>{[company.postcode, company.city].filter(Boolean).join(' ') || none}</Row>
        <Row label={c.municipality}>{company.municipality ?? none}</Row>
        <Row label={c.federalState}>{company.federalState ? landName(company.federalState, lang) : none}</Row>
        <Row label={c.headcount}>{company.headcount ?? none}</Row>
        <Row label={c.sizeClass}>{company.sizeClass ? m.sizeClasses[company.sizeClass as keyof typeof m.sizeClasses] : none}</Row>
        <Row label={c.wzSection}>{company.wzSection ? wzSectionLabel(lang, company.wzSection) : none}</Row>
        <Row label={c.website}>{company.website ? <a href={company.website}>{company.website}</a> : none}</Row>
        {staff ? <Row label={c.notes}>{company.notes ?? none}</Row> : null}
      </dl>
      {staff ? (
        <p>
          <a class="button button-secondary" href={`/companies/${company.id}/edit`}>
            {m.edit}
          </a>
        </p>
      ) : null}
      {may(user, 'audit.read') ? (
        <p>
          <a href={`/admin/audit?entity=company&entityId=${company.id}&related=1`}>{sm(lang).nav.audit}</a>
        </p>
      ) : null}

      <h2>{c.contacts}</h2>
      {contacts.length === 0 ? (
        <p>{c.noContacts}</p>
      ) : (
        <ul class="ws-contacts">
          {contacts.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong>
              {p.role ? `, ${p.role}` : ''}
              {p.email ? (
                <>
                  {' · '}
                  <a href={`mailto:${p.email}`}>{p.email}</a>
                </>
              ) : null}
              {p.phone ? ` · ${p.phone}` : ''}
              {staff ? (
                <div class="ws-contact-actions">
                  <a href={`/contacts/${p.id}/edit`}>{c.editContact(p.name)}</a>
                  <form method="post" action={`/contacts/${p.id}/delete`} class="inline-form">
                    <Csrf token={csrfToken} />
                    <button type="submit" class="link-button">
                      {c.removeContact(p.name)}
                    </button>
                  </form>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {staff ? (
        <details class="ws-add" open={contactState.errors.length > 0}>
          <summary>{c.addContact}</summary>
          <form method="post" action={`/companies/${company.id}/contacts`} novalidate>
            <Csrf token={csrfToken} />
            <Input state={contactState} name="name" label={c.contactName} optional={false} />
            <Input state={contactState} name="role" label={c.contactRole} />
            <Input state={contactState} name="email" label={c.contactEmail} type="email" />
            <Input state={contactState} name="phone" label={c.contactPhone} type="tel" />
            <button type="submit" class="button">
              {c.addContact}
            </button>
          </form>
        </details>
      ) : null}

      {candidates ? <CompanyCandidates lang={lang} user={user} companyId={company.id} list={candidates} /> : null}
      {cases ? <CompanyCases lang={lang} companyId={company.id} cases={cases} mayCreate={may(user, 'case.create', company.id)} /> : null}

      <h2>{c.history}</h2>
      {staff ? (
        <p>
          <a class="button" href={`/companies/${company.id}/consultations/new`}>
            {c.newConsultation}
          </a>
        </p>
      ) : null}
      {consultations.length === 0 ? (
        <p>{c.noConsultations}</p>
      ) : (
        <ol class="ws-history">
          {consultations.map((k) =>
            k.internal ? (
              <li key={k.id}>
                <h3>
                  {formatDate(lang, k.date)}: {m.kinds[k.kind as keyof typeof m.kinds]}, {m.channels[k.channel as keyof typeof m.channels]}
                  {k.durationMinutes ? `, ${m.consultation.minutes(k.durationMinutes)}` : ''}
                </h3>
                <p>{k.topics.map((t) => m.topics[t as keyof typeof m.topics]).join(' · ')}</p>
                <dl class="ws-details">
                  {k.adviserName ? <Row label={m.consultation.adviser}>{k.adviserName}</Row> : null}
                  {k.occupations.length > 0 ? <Row label={m.consultation.occupations}>{k.occupations.map((code) => iscoLabel(lang, code)).join(', ')}</Row> : null}
                  {k.accessRoute ? <Row label={m.consultation.accessRoute}>{m.accessRoutes[k.accessRoute as keyof typeof m.accessRoutes]}</Row> : null}
                  {k.referrals.length > 0 ? <Row label={m.consultation.referrals}>{k.referrals.map((r) => r.name).join(', ')}</Row> : null}
                  {k.participants.length > 0 || k.otherParticipants ? <Row label={m.consultation.participants}>{participantsText(lang, k)}</Row> : null}
                  {k.record ? <Row label={m.consultation.record}>{k.record}</Row> : null}
                  {k.outcome ? <Row label={m.consultation.outcome}>{k.outcome}</Row> : null}
                  {k.companySummary ? <Row label={cm(lang).companySummary}>{k.companySummary}</Row> : null}
                  {k.followUpDate ? (
                    <Row label={m.consultation.followUpDate}>
                      <FollowUpState lang={lang} k={k} staff={staff} csrfToken={csrfToken} />
                    </Row>
                  ) : null}
                </dl>
                {staff ? (
                  <p>
                    <a href={`/consultations/${k.id}/edit`}>
                      {m.edit}
                      <span class="visually-hidden"> {formatDate(lang, k.date)}</span>
                    </a>
                    {may(user, 'case.create', company.id) ? (
                      <>
                        {' · '}
                        <a href={`/cases/new?consultation=${k.id}`}>
                          {casesMessages(lang).company.fromConsultation}
                          <span class="visually-hidden"> ({formatDate(lang, k.date)})</span>
                        </a>
                      </>
                    ) : null}
                  </p>
                ) : null}
              </li>
            ) : (
              <CompanyEntry key={k.id} lang={lang} k={k} />
            ),
          )}
        </ol>
      )}

      {staff ? (
        <section aria-labelledby="delete-title" class="ws-danger">
          <h2 id="delete-title">{c.deleteTitle}</h2>
          <p>{c.deleteText}</p>
          <form method="post" action={`/companies/${company.id}/delete`}>
            <Csrf token={csrfToken} />
            <div class={groupClass(deleteError)}>
              <FieldError id="confirm-error" text={deleteError ? c.deleteConfirmMissing : undefined} errorPrefix={m.errorPrefix} autofocus />
              <div class="choice">
                <input type="checkbox" id="confirm" name="confirm" value="yes" aria-describedby={deleteError ? 'confirm-error' : undefined} />
                <label for="confirm">{c.deleteConfirm}</label>
              </div>
            </div>
            <button type="submit" class="button button-warning">
              {c.deleteButton}
            </button>
          </form>
        </section>
      ) : null}
    </Shell>
  );
}

/** A consultation as the company's own user reads it: when, how, what about, the summary written for the company and
 * where it was referred (the use case has already left out everything internal). */
function CompanyEntry({ lang, k }: { lang: Lang; k: CompanyConsultationView }) {
  const m = wm(lang);
  return (
    <li>
      <h3>
        {formatDate(lang, k.date)}: {m.kinds[k.kind as keyof typeof m.kinds]}, {m.channels[k.channel as keyof typeof m.channels]}
      </h3>
      <p>{k.topics.map((t) => m.topics[t as keyof typeof m.topics]).join(' · ')}</p>
      <dl class="ws-details">
        <Row label={cm(lang).companySummary}>{k.companySummary ?? cm(lang).noSummary}</Row>
        {k.referrals.length > 0 ? <Row label={cm(lang).referredTo}>{k.referrals.map((r) => r.name).join(', ')}</Row> : null}
      </dl>
    </li>
  );
}

/** The company's cases on its page (issue 14): the latest, with the link to all of them on the board. */
function CompanyCases({ lang, companyId, cases, mayCreate }: { lang: Lang; companyId: string; cases: PageOf<CaseCard>; mayCreate: boolean }) {
  const m = casesMessages(lang);
  return (
    <section aria-labelledby="company-cases">
      <h2 id="company-cases">{m.company.cases}</h2>
      {mayCreate ? (
        <p>
          <a class="button" href={`/cases/new?company=${companyId}`}>
            {m.company.newCase}
          </a>
        </p>
      ) : null}
      {cases.items.length === 0 ? (
        <p>{m.company.noCases}</p>
      ) : (
        <ul class="ws-contacts">
          {cases.items.map((k) => (
            <li key={k.id}>
              <a href={`/cases/${k.id}`}>{k.number}</a>: {k.candidateName ?? m.page.none}, {m.statuses[k.status]} ({m.board.since} {formatDate(lang, k.statusSince)})
            </li>
          ))}
        </ul>
      )}
      {cases.total > cases.items.length ? (
        <p>
          <a href={`/cases?companyId=${companyId}`}>{m.company.allCases}</a>
        </p>
      ) : null}
      {/* issue 17: arrival and retention of this company's hires */}
      <ul>
        <li>
          <a href={`/companies/${companyId}/retention`}>{im(lang).retentionLink}</a>
        </li>
        <li>
          <a href={`/companies/${companyId}/integration-steps`}>{im(lang).stepsLink}</a>
        </li>
      </ul>
    </section>
  );
}

/** A consultation's follow-up on the company page: the date, open or done (when, by whom), and for the office's
 * staff the button that marks it done or opens it again (back to this page). */
function FollowUpState({ lang, k, staff, csrfToken }: { lang: Lang; k: ConsultationView; staff: boolean; csrfToken: string }) {
  const f = wm(lang).followUps;
  const done = k.followUpDoneAt !== null;
  const doneDay = k.followUpDoneAt === null ? '' : formatDate(lang, officeToday(new Date(k.followUpDoneAt)));
  return (
    <>
      {formatDate(lang, k.followUpDate)}{' '}
      {done ? <span class="tag tag-success">{f.doneOn(doneDay, k.followUpDoneByName)}</span> : <span class="tag tag-neutral">{f.open}</span>}
      {staff ? (
        <>
          {' '}
          <form method="post" action={`/consultations/${k.id}/follow-up/${done ? 'reopen' : 'done'}`} class="inline-form">
            <Csrf token={csrfToken} />
            <input type="hidden" name="back" value="company" />
            <button type="submit" class="button button-secondary">
              {done ? f.reopen : f.markDone}
              <span class="visually-hidden">
                : {wm(lang).consultation.followUpDate} {formatDate(lang, k.followUpDate)}
              </span>
            </button>
          </form>
        </>
      ) : null}
    </>
  );
}

// --- consultation form -----------------------------------------------------------------------------------------
