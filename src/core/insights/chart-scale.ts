/**
 * The holdings chart's vertical range. An axis from zero flattens a 2% change
 * of a large holding into a hair; an axis hugging the data turns it into a
 * cliff. So: zero is kept where the data would fill at least half the height
 * anyway (or reaches zero), and otherwise the range is cut to round bounds
 * around the data, with `fromZero: false` so the chart marks the break.
 */
export interface AxisRange {
  low: number;
  high: number;
  /** Tick values from low to high, one step apart. */
  ticks: number[];
  /** False when the axis starts above zero: draw a break mark and say so. */
  fromZero: boolean;
}

/** Intervals aimed for between low and high. */
const TARGET_INTERVALS = 5;
/** Round steps per power of ten. */
const NICE_FRACTIONS = [1, 2, 2.5, 5, 10] as const;
/** Zero stays on the axis while the lowest amount is at most this share of the highest. */
const ZERO_BASELINE_SHARE = 0.5;

/** The smallest round step (1, 2, 2.5 or 5 × 10ⁿ) that covers `span` in about TARGET_INTERVALS steps. */
export function niceStep(span: number, intervals = TARGET_INTERVALS): number {
  if (!(span > 0)) return 1;
  const raw = span / intervals;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = NICE_FRACTIONS.find((nice) => nice * magnitude >= raw) ?? 10;
  return fraction * magnitude;
}

/** Float steps like 0.1 leave dust (0.30000000000000004); twelve digits is finer than any amount. */
const clean = (value: number) => Number(value.toPrecision(12));

export function niceAxisRange(amounts: readonly number[]): AxisRange {
  const finite = amounts.filter((amount) => Number.isFinite(amount));
  const max = Math.max(0, ...finite);
  const min = finite.length === 0 ? 0 : Math.min(...finite);
  if (max === 0) return { low: 0, high: 0, ticks: [0], fromZero: true };
  // A flat line is drawn from zero: there is no change to show, so no reason to cut.
  const fromZero = min <= max * ZERO_BASELINE_SHARE || min === max;
  const floor = fromZero ? Math.min(0, min) : min;
  const step = niceStep(max - floor);
  const low = clean(Math.floor(floor / step) * step);
  const high = clean(Math.ceil(max / step) * step);
  const count = Math.round((high - low) / step);
  const ticks = Array.from({ length: count + 1 }, (_, i) => clean(low + i * step));
  return { low, high, ticks, fromZero: low <= 0 };
}
