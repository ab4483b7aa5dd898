import { formatShown, type Shown } from "@/lib/deviations/overview";
import type { Locale } from "@/lib/i18n";

// A server-rendered SVG bar chart: one row per item, this year's bar (solid) above last year's (outlined), the
// number at the end of each bar. role="img" with a title and a description; the same numbers are in the table
// beside it, so nothing is only in the picture. Suppressed and hidden counts get no bar at all –
// only "<5" or the hidden marker.

export type ChartRow = { label: string; current: Shown; previous: Shown };

const WIDTH = 340;
const LABEL_H = 20;
const BAR_H = 14;
const GAP = 4;
const ROW_H = LABEL_H + BAR_H * 2 + GAP * 3;
const NUMBER_W = 40;

const CURRENT = "var(--ds-color-accent-base-default)";
const PREVIOUS = "var(--ds-color-neutral-text-subtle)";

export function BarChart({
  id,
  lang,
  title,
  description,
  rows,
  legend,
}: {
  id: string;
  lang: Locale;
  title: string;
  description: string;
  rows: ChartRow[];
  legend: { current: string; previous: string };
}) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.current, r.previous]).map((s) => (s.kind === "count" ? s.value : 0)));
  const scale = (WIDTH - NUMBER_W) / max;
  const height = rows.length * ROW_H + 30;
  const bar = (shown: Shown, y: number, solid: boolean) => {
    const w = shown.kind === "count" ? Math.max(shown.value * scale, shown.value > 0 ? 2 : 0) : 0;
    return (
      <g>
        {w > 0 ? (
          <rect
            x={1}
            y={y}
            width={w}
            height={BAR_H}
            fill={solid ? CURRENT : "white"}
            stroke={solid ? CURRENT : PREVIOUS}
            strokeWidth={solid ? 0 : 2}
          />
        ) : null}
        <text x={w + 6} y={y + BAR_H - 1} fontSize={14} fill="currentColor">
          {formatShown(shown, lang)}
        </text>
      </g>
    );
  };
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-[28rem] text-neutral-text-default"
      data-testid="deviation-chart"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        <rect x={1} y={4} width={14} height={14} fill={CURRENT} />
        <text x={20} y={16} fontSize={14} fill="currentColor">
          {legend.current}
        </text>
        <rect x={100} y={5} width={12} height={12} fill="white" stroke={PREVIOUS} strokeWidth={2} />
        <text x={120} y={16} fontSize={14} fill="currentColor">
          {legend.previous}
        </text>
        {rows.map((row, index) => {
          const top = 30 + index * ROW_H;
          return (
            <g key={`${row.label}-${index}`}>
              <text x={1} y={top + 15} fontSize={15} fill="currentColor">
                {row.label.length > 42 ? `${row.label.slice(0, 40)}…` : row.label}
              </text>
              {bar(row.current, top + LABEL_H + GAP, true)}
              {bar(row.previous, top + LABEL_H + BAR_H + GAP * 2, false)}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
