// A small server-rendered SVG line chart for the indicator pages (issue 21 item 3; WCAG 1.1.1, 1.4.1): no chart
// library, no client JavaScript. Series are told apart by marker shape and line dash as well as colour, so colour is
// never the only cue; the legend repeats the shape and dash. The SVG is one image with a title and a description
// (role="img"), and the page puts the same numbers in a real table next to it. Suppressed points arrive without a
// value (lib/indicators/data.ts) and break the line: there is nothing to draw and nothing in the markup.
import type { ReactNode } from "react";

export type ChartSeries = { key: string; label: string; points: { period: string; value: number | null }[] };

const W = 640;
const H = 300;
const M = { left: 64, right: 40, top: 16, bottom: 44 };
const COLOURS = ["#1a4f8b", "#a3311b", "#1f6b3a", "#6b3fa0", "#7a5b00", "#00626b"];
const DASHES = ["", "8 5", "2 4", "12 4 3 4", "4 3", "16 6"];
export const MAX_SERIES = 6;

type Shape = (x: number, y: number, colour: string) => ReactNode;
const SHAPES: Shape[] = [
  (x, y, c) => <circle cx={x} cy={y} r={5} fill={c} />,
  (x, y, c) => <rect x={x - 5} y={y - 5} width={10} height={10} fill={c} />,
  (x, y, c) => <path d={`M${x},${y - 6} L${x + 6},${y + 5} L${x - 6},${y + 5} Z`} fill={c} />,
  (x, y, c) => <path d={`M${x},${y - 6} L${x + 6},${y} L${x},${y + 6} L${x - 6},${y} Z`} fill="#fff" stroke={c} strokeWidth={2} />,
  (x, y, c) => <path d={`M${x - 5},${y - 5} L${x + 5},${y + 5} M${x + 5},${y - 5} L${x - 5},${y + 5}`} stroke={c} strokeWidth={2.5} />,
  (x, y, c) => <circle cx={x} cy={y} r={5} fill="#fff" stroke={c} strokeWidth={2} />,
];

export const seriesStyle = (i: number) => ({ colour: COLOURS[i % COLOURS.length]!, dash: DASHES[i % DASHES.length]!, shape: SHAPES[i % SHAPES.length]! });

/** Round numbers for the axis: 0 to a "nice" maximum in 4–5 steps. */
function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 0.25 };
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw)!;
  return { top: Math.ceil(max / step) * step, step };
}

export function LineChart({ id, title, desc, periods, series, format }: { id: string; title: string; desc: string; periods: string[]; series: ChartSeries[]; format: (n: number) => string }) {
  const values = series.flatMap((s) => s.points.map((p) => p.value)).filter((v): v is number => v !== null);
  const min = Math.min(0, ...values);
  const { top, step } = niceScale(Math.max(0, ...values) - min);
  const bottom = min < 0 ? -Math.ceil(-min / step) * step : 0;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (i: number) => M.left + (periods.length === 1 ? plotW / 2 : (i * plotW) / (periods.length - 1));
  const y = (v: number) => M.top + plotH - ((v - bottom) / (top - bottom || 1)) * plotH;
  const ticks: number[] = [];
  for (let t = bottom; t <= top + step / 2; t += step) ticks.push(Number(t.toFixed(6)));
  const labelEvery = Math.max(1, Math.ceil(periods.length / 8));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="h-auto w-full min-w-[30rem] max-w-3xl" data-testid="indicator-chart">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <g fontSize={14} fill="#333">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#d0d4d9" />
            <text x={M.left - 8} y={y(t) + 4} textAnchor="end">
              {format(t)}
            </text>
          </g>
        ))}
        {periods.map((p, i) =>
          i % labelEvery === 0 || i === periods.length - 1 ? (
            <text key={p} x={x(i)} y={H - M.bottom + 20} textAnchor="middle">
              {p}
            </text>
          ) : null,
        )}
      </g>
      <line x1={M.left} x2={W - M.right} y1={y(bottom)} y2={y(bottom)} stroke="#555" />
      {series.map((s, si) => {
        const { colour, dash, shape } = seriesStyle(si);
        const at = new Map(s.points.map((p) => [p.period, p.value]));
        // Consecutive periods with a value form one segment; a missing or suppressed period breaks the line.
        const segments: { i: number; v: number }[][] = [[]];
        periods.forEach((p, i) => {
          const v = at.get(p);
          if (v === null || v === undefined) segments.push([]);
          else segments[segments.length - 1]!.push({ i, v });
        });
        return (
          <g key={s.key} data-series={s.key}>
            {segments
              .filter((seg) => seg.length > 1)
              .map((seg, k) => (
                <polyline key={k} points={seg.map((pt) => `${x(pt.i)},${y(pt.v)}`).join(" ")} fill="none" stroke={colour} strokeWidth={2.5} strokeDasharray={dash || undefined} />
              ))}
            {segments.flat().map((pt) => (
              <g key={pt.i}>{shape(x(pt.i), y(pt.v), colour)}</g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** The legend's sample of a series: its dash and its marker, as in the chart. */
export function LegendSample({ index }: { index: number }) {
  const { colour, dash, shape } = seriesStyle(index);
  return (
    <svg viewBox="0 0 44 16" width={44} height={16} aria-hidden="true" focusable="false" className="inline-block shrink-0 align-middle">
      <line x1={2} x2={42} y1={8} y2={8} stroke={colour} strokeWidth={2.5} strokeDasharray={dash || undefined} />
      {shape(22, 8, colour)}
    </svg>
  );
}
