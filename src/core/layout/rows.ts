/**
 * Table body words → rows of cells.
 *
 * Rows are found from the body's vertical profile: inside a row the lines of
 * every cell follow each other at the text's own line spacing (a multi-line
 * cell such as "By / Abalone / Cove / LLLP (2)" leaves only the gap between
 * its lines, raised markers fill even that), while between two rows there is
 * cell padding on top. The body's line spacing is learned from its own
 * multi-line cells, and the body is cut wherever no word covers a band wider
 * than the gap between lines plus ROW_GAP font sizes. Rows printed without
 * padding are still told apart: when one band
 * that holds single values (a date, an amount, a code) has several lines in
 * one cut, each of those lines starts a row and every other line joins the
 * row it overlaps most. This works for cells aligned to the top and cells
 * centred in a taller row alike, and needs no per-producer spacing.
 */
import type { Word } from '../words';
import { bandAt, type Band } from './bands';
import { centerX, mainSize, pushTo, verticalOverlap } from './geometry';
import { groupLines, type Line } from './lines';
import { continueCutRow, keepCutRowTogether, restOfCutRow, withoutRest } from './page-break';
import { alignmentOf, mergeValueless, splitGroup, type KeyedLine } from './row-split';

/** A vertical gap this many font sizes wider than the gap between a cell's own lines separates two rows. */
export const ROW_GAP = 0.25;
/** Text with no value of its own joins the row beside it across at most this many font sizes more than a row gap. */
const CONTINUATION_REACH = 1.0;
/** Without any multi-line cell to learn the spacing from, assume lines this many font sizes apart. */
export const DEFAULT_LEADING = 1.15;
/** Lines of text never sit closer than this many font sizes; a closer "line" is a lone raised marker. */
const MIN_LEADING = 0.9;
/** Steps wider than this many font sizes are never one cell's own line spacing. */
const MAX_LEADING = 2.0;
/** Only lines of the same font size (within this share) show the text's own spacing. */
const SAME_SIZE = 0.1;
/** A word this much smaller than the line's main text is a superscript candidate. */
const SUPERSCRIPT_SIZE_RATIO = 0.85;

export interface TableRow<K extends string> {
  page: number;
  top: number;
  bottom: number;
  cells: Map<K, Word[]>;
}

/**
 * How far a superscript ("(2)" after "LLLP") sticks out above the top of its
 * line's text. Browsers make such a line taller by about that much, pushing
 * it further below the line above.
 */
export function superscriptRaise(line: Line): number {
  const main = line.words.reduce((a, b) => (b.size > a.size ? b : a));
  let raise = 0;
  for (const w of line.words) {
    if (w.size <= main.size * SUPERSCRIPT_SIZE_RATIO) raise = Math.max(raise, main.top - w.top);
  }
  return raise;
}

function lineSteps(lines: readonly Line[]): number[] {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    if (a.page !== b.page || Math.abs(a.size - b.size) > SAME_SIZE * a.size) continue;
    const step = (b.top - a.top - superscriptRaise(b)) / a.size;
    if (step >= MIN_LEADING && step <= MAX_LEADING) steps.push(step);
  }
  return steps;
}

/** The body's line spacing in font sizes: the smallest step between lines of one column. */
export function learnLeading(linesByBand: readonly Line[][]): number {
  const steps = linesByBand.flatMap(lineSteps);
  return steps.length > 0 ? Math.min(...steps) : DEFAULT_LEADING;
}

/** Cut one page's lines wherever the vertical profile has a gap wider than a cell's own line gap plus ROW_GAP. */
function cutByGaps<K extends string>(lines: KeyedLine<K>[], leading: number): KeyedLine<K>[][] {
  // Every word counts in the profile, raised markers included: they fill the gap above their line.
  const sorted = lines
    .map((kl) => ({ kl, top: Math.min(...kl.line.words.map((w) => w.top)) }))
    .sort((a, b) => a.top - b.top);
  const groups: KeyedLine<K>[][] = [];
  const reach = Math.max(0, leading - 1) + ROW_GAP;
  let bottom = -Infinity;
  for (const { kl, top } of sorted) {
    const current = groups[groups.length - 1];
    if (!current || top - bottom > reach * kl.line.size) groups.push([kl]);
    else current.push(kl);
    for (const w of kl.line.words) bottom = Math.max(bottom, w.bottom);
  }
  return groups;
}

function toRow<K extends string>(lines: readonly KeyedLine<K>[]): TableRow<K> {
  const first = lines[0] as KeyedLine<K>;
  const row: TableRow<K> = { page: first.line.page, top: Infinity, bottom: -Infinity, cells: new Map() };
  for (const { key, line } of lines) {
    pushTo(row.cells, key, ...line.words);
    row.top = Math.min(row.top, line.top);
    row.bottom = Math.max(row.bottom, line.bottom);
  }
  return row;
}

/** A "$" printed apart from its amount sits within this many font sizes left of it. */
const CURRENCY_GAP = 1.5;

/**
 * A lone "$" belongs with the amount to its right: EDGAR prints it at the
 * left edge of the price cell, which can be left of where the label suggests
 * the cell begins. Returns the word whose position decides the band.
 */
function currencyAnchor(w: Word, words: readonly Word[]): Word {
  if (w.text !== '$') return w;
  let best: Word = w;
  let bestGap = CURRENCY_GAP * w.size;
  for (const o of words) {
    if (o === w || o.page !== w.page || verticalOverlap(o, w) <= 0) continue;
    const gap = o.x0 - w.x1;
    if (gap >= -0.5 && gap < bestGap) {
      bestGap = gap;
      best = o;
    }
  }
  return best;
}

/**
 * One column's share of a page line. A line's words usually stand on one
 * baseline per column; when a tall word elsewhere on the line joined two of
 * this column's lines into it, they are told apart again.
 */
function bandLines(words: Word[]): Line[] {
  const main = words.reduce((a, b) => (b.size > a.size ? b : a));
  const spread = Math.max(...words.map((w) => w.top)) - Math.min(...words.map((w) => w.top));
  if (spread > LINE_SPREAD * main.size) return groupLines(words);
  return [{ page: main.page, top: main.top, bottom: main.bottom, size: mainSize(words), words }];
}

/**
 * A column's lines taken from page lines are its own lines unless two of them
 * overlap (a page line split one baseline between large and small print):
 * then the column's words are grouped afresh.
 */
function settle(lines: Line[]): Line[] {
  const sorted = [...lines].sort((a, b) => a.page - b.page || a.top - b.top);
  const overlapping = sorted.some((l, i) => {
    const prev = sorted[i - 1];
    return prev !== undefined && prev.page === l.page && verticalOverlap(prev, l) > 0;
  });
  return overlapping ? groupLines(sorted.flatMap((l) => l.words)) : sorted;
}

/** Words of one column on one line whose tops differ by more than this many font sizes are two lines. */
const LINE_SPREAD = 0.5;

export interface RowsResult<K extends string> {
  rows: TableRow<K>[];
  /** Words outside every band. */
  outside: Word[];
}

/**
 * `valueKeys`: bands whose cells hold one value on one line (dates, amounts,
 * codes); their lines can split rows printed without padding.
 */
export function buildRows<K extends string>(
  lines: readonly Line[],
  bands: readonly Band<K>[],
  valueKeys: ReadonlySet<K>,
): RowsResult<K> {
  const outside: Word[] = [];
  const byPage = new Map<number, KeyedLine<K>[]>();
  const byBand = new Map<K, Line[]>();
  const all = lines.flatMap((l) => l.words);
  for (const line of lines) {
    const parts = new Map<K, Word[]>();
    for (const w of line.words) {
      const band = bandAt(bands, centerX(currencyAnchor(w, all)));
      if (!band) outside.push(w);
      else pushTo(parts, band.key, w);
    }
    for (const [key, ws] of parts) pushTo(byBand, key, ...bandLines(ws));
  }
  for (const [key, bandLinesOfKey] of byBand) {
    const own = settle(bandLinesOfKey);
    byBand.set(key, own);
    for (const sub of own) pushTo(byPage, sub.page, { key, line: sub });
  }
  const leading = learnLeading([...byBand.values()]);
  const pages: PageGroups<K>[] = [];
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    const lines = byPage.get(page) ?? [];
    const size = lines[0]?.line.size ?? 0;
    const cut = cutByGaps(lines, leading);
    const previous = pages[pages.length - 1];
    // The table goes on over the page: the last row of the page before may be cut.
    if (previous) keepCutRowTogether(previous.groups, valueKeys);
    const rest = restOfCutRow(cut, previous?.groups, valueKeys);
    const groups = mergeValueless(
      rest ? withoutRest(cut, rest) : cut,
      valueKeys,
      (Math.max(0, leading - 1) + ROW_GAP + CONTINUATION_REACH) * size,
    );
    pages.push({ groups, rest: rest ?? [] });
  }
  const alignment = alignmentOf(
    pages.flatMap((p) => p.groups),
    valueKeys,
  );
  const rows: TableRow<K>[] = [];
  for (const { groups, rest } of pages) {
    const cutRow = rows[rows.length - 1];
    if (cutRow) continueCutRow(cutRow, rest);
    for (const group of groups)
      for (const part of splitGroup(group, valueKeys, alignment)) rows.push(toRow(part));
  }
  rows.sort((a, b) => a.page - b.page || a.top - b.top);
  return { rows, outside };
}

interface PageGroups<K extends string> {
  groups: KeyedLine<K>[][];
  /** Lines that finish the previous page's last row. */
  rest: KeyedLine<K>[];
}
