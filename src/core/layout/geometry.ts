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
