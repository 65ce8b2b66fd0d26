/**
 * Column bands: x-ranges derived from printed header labels. A word belongs
 * to the band holding its horizontal centre.
 */
import type { Word } from '../words';
import { centerX } from './geometry';

export interface Band<K extends string = string> {
  key: K;
  x0: number;
  x1: number;
}

export function bandAt<K extends string>(bands: readonly Band<K>[], x: number): Band<K> | null {
  for (const b of bands) if (x >= b.x0 && x < b.x1) return b;
  return null;
}

/** Share of a word's width that may lie in a neighbouring band before the placement is called unsure. */
export const STRADDLE_RATIO = 0.4;

/** True when a word reaches well into a band other than the one holding its centre. */
export function straddles<K extends string>(bands: readonly Band<K>[], w: Word): boolean {
  const home = bandAt(bands, centerX(w));
  if (!home) return false;
  const width = w.x1 - w.x0;
  if (width <= 0) return false;
  const outside = Math.max(0, home.x0 - w.x0) + Math.max(0, w.x1 - home.x1);
  return outside / width > STRADDLE_RATIO;
}
