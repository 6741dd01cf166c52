// The section "Ankommen und Integration" (issue 17), on the case page and on its own page /cases/:id/onboarding: the
// arrival facts (and for the office their form: errors name the field, nothing typed is lost), what is due this week,
// the onboarding plan (dated steps first; steps without a date name the fact they wait for; unconfirmed rules marked
// "zu prüfen"), the button that creates or updates the plan, and the family with what the residence check says about
// each member (and for the office the form to add or change one). Plain forms: works without JavaScript.

import type { OnboardingTask, OnboardingView } from '../../../app/integration/getOnboarding.ts';
import type { FamilyCondition } from '../../../app/integration/family.ts';
import { FAMILY_RELATIONS, GERMAN_LEVELS, JOINING } from '../../../app/integration/codes.ts';
import { addDays } from '../../../law/dates.ts';
import type { Lang } from '../../../i18n/index.ts';
import { Table } from '../../shell/Table.tsx';
import { formatDate } from '../../shell/domain/labels.ts';
import { Csrf, ErrorSummary, Input, Select } from '../../workspace/form.tsx';
import type { WsState } from '../../workspace/form.tsx';
import { om } from './messages.ts';

export const ONBOARDING_SECTION_ID = 'onboarding';

export interface OnboardingSectionProps {
  lang: Lang;
  csrfToken: string;
  view: OnboardingView;
  today: string;
  arrivalState: WsState;
  familyState: WsState;
  /** the member whose form is shown (editing), or null: the form adds one */
  editMemberId: string | null;
  mayManage: boolean;
  /** on its own page the section's heading is the page's h1 */
  standalone: boolean;
  notice?: string;
}

/** The last day of "this week": the coming seven days from `today` (a week from any weekday, also on a Friday). */
export function endOfWeek(today: string): string {
  return addDays(today, 7);
}

function title(lang: Lang, t: { title: string; titleEn: string | null }): string {
  return lang === 'en' ? (t.titleEn ?? t.title) : t.title;
}

function DueCell({ lang, t }: { lang: Lang; t: OnboardingTask }) {
  const m = om(lang);
  if (t.dueOn !== null)
    return (
      <>
        <span class="nowrap">{formatDate(lang, t.dueOn)}</span>
        {t.dueSetByHand ? <span class="hint"> ({m.byHand})</span> : null}
      </>
    );
  if (t.missing !== null) return <span class="tag tag-warning">{m.missing[t.missing]}</span>;
  if (t.onEventDays !== null) return <>{m.onEvent(t.onEventDays)}</>;
  return <>{m.noDeadline}</>;
}

function Basis({ lang, t }: { lang: Lang; t: OnboardingTask }) {
  const m = om(lang);
  if (t.kind === 'template') return <span class="hint">{m.ownStep}</span>;
  const norm = (t.deadlineRef ?? '').replace(' · zu prüfen', '');
  return (
    <>
      {norm}
      {t.unconfirmed ? (
        <>
          {' '}
          <span class="tag tag-warning">{m.toVerify}</span>
        </>
      ) : null}
    </>
  );
}

function Condition({ lang, c }: { lang: Lang; c: FamilyCondition }) {
  const m = om(lang);
  const tag = c.met === true ? <span class="tag tag-success">{m.met}</span> : c.met === false ? <span class="tag tag-error">{m.notMet}</span> : <span class="tag tag-warning">{m.unknown}</span>;
  return (
    <li>
      {tag} {c.text[lang]} <span class="hint">({c.ref}{c.unconfirmed && c.met !== null ? ` · ${m.toVerify}` : ''})</span>
    </li>
  );
}

export function OnboardingSection(p: OnboardingSectionProps) {
  const { lang, view, today } = p;
  const m = om(lang);
  const c = view.case;
  const H = p.standalone ? 'h1' : 'h2';
  const H3 = (p.standalone ? 'h2' : 'h3') as 'h2' | 'h3';
  const H4 = (p.standalone ? 'h3' : 'h4') as 'h3' | 'h4';
  const date = (iso: string | null) => (iso ? formatDate(lang, iso) : m.notGiven);
  const open = view.tasks.filter((t) => !t.done);
  const weekEnd = endOfWeek(today);
  const overdue = open.filter((t) => t.dueOn !== null && t.dueOn < today);
  const thisWeek = open.filter((t) => t.dueOn !== null && t.dueOn >= today && t.dueOn <= weekEnd);
  const a = view.arrival;
  const arrivalLabels = {
    arrivalDate: m.arrivalDate,
    visaValidUntil: m.visaValidUntil,
    workStartOn: m.workStartOn,
    foreignDrivingLicence: m.foreignDrivingLicence,
    probationEnd: m.probationEnd,
    languageCourseEnd: m.languageCourseEnd,
  };
  const familyLabels = { relation: m.relation, name: m.name, birthDate: m.birthDate, citizenship: m.citizenship, joining: m.joining, jointProcedure: m.jointProcedure, german: m.german };
  const who = (f: OnboardingView['family'][number]) => m.member(m.relations[f.relation] ?? f.relation, f.name, formatDate(lang, f.birthDate));
  return (
    <section aria-labelledby={`${ONBOARDING_SECTION_ID}-title`} id={ONBOARDING_SECTION_ID}>
      <H id={`${ONBOARDING_SECTION_ID}-title`}>{p.standalone ? m.pageTitle(c.number) : m.heading}</H>
      {p.notice ? (
        <div class="notice notice-success" role="status">
          {p.notice}
        </div>
      ) : null}
      <p>{m.intro}</p>
      {p.standalone ? (
        <p>
          <a href={`/cases/${c.id}`}>{m.backToCase}</a>
        </p>
      ) : (
        <p>
          <a href={`/cases/${c.id}/onboarding`}>{m.openPage}</a>
        </p>
      )}

      <H3>{m.arrivalHeading}</H3>
      <dl class="ws-details">
        {(['arrivalDate', 'visaValidUntil', 'workStartOn'] as const).map((k) => (
          <div class="ws-row" key={k}>
            <dt>{m[k]}</dt>
            <dd>{date(a[k])}</dd>
          </div>
        ))}
        <div class="ws-row">
          <dt>{m.foreignDrivingLicence}</dt>
          <dd>{m.licence[a.foreignDrivingLicence === null ? 'unknown' : a.foreignDrivingLicence ? 'yes' : 'no']}</dd>
        </div>
        {(['probationEnd', 'languageCourseEnd'] as const).map((k) => (
          <div class="ws-row" key={k}>
            <dt>{m[k]}</dt>
            <dd>{date(a[k])}</dd>
          </div>
        ))}
      </dl>
      {p.mayManage ? (
        <details class="ws-add" open={p.arrivalState.errors.length > 0 || a.arrivalDate === null}>
          <summary>{m.editArrival}</summary>
          <ErrorSummary state={p.arrivalState} labels={arrivalLabels} />
          <form method="post" action={`/cases/${c.id}/onboarding/arrival`} novalidate>
            <Csrf token={p.csrfToken} />
            <Input state={p.arrivalState} name="arrivalDate" label={m.arrivalDate} hint={m.arrivalHint} type="date" />
            <Input state={p.arrivalState} name="visaValidUntil" label={m.visaValidUntil} type="date" />
            <Input state={p.arrivalState} name="workStartOn" label={m.workStartOn} type="date" />
            <Select
              state={p.arrivalState}
              name="foreignDrivingLicence"
              label={m.foreignDrivingLicence}
              optional={false}
              options={['unknown', 'yes', 'no'].map((v) => ({ value: v, label: m.licence[v]! }))}
            />
            <Input state={p.arrivalState} name="probationEnd" label={m.probationEnd} type="date" />
            <Input state={p.arrivalState} name="languageCourseEnd" label={m.languageCourseEnd} type="date" />
            <button type="submit" class="button">
              {m.saveArrival}
            </button>
          </form>
        </details>
      ) : null}

      <H3>{m.planHeading}</H3>
      {a.arrivalDate === null ? <p>{m.needsArrival}</p> : !view.generated ? <p>{m.notGenerated}</p> : view.outdated ? <p class="notice notice-important">{m.outdated}</p> : null}
      {p.mayManage && a.arrivalDate !== null ? (
        <form method="post" action={`/cases/${c.id}/onboarding/plan`}>
          <Csrf token={p.csrfToken} />
          <button type="submit" class="button">
            {view.generated ? m.update : m.generate}
          </button>
        </form>
      ) : null}
      {view.missing.length > 0 ? (
        <p>
          {m.missingLead}{' '}
          {view.missing.map((x, i) => (
            <span key={x}>
              {i > 0 ? ', ' : ''}
              <strong>{m.missing[x]}</strong>
            </span>
          ))}
        </p>
      ) : null}
      {view.generated ? (
        <>
          {overdue.length > 0 ? (
            <>
              <H4>{m.overdue}</H4>
              <ul>
                {overdue.map((t) => (
                  <li key={t.id}>
                    <strong class="tag tag-error">{formatDate(lang, t.dueOn)}</strong> {title(lang, t)} ({m.owners[t.owner]})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <H4>
            {m.thisWeek} ({m.until(formatDate(lang, weekEnd))})
          </H4>
          {thisWeek.length === 0 ? (
            <p>{m.nothingThisWeek}</p>
          ) : (
            <ul class="onboarding-this-week">
              {thisWeek.map((t) => (
                <li key={t.id}>
                  <strong>{formatDate(lang, t.dueOn)}</strong>: {title(lang, t)} ({m.owners[t.owner]})
                </li>
              ))}
            </ul>
          )}
          <Table caption={m.planCaption} captionClass="visually-hidden" columns={[{ label: m.colDue }, { label: m.colStep }, { label: m.colOwner }, { label: m.colBasis }, { label: m.colState }]}>
            {view.tasks.map((t) => (
              <tr key={t.id}>
                <td>
                  <DueCell lang={lang} t={t} />
                </td>
                <th scope="row">
                  {title(lang, t)}
                  {t.description && lang === 'de' ? <span class="hint onboarding-why">{t.description}</span> : null}
                </th>
                <td>{m.owners[t.owner]}</td>
                <td>
                  <Basis lang={lang} t={t} />
                </td>
                <td>{t.done ? <span class="tag tag-success">{m.done}</span> : t.dueOn !== null && t.dueOn < today ? <strong class="tag tag-error">{m.overdue}</strong> : m.open}</td>
              </tr>
            ))}
          </Table>
          <p>
            <a href={`/cases/${c.id}#tasks`}>{m.tasksLink}</a>
          </p>
        </>
      ) : null}

      <H3 id="family">{m.familyHeading}</H3>
      <p>{m.familyIntro}</p>
      {view.family.length === 0 ? (
        <p>{m.familyNone}</p>
      ) : (
        <ul class="ws-history">
          {view.family.map((f) => {
            const as = view.assessments.find((x) => x.memberId === f.id);
            return (
              <li key={f.id}>
                <p>
                  <strong>{who(f)}</strong> · {m.joinings[f.joining] ?? f.joining}
                  {f.german ? ` · ${m.german}: ${f.german === 'none' ? m.germanNone : f.german}` : ''}
                </p>
                {as ? (
                  <>
                    <p class="hint">{as.source === 'engine' ? m.assessedByEngine : m.assessedByRoute}</p>
                    <ul>
                      {as.conditions.map((cnd) => (
                        <Condition key={cnd.id} lang={lang} c={cnd} />
                      ))}
                    </ul>
                    {as.jointProcedure ? <p>{as.jointProcedure[lang]} (§ 81a Abs. 4 AufenthG)</p> : null}
                  </>
                ) : null}
                {p.mayManage ? (
                  <div>
                    <a href={`/cases/${c.id}/onboarding?member=${f.id}#family-form`} aria-label={m.editMemberLabel(who(f))}>
                      {m.editMember}
                    </a>{' '}
                    <form method="post" action={`/cases/${c.id}/onboarding/family/${f.id}/delete`} class="inline-form">
                      <Csrf token={p.csrfToken} />
                      <button type="submit" class="button button-secondary" aria-label={m.deleteMemberLabel(who(f))}>
                        {m.deleteMember}
                      </button>
                    </form>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {p.mayManage ? (
        <details class="ws-add" id="family-form" open={p.familyState.errors.length > 0 || p.editMemberId !== null}>
          <summary>{p.editMemberId ? m.saveMember : m.addMember}</summary>
          <ErrorSummary state={p.familyState} labels={familyLabels} />
          <form method="post" action={`/cases/${c.id}/onboarding/family${p.editMemberId ? `/${p.editMemberId}` : ''}`} novalidate>
            <Csrf token={p.csrfToken} />
            <Select state={p.familyState} name="relation" label={m.relation} optional={false} options={FAMILY_RELATIONS.map((r) => ({ value: r, label: m.relations[r]! }))} />
            <Input state={p.familyState} name="name" label={m.name} />
            <Input state={p.familyState} name="birthDate" label={m.birthDate} type="date" optional={false} />
            <Input state={p.familyState} name="citizenship" label={m.citizenship} />
            <Select state={p.familyState} name="joining" label={m.joining} optional={false} options={JOINING.map((j) => ({ value: j, label: m.joinings[j]! }))} />
            <Select state={p.familyState} name="jointProcedure" label={m.jointProcedure} optional={false} options={[{ value: 'no', label: m.jointNo }, { value: 'yes', label: m.jointYes }]} />
            <Select state={p.familyState} name="german" label={m.german} options={GERMAN_LEVELS.map((g) => ({ value: g, label: g === 'none' ? m.germanNone : g }))} />
            <button type="submit" class="button">
              {m.saveMember}
            </button>
          </form>
        </details>
      ) : null}
    </section>
  );
}
