/**
 * Boxes and the small geometric helpers every later step shares. All values
 * are in top-left page space, in points; tolerances elsewhere are multiples
 * of a font size, never absolute distances.
 */
import type { Box, Word } from '../words';

export function centerX(b: { x0: number; x1: number }): number {
  return (b.x0 + b.x1) / 2;
}

export function centerY(b: { top: number; bottom: number }): number {
  return (b.top + b.bottom) / 2;
}

export function boxOf(w: Word): Box {
  return { page: w.page, x0: w.x0, x1: w.x1, top: w.top, bottom: w.bottom };
}

/** One box per page around the given words (empty list for no words). */
export function unionBoxes(words: readonly Box[]): Box[] {
  const byPage = new Map<number, Box>();
  for (const w of words) {
    const b = byPage.get(w.page);
    if (!b) byPage.set(w.page, { page: w.page, x0: w.x0, x1: w.x1, top: w.top, bottom: w.bottom });
    else {
      b.x0 = Math.min(b.x0, w.x0);
      b.x1 = Math.max(b.x1, w.x1);
      b.top = Math.min(b.top, w.top);
      b.bottom = Math.max(b.bottom, w.bottom);
    }
  }
  return [...byPage.values()];
}

export function verticalOverlap(
  a: { top: number; bottom: number },
  b: { top: number; bottom: number },
): number {
  return Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
}

export function horizontalOverlap(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

export function medianOf(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Append to the list under `key`, creating it: one pass, no copying. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, [...values]);
}

/** The font size most of the text is printed in (by characters): markers and stray glyphs do not count much. */
export function mainSize(words: readonly { size: number; text: string }[]): number {
  const first = words[0]?.size ?? 0;
  if (words.every((w) => w.size === first)) return first;
  const sizes: number[] = [];
  const counts: number[] = [];
  for (const w of words) {
    const i = sizes.indexOf(w.size);
    if (i >= 0) counts[i] = (counts[i] ?? 0) + w.text.length;
    else {
      sizes.push(w.size);
      counts.push(w.text.length);
    }
  }
  let best = 0;
  for (let i = 1; i < sizes.length; i++) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
  return sizes[best] ?? 0;
}
