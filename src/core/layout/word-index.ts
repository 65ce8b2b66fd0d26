/**
 * Words by page, sorted by top, so region queries cost a binary search plus
 * the words actually near the region rather than a pass over the document.
 */
import type { Word } from '../words';
import { centerX, centerY } from './geometry';

export interface Region {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

export class WordIndex {
  private readonly pages = new Map<number, Word[]>();
  /** Tallest word, so a search by top can start early enough to see every centre. */
  private readonly maxHeight: number;

  constructor(words: readonly Word[]) {
    let maxHeight = 0;
    for (const w of words) {
      let list = this.pages.get(w.page);
      if (!list) this.pages.set(w.page, (list = []));
      list.push(w);
      maxHeight = Math.max(maxHeight, w.bottom - w.top);
    }
    for (const [page, list] of this.pages) {
      const keyed = list.map((w) => ({ w, top: w.top }));
      keyed.sort((a, b) => a.top - b.top);
      this.pages.set(
        page,
        keyed.map((k) => k.w),
      );
    }
    this.maxHeight = maxHeight;
  }

  pageWords(page: number): readonly Word[] {
    return this.pages.get(page) ?? [];
  }

  /** Words whose centre lies inside the region. */
  inRegion(r: Region): Word[] {
    const list = this.pages.get(r.page);
    if (!list) return [];
    const out: Word[] = [];
    for (let i = firstWithTopAtLeast(list, r.top - this.maxHeight); i < list.length; i++) {
      const w = list[i] as Word;
      if (w.top > r.bottom) break;
      const cx = centerX(w);
      const cy = centerY(w);
      if (cx >= r.x0 && cx <= r.x1 && cy >= r.top && cy <= r.bottom) out.push(w);
    }
    return out;
  }
}

function firstWithTopAtLeast(list: readonly Word[], top: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Word).top < top) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
