/**
 * Header boxes from their numbered labels. A box starts at its label and runs
 * right to the nearest label column beside it (a column of labels whose first
 * box reaches down to this label's line, and which starts right of this
 * label's own text), then down to the next label below whose box overlaps it
 * horizontally, or to Table I. No drawn lines are needed.
 */
import type { PhraseHit } from '../layout/phrase';
import type { Region } from '../layout/word-index';
import type { Word } from '../words';
import type { HeaderKey } from './anchors';

/** Labels whose tops differ by less than this many font sizes stand on one row. */
export const LABEL_ROW_TOLERANCE = 1.0;
/** Labels whose left edges differ by less than this many font sizes stand in one column. */
export const LABEL_COLUMN_TOLERANCE = 1.0;
/** Words of one label line are closer than this many font sizes. */
const LABEL_WORD_GAP = 1.0;
/** A box starts this many font sizes left of its label (cell padding). */
export const BOX_PAD = 0.5;

export type HeaderBoxes = Partial<Record<HeaderKey, Region>>;

type Entry = [HeaderKey, PhraseHit];

/** Right end of the label's printed line: the phrase plus the words that run on from it. */
function labelLineEnd(hit: PhraseHit, labelStarts: ReadonlySet<Word>): number {
  const words = hit.line.words;
  let x1 = hit.x1;
  const last = hit.words[hit.words.length - 1];
  for (let i = last ? words.indexOf(last) + 1 : words.length; i < words.length; i++) {
    const w = words[i];
    if (!w || labelStarts.has(w) || w.x0 - x1 > LABEL_WORD_GAP * hit.size) break;
    x1 = w.x1;
  }
  return x1;
}

/** Where the box under a label ends at the latest: the next label below it in its own column. */
function columnBottom(hit: PhraseHit, entries: readonly Entry[], limit: number): number {
  const tol = LABEL_COLUMN_TOLERANCE * hit.size;
  const below = entries
    .map(([, o]) => o)
    .filter((o) => o.page === hit.page && o.top > hit.top + tol && Math.abs(o.x0 - hit.x0) < tol)
    .map((o) => o.top);
  return Math.min(limit, ...below);
}

export function headerBoxes(
  labels: Partial<Record<HeaderKey, PhraseHit>>,
  pageWidth: number,
  bottomLimit: (page: number) => number,
): HeaderBoxes {
  const entries = Object.entries(labels) as Entry[];
  const labelStarts = new Set(entries.map(([, o]) => o.words[0]).filter((w): w is Word => w !== undefined));
  const rights = new Map<HeaderKey, number>();
  for (const [key, hit] of entries) {
    const tol = LABEL_ROW_TOLERANCE * hit.size;
    const textEnd = labelLineEnd(hit, labelStarts);
    const beside = entries
      .map(([, o]) => o)
      .filter(
        (o) =>
          o.page === hit.page &&
          o.x0 >= textEnd &&
          o.top <= hit.top + tol &&
          columnBottom(o, entries, bottomLimit(o.page)) > hit.top + tol,
      )
      .map((o) => o.x0 - BOX_PAD * o.size);
    rights.set(key, Math.min(pageWidth, ...beside));
  }
  const boxes: HeaderBoxes = {};
  for (const [key, hit] of entries) {
    const x0 = hit.x0 - BOX_PAD * hit.size;
    const x1 = rights.get(key) ?? pageWidth;
    const tol = LABEL_ROW_TOLERANCE * hit.size;
    const below = entries
      .filter(([k, o]) => {
        if (o.page !== hit.page || o.top <= hit.top + tol) return false;
        const ox1 = rights.get(k) ?? pageWidth;
        return Math.min(x1, ox1) - Math.max(x0, o.x0) > tol;
      })
      .map(([, o]) => o.top - 0.2 * o.size);
    boxes[key] = { page: hit.page, x0, x1, top: hit.top, bottom: Math.min(bottomLimit(hit.page), ...below) };
  }
  return boxes;
}
