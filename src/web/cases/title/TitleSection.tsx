// The residence-title section of the case page (issue 15): the title recorded (route, issued on, valid until, card
// number, for a Blue Card the start of employment), its state today, the dates that follow from it with their basis
// (src/law/residenceTitle.ts), and for the office the form to record, change or remove it (POST
// /cases/:id/residence-title; bad input comes back in this form, each field named).

import type { ResidenceTitle } from '../../../app/cases/recordResidenceTitle.ts';
import type { LevelOutcome, ResidenceOutlook } from '../../../app/cases/residenceOutlook.ts';
import { TITLE_ROUTE_IDS, extensionReminderMonths, titleDates, titleStateOn } from '../../../law/residenceTitle.ts';
import { valueAt } from '../../../law/parameters/parameter.ts';
import type { Lang } from '../../../i18n/index.ts';
import { Table } from '../../shell/Table.tsx';
import { formatDate } from '../../shell/domain/labels.ts';
import { Csrf, ErrorSummary, Input, Select } from '../../workspace/form.tsx';
import type { WsState } from '../../workspace/form.tsx';
import { cm } from '../messages/index.ts';
import { rtm } from './messages/index.ts';

export const TITLE_SECTION_ID = 'residence-title';

export function titleRouteLabel(lang: Lang, id: string): string {
  const routes = cm(lang).routes as Record<string, string>;
  return routes[id] ?? (id === 'other' ? rtm(lang).other : id);
}

export function TitleSection({
  lang,
  csrfToken,
  caseId,
  title,
  today,
  state,
  mayEdit,
  notice,
  outlook,
}: {
  lang: Lang;
  csrfToken: string;
  caseId: string;
  title: ResidenceTitle | null;
  today: string;
  state: WsState;
  mayEdit: boolean;
  notice?: string;
  /** the residence lifecycle check on the case's facts; absent: not shown */
  outlook?: ResidenceOutlook;
}) {
  const m = rtm(lang);
  const date = (iso: string | null) => (iso ? formatDate(lang, iso) : m.notGiven);
  const dates = title ? titleDates(title) : null;
  const stateToday = title ? titleStateOn(title, today) : null;
  const lead = title ? valueAt(extensionReminderMonths, title.validUntil)?.value : undefined;
  const notice82 = dates?.blueCardNotice;
  const labels = { titleRouteId: m.route, issuedOn: m.issuedOn, validUntil: m.validUntil, cardNumber: m.cardNumber, employmentFrom: m.employmentFrom };
  return (
    <section aria-labelledby={`${TITLE_SECTION_ID}-title`} id={TITLE_SECTION_ID}>
      <h2 id={`${TITLE_SECTION_ID}-title`}>{m.heading}</h2>
      {notice ? (
        <div class="notice notice-success" role="status">
          {notice}
        </div>
      ) : null}
      <p>{m.intro}</p>
      {title === null ? (
        <p>{m.none}</p>
      ) : (
        <>
          <dl class="ws-details">
            <div class="ws-row">
              <dt>{m.route}</dt>
              <dd>{titleRouteLabel(lang, title.titleRouteId)}</dd>
            </div>
            <div class="ws-row">
              <dt>{m.issuedOn}</dt>
              <dd>{date(title.issuedOn)}</dd>
            </div>
            <div class="ws-row">
              <dt>{m.validUntil}</dt>
              <dd>{date(title.validUntil)}</dd>
            </div>
            <div class="ws-row">
              <dt>{m.cardNumber}</dt>
              <dd>{title.cardNumber ?? m.notGiven}</dd>
            </div>
            {notice82 && notice82.status !== 'not_applicable' ? (
              <div class="ws-row">
                <dt>{m.employmentFrom}</dt>
                <dd>{date(title.employmentFrom)}</dd>
              </div>
            ) : null}
            <div class="ws-row">
              <dt>{m.stateLabel}</dt>
              <dd>
                <span class={stateToday === 'valid' ? 'tag tag-success' : stateToday === 'reminder' ? 'tag tag-warning' : 'tag tag-error'}>{m.states[stateToday!]}</span>
              </dd>
            </div>
          </dl>
          <h3>{m.datesHeading}</h3>
          <Table caption={m.datesCaption} captionClass="visually-hidden" columns={[{ label: m.colWhat }, { label: m.colDate }, { label: m.colBasis }]}>
            {dates!.reminderOn !== null && lead !== undefined ? (
              <tr>
                <th scope="row">{m.reminder}</th>
                <td>{date(dates!.reminderOn)}</td>
                <td>{m.reminderBasis(lead)}</td>
              </tr>
            ) : null}
            <tr>
              <th scope="row">{m.applyBy}</th>
              <td>{date(dates!.applyBy.date)}</td>
              <td>{m.applyByBasis(dates!.applyBy.ref!)}</td>
            </tr>
            <tr>
              <th scope="row">{m.expiredFrom}</th>
              <td>{date(dates!.expiredFrom)}</td>
              <td>{m.applyByBasis(dates!.applyBy.ref!)}</td>
            </tr>
            {notice82 && notice82.status === 'known' ? (
              <tr>
                <th scope="row">{m.noticeUntil}</th>
                <td>{date(notice82.until)}</td>
                <td>{m.noticeBasis(notice82.ref, notice82.months)}</td>
              </tr>
            ) : notice82 && notice82.status === 'unknown' ? (
              <tr>
                <th scope="row">{m.noticeUntil}</th>
                <td>
                  <span class="tag tag-warning">{m.noticeUnknown}</span>
                </td>
                <td>{notice82.reason === 'employment_start_missing' ? m.noticeMissingStart(notice82.ref) : m.noticeBeforeRule(notice82.ref)}</td>
              </tr>
            ) : null}
          </Table>
          {outlook ? <Outlook lang={lang} outlook={outlook} today={today} /> : null}
        </>
      )}
      {mayEdit ? (
        <details class="ws-add" open={state.errors.length > 0}>
          <summary>{m.edit}</summary>
          <ErrorSummary state={state} labels={labels} />
          <form method="post" action={`/cases/${caseId}/residence-title`} novalidate>
            <Csrf token={csrfToken} />
            <p class="hint">{m.editHint}</p>
            <Select state={state} name="titleRouteId" label={m.route} options={TITLE_ROUTE_IDS.map((id) => ({ value: id, label: titleRouteLabel(lang, id) }))} />
            <Input state={state} name="issuedOn" label={m.issuedOn} type="date" />
            <Input state={state} name="validUntil" label={m.validUntil} type="date" />
            <Input state={state} name="cardNumber" label={m.cardNumber} hint={m.cardNumberHint} />
            <Input state={state} name="employmentFrom" label={m.employmentFrom} hint={m.employmentFromHint} type="date" />
            <button type="submit" class="button">
              {m.save}
            </button>
          </form>
        </details>
      ) : null}
    </section>
  );
}

function LevelCell({ lang, level }: { lang: Lang; level: LevelOutcome }) {
  const m = rtm(lang);
  if (level.outcome === 'closed') return <span class="tag tag-error">{m.blueCardClosed}</span>;
  if (level.outcome === 'not_yet' && level.earliestDate !== null) return <span class="tag tag-warning">{m.blueCardFrom(formatDate(lang, level.earliestDate))}</span>;
  const open = level.unknown.map((id) => m.conditionNames[id] ?? id).join(', ');
  return (
    <>
      <span class="tag tag-success">{m.blueCardTimeMet}</span>
      {level.outcome === 'unknown' && open !== '' ? ` – ${m.blueCardUnknown(open)}` : null}
    </>
  );
}

/** The residence lifecycle check on the case's facts: the Blue Card settlement dates with B1 and A1, every move. */
function Outlook({ lang, outlook, today }: { lang: Lang; outlook: ResidenceOutlook; today: string }) {
  const m = rtm(lang);
  const date = (iso: string) => formatDate(lang, iso);
  return (
    <>
      <h3>{m.outlookHeading}</h3>
      <p>{m.outlookLead(date(today))}</p>
      {outlook.status === 'incomplete' ? <p>{m.outlookGaps(outlook.gaps.map((g) => m.outlookGapNames[g]).join(', '))}</p> : null}
      {outlook.status === 'invalid' ? (
        <>
          <p>{m.outlookInvalid}</p>
          <ul>
            {outlook.errors.map((e) => (
              <li>{e}</li>
            ))}
          </ul>
        </>
      ) : null}
      {outlook.assumed ? <p class="hint">{m.outlookAssumed(date(outlook.assumed.residenceFrom), date(outlook.assumed.employmentFrom), outlook.assumed.employmentFromSource)}</p> : null}
      {outlook.blueCardSettlement ? (
        <dl class="ws-details">
          <div class="ws-row">
            <dt>
              {m.blueCardHeading}: {m.blueCardLevel('B1')}
            </dt>
            <dd>
              <LevelCell lang={lang} level={outlook.blueCardSettlement.b1} />
            </dd>
          </div>
          <div class="ws-row">
            <dt>
              {m.blueCardHeading}: {m.blueCardLevel('A1')}
            </dt>
            <dd>
              <LevelCell lang={lang} level={outlook.blueCardSettlement.a1} />
            </dd>
          </div>
        </dl>
      ) : null}
      {outlook.result ? (
        <Table caption={m.movesCaption} captionClass="visually-hidden" columns={[{ label: m.colMove }, { label: m.colOutcome }, { label: m.colFrom }, { label: m.colWhy }]}>
          {outlook.result.moves.map((mv) => {
            const why = mv.conditions.filter((c) => c.met !== true);
            return (
              <tr>
                <th scope="row">
                  {mv.title[lang]}
                  {mv.discretionary ? m.discretionary : null}
                </th>
                <td>
                  <span class={mv.outcome === 'open' ? 'tag tag-success' : mv.outcome === 'not_yet' ? 'tag tag-warning' : mv.outcome === 'closed' ? 'tag tag-error' : 'tag'}>{m.outcomes[mv.outcome]}</span>
                </td>
                <td>{mv.earliestDate ? date(mv.earliestDate) : '–'}</td>
                <td>
                  {why.length === 0
                    ? mv.conditions.map((c) => c.ref).filter((r, i, all) => all.indexOf(r) === i).join('; ')
                    // an unconfirmed condition's text already says so ("Angabe ungesichert", "to be verified")
                    : why.map((c) => (
                        <div>
                          {c.text[lang]} ({c.ref})
                        </div>
                      ))}
                </td>
              </tr>
            );
          })}
        </Table>
      ) : null}
    </>
  );
}

/** The form's values for a recorded title (empty fields for none). */
export function titleFormValues(title: ResidenceTitle | null): Record<string, string> {
  return {
    titleRouteId: title?.titleRouteId ?? '',
    issuedOn: title?.issuedOn ?? '',
    validUntil: title?.validUntil ?? '',
    cardNumber: title?.cardNumber ?? '',
    employmentFrom: title?.employmentFrom ?? '',
  };
}
