// The employee's page behind their personal link (/me/<token>): their next steps, without an account (issue 15).

import type { NextSteps } from '../../app/reminders/getNextSteps.ts';
import { Shell } from '../shell/Shell.tsx';
import { mePage as t } from './messages.ts';

function dateEn(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

type Step = NextSteps['upcoming'][number];

function StepList({ steps }: { steps: Step[] }) {
  return (
    <ul>
      {steps.map((s, i) => (
        <li key={i}>
          {s.titleEn ?? s.title} <span class="muted">({s.dueOn ? t.due(dateEn(s.dueOn)) : t.noDate})</span>
          {s.titleEn && s.titleEn !== s.title ? (
            <>
              <br />
              <span lang="de" class="muted">
                {s.title}
              </span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function MePage({ currentUrl, steps }: { currentUrl: string; steps: NextSteps }) {
  const nothing = steps.overdue.length + steps.upcoming.length + steps.documents.length === 0;
  return (
    <Shell lang="en" title={t.title} currentUrl={currentUrl}>
      <h1>{t.title}</h1>
      <p>{t.greeting(steps.name)}</p>
      <p>{t.lead}</p>
      <p lang="de" class="muted">
        {t.leadDe}
      </p>
      {nothing ? <p>{t.nothing}</p> : null}
      {steps.overdue.length > 0 ? (
        <section aria-labelledby="overdue-title">
          <h2 id="overdue-title">{t.overdue}</h2>
          <StepList steps={steps.overdue} />
        </section>
      ) : null}
      {steps.upcoming.length > 0 ? (
        <section aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">{t.upcoming}</h2>
          <StepList steps={steps.upcoming} />
        </section>
      ) : null}
      {steps.documents.length > 0 ? (
        <section aria-labelledby="documents-title">
          <h2 id="documents-title">{t.documents}</h2>
          <ul>
            {steps.documents.map((d, i) => (
              <li key={i}>
                {d.labelEn ?? d.label}
                {d.status === 'rejected' ? <span class="muted"> ({t.rejected})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {steps.contacts.length > 0 ? (
        <section aria-labelledby="contacts-title">
          <h2 id="contacts-title">{t.contacts}</h2>
          <p lang="de" class="muted">
            {t.contactsDe}
          </p>
          {steps.contacts.map((c) => (
            <div key={c.caseNumber}>
              {c.arrivalDate || c.workStartOn ? (
                <p>
                  {c.arrivalDate ? t.arrived(dateEn(c.arrivalDate)) : null} {c.workStartOn ? t.workStart(dateEn(c.workStartOn)) : null}
                </p>
              ) : null}
              <dl class="ws-details">
                <div class="ws-row">
                  <dt>{t.office}</dt>
                  <dd>
                    {c.officeName}
                    {c.adviser ? (
                      <>
                        {': '}
                        {c.adviser.name}, <a href={`mailto:${c.adviser.email}`}>{c.adviser.email}</a>
                      </>
                    ) : null}
                  </dd>
                </div>
                <div class="ws-row">
                  <dt>{t.company}</dt>
                  <dd>
                    {c.companyName}
                    {c.companyContact ? (
                      <>
                        {': '}
                        {c.companyContact.name}
                        {c.companyContact.role ? ` (${c.companyContact.role})` : ''}
                        {c.companyContact.email ? (
                          <>
                            , <a href={`mailto:${c.companyContact.email}`}>{c.companyContact.email}</a>
                          </>
                        ) : null}
                        {c.companyContact.phone ? `, ${c.companyContact.phone}` : ''}
                      </>
                    ) : null}
                  </dd>
                </div>
              </dl>
            </div>
          ))}
        </section>
      ) : null}
      <p class="muted">{t.validUntil(dateEn(steps.expiresAt.toISOString().slice(0, 10)))}</p>
    </Shell>
  );
}

export function MeInvalidPage({ currentUrl }: { currentUrl: string }) {
  return (
    <Shell lang="en" title={t.invalidTitle} currentUrl={currentUrl}>
      <h1>{t.invalidTitle}</h1>
      <p>{t.invalid}</p>
      <p lang="de">{t.invalidDe}</p>
    </Shell>
  );
}
