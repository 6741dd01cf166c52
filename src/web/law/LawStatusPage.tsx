// The public page /recht/stand: every legal figure Lotse uses, grouped by topic, with validity, value, source
// (a link), the day it was last verified and its status. The rows come from the pure lawStatus() of src/law.

import type { Lang } from '../../i18n/index.ts';
import type { StatusRow, Topic } from '../../law/parameters/status.ts';
import { STATUS_TITLES, TOPICS, TOPIC_TITLES } from '../../law/parameters/status.ts';
import type { ValueStatus } from '../../law/parameters/parameter.ts';
import { dateDe, dateEn } from '../../law/format.ts';
import { Layout } from '../shell/Layout.tsx';
import type { LayoutUser } from '../shell/Layout.tsx';
import { Table } from '../shell/Table.tsx';
import { lm } from './messages/index.ts';

export interface LawStatusPageProps {
  lang: Lang;
  currentUrl: string;
  today: string;
  rows: readonly StatusRow[];
  user?: LayoutUser | null;
}

const STATUS_CLASS: Record<ValueStatus, string> = {
  in_force: 'tag tag-success',
  draft: 'tag tag-neutral',
  unconfirmed: 'tag tag-warning',
  stale: 'tag tag-error',
};

export function LawStatusPage({ lang, currentUrl, today, rows, user }: LawStatusPageProps) {
  const m = lm(lang);
  const date = lang === 'de' ? dateDe : dateEn;
  const byTopic = new Map<Topic, StatusRow[]>();
  for (const r of rows) byTopic.set(r.topic, [...(byTopic.get(r.topic) ?? []), r]);
  const topics = TOPICS.filter((t) => byTopic.has(t));
  return (
    <Layout lang={lang} title={m.title} currentUrl={currentUrl} user={user}>
      <h1>{m.heading}</h1>
      <p class="lead">{m.lead(date(today))}</p>
      <p>{m.explain}</p>
      <nav aria-labelledby="law-topics">
        <h2 id="law-topics">{m.contentsLabel}</h2>
        <ul>
          {topics.map((t) => (
            <li key={t}>
              <a href={`#topic-${t}`}>{TOPIC_TITLES[t][lang]}</a> ({m.counts(byTopic.get(t)!.length)})
            </li>
          ))}
        </ul>
      </nav>
      {topics.map((t) => (
        <section key={t} aria-labelledby={`topic-${t}`} class="section">
          <h2 id={`topic-${t}`}>{TOPIC_TITLES[t][lang]}</h2>
          <Table
            caption={TOPIC_TITLES[t][lang]}
            captionClass="visually-hidden"
            columns={[
              { label: m.columns.value },
              { label: m.columns.valid },
              { label: m.columns.status },
              { label: m.columns.verified },
              { label: m.columns.source },
            ]}
          >
            {byTopic.get(t)!.map((r) => (
              <tr key={`${r.id}@${r.validFrom}`} id={`${r.id}@${r.validFrom}`}>
                <th scope="row">
                  {r.description[lang]}: {r.value[lang]}
                  <br />
                  <code class="muted">{r.id}</code>
                </th>
                <td>{r.validUntil === null ? m.from(date(r.validFrom)) : m.fromTo(date(r.validFrom), date(r.validUntil))}</td>
                <td>
                  <span class={STATUS_CLASS[r.status]}>{STATUS_TITLES[r.status][lang]}</span>
                </td>
                <td>{date(r.lastVerified)}</td>
                <td>
                  <a href={r.reference.url} rel="noopener noreferrer">
                    {r.reference.title}
                  </a>
                  {r.alsoSee.length > 0 ? (
                    <>
                      {' '}
                      {m.alsoSee}{' '}
                      {r.alsoSee.map((s, i) => (
                        <span key={s.url}>
                          {i > 0 ? '; ' : ''}
                          <a href={s.url} rel="noopener noreferrer">
                            {s.title}
                          </a>
                        </span>
                      ))}
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </Table>
        </section>
      ))}
    </Layout>
  );
}
