// The company page's list of the company's candidates, with a link to add one (office) and to the whole list.

import type { Lang } from '../../i18n/index.ts';
import type { CandidateListItem } from '../../app/candidates/listCandidates.ts';
import type { PageOf } from '../../app/common/paging.ts';
import type { PageUser } from '../shell/Shell.tsx';
import { may } from '../workspace/form.tsx';
import { candidateMessages } from './messages/index.ts';

export function CompanyCandidates({ lang, user, companyId, list }: { lang: Lang; user: PageUser; companyId: string; list: PageOf<CandidateListItem> }) {
  const m = candidateMessages(lang);
  return (
    <section aria-labelledby="candidates-title">
      <h2 id="candidates-title">{m.onCompanyTitle}</h2>
      {may(user, 'candidate.create', companyId) ? (
        <p>
          <a class="button" href={`/candidates/new?company=${companyId}`}>
            {m.onCompanyAdd}
          </a>
        </p>
      ) : null}
      {list.items.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <ul>
          {list.items.map((c) => (
            <li key={c.id}>
              <a href={`/candidates/${c.id}`}>{c.name}</a>
            </li>
          ))}
        </ul>
      )}
      {list.total > list.items.length ? (
        <p>
          <a href={`/candidates?company=${companyId}`}>{m.onCompanyAll}</a>
        </p>
      ) : null}
    </section>
  );
}
