/**
 * The quarter turn to read (and draw) a page at. Mostly the page's own
 * rotation. But a page can lie on its side: a viewer's "rotate page" saves a
 * /Rotate while the text still runs across the page's own space, and a page
 * printed again from such a view draws its text sideways with no /Rotate.
 * Shown as it stands, no line of the form reads across, and the engine (which
 * reads only horizontal text) would find no words. Such a page is read at the
 * quarter turn where most of its text stands upright.
 */

/** The slice of pdf.js's page used here: either build satisfies it. */
export interface RotatablePage {
  rotate: number;
  getViewport(params: { scale: number; rotation?: number }): { transform: number[] };
}

export type MatrixProduct = (m1: number[], m2: number[]) => number[];

const QUARTER_TURNS = [0, 90, 180, 270];
/** Shear/rotation terms below this are rounding noise: the text is axis-aligned. */
const AXIS_TOLERANCE = 0.01;

/** A text run's matrix in page space, left to right and not mirrored: upright text. */
export function isUpright(m: readonly number[]): boolean {
  const [a = 0, b = 0, c = 0] = m;
  return Math.abs(b) <= AXIS_TOLERANCE && Math.abs(c) <= AXIS_TOLERANCE && a > 0;
}

/**
 * Runs looked at: the first ones drawn, enough to tell which way a page's
 * text runs, few enough to cost nothing on every page; the page drawer reads
 * no more than these (worker/render).
 */
export const ROTATION_SAMPLE_RUNS = 200;

function uprightCount(
  page: RotatablePage,
  rotation: number,
  runs: readonly { transform: number[] }[],
  product: MatrixProduct,
): number {
  const view = page.getViewport({ scale: 1, rotation }).transform;
  let count = 0;
  for (const run of runs) if (isUpright(product(view, run.transform))) count++;
  return count;
}

export function readingRotation(
  page: RotatablePage,
  allRuns: readonly { transform: number[] }[],
  product: MatrixProduct,
): number {
  const runs = allRuns.length > ROTATION_SAMPLE_RUNS ? allRuns.slice(0, ROTATION_SAMPLE_RUNS) : allRuns;
  const own = ((page.rotate % 360) + 360) % 360;
  let best = own;
  let bestCount = uprightCount(page, own, runs, product);
  // Most pages: their text reads across as they stand, and nothing else is tried.
  if (bestCount * 2 >= runs.length) return own;
  for (const rotation of QUARTER_TURNS) {
    if (rotation === own) continue;
    const count = uprightCount(page, rotation, runs, product);
    if (count > bestCount) [best, bestCount] = [rotation, count];
  }
  return best;
}
