/**
 * A small step chart of an insider's holdings over time, as an SVG string.
 * No chart library and no styling in the markup: every part has a class name
 * (holdings-chart, axis, series series-N, line, point, legend) for the page's
 * CSS to colour; `fill="none"` and `stroke="currentColor"` keep it readable
 * with no CSS at all. Text is escaped; <title>/<desc> tell a screen reader
 * what the lines show. The vertical axis runs between round bounds around
 * the data (chart-scale.ts); where it does not start at zero a break mark on
 * the axis and a sentence in <desc> say so.
 */
import { niceAxisRange, type AxisRange } from './chart-scale';
import { formatShares } from './format';
import type { HoldingsPoint, HoldingsSeries, HoldingsTimeline } from './holdings-timeline';

export interface ChartOptions {
  width?: number;
  height?: number;
  /** Series drawn at most (largest holdings first); the rest are named in <desc>. */
  maxSeries?: number;
  /** Prefix for the ids <title>/<desc> need, unique on the page. */
  idPrefix?: string;
}

const MARGIN = { left: 76, right: 16, top: 12, bottom: 28 };
/** Above this many points in all, the dots are left out and only the lines drawn. */
const MAX_MARKERS = 300;
const LEGEND_LINE = 16;
const DAY_MS = 86_400_000;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

/** Coordinates rounded to 0.1 so the string stays short and stable. */
const r = (value: number) => Math.round(value * 10) / 10;

interface Frame {
  x: (date: string) => number;
  y: (amount: number) => number;
  plotRight: number;
  plotBottom: number;
  range: AxisRange;
  firstDate: string;
  lastDate: string;
}

function frameFor(series: HoldingsSeries[], width: number, plotHeight: number): Frame {
  const points = series.flatMap((s) => s.points);
  const dates = points.map((p) => p.date).sort();
  const [firstDate, lastDate] = [dates[0] ?? '1970-01-01', dates.at(-1) ?? '1970-01-01'];
  const [d0, d1] = [dayNumber(firstDate), dayNumber(lastDate)];
  const range = niceAxisRange(points.map((p) => p.amount));
  const rangeSpan = range.high - range.low;
  const plotRight = width - MARGIN.right;
  const plotBottom = MARGIN.top + plotHeight;
  const span = plotRight - MARGIN.left;
  return {
    x: (date) =>
      d1 === d0 ? MARGIN.left + span / 2 : MARGIN.left + ((dayNumber(date) - d0) / (d1 - d0)) * span,
    y: (amount) => plotBottom - (rangeSpan === 0 ? 0 : ((amount - range.low) / rangeSpan) * plotHeight),
    plotRight,
    plotBottom,
    range,
    firstDate,
    lastDate,
  };
}

/** Two slashes across the foot of the y-axis: the axis is cut, it does not start at zero. */
function axisBreak(frame: Frame): string {
  if (frame.range.fromZero) return '';
  const [x, y] = [MARGIN.left, frame.plotBottom - 8];
  const slashes = `M${x - 5} ${y + 2}l10 -5M${x - 5} ${y + 6}l10 -5`;
  return `<g class="axis-break"><title>${escapeXml(axisStartSentence(frame.range))}</title><path d="${slashes}" fill="none" stroke="currentColor"/></g>`;
}

function axisStartSentence(range: AxisRange): string {
  return `The vertical axis starts at ${formatShares(range.low)}, not at zero.`;
}

function axes(frame: Frame): string {
  const { plotRight, plotBottom, range } = frame;
  const yLabels = range.ticks
    .map(
      (value) =>
        `<text class="tick-label" x="${MARGIN.left - 6}" y="${r(frame.y(value) + 4)}" text-anchor="end">${escapeXml(formatShares(value))}</text>`,
    )
    .join('');
  const xLabels = [...new Set([frame.firstDate, frame.lastDate])]
    .map((date, i, all) => {
      const anchor = all.length === 1 ? 'middle' : i === 0 ? 'start' : 'end';
      return `<text class="tick-label" x="${r(frame.x(date))}" y="${plotBottom + 18}" text-anchor="${anchor}">${escapeXml(date)}</text>`;
    })
    .join('');
  return (
    `<g class="axis axis-y"><line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${plotBottom}" stroke="currentColor"/>${yLabels}${axisBreak(frame)}</g>` +
    `<g class="axis axis-x"><line x1="${MARGIN.left}" y1="${plotBottom}" x2="${plotRight}" y2="${plotBottom}" stroke="currentColor"/>${xLabels}</g>`
  );
}

/**
 * At most four points per pixel column (first, lowest, highest, last, in
 * their order), so years of daily trades stay a small chart while a same-day
 * exercise-and-sale spike still shows.
 */
export function compactPoints(
  points: readonly HoldingsPoint[],
  x: (date: string) => number,
): HoldingsPoint[] {
  const kept: HoldingsPoint[] = [];
  let column: HoldingsPoint[] = [];
  const flush = () => {
    if (column.length === 0) return;
    let [low, high] = [column[0]!, column[0]!];
    for (const point of column) {
      if (point.amount < low.amount) low = point;
      if (point.amount > high.amount) high = point;
    }
    const keep = new Set([column[0]!, low, high, column.at(-1)!]);
    kept.push(...column.filter((point) => keep.has(point)));
  };
  let columnX = Number.NaN;
  for (const point of points) {
    const px = Math.round(x(point.date));
    if (px !== columnX) {
      flush();
      [column, columnX] = [[], px];
    }
    column.push(point);
  }
  flush();
  return kept;
}

/** Holdings stay as reported until the next report: a step line, carried to the last date on the chart. */
function stepPath(points: readonly HoldingsPoint[], frame: Frame): string {
  const [first, ...rest] = points;
  if (first === undefined) return '';
  let d = `M${r(frame.x(first.date))} ${r(frame.y(first.amount))}`;
  for (const point of rest) d += `H${r(frame.x(point.date))}V${r(frame.y(point.amount))}`;
  return `${d}H${r(frame.x(frame.lastDate))}`;
}

function drawSeries(series: HoldingsSeries, index: number, frame: Frame, markers: boolean): string {
  const points = compactPoints(series.points, frame.x);
  const dots = markers
    ? points
        .map(
          (p) =>
            `<circle class="point" cx="${r(frame.x(p.date))}" cy="${r(frame.y(p.amount))}" r="3" fill="currentColor"><title>${escapeXml(`${p.date}: ${formatShares(p.amount)}${p.code ? ` (code ${p.code})` : ''}`)}</title></circle>`,
        )
        .join('')
    : '';
  return `<g class="series series-${index}"><path class="line" d="${stepPath(points, frame)}" fill="none" stroke="currentColor"/>${dots}</g>`;
}

function legend(series: HoldingsSeries[], top: number): string {
  const items = series
    .map((s, i) => {
      const y = top + i * LEGEND_LINE;
      return `<g class="legend-item series-${i}"><rect class="swatch" x="${MARGIN.left}" y="${y - 9}" width="10" height="10" fill="currentColor"/><text x="${MARGIN.left + 16}" y="${y}">${escapeXml(s.label)}</text></g>`;
    })
    .join('');
  return `<g class="legend">${items}</g>`;
}

function describeSeries(series: HoldingsSeries): string {
  const first = series.points[0]!;
  const last = series.points.at(-1)!;
  const high = Math.max(...series.points.map((p) => p.amount));
  const count = series.points.length;
  return `${series.label}: ${count} report${count === 1 ? '' : 's'} from ${first.date} (${formatShares(first.amount)}) to ${last.date} (${formatShares(last.amount)}), highest ${formatShares(high)}.`;
}

function largestFirst(a: HoldingsSeries, b: HoldingsSeries): number {
  const top = (s: HoldingsSeries) => Math.max(...s.points.map((p) => p.amount));
  return top(b) - top(a);
}

export function holdingsChartSvg(timeline: HoldingsTimeline, options: ChartOptions = {}): string {
  const { width = 640, height = 220, maxSeries = 8, idPrefix = 'holdings-chart' } = options;
  const drawable = timeline.series
    .filter((s) => s.unit === 'shares' && s.points.length > 0)
    .sort(largestFirst);
  const shown = drawable.slice(0, maxSeries);
  const frame = frameFor(shown, width, height - MARGIN.top - MARGIN.bottom);
  const legendTop = height + 4;
  const totalHeight = height + shown.length * LEGEND_LINE + 8;
  const title = `Holdings of ${timeline.ownerName || 'the reporting person'} in ${timeline.issuerName || 'the issuer'} over time`;
  const notShown = [
    ...drawable.slice(maxSeries).map((s) => s.label),
    ...timeline.series.filter((s) => s.unit === 'dollars').map((s) => `${s.label} (stated in dollars)`),
  ];
  const desc = [
    shown.length === 0
      ? 'No holdings with a date are reported in these filings.'
      : 'Shares owned after each reported transaction.',
    shown.length > 0 && !frame.range.fromZero ? axisStartSentence(frame.range) : '',
    ...shown.map(describeSeries),
    notShown.length > 0 ? `Not drawn: ${notShown.join('; ')}.` : '',
  ]
    .filter((line) => line !== '')
    .join(' ');
  const markers = shown.reduce((sum, s) => sum + compactPoints(s.points, frame.x).length, 0) <= MAX_MARKERS;
  const body =
    shown.length === 0
      ? ''
      : axes(frame) +
        shown.map((s, i) => drawSeries(s, i, frame, markers)).join('') +
        legend(shown, legendTop);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="holdings-chart" viewBox="0 0 ${width} ${totalHeight}" role="img" aria-labelledby="${escapeXml(idPrefix)}-title ${escapeXml(idPrefix)}-desc">` +
    `<title id="${escapeXml(idPrefix)}-title">${escapeXml(title)}</title><desc id="${escapeXml(idPrefix)}-desc">${escapeXml(desc)}</desc>` +
    `${body}</svg>`
  );
}
