// The funder's report pages (issue 17): the report with a quarter selector and a custom range, each figure a link to
// the records behind it (for staff: every user who can see the report may see them; company users see neither);
// the printable page (the same tables, no forms and no links; the shell's print CSS hides the navigation); and the
// drill-down list. No script.

import type { ComponentChildren } from 'preact';
import type { FunderReport, DrillResult } from '../../../app/reports/funderReport.ts';
import type { WorkspaceFieldError } from '../../../app/common/errors.ts';
import type { Lang } from '../../../i18n/index.ts';
import { Shell } from '../../shell/Shell.tsx';
import type { PageUser } from '../../shell/Shell.tsx';
import { ErrorSummary, FormGroup } from '../../shell/form.tsx';
import { wm } from '../../shell/domain/messages/index.ts';
import { Table } from '../../shell/Table.tsx';
import { fm } from './messages.ts';
import { rm } from '../messages.ts';
import { isRangeOrderError } from '../../../app/reports/buildReport.ts';
import { rfm } from '../../workspace/referrals/messages.ts';
import { formatDate } from '../../shell/domain/labels.ts';
import { keyLabel, routeLabel } from './model.ts';

export interface PeriodQuery {
  quarter?: string;
  from?: string;
  to?: string;
}

/** The query string of a period: the quarter if one was chosen, else from/to. */
export function periodQuery(r: { from: string; to: string }, quarter: string | undefined): string {
  return quarter ? `quarter=${encodeURIComponent(quarter)}` : `from=${r.from}&to=${r.to}`;
}

/** The quarters offered: the programme's (2026–2028) and any up to the current one, newest first. */
export function quartersUpTo(today: string): string[] {
  const out: string[] = [];
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  for (let year = Math.max(y, 2028); year >= 2026; year--) for (let n = 4; n >= 1; n--) if (year < y || (year === y && n <= q)) out.push(`${year}-Q${n}`);
  return out;
}

type Link = (params: string) => string | null;

function Num({ n, href }: { n: number | string; href: string | null }) {
  return href === null ? <>{n}</> : <a href={href}>{n}</a>;
}

function Figures({ report, lang, link }: { report: FunderReport; lang: Lang; link: Link }) {
  const m = fm(lang);
  const w = wm(lang);
  const p = report.persons;
  const c = report.companies;
  const o = report.office;
  const kv = (label: ComponentChildren, value: ComponentChildren) => (
    <div class="ws-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <>
      <section class="report-section" aria-labelledby="persons-title">
        <h2 id="persons-title">{m.persons}</h2>
        <p class="hint">{m.personsNote}</p>
        <dl class="ws-details">
          {kv(m.total, <Num n={p.total} href={link('kind=persons&dim=all')} />)}
          {kv(m.withConsent, p.withConsent)}
          {kv(m.withoutConsent, <Num n={p.withoutConsent} href={link('kind=persons&dim=sex&key=no_consent')} />)}
          {kv(m.erased, p.erased)}
        </dl>
        {p.iscedDerived > 0 ? <p class="hint">{m.iscedDerived(p.iscedDerived)}</p> : null}
        <h3>{m.indicators}</h3>
        <Table caption={m.indicators} captionClass="visually-hidden" columns={[{ label: m.indicator }, { label: m.count, class: 'num' }, { label: m.estimate, class: 'num' }, { label: m.unknown, class: 'num' }]}>
          {p.indicators.map((i) => (
            <tr key={i.key}>
              <th scope="row">{m.indicatorLabels[i.key]}</th>
              <td class="num">{i.count}</td>
              <td class="num">{i.estimate === null ? m.none : i.estimate}</td>
              <td class="num">{i.estimate === null && i.key === 'total' ? m.none : i.unknown}</td>
            </tr>
          ))}
        </Table>
        <p class="hint">{m.estimateNote}</p>
        {Object.entries(p.breakdowns).map(([dim, rows]) => (
          <div key={dim}>
            <h3 id={`dim-${dim}`}>{m.dimensions[dim]}</h3>
            <Table
              caption={m.dimensions[dim]}
              captionClass="visually-hidden"
              columns={[{ label: m.value }, { label: m.count, class: 'num' }, { label: m.female, class: 'num' }, { label: m.male, class: 'num' }, { label: m.nonBinary, class: 'num' }, { label: m.sexUnknown, class: 'num' }]}
            >
              {rows.map((b) => (
                <tr key={String(b.key)}>
                  <th scope="row">{keyLabel(lang, dim, b.key)}</th>
                  <td class="num">
                    <Num n={b.total} href={link(`kind=persons&dim=${dim}&key=${encodeURIComponent(b.key ?? '')}`)} />
                  </td>
                  <td class="num">{b.female}</td>
                  <td class="num">{b.male}</td>
                  <td class="num">{b.nonBinary}</td>
                  <td class="num">{b.sexUnknown}</td>
                </tr>
              ))}
            </Table>
          </div>
        ))}
      </section>

      <section class="report-section" aria-labelledby="companies-title">
        <h2 id="companies-title">{m.companies}</h2>
        <p class="hint">{m.companiesNote}</p>
        <dl class="ws-details">
          {kv(m.companiesTotal, <Num n={c.total} href={link('kind=companies&dim=all')} />)}
          {kv(m.smes, <Num n={c.smes} href={link('kind=companies&dim=sme&key=sme')} />)}
          {kv(m.large, <Num n={c.large} href={link('kind=companies&dim=sme&key=large')} />)}
          {kv(m.sizeUnknown, <Num n={c.sizeUnknown} href={link('kind=companies&dim=sme&key=')} />)}
          {kv(m.anonymised, c.anonymised)}
        </dl>
        <h3>{m.bySizeClass}</h3>
        <Table caption={m.bySizeClass} captionClass="visually-hidden" columns={[{ label: m.value }, { label: m.count, class: 'num' }]}>
          {c.bySizeClass.map((b) => (
            <tr key={String(b.key)}>
              <th scope="row">{b.key === null ? m.unknownValue : ((w.sizeClasses as Record<string, string>)[b.key] ?? b.key)}</th>
              <td class="num">
                <Num n={b.count} href={link(`kind=companies&dim=sizeClass&key=${b.key ?? ''}`)} />
              </td>
            </tr>
          ))}
        </Table>
        <h3>{m.byWzSection}</h3>
        <Table caption={m.byWzSection} captionClass="visually-hidden" columns={[{ label: m.value }, { label: m.count, class: 'num' }, { label: m.smes, class: 'num' }, { label: m.large, class: 'num' }]}>
          {c.byWzSection.map((b) => (
            <tr key={String(b.key)}>
              <th scope="row">{b.key ?? m.unknownValue}</th>
              <td class="num">
                <Num n={b.total} href={link(`kind=companies&dim=wzSection&key=${b.key ?? ''}`)} />
              </td>
              <td class="num">{b.smes}</td>
              <td class="num">{b.large}</td>
            </tr>
          ))}
        </Table>
      </section>

      <section class="report-section" aria-labelledby="office-title">
        <h2 id="office-title">{m.office}</h2>
        <dl class="ws-details">
          {kv(m.consultations, o.consultations)}
          {o.byKind.map((b) => kv((w.kinds as Record<string, string>)[b.key ?? ''] ?? b.key, b.count))}
          {kv(m.casesOpened, <Num n={o.casesOpenedTotal} href={link('kind=cases&event=opened')} />)}
          {kv(m.casesClosed, <Num n={o.casesClosedTotal} href={link('kind=cases&event=closed')} />)}
          {kv(m.arrivals, <Num n={o.arrivals} href={link('kind=cases&event=arrived')} />)}
          {kv(m.medianDays, o.medianDaysToArrival === null ? m.none : o.medianDaysToArrival.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB'))}
        </dl>
        <p class="hint">{m.medianNote}</p>
        <h3>{m.byTopic}</h3>
        <Table caption={m.byTopic} captionClass="visually-hidden" columns={[{ label: m.value }, { label: m.count, class: 'num' }]}>
          {o.byTopic.map((b) => (
            <tr key={String(b.key)}>
              <th scope="row">{(w.topics as Record<string, string>)[b.key ?? ''] ?? b.key}</th>
              <td class="num">{b.count}</td>
            </tr>
          ))}
        </Table>
        {(['opened', 'closed'] as const).map((event) => (
          <div key={event}>
            <h3>{event === 'opened' ? m.casesOpened : m.casesClosed}</h3>
            <Table caption={event === 'opened' ? m.casesOpened : m.casesClosed} captionClass="visually-hidden" columns={[{ label: m.route }, { label: m.count, class: 'num' }]}>
              {(event === 'opened' ? o.casesOpened : o.casesClosed).map((b) => (
                <tr key={String(b.key)}>
                  <th scope="row">{routeLabel(lang, b.key!)}</th>
                  <td class="num">
                    <Num n={b.count} href={link(`kind=cases&event=${event}&route=${encodeURIComponent(b.key!)}`)} />
                  </td>
                </tr>
              ))}
            </Table>
          </div>
        ))}
        <h3>{m.referrals}</h3>
        <Table
          caption={m.referrals}
          captionClass="visually-hidden"
          columns={[
            { label: m.partner },
            { label: m.count, class: 'num' },
            { label: rfm(lang).statuses.sent, class: 'num' },
            { label: rfm(lang).statuses.accepted, class: 'num' },
            { label: rfm(lang).statuses.done, class: 'num' },
            { label: rfm(lang).statuses.declined, class: 'num' },
          ]}
        >
          {o.referralTracking.byPartner.map((r) => (
            <tr key={r.partnerId}>
              <th scope="row">{r.name}</th>
              <td class="num">{r.total}</td>
              <td class="num">{r.sent}</td>
              <td class="num">{r.accepted}</td>
              <td class="num">{r.done}</td>
              <td class="num">{r.declined}</td>
            </tr>
          ))}
        </Table>
      </section>
    </>
  );
}

export function FunderReportPage({
  lang,
  currentUrl,
  user,
  values,
  quarters,
  errors,
  report,
}: {
  lang: Lang;
  currentUrl: string;
  user: PageUser;
  values: PeriodQuery;
  quarters: string[];
  errors: WorkspaceFieldError[];
  report: FunderReport | null;
}) {
  const m = fm(lang);
  const w = wm(lang);
  const q = report ? periodQuery(report, values.quarter) : '';
  // the end before the start is a date error whose text says so (as on the office's report page)
  const messageOf = (e: WorkspaceFieldError) => (isRangeOrderError(e) ? rm(lang).toBeforeFrom : w.errors[e.code]);
  const labelOf = (field: string) => (field === 'from' || field === 'to' || field === 'quarter' ? m[field] : field);
  const quarterError = errors.find((x) => x.field === 'quarter');
  const dateInput = (name: 'from' | 'to') => {
    const e = errors.find((x) => x.field === name);
    return (
      <FormGroup name={name} label={m[name]} error={e ? messageOf(e) : undefined} errorPrefix={w.errorPrefix} spaceAfterPrefix>
        {(describedBy, invalid) => <input type="date" id={name} name={name} value={values[name] ?? ''} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined} />}
      </FormGroup>
    );
  };
  return (
    <Shell lang={lang} title={m.title} currentUrl={currentUrl} user={user}>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <ErrorSummary title={w.errorSummaryTitle} items={errors.map((e) => ({ href: `#${e.field}`, text: `${labelOf(e.field)}: ${messageOf(e)}` }))} />
      <form method="get" action="/reports/funder" class="ws-filter report-form">
        <FormGroup name="quarter" label={m.quarter} error={quarterError ? messageOf(quarterError) : undefined} errorPrefix={w.errorPrefix} spaceAfterPrefix>
          {(describedBy) => (
            <select id="quarter" name="quarter" aria-describedby={describedBy}>
              <option value="">{m.customRange}</option>
              {quarters.map((x) => (
                <option key={x} value={x} selected={values.quarter === x}>
                  {x.replace('-Q', ' Q')}
                </option>
              ))}
            </select>
          )}
        </FormGroup>
        {dateInput('from')}
        {dateInput('to')}
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
      {report ? (
        <>
          <h2 class="report-period">{m.period(report.from, report.to)}</h2>
          <ul class="report-links">
            <li>
              <a href={`/reports/funder.csv?${q}`} download>
                {m.csv}
              </a>
            </li>
            <li>
              <a href={`/reports/funder/records.csv?${q}`} download>
                {m.recordsCsv}
              </a>
            </li>
            <li>
              <a href={`/reports/funder/print?${q}`}>{m.print}</a>
            </li>
          </ul>
          <Figures report={report} lang={lang} link={(params) => `/reports/funder/records?${q}&${params}`} />
        </>
      ) : null}
    </Shell>
  );
}

export function FunderPrintPage({ lang, currentUrl, user, report, quarter }: { lang: Lang; currentUrl: string; user: PageUser; report: FunderReport; quarter?: string }) {
  const m = fm(lang);
  return (
    <Shell lang={lang} title={`${m.title} – ${m.period(report.from, report.to)}`} currentUrl={currentUrl} user={user}>
      <p class="no-print">
        <a href={`/reports/funder?${periodQuery(report, quarter)}`}>{m.back}</a> · {m.printHint}
      </p>
      <h1>
        {m.title} – {m.period(report.from, report.to)}
      </h1>
      <Figures report={report} lang={lang} link={() => null} />
    </Shell>
  );
}

export function FunderRecordsPage({ lang, currentUrl, user, result, quarter }: { lang: Lang; currentUrl: string; user: PageUser; result: DrillResult; quarter?: string }) {
  const m = fm(lang);
  const back = `/reports/funder?${periodQuery(result, quarter)}`;
  const dash = (v: string | null) => v ?? m.none;
  return (
    <Shell lang={lang} title={m.recordsTitle} currentUrl={currentUrl} user={user}>
      <p>
        <a href={back}>{m.back}</a>
      </p>
      <h1>{m.recordsTitle}</h1>
      <p>
        {m.period(result.from, result.to)} · {m.recordsCount(result.records.length)}
      </p>
      {result.kind === 'persons' ? (
        <Table caption={m.recordsTitle} captionClass="visually-hidden" columns={[{ label: m.pseudonym }, { label: m.entryOn }, { label: m.name }, { label: m.company }, { label: m.consent }]}>
          {result.records.map((p) => (
            <tr key={p.candidateId}>
              <th scope="row">{p.pseudonym}</th>
              <td>{formatDate(lang, p.entryOn)}</td>
              <td>{p.erased ? <em>{m.erasedPerson}</em> : <a href={`/candidates/${p.candidateId}`}>{p.name ?? m.none}</a>}</td>
              <td>{p.companyName ?? m.deletedCompany}</td>
              <td>{p.consent ? m.yes : m.no}</td>
            </tr>
          ))}
        </Table>
      ) : result.kind === 'companies' ? (
        <Table caption={m.recordsTitle} captionClass="visually-hidden" columns={[{ label: m.company }, { label: 'WZ' }, { label: m.consultationsCount, class: 'num' }, { label: m.casesCount, class: 'num' }]}>
          {result.records.map((c) => (
            <tr key={c.companyId}>
              <th scope="row">{c.anonymised ? <em>{m.deletedCompany}</em> : <a href={`/companies/${c.companyId}`}>{c.name}</a>}</th>
              <td>{dash(c.wzSection)}</td>
              <td class="num">{c.consultations}</td>
              <td class="num">{c.casesOpened}</td>
            </tr>
          ))}
        </Table>
      ) : (
        <Table caption={m.recordsTitle} captionClass="visually-hidden" columns={[{ label: m.caseNumber }, { label: m.route }, { label: m.on }, { label: m.name }, { label: m.company }, { label: m.days, class: 'num' }]}>
          {result.records.map((k) => (
            <tr key={k.caseId}>
              <th scope="row">
                <a href={`/cases/${k.caseId}`}>{k.number}</a>
              </th>
              <td>{routeLabel(lang, k.routeId)}</td>
              <td>{formatDate(lang, k.on)}</td>
              <td>{k.erased ? <em>{m.erasedPerson}</em> : dash(k.candidateName)}</td>
              <td>{k.companyName ?? m.deletedCompany}</td>
              <td class="num">{k.days ?? m.none}</td>
            </tr>
          ))}
        </Table>
      )}
    </Shell>
  );
}
