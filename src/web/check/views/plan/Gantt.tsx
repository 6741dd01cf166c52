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

export function Gantt({ plan, lang, title }: { plan: Plan; lang: Lang; title: string }) {
  const m = cm(lang).plan;
  const start = toDay(plan.startDate);
  const end = Math.max(...plan.steps.map((s) => toDay(s.end)), start + 1);
  const span = end - start;
  const x = (iso: string): number => LABEL_W + ((toDay(iso) - start) / span) * CHART_W;
  const height = TOP + plan.steps.length * ROW + 10;
  // month ticks
  const ticks: Array<{ x: number; label: string }> = [];
  const d0 = new Date(`${plan.startDate}T00:00:00Z`);
  for (let i = 1; i < 40; i++) {
    const t = new Date(Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth() + i, 1));
    const iso = t.toISOString().slice(0, 10);
    if (toDay(iso) > end) break;
    ticks.push({ x: x(iso), label: t.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }) });
  }
  const every = Math.max(1, Math.ceil(ticks.length / 8));
  return (
    <figure class="gantt">
      <svg
        viewBox={`0 0 ${LABEL_W + CHART_W + 20} ${height}`}
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
            {i % every === 0 && t.x - LABEL_W > 90 ? (
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
