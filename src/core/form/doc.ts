/**
 * The positioned words of the form's own pages, indexed once and shared by
 * every reading step. Pages after the form (exhibits, powers of attorney)
 * are cut off here so nothing later can mistake them for the form.
 */
import { medianOf } from '../layout/geometry';
import { groupLines, type Line } from '../layout/lines';
import { WordIndex, type Region } from '../layout/word-index';
import type { PageInfo, PositionedText, Word } from '../words';

export interface FormDoc {
  pages: PageInfo[];
  words: Word[];
  lines: Line[];
  index: WordIndex;
  /** Median font size over the form: the unit for tolerances that span sections. */
  size: number;
}

/**
 * Producers sometimes draw a run twice (faux bold, or a shadow). Two words with
 * the same text at the same place are one word.
 */
const DUPLICATE_TOLERANCE = 0.25;

function dropDuplicates(words: readonly Word[]): Word[] {
  const seen = new Map<string, Word[]>();
  const out: Word[] = [];
  for (const w of words) {
    const key = `${w.page}|${w.text}|${Math.round(w.top)}`;
    const same = seen.get(key) ?? [];
    const tol = w.size * DUPLICATE_TOLERANCE;
    if (same.some((o) => Math.abs(o.x0 - w.x0) < tol && Math.abs(o.top - w.top) < tol)) continue;
    same.push(w);
    seen.set(key, same);
    out.push(w);
  }
  return out;
}

export function makeFormDoc(text: PositionedText, lastPage: number): FormDoc {
  const pages = text.pages.filter((p) => p.page <= lastPage);
  const words = dropDuplicates(text.words.filter((w) => w.page <= lastPage));
  return {
    pages,
    words,
    lines: groupLines(words),
    index: new WordIndex(words),
    size: medianOf(words.map((w) => w.size)) || 10,
  };
}

export function pageInfo(doc: FormDoc, page: number): PageInfo {
  return doc.pages.find((p) => p.page === page) ?? { page, width: 612, height: 792 };
}

export function wordsIn(doc: FormDoc, regions: readonly Region[]): Word[] {
  return regions.flatMap((r) => doc.index.inRegion(r));
}

/** Lines (global grouping) that lie between two y values on one page. */
export function linesBetween(doc: FormDoc, page: number, top: number, bottom: number): Line[] {
  return doc.lines.filter((l) => l.page === page && l.top >= top && l.bottom <= bottom);
}
