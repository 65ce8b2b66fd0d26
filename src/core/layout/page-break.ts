/**
 * Table rows the page break cuts in two. Chromium keeps a row on one page;
 * other producers (Firefox, Safari, Qt's wkhtmltopdf) break inside it, and
 * the rest of the row opens the next page, where read on its own it would
 * join the row below it ("By Sequoia" / "Capital U.S. Venture 2010-Seed
 * Fund, L.P. (1)"). Qt also draws the line that straddles the break on both
 * pages, each copy clipped to its page: the words are there twice, at the
 * same place across the break.
 */
import type { Word } from '../words';
import { pushTo, verticalOverlap } from './geometry';
import { seedLines, type KeyedLine } from './row-split';
import type { TableRow } from './rows';

/** A line drawn again across the page break sits within this many points of where it was. */
const REPEAT_TOLERANCE = 0.5;

/** The words on the line of `pick` (the highest or lowest word), left to right. */
function lineOf(words: readonly Word[], pick: (a: Word, b: Word) => Word): Word[] {
  const page = Math.max(...words.map((w) => w.page));
  const onPage = words.filter((w) => w.page === page);
  const anchor = onPage.reduce(pick);
  return onPage.filter((w) => verticalOverlap(w, anchor) > 0).sort((a, b) => a.x0 - b.x0);
}

const lowestLine = (words: readonly Word[]) => lineOf(words, (a, b) => (b.bottom > a.bottom ? b : a));
const highestLine = (words: readonly Word[]) => lineOf(words, (a, b) => (b.top < a.top ? b : a));

function isTwin(a: Word, b: Word): boolean {
  return a.text === b.text && Math.abs(a.x0 - b.x0) <= REPEAT_TOLERANCE;
}

/** Every word of `line` is drawn, word for word at the same place, in `drawn`. */
function repeats(line: readonly Word[], drawn: readonly Word[]): boolean {
  return line.length > 0 && line.every((w) => drawn.some((d) => isTwin(w, d)));
}

const wordsOf = <K extends string>(group: readonly KeyedLine<K>[]) => group.flatMap((kl) => kl.line.words);

/**
 * The lines opening a page that finish the previous page's last row: wrapped
 * text only, or a copy of the row's last line with the rest of its cells
 * below it, always in cells the row above already fills. Anything else
 * opening a page (a new row, text under a column the row above leaves
 * empty) is left alone.
 */
export function restOfCutRow<K extends string>(
  groups: readonly KeyedLine<K>[][],
  previousPage: readonly KeyedLine<K>[][] | undefined,
  valueKeys: ReadonlySet<K>,
): KeyedLine<K>[] | null {
  const first = groups[0];
  const above = previousPage?.[previousPage.length - 1];
  if (!first || !above) return null;
  const filled = new Set(above.map((kl) => kl.key));
  if (!first.every((kl) => filled.has(kl.key))) return null;
  const seeds = seedLines(first, valueKeys);
  if (seeds.length === 0) return first;
  const straddling = highestLine(wordsOf(first));
  const repeated = repeats(straddling, lowestLine(wordsOf(above)));
  return repeated && seeds.every((line) => line.words.every((w) => straddling.includes(w))) ? first : null;
}

/** Adds the rest of a cut row to it, leaving out each cell's line drawn again across the break. */
export function continueCutRow<K extends string>(row: TableRow<K>, rest: readonly KeyedLine<K>[]): void {
  for (const { key, line } of rest) {
    const cell = row.cells.get(key) ?? [];
    const last = cell.length > 0 ? lowestLine(cell) : [];
    const drawnAgain = last.length === line.words.length && repeats(line.words, last);
    if (!drawnAgain) pushTo(row.cells, key, ...line.words);
  }
}
