/**
 * Words → text lines. A line is the words of one page whose vertical extents
 * overlap enough to be read as one baseline. A line's band is that of its
 * tallest word, so raised footnote digits join the line they follow but can
 * never pull it onto the next one.
 */
import type { Word } from '../words';
import { mainSize } from './geometry';

export interface Line {
  page: number;
  top: number;
  bottom: number;
  /** The font size most of the line is printed in. */
  size: number;
  /** Words left to right. */
  words: Word[];
}

/** Share of the smaller height two boxes must overlap by to sit on one line. */
export const LINE_OVERLAP_RATIO = 0.5;
/**
 * …and their vertical centres may differ by at most this share of the smaller
 * height, so two lines of small print beside one large word stay two lines.
 */
export const LINE_CENTER_RATIO = 0.5;

function joinsLine(line: Line, w: Word): boolean {
  const overlap = Math.min(line.bottom, w.bottom) - Math.max(line.top, w.top);
  const smaller = Math.min(line.bottom - line.top, w.bottom - w.top);
  const centres = Math.abs(line.top + line.bottom - (w.top + w.bottom)) / 2;
  return smaller > 0 && overlap >= smaller * LINE_OVERLAP_RATIO && centres <= smaller * LINE_CENTER_RATIO;
}

/** Two runs of the same text this close (in font sizes) are one run drawn twice (faux bold, a shadow). */
const DUPLICATE_TOLERANCE = 0.25;

function isRepeat(a: Word, b: Word): boolean {
  const tol = DUPLICATE_TOLERANCE * a.size;
  return (
    a.text === b.text && a.size === b.size && Math.abs(a.x0 - b.x0) < tol && Math.abs(a.top - b.top) < tol
  );
}

function finishLine(line: Line): Line {
  line.words.sort((a, b) => a.x0 - b.x0);
  // A repeat sorts right next to (or within two of) the run it repeats.
  const kept: Word[] = [];
  for (const w of line.words) {
    const n = kept.length;
    const a = kept[n - 1];
    const b = kept[n - 2];
    if (!(a && isRepeat(a, w)) && !(b && isRepeat(b, w))) kept.push(w);
  }
  line.words = kept;
  line.size = mainSize(line.words);
  return line;
}

/**
 * Group words into lines, page by page, top to bottom: one pass over the
 * words sorted by vertical centre. Lines come out sorted by page, then top.
 */
export function groupLines(words: readonly Word[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const w of sortedByPageThenCentre(words)) {
    if (current && current.page === w.page && joinsLine(current, w)) {
      current.words.push(w);
      if (w.bottom - w.top > current.bottom - current.top) {
        current.top = w.top;
        current.bottom = w.bottom;
      }
      continue;
    }
    if (current) lines.push(finishLine(current));
    current = { page: w.page, top: w.top, bottom: w.bottom, size: w.size, words: [w] };
  }
  if (current) lines.push(finishLine(current));
  return isSortedByTop(lines) ? lines : lines.sort((a, b) => a.page - b.page || a.top - b.top);
}

/**
 * Words by page, then vertical centre, then left edge, ties kept in input
 * order (a stable sort: which of two repeats is kept depends on it). Runs on
 * every page, cell and region, so it avoids comparison sorts: a few words
 * are sorted by insertion; more by a counting sort over page and whole point
 * of doubled centre, then insertion sort inside each point (a handful of
 * words). Positions that are not finite, or centres spread absurdly far (a
 * damaged file), fall back to a comparison sort.
 */
function sortedByPageThenCentre(words: readonly Word[]): Word[] {
  const n = words.length;
  if (n < 2) return words.slice();
  let lo = Infinity;
  let hi = -Infinity;
  let firstPage = Infinity;
  let lastPage = -Infinity;
  let usable = true;
  for (const w of words) {
    const centre = w.top + w.bottom;
    usable &&= Number.isFinite(centre) && Number.isFinite(w.x0) && Number.isInteger(w.page);
    if (centre < lo) lo = centre;
    if (centre > hi) hi = centre;
    if (w.page < firstPage) firstPage = w.page;
    if (w.page > lastPage) lastPage = w.page;
  }
  if (!usable) return comparisonSorted(words);
  if (n <= FEW_WORDS) {
    const out = words.slice();
    insertionSort(out, 0, n, byPageThenCentre);
    return out;
  }
  const perPage = Math.floor(hi - lo) + 1;
  const buckets = perPage * (lastPage - firstPage + 1);
  if (buckets > n * MAX_BUCKETS_PER_WORD + MIN_BUCKETS) return comparisonSorted(words);
  const bucketOf = new Int32Array(n);
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    const w = words[i] as Word;
    const b = (w.page - firstPage) * perPage + Math.floor(w.top + w.bottom - lo);
    bucketOf[i] = b;
    starts[b + 1]++;
  }
  for (let b = 0; b < buckets; b++) (starts[b + 1] as number) += starts[b] as number;
  const out = new Array<Word>(n);
  for (let i = 0; i < n; i++) out[starts[bucketOf[i] as number]++] = words[i] as Word;
  // After placing, starts[b] is where bucket b ends; sort each bucket of more than one word.
  let begin = 0;
  for (let b = 0; b < buckets; b++) {
    const end = starts[b] as number;
    if (end - begin > 1) insertionSort(out, begin, end, byPageThenCentre);
    begin = end;
  }
  return out;
}

/** Up to this many words (a cell, a label) an insertion sort beats allocating buckets. */
const FEW_WORDS = 24;

const byPageThenCentre = (a: Word, b: Word) =>
  a.page - b.page || a.top + a.bottom - (b.top + b.bottom) || a.x0 - b.x0;

/** Stable: an item moves left only past items that sort strictly after it. */
function insertionSort<T>(list: T[], begin: number, end: number, compare: (a: T, b: T) => number): void {
  for (let i = begin + 1; i < end; i++) {
    const item = list[i] as T;
    let j = i - 1;
    while (j >= begin && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = item;
  }
}

function comparisonSorted(words: readonly Word[]): Word[] {
  const keyed = words.map((w) => ({ w, page: w.page, centre: w.top + w.bottom, x0: w.x0 }));
  keyed.sort((a, b) => a.page - b.page || a.centre - b.centre || a.x0 - b.x0);
  return keyed.map((k) => k.w);
}

/** A page of ~1,000 words spans ~1,600 points of doubled centre; past this many buckets per word, sort by comparison. */
const MAX_BUCKETS_PER_WORD = 16;
const MIN_BUCKETS = 4_000;

function isSortedByTop(lines: readonly Line[]): boolean {
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    if (a.page > b.page || (a.page === b.page && a.top > b.top)) return false;
  }
  return true;
}

export function lineText(line: Line): string {
  return line.words.map((w) => w.text).join(' ');
}

/** A word ending in a hyphen after a letter ("Attorney-in-") was wrapped after the hyphen. */
const WRAPPED_AT_HYPHEN = /[A-Za-z0-9]-$/;

/**
 * Join the texts of successive lines: one space between them, none after a
 * line that broke at a hyphen, so "Attorney-in-" + "fact" reads the same at
 * every page width.
 */
export function joinLines(texts: readonly string[]): string {
  let out = '';
  for (const raw of texts) {
    const t = raw.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    out = out === '' ? t : WRAPPED_AT_HYPHEN.test(out) ? out + t : `${out} ${t}`;
  }
  return out;
}

export function linesText(lines: readonly Line[]): string {
  return joinLines(lines.map(lineText));
}

export function wordsText(words: readonly Word[]): string {
  return linesText(groupLines(words));
}

/** Space between words, in font sizes, when deciding whether a word would have fitted on a line. */
const WORD_SPACE = 0.3;

/**
 * Lines further apart than this many font sizes are separate values (rows of
 * a table, each with its padding); text wrapping inside one value steps by
 * its line height, about 1.15 font sizes in browsers.
 */
export const SEPARATE_LINE_STEP = 1.3;

/**
 * Split wrapped lines into paragraphs at hard breaks. A line ends in a hard
 * break (a new value, a <br>) when the next line's first word would have
 * fitted after it within `width`, or when the next line is further below it
 * than wrapped text would be; otherwise the text only wrapped there.
 */
export function splitAtHardBreaks(lines: readonly Line[], width: number): Line[][] {
  const groups: Line[][] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const first = line.words[0];
    const start = prev?.words[0];
    const end = prev?.words[prev.words.length - 1];
    const fits = !!(
      first &&
      start &&
      end &&
      end.x1 - start.x0 + WORD_SPACE * first.size + (first.x1 - first.x0) <= width
    );
    const apart = !!prev && (prev.page !== line.page || line.top - prev.top > SEPARATE_LINE_STEP * prev.size);
    const current = groups[groups.length - 1];
    if (prev && current && !fits && !apart) current.push(line);
    else groups.push([line]);
    prev = line;
  }
  return groups;
}
