/**
 * Words set in columns without drawn lines (city / state / zip under a name):
 * on each line, a gap wider than COLUMN_GAP font sizes separates columns;
 * pieces on different lines that overlap horizontally are one column (a city
 * wrapped onto two lines).
 */
import type { Word } from '../words';
import type { Line } from './lines';

/** Gap between two columns on one line, in font sizes: wider than a space between words. */
export const COLUMN_GAP = 1.0;

interface Column {
  x0: number;
  x1: number;
  words: Word[];
}

/** A word starting this close (in font sizes) to a known column edge starts that column. */
const EDGE_TOLERANCE = 0.5;

function segments(line: Line, edges: readonly number[]): Column[] {
  const out: Column[] = [];
  for (const w of line.words) {
    const last = out[out.length - 1];
    const atEdge = edges.some((x) => Math.abs(w.x0 - x) <= EDGE_TOLERANCE * w.size);
    if (last && !atEdge && w.x0 - last.x1 <= COLUMN_GAP * w.size) {
      last.words.push(w);
      last.x1 = Math.max(last.x1, w.x1);
    } else out.push({ x0: w.x0, x1: w.x1, words: [w] });
  }
  return out;
}

/**
 * Columns left to right, each with its words (lines top to bottom). `edges`:
 * x positions where columns are known to start (their printed labels), for
 * values that fill their column up to the next one.
 */
export function textColumns(lines: readonly Line[], edges: readonly number[] = []): Word[][] {
  const columns: Column[] = [];
  for (const line of lines) {
    for (const seg of segments(line, edges)) {
      const home = columns.find((c) => Math.min(c.x1, seg.x1) > Math.max(c.x0, seg.x0));
      if (home) {
        home.words.push(...seg.words);
        home.x0 = Math.min(home.x0, seg.x0);
        home.x1 = Math.max(home.x1, seg.x1);
      } else columns.push(seg);
    }
  }
  return columns.sort((a, b) => a.x0 - b.x0).map((c) => c.words);
}
