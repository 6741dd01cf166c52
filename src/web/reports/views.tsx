// The report page: a date-range form, the key figures, and per breakdown a bar chart drawn on the server (SVG, no
// script, no inline styles) with a table of the same numbers beside it.

import { isRangeOrderError } from '../../app/reports/buildReport.ts';
import type { Report } from '../../app/reports/buildReport.ts';
import type { WorkspaceFieldError } from '../../app/common/errors.ts';
import type { Lang } from '../../i18n/index.ts';
import { Shell } from '../shell/Shell.tsx';
import type { PageUser } from '../shell/Shell.tsx';
import { ErrorSummary, FormGroup } from '../shell/form.tsx';
import { wm } from '../shell/domain/messages/index.ts';
import { rm } from './messages.ts';
import { formatShare, sectionsOf, trackingSectionsOf } from './model.ts';
import { rfm } from '../workspace/referrals/messages.ts';
import type { Section } from './model.ts';
import { Table } from '../shell/Table.tsx';

const ROW = 28;
const LABEL_W = 300;
const BAR_W = 300;
const WIDTH = LABEL_W + BAR_W + 60;
/** labels longer than this (about LABEL_W at 14px) are shortened in the chart; the table and the title keep them whole */
const LABEL_CHARS = 38;

function chartLabel(label: string): string {
  return label.length <= LABEL_CHARS ? label : `${label.slice(0, LABEL_CHARS - 1).trimEnd()}…`;
}

/** Horizontal bars; dark blue on white (contrast above 8:1), labels and numbers as SVG text; the title (the image's
 * accessible name) repeats the numbers, since a screen reader does not read inside role="img". */
export function BarChart({ section, lang }: { section: Section; lang: Lang }) {
  const titleId = `chart-${section.id}-title`;
  const max = Math.max(1, ...section.rows.map((r) => r.count));
  const height = Math.max(1, section.rows.length) * ROW + 8;
  return (
    <svg class="report-chart" role="img" aria-labelledby={titleId} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} xmlns="http://www.w3.org/2000/svg">
      <title id={titleId}>{`${rm(lang).chart(section.title)}: ${section.rows.map((r) => `${r.label} ${r.count}`).join(', ')}`}</title>
      {section.rows.map((r, i) => {
        const y = 4 + i * ROW;
        const w = Math.round((r.count / max) * BAR_W);
        return (
          <g key={`${r.label}-${i}`}>
            <text x={LABEL_W - 8} y={y + ROW / 2 + 5} text-anchor="end" font-size="14" fill="#1a1a1a">
              {chartLabel(r.label)}
            </text>
            <rect x={LABEL_W} y={y + 4} width={w} height={ROW - 8} fill="#1d4f91" />
            <text x={LABEL_W + w + 6} y={y + ROW / 2 + 5} font-size="14" fill="#1a1a1a">
              {r.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function SectionBlock({ section, lang }: { section: Section; lang: Lang }) {
  const m = rm(lang);
  const headingId = `section-${section.id}`;
  return (
    <section class="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      {section.rows.length === 0 ? (
        <p>{m.empty}</p>
      ) : (
        <div class="report-pair">
          <BarChart section={section} lang={lang} />
          <Table caption={section.title} captionClass="visually-hidden" columns={[{ label: m.item }, { label: m.count, class: 'num' }, { label: m.share, class: 'num' }]}>
            {section.rows.map((r, i) => (
              <tr key={`${r.label}-${i}`}>
                <th scope="row">{r.label}</th>
                <td class="num">{r.count}</td>
                <td class="num">{formatShare(r.share, lang)}</td>
              </tr>
            ))}
          </Table>
        </div>
      )}
    </section>
  );
}

/** Issue 16: the tracked referrals of the period: key figures, by status, partner type and measure, and per partner. */
function TrackingBlock({ report, lang }: { report: Report; lang: Lang }) {
  const m = rm(lang);
  const t = m.tracking;
  const tr = report.referralTracking;
  const st = rfm(lang).statuses;
  const w = wm(lang);
  return (
    <>
      <section class="report-section" aria-labelledby="tracking-title">
        <h2 id="tracking-title">{t.title}</h2>
        <p>{t.intro}</p>
        <dl class="ws-details">
          <div class="ws-row">
            <dt>{t.total}</dt>
            <dd>{tr.total}</dd>
          </div>
          <div class="ws-row">
            <dt>{t.fromConsultations}</dt>
            <dd>{tr.fromConsultations}</dd>
          </div>
          <div class="ws-row">
            <dt>{t.fromCases}</dt>
            <dd>{tr.fromCases}</dd>
          </div>
        </dl>
      </section>
      {tr.total === 0
        ? null
        : trackingSectionsOf(report, lang).map((s) => <SectionBlock key={s.id} section={s} lang={lang} />)}
      {tr.byPartner.length === 0 ? null : (
        <section class="report-section" aria-labelledby="tracking-partners">
          <h2 id="tracking-partners">{t.byPartner}</h2>
          <Table
            caption={t.byPartner}
            captionClass="visually-hidden"
            columns={[
              { label: t.partner },
              { label: t.type },
              { label: t.total2, class: 'num' },
              { label: st.sent, class: 'num' },
              { label: st.accepted, class: 'num' },
              { label: st.done, class: 'num' },
              { label: st.declined, class: 'num' },
            ]}
          >
            {tr.byPartner.map((p) => (
              <tr key={p.partnerId}>
                <th scope="row">{p.name}</th>
                <td>{w.partnerTypes[p.type as keyof typeof w.partnerTypes] ?? p.type}</td>
                <td class="num">{p.total}</td>
                <td class="num">{p.sent}</td>
                <td class="num">{p.accepted}</td>
                <td class="num">{p.done}</td>
                <td class="num">{p.declined}</td>
              </tr>
            ))}
          </Table>
        </section>
      )}
    </>
  );
}

export function ReportPage({
  lang,
  currentUrl,
  user,
  values,
  errors,
  report,
}: {
  lang: Lang;
  currentUrl: string;
  user: PageUser;
  values: { from: string; to: string };
  errors: WorkspaceFieldError[];
  report: Report | null;
}) {
  const m = rm(lang);
  const w = wm(lang);
  const errorOf = (field: string) => errors.find((e) => e.field === field);
  const messageOf = (e: WorkspaceFieldError) => (isRangeOrderError(e) ? m.toBeforeFrom : w.errors[e.code]);
  const dateInput = (name: 'from' | 'to') => {
    const e = errorOf(name);
    // a native date input shows the browser's own format: no format hint (the error names a wrong date)
    return (
      <FormGroup name={name} label={m[name]} error={e ? messageOf(e) : undefined} errorPrefix={w.errorPrefix} spaceAfterPrefix>
        {(describedBy, invalid) => <input type="date" id={name} name={name} value={values[name]} aria-describedby={describedBy} aria-invalid={invalid ? 'true' : undefined} />}
      </FormGroup>
    );
  };
  return (
    <Shell lang={lang} title={m.title} currentUrl={currentUrl} user={user}>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <p>
        <a href="/reports/funder">{lang === 'de' ? 'Förderbericht (ESF Plus, EU-Indikatoren) mit Einzelnachweis' : 'Funder’s report (ESF Plus, EU indicators) with per-record export'}</a>
      </p>
      <ErrorSummary
        title={w.errorSummaryTitle}
        items={errors.map((e) => ({ href: `#${e.field}`, text: `${e.field === 'from' || e.field === 'to' ? m[e.field] : e.field}: ${messageOf(e)}` }))}
      />
      <form method="get" action="/reports" class="ws-filter report-form">
        {dateInput('from')}
        {dateInput('to')}
        <button type="submit" class="button">
          {m.submit}
        </button>
      </form>
      {report ? (
        <>
          <p>
            <a href={`/reports.csv?from=${report.from}&to=${report.to}`} download>
              {m.csv}
            </a>
          </p>
          <section aria-labelledby="key-figures">
            <h2 id="key-figures">
              {m.keyFigures} – {m.period(report.from, report.to)}
            </h2>
            <dl class="report-figures">
              <div>
                <dt>{m.companies}</dt>
                <dd>{report.totals.companies}</dd>
              </div>
              <div>
                <dt>{m.consultations}</dt>
                <dd>{report.totals.consultations}</dd>
              </div>
              <div>
                <dt>{m.persons}</dt>
                <dd>{report.totals.persons}</dd>
              </div>
              <div>
                <dt>{m.referrals}</dt>
                <dd>{report.totals.referrals}</dd>
              </div>
            </dl>
            <dl class="ws-details">
              <div class="ws-row">
                <dt>{m.contactPersons}</dt>
                <dd>{report.totals.contactPersons}</dd>
              </div>
              <div class="ws-row">
                <dt>{m.otherParticipants}</dt>
                <dd>{report.totals.otherParticipants}</dd>
              </div>
            </dl>
            <p class="hint">{m.personsNote}</p>
          </section>
          {sectionsOf(report, lang).map((s) => (
            <SectionBlock key={s.id} section={s} lang={lang} />
          ))}
          <TrackingBlock report={report} lang={lang} />
        </>
      ) : null}
    </Shell>
  );
}
