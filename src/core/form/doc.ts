/**
 * The positioned words of the form's own pages, indexed once and shared by
 * every reading step. Pages after the form (exhibits, powers of attorney)
 * are cut off here so nothing later can mistake them for the form.
 */
import { mainSize } from '../layout/geometry';
import { groupLines, type Line } from '../layout/lines';
import { WordIndex, type Region } from '../layout/word-index';
import type { PageInfo, Word } from '../words';

export interface FormDoc {
  pages: PageInfo[];
  words: Word[];
  lines: Line[];
  index: WordIndex;
  /** Median font size over the form: the unit for tolerances that span sections. */
  size: number;
}

/**
 * The source's words page by page, duplicates dropped and grouped into lines
 * once, on first use: finding the form's last page reads the first pages'
 * lines, and the form reuses them. Filled from a whole PositionedText, or
 * page by page while the PDF is read (parse-file.ts), so that reading can
 * stop at the form's last page.
 */
export class PagedText {
  private readonly wordsByPage = new Map<number, Word[]>();
  private readonly cache = new Map<number, { words: Word[]; lines: Line[] }>();

  constructor(words: readonly Word[] = []) {
    for (const w of words) {
      const list = this.wordsByPage.get(w.page);
      if (list) list.push(w);
      else this.wordsByPage.set(w.page, [w]);
    }
  }

  /** One page's words, as they are read; a page is added once. */
  addPage(page: number, words: Word[]): void {
    this.wordsByPage.set(page, words);
  }

  page(page: number): { words: Word[]; lines: Line[] } {
    let entry = this.cache.get(page);
    if (!entry) {
      // Line grouping also drops runs drawn twice at one place (see layout/lines).
      const lines = groupLines(this.wordsByPage.get(page) ?? []);
      entry = { words: lines.flatMap((l) => l.words), lines };
      this.cache.set(page, entry);
    }
    return entry;
  }
}

export function makeFormDoc(paged: PagedText, allPages: readonly PageInfo[], lastPage: number): FormDoc {
  const pages = allPages.filter((p) => p.page <= lastPage);
  const words: Word[] = [];
  const lines: Line[] = [];
  for (const p of pages) {
    const entry = paged.page(p.page);
    words.push(...entry.words);
    lines.push(...entry.lines);
  }
  return { pages, words, lines, index: new WordIndex(words), size: mainSize(words) || 10 };
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
