// The company's overview (issue 14): its cases with status, its own open tasks (due, overdue) and the missing
// documents per case, each linked to the case page; and the button that starts a check saved to the company.

import type { CompanyOverview } from '../../../app/cases/companyOverview.ts';
import type { Lang } from '../../../i18n/index.ts';
import { Shell } from '../../shell/Shell.tsx';
import type { PageUser } from '../../shell/Shell.tsx';
import { formatDay } from '../handoff/HandoffPage.tsx';
import { om } from './messages.ts';

export function OverviewPage({ lang, currentUrl, user, overview }: { lang: Lang; currentUrl: string; user: PageUser; overview: CompanyOverview }) {
  const m = om(lang);
  return (
    <Shell lang={lang} title={m.title(overview.companyName)} currentUrl={currentUrl} user={user}>
      <h1>{m.title(overview.companyName)}</h1>
      <p>{m.intro}</p>
      <p>
        {m.tasksSummary(overview.openTasks, overview.overdueTasks)}
        {overview.overdueTasks > 0 ? (
          <>
            {' '}
            <span class="tag tag-error">{m.overdue}</span>
          </>
        ) : null}
      </p>
      <form method="post" action="/check" class="no-print">
        <button type="submit" class="button" aria-describedby="start-check-hint">
          {m.startCheck}
        </button>
        <p class="hint" id="start-check-hint">
          {m.startCheckHint}
        </p>
      </form>

      <h2>{m.cases}</h2>
      {overview.cases.length === 0 ? (
        <p>{m.noCases}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{m.caseNumber}</th>
                <th scope="col">{m.candidate}</th>
                <th scope="col">{m.job}</th>
                <th scope="col">{m.status}</th>
                <th scope="col">{m.missingDocuments}</th>
                <th scope="col">{m.openTasks}</th>
              </tr>
            </thead>
            <tbody>
              {overview.cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={`/cases/${c.id}`}>{c.number}</a>
                  </th>
                  <td>{c.candidateName ?? m.erased}</td>
                  <td>{c.jobTitle ?? m.none}</td>
                  <td>
                    {m.statuses[c.status] ?? c.status} <span class="hint">({m.since(formatDay(lang, c.statusSince))})</span>
                  </td>
                  <td>{c.missingDocuments}</td>
                  <td>
                    {c.openTasks.length === 0 ? (
                      m.none
                    ) : (
                      <ul>
                        {c.openTasks.map((t) => (
                          <li key={t.id}>
                            {lang === 'en' && t.titleEn ? t.titleEn : t.title}: {t.dueOn ? m.due(formatDay(lang, t.dueOn)) : m.noDue}
                            {t.overdue ? (
                              <>
                                {' '}
                                <span class="tag tag-error">{m.overdue}</span>
                              </>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Shell>
  );
}
