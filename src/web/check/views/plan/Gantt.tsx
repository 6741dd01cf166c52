// The timeline of a plan as an SVG Gantt chart (with a title for screen readers; the table on the page has the
// same data).

import type { Lang } from '../../../../i18n/index.ts';
import { toDay } from '../../../../law/dates.ts';
import type { Plan } from '../../../../law/plan/types.ts';
import { cm } from '../../messages/index.ts';
import { fmtDate } from '../steps/StepShell.tsx';

export const ROW = 30;
export const LABEL_W = 300;
export const CHART_W = 620;
export const TOP = 34;
/** the viewBox's width: labels, chart and a margin for the last milestone */
export const VIEW_W = LABEL_W + CHART_W + 20;
/** an upper estimate of a tick label's width per character (12 px sans-serif) */
const TICK_CHAR_W = 7.5;

export interface GanttTick {
  x: number;
  label: string;
  /** whether the label is written: every n-th tick, clear of the start date, and only where it fits in the chart */
  labelled: boolean;
}

/** The month ticks of the chart's axis, with the x of the chart's scale. */
export function ganttTicks(plan: Plan, lang: Lang, x: (iso: string) => number, end: number): GanttTick[] {
  const ticks: Array<{ x: number; label: string }> = [];
  const d0 = new Date(`${plan.startDate}T00:00:00Z`);
  for (let i = 1; i < 40; i++) {
    const t = new Date(Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth() + i, 1));
    const iso = t.toISOString().slice(0, 10);
    if (toDay(iso) > end) break;
    ticks.push({ x: x(iso), label: t.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }) });
  }
  const every = Math.max(1, Math.ceil(ticks.length / 8));
  return ticks.map((t, i) => ({
    ...t,
    labelled: i % every === 0 && t.x - LABEL_W > 90 && t.x + 3 + t.label.length * TICK_CHAR_W <= VIEW_W,
  }));
}

/** The chart's scale: a date's x, and the last day shown. */
export function ganttScale(plan: Plan): { x: (iso: string) => number; end: number } {
  const start = toDay(plan.startDate);
  const end = Math.max(...plan.steps.map((s) => toDay(s.end)), start + 1);
  const span = end - start;
  return { x: (iso: string): number => LABEL_W + ((toDay(iso) - start) / span) * CHART_W, end };
}

export function Gantt({ plan, lang, title }: { plan: Plan; lang: Lang; title: string }) {
  const m = cm(lang).plan;
  const { x, end } = ganttScale(plan);
  const height = TOP + plan.steps.length * ROW + 10;
  const ticks = ganttTicks(plan, lang, x, end);
  return (
    // on a phone the chart scrolls in its box: focusable, so a keyboard can scroll it too
    <figure class="gantt" tabIndex={0} aria-labelledby="gantt-title">
      <svg
        viewBox={`0 0 ${VIEW_W} ${height}`}
        role="img"
        aria-labelledby="gantt-title gantt-desc"
        class="gantt-svg"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="gantt-title">{title}</title>
        <desc id="gantt-desc">{m.ganttDesc}</desc>
        <text x={LABEL_W} y={TOP - 14} class="gantt-tick">
          {fmtDate(plan.startDate, lang)}
        </text>
        {ticks.map((t, i) => (
          <g key={i}>
            <line x1={t.x} x2={t.x} y1={TOP - 8} y2={height - 6} class="gantt-grid" />
            {t.labelled ? (
              <text x={t.x + 3} y={TOP - 14} class="gantt-tick">
                {t.label}
              </text>
            ) : null}
          </g>
        ))}
        {plan.steps.map((s, i) => {
          const y = TOP + i * ROW;
          const x1 = x(s.start);
          const x2 = Math.max(x(s.end), x1 + 3);
          const label = s.title[lang].length > 42 ? `${s.title[lang].slice(0, 40)}…` : s.title[lang];
          return (
            <g key={s.id} class={`gantt-row gantt-${s.actor}`}>
              <text x={0} y={y + 19} class="gantt-label">
                {label}
              </text>
              <rect x={x1} y={y + 6} width={x2 - x1} height={ROW - 12} rx={3} class="gantt-bar" />
              {s.milestone ? <path d={`M ${x2} ${y + 4} l 7 11 l -7 11 l -7 -11 z`} class="gantt-milestone" /> : null}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
