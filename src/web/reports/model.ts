// The report as labelled sections, shared by the page (charts and tables) and the CSV export, so that both show the
// same numbers. CSV: UTF-8 with BOM, semicolons, CRLF, German labels and decimal commas, as German Excel expects.

import type { Bucket, Report } from '../../app/reports/buildReport.ts';
import type { Lang } from '../../i18n/index.ts';
import { excelCsv } from '../../app/common/csv.ts';
import type { CsvCell } from '../../app/common/csv.ts';
import { wm, wzSectionLabel } from '../shell/domain/messages/index.ts';
import { rm } from './messages.ts';
import { rfm } from '../workspace/referrals/messages.ts';

export const SECTION_IDS = [
  'byMonth',
  'byTopic',
  'byChannel',
  'byAccessRoute',
  'byKind',
  'companiesBySizeClass',
  'companiesByWzSection',
  'referralsByPartnerType',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface SectionRow {
  label: string;
  count: number;
  /** percent of the section's base (consultations, companies or referrals), one decimal; null when the base is 0 */
  share: number | null;
}

/** issue 16: the sections of the tracked referrals */
export const TRACKING_SECTION_IDS = ['byStatus', 'byPartnerType', 'byMeasureKind'] as const;
export type TrackingSectionId = (typeof TRACKING_SECTION_IDS)[number];

export interface Section {
  id: SectionId | `tracked-${TrackingSectionId}`;
  title: string;
  rows: SectionRow[];
}

/** one decimal, with a comma in German */
export function formatShare(share: number | null, lang: Lang): string {
  if (share === null) return '';
  const s = share.toFixed(1);
  return lang === 'de' ? s.replace('.', ',') : s;
}

function monthLabel(key: string, lang: Lang): string {
  return lang === 'de' ? `${key.slice(5, 7)}.${key.slice(0, 4)}` : key;
}

export function sectionsOf(report: Report, lang: Lang): Section[] {
  const m = rm(lang);
  const w = wm(lang);
  const label = (map: Record<string, string>) => (key: string | null) => (key === null ? m.none : (map[key] ?? key));
  const labels: Record<SectionId, (key: string | null) => string> = {
    byMonth: (k) => (k === null ? m.none : monthLabel(k, lang)),
    byTopic: label(w.topics),
    byChannel: label(w.channels),
    byAccessRoute: label(w.accessRoutes),
    byKind: label(w.kinds),
    companiesBySizeClass: label(w.sizeClasses),
    companiesByWzSection: (k) => (k === null ? m.none : wzSectionLabel(lang, k)),
    referralsByPartnerType: label(w.partnerTypes),
  };
  const base = (id: SectionId) =>
    id.startsWith('companies') ? report.totals.companies : id.startsWith('referrals') ? report.totals.referrals : report.totals.consultations;
  return SECTION_IDS.map((id) => {
    const total = base(id);
    const rows = (report[id] as Bucket[]).map((b) => ({
      label: labels[id](b.key),
      count: b.count,
      share: total === 0 ? null : Math.round((b.count / total) * 1000) / 10,
    }));
    return { id, title: m.sections[id], rows };
  });
}

/** Issue 16: the tracked referrals' sections, each share of all tracked referrals of the period. */
export function trackingSectionsOf(report: Report, lang: Lang): Section[] {
  const m = rm(lang).tracking;
  const w = wm(lang);
  const r = rfm(lang);
  const t = report.referralTracking;
  const label: Record<TrackingSectionId, (key: string | null) => string> = {
    byStatus: (k) => (k === null ? rm(lang).none : (r.statuses[k as keyof typeof r.statuses] ?? k)),
    byPartnerType: (k) => (k === null ? rm(lang).none : (w.partnerTypes[k as keyof typeof w.partnerTypes] ?? k)),
    byMeasureKind: (k) => (k === null ? rm(lang).none : (r.measureKinds[k as keyof typeof r.measureKinds] ?? k)),
  };
  return TRACKING_SECTION_IDS.map((id) => ({
    id: `tracked-${id}` as const,
    title: m[id],
    rows: t[id].map((b) => ({ label: label[id](b.key), count: b.count, share: t.total === 0 ? null : Math.round((b.count / t.total) * 1000) / 10 })),
  }));
}

/** The whole report as CSV for German Excel (BOM, semicolons, CRLF; src/app/common/csv.ts), in German. */
export function reportCsv(report: Report): string {
  const m = rm('de');
  const rows: CsvCell[][] = [
    [m.title],
    [m.from, report.from],
    [m.to, report.to],
    [],
    [m.keyFigures, m.count],
    [m.consultations, report.totals.consultations],
    [m.companies, report.totals.companies],
    [m.referrals, report.totals.referrals],
    [m.persons, report.totals.persons],
    [m.contactPersons, report.totals.contactPersons],
    [m.otherParticipants, report.totals.otherParticipants],
  ];
  for (const s of sectionsOf(report, 'de')) {
    rows.push([], [s.title, m.count, m.share]);
    for (const r of s.rows) rows.push([r.label, r.count, formatShare(r.share, 'de')]);
  }
  // issue 16: the tracked referrals
  const t = m.tracking;
  const tr = report.referralTracking;
  rows.push([], [t.title, m.count], [t.total, tr.total], [t.fromConsultations, tr.fromConsultations], [t.fromCases, tr.fromCases]);
  for (const s of trackingSectionsOf(report, 'de')) {
    rows.push([], [s.title, m.count, m.share]);
    for (const r of s.rows) rows.push([r.label, r.count, formatShare(r.share, 'de')]);
  }
  const st = rfm('de').statuses;
  const w = wm('de');
  rows.push([], [t.byPartner], [t.partner, t.type, t.total2, st.sent, st.accepted, st.done, st.declined]);
  for (const p of tr.byPartner) rows.push([p.name, w.partnerTypes[p.type as keyof typeof w.partnerTypes] ?? p.type, p.total, p.sent, p.accepted, p.done, p.declined]);
  return excelCsv(rows);
}
