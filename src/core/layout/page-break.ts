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
 * below it, always in cells the row above already fills. A copy of that last
 * line followed at once by the next row (no gap between them wide enough to
 * cut at) is taken alone. Anything else opening a page (a new row, text under
 * a column the row above leaves empty) is left alone.
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
  const seeds = seedLines(first, valueKeys);
  const straddling = highestLine(wordsOf(first));
  const onStraddling = first.filter((kl) => kl.line.words.every((w) => straddling.includes(w)));
  const repeated = repeats(straddling, lowestLine(wordsOf(above)));
  if (first.every((kl) => filled.has(kl.key))) {
    if (seeds.length === 0) return first;
    if (repeated && seeds.every((line) => line.words.every((w) => straddling.includes(w)))) return first;
  }
  const nextRowBelow = seeds.every((line) => !line.words.some((w) => straddling.includes(w)));
  const copyOnly = repeated && nextRowBelow && onStraddling.every((kl) => filled.has(kl.key));
  return copyOnly && onStraddling.length > 0 ? onStraddling : null;
}

/** The page's groups without the lines that finish the previous page's row. */
export function withoutRest<K extends string>(
  groups: readonly KeyedLine<K>[][],
  rest: readonly KeyedLine<K>[],
): KeyedLine<K>[][] {
  return groups.map((group) => group.filter((kl) => !rest.includes(kl))).filter((group) => group.length > 0);
}

/**
 * The lines of the row a page break cuts run down to the foot of its page,
 * and Qt can spread them further apart there than a row gap: when the table
 * goes on over the page, trailing wrapped text (no values of its own) in
 * cells the group above fills is that group's, however far below it.
 */
export function keepCutRowTogether<K extends string>(
  groups: KeyedLine<K>[][],
  valueKeys: ReadonlySet<K>,
): void {
  while (groups.length > 1) {
    const trailing = groups[groups.length - 1]!;
    const above = groups[groups.length - 2]!;
    const filled = new Set(above.map((kl) => kl.key));
    if (seedLines(trailing, valueKeys).length > 0 || !trailing.every((kl) => filled.has(kl.key))) return;
    above.push(...trailing);
    groups.pop();
  }
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
