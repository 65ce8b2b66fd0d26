/**
 * Checkboxes in every printed style: "__X__ Director", "_X_", "[X]", "☒", or an
 * "X" alone in a drawn square left of its label; "_____", "[ ]", "☐" when
 * empty. A mark belongs to the nearest label to its right on its line.
 */
import type { Word } from '../words';
import { centerY, pushTo } from '../layout/geometry';

const CHECKED = /^[_[(]*[Xx☒☑✓✔✗✘■][_\])]*$/;
const UNCHECKED = /^(_+|☐|□|\[|\]|\[\]|\[ \])$/;

export function isCheckedMark(text: string): boolean {
  return CHECKED.test(text);
}

export function isMarkWord(text: string): boolean {
  return CHECKED.test(text) || UNCHECKED.test(text);
}

export interface CheckLabel<K extends string> {
  key: K;
  x0: number;
  top: number;
  bottom: number;
  size: number;
}

/** A mark may sit this many label font sizes above or below its label's line band. */
export const MARK_VERTICAL_REACH = 0.8;
/** …and at most this many font sizes left of the label it ticks. */
export const MARK_HORIZONTAL_REACH = 8;

function distance<K extends string>(mark: Word, label: CheckLabel<K>): number | null {
  const cy = centerY(mark);
  const reach = MARK_VERTICAL_REACH * label.size;
  if (cy < label.top - reach || cy > label.bottom + reach) return null;
  const gap = label.x0 - mark.x1;
  if (gap < -0.5 * label.size || gap > MARK_HORIZONTAL_REACH * label.size) return null;
  return gap;
}

/** Which labels carry a checked mark; each ticked label keeps the mark words as evidence. */
export function tickedLabels<K extends string>(
  words: readonly Word[],
  labels: readonly CheckLabel<K>[],
): Map<K, Word[]> {
  const out = new Map<K, Word[]>();
  for (const mark of words.filter((w) => isCheckedMark(w.text))) {
    let best: CheckLabel<K> | null = null;
    let bestGap = Infinity;
    for (const label of labels) {
      const gap = distance(mark, label);
      if (gap !== null && gap < bestGap) {
        bestGap = gap;
        best = label;
      }
    }
    if (best) pushTo(out, best.key, mark);
  }
  return out;
}
