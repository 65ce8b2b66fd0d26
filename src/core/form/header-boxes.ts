/**
 * Header boxes from their numbered labels. A box starts at its label, runs
 * right to the next label on the same row of labels and down to the next
 * label below it whose box overlaps it horizontally (or to Table I).
 */
import type { PhraseHit } from '../layout/phrase';
import type { Region } from '../layout/word-index';
import type { HeaderKey } from './anchors';

/** Labels whose tops differ by less than this many font sizes stand on one row. */
export const LABEL_ROW_TOLERANCE = 1.0;
/** A box starts this many font sizes left of its label (cell padding). */
export const BOX_PAD = 0.5;

export type HeaderBoxes = Partial<Record<HeaderKey, Region>>;

export function headerBoxes(
  labels: Partial<Record<HeaderKey, PhraseHit>>,
  pageWidth: number,
  bottomLimit: (page: number) => number,
): HeaderBoxes {
  const entries = Object.entries(labels) as [HeaderKey, PhraseHit][];
  const rights = new Map<HeaderKey, number>();
  for (const [key, hit] of entries) {
    const tol = LABEL_ROW_TOLERANCE * hit.size;
    const rightOnRow = entries
      .filter(([, o]) => o.page === hit.page && o.x0 > hit.x0 + tol && Math.abs(o.top - hit.top) < tol)
      .map(([, o]) => o.x0 - BOX_PAD * o.size);
    rights.set(key, Math.min(pageWidth, ...rightOnRow));
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
    const bottom = Math.min(bottomLimit(hit.page), ...below);
    boxes[key] = { page: hit.page, x0, x1, top: hit.top, bottom };
  }
  return boxes;
}
