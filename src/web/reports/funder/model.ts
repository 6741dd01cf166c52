// The funder's report as CSV for German Excel (src/app/common/csv.ts: BOM, semicolons, formula escaping): the figures
// (one block per table, as on the page) and the per-record export in the stable field order of docs/report-fields.md.
// Pure.

import type { FunderReport, PersonRecord } from '../../../app/reports/funderReport.ts';
import { SME_CLASSES } from '../../../app/reports/funderCodes.ts';
import { excelCsv } from '../../../app/common/csv.ts';
import type { CsvCell } from '../../../app/common/csv.ts';
import type { Lang } from '../../../i18n/index.ts';
import { wm } from '../../shell/domain/messages/index.ts';
import { cm } from '../../cases/messages/index.ts';
import { fm } from './messages.ts';
import { rfm } from '../../workspace/referrals/messages.ts';

/** A breakdown key's label ('' / null: not recorded). */
export function keyLabel(lang: Lang, dim: string, key: string | null): string {
  const m = fm(lang);
  if (key === null) return m.notAsked;
  if (dim === 'region') return key === 'no_consent' ? m.keys.no_consent! : key;
  return m.keys[key] ?? key;
}

export function routeLabel(lang: Lang, routeId: string): string {
  return (cm(lang).routes as Record<string, string>)[routeId] ?? routeId;
}

/** The figures as CSV: a title row, then per table a heading row, its column row, its rows, an empty row. */
export function funderCsv(r: FunderReport, lang: Lang): string {
  const m = fm(lang);
  const w = wm(lang);
  const rows: CsvCell[][] = [[m.title], [m.period(r.from, r.to)], []];
  const table = (title: string, head: CsvCell[], body: CsvCell[][]) => rows.push([title], head, ...body, []);
  table(m.persons, [m.indicator, m.count], [
    [m.total, r.persons.total],
    [m.withConsent, r.persons.withConsent],
    [m.withoutConsent, r.persons.withoutConsent],
    [m.erased, r.persons.erased],
  ]);
  table(
    m.indicators,
    [m.indicator, m.count, m.estimate, m.unknown],
    r.persons.indicators.map((i) => [m.indicatorLabels[i.key] ?? i.key, i.count, i.estimate ?? '', i.unknown]),
  );
  for (const [dim, rowsOf] of Object.entries(r.persons.breakdowns)) {
    table(
      m.dimensions[dim] ?? dim,
      [m.value, m.count, m.female, m.male, m.nonBinary, m.sexUnknown],
      rowsOf.map((b) => [keyLabel(lang, dim, b.key), b.total, b.female, b.male, b.nonBinary, b.sexUnknown]),
    );
  }
  table(m.companies, [m.indicator, m.count], [
    [m.companiesTotal, r.companies.total],
    [m.smes, r.companies.smes],
    [m.large, r.companies.large],
    [m.sizeUnknown, r.companies.sizeUnknown],
    [m.anonymised, r.companies.anonymised],
  ]);
  table(m.bySizeClass, [m.value, m.count], r.companies.bySizeClass.map((b) => [b.key === null ? m.unknownValue : (w.sizeClasses as Record<string, string>)[b.key] ?? b.key, b.count]));
  table(m.byWzSection, [m.value, m.count, m.smes, m.large], r.companies.byWzSection.map((b) => [b.key ?? m.unknownValue, b.total, b.smes, b.large]));
  const o = r.office;
  table(m.office, [m.indicator, m.count], [
    [m.consultations, o.consultations],
    ...o.byKind.map((b): CsvCell[] => [(w.kinds as Record<string, string>)[b.key ?? ''] ?? String(b.key), b.count]),
    [m.casesOpened, o.casesOpenedTotal],
    [m.casesClosed, o.casesClosedTotal],
    [m.arrivals, o.arrivals],
    [m.medianDays, o.medianDaysToArrival === null ? '' : String(o.medianDaysToArrival).replace('.', lang === 'de' ? ',' : '.')],
  ]);
  table(m.byTopic, [m.value, m.count], o.byTopic.map((b) => [(w.topics as Record<string, string>)[b.key ?? ''] ?? String(b.key), b.count]));
  table(m.casesOpened, [m.route, m.count], o.casesOpened.map((b) => [routeLabel(lang, b.key!), b.count]));
  table(m.casesClosed, [m.route, m.count], o.casesClosed.map((b) => [routeLabel(lang, b.key!), b.count]));
  table(m.referrals, [m.partner, m.count, rfm(lang).statuses.sent, rfm(lang).statuses.accepted, rfm(lang).statuses.done, rfm(lang).statuses.declined], o.referralTracking.byPartner.map((p) => [p.name, p.total, p.sent, p.accepted, p.done, p.declined]));
  return excelCsv(rows);
}

/** The per-record export's columns, in this order (docs/report-fields.md); never reorder, only append. */
export const RECORD_FIELDS = [
  'kennung',
  'eintritt',
  'geschlecht',
  'altersgruppe',
  'erwerbsstatus',
  'isced',
  'isced_abgeleitet',
  'drittstaatsangehoerig',
  'behinderung',
  'auslaendische_herkunft',
  'bundesland',
  'kreis_gemeinde',
  'unternehmensgroesse',
  'kmu',
  'wz_abschnitt',
  'einwilligung',
] as const;

const CODE: Record<string, string> = {
  female: 'w',
  male: 'm',
  non_binary: 'd',
  not_stated: 'k',
  under_18: 'u18',
  '18_29': '18-29',
  '30_54': '30-54',
  '55_plus': '55+',
  employed: 'erwerbstaetig',
  unemployed: 'arbeitslos',
  long_term_unemployed: 'langzeitarbeitslos',
  inactive: 'nicht_erwerbstaetig',
  isced_0_2: '0-2',
  isced_3_4: '3-4',
  isced_5_8: '5-8',
  yes: 'ja',
  no: 'nein',
};
const code = (v: string | null): string => (v === null ? '' : (CODE[v] ?? v));
const yn = (v: boolean | null): string => (v === null ? '' : v ? 'ja' : 'nein');
const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

export function recordCells(p: PersonRecord): CsvCell[] {
  return [
    p.pseudonym,
    germanDate(p.entryOn),
    code(p.sex),
    code(p.ageBand),
    code(p.employmentStatus),
    code(p.isced),
    p.isced === null ? '' : yn(p.iscedDerived),
    yn(p.thirdCountry),
    code(p.disability),
    code(p.foreignOrigin),
    p.federalState ?? '',
    p.municipality ?? '',
    p.sizeClass ?? '',
    p.sizeClass === null ? '' : yn((SME_CLASSES as readonly string[]).includes(p.sizeClass)),
    p.wzSection ?? '',
    yn(p.consent),
  ];
}

export function recordsCsv(records: PersonRecord[]): string {
  return excelCsv([[...RECORD_FIELDS], ...records.map(recordCells)]);
}
