// The candidate page: details and the facts of a check, "check now" (a saved check of the company, shown at
// /checks/:id), the consents with their history and (office) a form to record one, the candidate's cases, and for the
// office: edit, the export of everything held (right of access) and erasure after a confirmation. A company user
// reads their company's candidate without the office's internal notes.

import type { ComponentChildren } from 'preact';
import type { CandidateFacts } from '../../app/candidates/checkFacts.ts';
import type { CandidateView } from '../../app/candidates/getCandidate.ts';
import { CONSENT_PURPOSES } from '../../app/cases/codes.ts';
import { Shell } from '../shell/Shell.tsx';
import { FieldError, groupClass } from '../shell/form.tsx';
import { wm } from '../shell/domain/messages/index.ts';
import { formatDate, iscoLabel } from '../shell/domain/labels.ts';
import { Csrf, ErrorSummary, Input, Select, may } from '../workspace/form.tsx';
import type { PageBase, WsState } from '../workspace/form.tsx';
import { candidateMessages } from './messages/index.ts';
import { candidateLabels, cefrLabel, countryName, optionsOf } from './labels.ts';
import { PersonalLinkSection } from './PersonalLinkSection.tsx';
import type { PersonalLinkProps } from './PersonalLinkSection.tsx';

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="ws-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function CandidatePage({
  lang,
  currentUrl,
  user,
  csrfToken,
  view,
  checkState,
  consentState,
  eraseError,
  notice,
  personalLink,
}: PageBase & {
  csrfToken: string;
  view: CandidateView;
  /** the "check now" form: its date, and what is missing when a check was refused */
  checkState: WsState;
  consentState: WsState;
  eraseError?: boolean;
  notice?: string;
  /** issue 15: the employee's personal link (office only) */
  personalLink?: PersonalLinkProps;
}) {
  const m = candidateMessages(lang);
  const w = wm(lang);
  const none = w.none;
  const c = view.candidate;
  const name = c.name ?? '';
  const facts = c.facts as CandidateFacts;
  const staff = may(user, 'candidate.update', c.companyId);
  const q = facts.qualification;
  const labels = candidateLabels(lang);
  return (
    <Shell lang={lang} title={name} currentUrl={currentUrl} user={user}>
      <h1>{name}</h1>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      <p>
        {m.company}: <a href={`/companies/${c.companyId}`}>{view.companyName}</a>
      </p>

      <h2>{m.details}</h2>
      <dl class="ws-details">
        <Row label={m.birthDate}>{c.birthDate ? formatDate(lang, c.birthDate) : none}</Row>
        <Row label={m.citizenship}>{countryName(lang, c.citizenship) ?? none}</Row>
        <Row label={m.email}>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : none}</Row>
        <Row label={m.phone}>{c.phone ?? none}</Row>
        <Row label={m.preferredLanguage}>{c.preferredLanguage ? m.languages[c.preferredLanguage] : none}</Row>
        <Row label={m.german}>{cefrLabel(lang, facts.person?.german) ?? none}</Row>
        <Row label={m.english}>{cefrLabel(lang, facts.person?.english) ?? none}</Row>
        <Row label={m.otherLanguages}>{c.otherLanguages ?? none}</Row>
        <Row label={m.qualificationLevel}>
          {q
            ? [
                m.levels[q.level],
                q.awardedOn ? formatDate(lang, q.awardedOn) : null,
                q.obtainedIn ? m.obtainedIn[q.obtainedIn] : null,
                q.trainingYears !== undefined ? `${q.trainingYears} ${lang === 'de' ? 'Jahre' : 'years'}` : null,
              ]
                .filter(Boolean)
                .join(', ')
            : none}
        </Row>
        {q ? <Row label={m.qualificationGermanAssessment}>{m.assessments[q.germanAssessment]}</Row> : null}
        {q?.licence ? <Row label={m.qualificationLicence}>{m.licences[q.licence]}</Row> : null}
        <Row label={m.recognitionStatus}>{m.recognitionStatuses[c.recognitionStatus] ?? c.recognitionStatus}</Row>
        <Row label={m.experienceLegend}>
          {facts.experience && facts.experience.length > 0 ? (
            <ul>
              {facts.experience.map((e, i) => (
                <li key={i}>
                  {iscoLabel(lang, e.isco)}: {formatDate(lang, e.from)} – {e.to ? formatDate(lang, e.to) : lang === 'de' ? 'heute' : 'today'}
                </li>
              ))}
            </ul>
          ) : (
            none
          )}
        </Row>
        {staff ? (
          <>
            <Row label={m.reportSex}>{c.reportSex ? m.reportSexes[c.reportSex] : none}</Row>
            <Row label={m.reportEmploymentStatus}>{c.reportEmploymentStatus ? m.employmentStatuses[c.reportEmploymentStatus] : none}</Row>
            <Row label={m.reportIsced}>{c.reportIsced ? m.iscedLevels[c.reportIsced] : none}</Row>
            <Row label={m.reportDisability}>{c.reportDisability ? m.yesNoNotStated[c.reportDisability] : none}</Row>
            <Row label={m.reportForeignOrigin}>{c.reportForeignOrigin ? m.yesNoNotStated[c.reportForeignOrigin] : none}</Row>
          </>
        ) : null}
        {staff ? <Row label={m.notes}>{c.notes ?? none}</Row> : null}
      </dl>
      {staff ? (
        <p>
          <a class="button button-secondary" href={`/candidates/${c.id}/edit`}>
            {m.edit}
          </a>
        </p>
      ) : null}

      <section aria-labelledby="check-title">
        <h2 id="check-title">{m.checkTitle}</h2>
        <p>{m.checkText}</p>
        <ErrorSummary state={checkState} labels={labels} />
        <form method="post" action={`/candidates/${c.id}/check`} novalidate>
          <Csrf token={csrfToken} />
          <Input state={checkState} name="decisionDate" label={m.checkDate} type="date" optional={false} />
          {view.cases.length > 1 ? (
            <Select
              state={checkState}
              name="jobFrom"
              label={m.checkJobFrom}
              hint={m.checkJobFromHint}
              options={view.cases.map((k) => ({ value: k.id, label: [k.number, k.jobTitle].filter(Boolean).join(', ') }))}
            />
          ) : null}
          <button type="submit" class="button">
            {m.checkButton}
          </button>
        </form>
      </section>

      <section aria-labelledby="consents-title">
        <h2 id="consents-title">{m.consents}</h2>
        <dl class="ws-details">
          {view.consents.map((s) => (
            <Row key={s.purpose} label={m.purposes[s.purpose] ?? s.purpose}>
              {s.current === null
                ? m.consentNone
                : (s.current.given ? m.consentGiven : m.consentWithdrawn)(formatDate(lang, s.current.declaredOn), s.current.textVersion)}
            </Row>
          ))}
        </dl>
        {view.consentHistory.length > 0 ? (
          <details>
            <summary>{m.consentHistory}</summary>
            <ul>
              {view.consentHistory.map((h) => (
                <li key={h.id}>
                  {m.purposes[h.purpose] ?? h.purpose}: {(h.given ? m.consentGiven : m.consentWithdrawn)(formatDate(lang, h.declaredOn), h.textVersion)}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {staff ? (
          <details class="ws-add" open={consentState.errors.length > 0}>
            <summary>{m.consentRecord}</summary>
            <ErrorSummary state={consentState} labels={labels} />
            <form method="post" action={`/candidates/${c.id}/consents`} novalidate>
              <Csrf token={csrfToken} />
              <Select state={consentState} name="purpose" label={m.purpose} optional={false} options={CONSENT_PURPOSES.map((p) => ({ value: p, label: m.purposes[p] ?? p }))} />
              <Select state={consentState} name="given" label={m.given} optional={false} options={optionsOf({ yes: m.givenYes, no: m.givenNo })} />
              <Input state={consentState} name="declaredOn" label={m.declaredOn} type="date" optional={false} />
              <Input state={consentState} name="textVersion" label={m.textVersion} optional={false} />
              <button type="submit" class="button">
                {m.consentRecord}
              </button>
            </form>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="cases-title">
        <h2 id="cases-title">{m.cases}</h2>
        {view.cases.length === 0 ? (
          <p>{m.noCases}</p>
        ) : (
          <ul>
            {view.cases.map((k) => (
              <li key={k.id}>
                <a href={`/cases/${k.id}`}>{k.number}</a>
                {k.jobTitle ? `, ${k.jobTitle}` : k.occupationIsco ? `, ${iscoLabel(lang, k.occupationIsco)}` : ''} – {m.route} {k.routeId}, {m.caseStatus}:{' '}
                {m.caseStatuses[k.status] ?? k.status} ({formatDate(lang, k.statusSince)})
              </li>
            ))}
          </ul>
        )}
      </section>

      {personalLink ? <PersonalLinkSection lang={lang} candidateId={c.id} csrfToken={csrfToken} p={personalLink} /> : null}

      {may(user, 'candidate.export', c.companyId) ? (
        <p>
          <a href={`/candidates/${c.id}/export`} download>
            {m.export}
          </a>
        </p>
      ) : null}

      {may(user, 'candidate.erase', c.companyId) ? (
        <section aria-labelledby="erase-title" class="ws-danger">
          <h2 id="erase-title">{m.eraseTitle}</h2>
          <p>{m.eraseText}</p>
          <form method="post" action={`/candidates/${c.id}/erase`}>
            <Csrf token={csrfToken} />
            <div class={groupClass(eraseError)}>
              <FieldError id="confirm-error" text={eraseError ? m.eraseConfirmMissing : undefined} errorPrefix={w.errorPrefix} autofocus />
              <div class="choice">
                <input type="checkbox" id="confirm" name="confirm" value="yes" aria-describedby={eraseError ? 'confirm-error' : undefined} />
                <label for="confirm">{m.eraseConfirm}</label>
              </div>
            </div>
            <button type="submit" class="button button-warning">
              {m.eraseButton}
            </button>
          </form>
        </section>
      ) : null}
    </Shell>
  );
}
