/**
 * Table body words → rows of cells.
 *
 * Rows are found from the body's vertical profile: inside a row the lines of
 * every cell follow each other at the text's own line spacing (a multi-line
 * cell such as "By / Abalone / Cove / LLLP (2)" leaves only hairline gaps,
 * raised markers fill those), while between two rows there is cell padding.
 * So the body is cut wherever no word covers a band of at least ROW_GAP font
 * sizes. Rows printed without padding are still told apart: when one band
 * that holds single values (a date, an amount, a code) has several lines in
 * one cut, each of those lines starts a row and every other line joins the
 * row it overlaps most. This works for cells aligned to the top and cells
 * centred in a taller row alike, and needs no per-producer spacing.
 */
import type { Word } from '../words';
import { bandAt, type Band } from './bands';
import { centerX, centerY, verticalOverlap } from './geometry';
import { groupLines, type Line } from './lines';

/** A vertical gap of at least this many font sizes, crossing the whole body, separates two rows. */
export const ROW_GAP = 0.35;

export interface TableRow<K extends string> {
  page: number;
  top: number;
  bottom: number;
  cells: Map<K, Word[]>;
}

interface KeyedLine<K extends string> {
  key: K;
  line: Line;
}

const MARKERS_ONLY = /^(\(\s*\d{1,2}\s*\))+$/;

function isMarkerLine(line: Line): boolean {
  return line.words.every((w) => MARKERS_ONLY.test(w.text));
}

/** Cut one page's lines wherever the vertical profile has a gap of ROW_GAP font sizes. */
function cutByGaps<K extends string>(lines: KeyedLine<K>[]): KeyedLine<K>[][] {
  const sorted = [...lines].sort((a, b) => a.line.top - b.line.top);
  const groups: KeyedLine<K>[][] = [];
  let bottom = -Infinity;
  for (const kl of sorted) {
    const current = groups[groups.length - 1];
    if (!current || kl.line.top - bottom > ROW_GAP * kl.line.size) groups.push([kl]);
    else current.push(kl);
    bottom = Math.max(bottom, kl.line.bottom);
  }
  return groups;
}

/** The single-value band with the most (non-marker) lines in the group: its lines are row seeds. */
function seedLines<K extends string>(group: readonly KeyedLine<K>[], valueKeys: ReadonlySet<K>): Line[] {
  const byKey = new Map<K, Line[]>();
  for (const kl of group) {
    if (!valueKeys.has(kl.key) || isMarkerLine(kl.line)) continue;
    byKey.set(kl.key, [...(byKey.get(kl.key) ?? []), kl.line]);
  }
  let best: Line[] = [];
  for (const lines of byKey.values()) if (lines.length > best.length) best = lines;
  return best;
}

function nearestSeed(seeds: readonly Line[], line: Line): number {
  let best = 0;
  let bestScore = -Infinity;
  seeds.forEach((s, i) => {
    const overlap = verticalOverlap(s, line);
    const score = overlap > 0 ? overlap : -Math.abs(centerY(s) - centerY(line)) - 1e6;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

function toRow<K extends string>(lines: readonly KeyedLine<K>[]): TableRow<K> {
  const first = lines[0] as KeyedLine<K>;
  const row: TableRow<K> = { page: first.line.page, top: Infinity, bottom: -Infinity, cells: new Map() };
  for (const { key, line } of lines) {
    row.cells.set(key, [...(row.cells.get(key) ?? []), ...line.words]);
    row.top = Math.min(row.top, line.top);
    row.bottom = Math.max(row.bottom, line.bottom);
  }
  return row;
}

function splitGroup<K extends string>(group: KeyedLine<K>[], valueKeys: ReadonlySet<K>): KeyedLine<K>[][] {
  const seeds = seedLines(group, valueKeys);
  if (seeds.length <= 1) return [group];
  const parts: KeyedLine<K>[][] = seeds.map(() => []);
  for (const kl of group) (parts[nearestSeed(seeds, kl.line)] as KeyedLine<K>[]).push(kl);
  return parts.filter((p) => p.length > 0);
}

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
  words: readonly Word[],
  bands: readonly Band<K>[],
  valueKeys: ReadonlySet<K>,
): RowsResult<K> {
  const byBand = new Map<K, Word[]>();
  const outside: Word[] = [];
  for (const w of words) {
    const band = bandAt(bands, centerX(w));
    if (!band) outside.push(w);
    else byBand.set(band.key, [...(byBand.get(band.key) ?? []), w]);
  }
  const byPage = new Map<number, KeyedLine<K>[]>();
  for (const [key, ws] of byBand) {
    for (const line of groupLines(ws))
      byPage.set(line.page, [...(byPage.get(line.page) ?? []), { key, line }]);
  }
  const rows: TableRow<K>[] = [];
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    for (const group of cutByGaps(byPage.get(page) ?? [])) {
      for (const part of splitGroup(group, valueKeys)) rows.push(toRow(part));
    }
  }
  rows.sort((a, b) => a.page - b.page || a.top - b.top);
  return { rows, outside };
}
