/**
 * Table body words → rows of cells. Within each column, lines that follow each
 * other at the text's own line spacing form one block (a multi-line cell such
 * as "By / Abalone / Cove / LLLP (2)"); a wider step starts a new block. Every
 * block of the seed column (the security title) starts a row; every other
 * block joins the row it overlaps most, which handles cells aligned to the
 * top and cells centred in a taller row alike.
 */
import type { Word } from '../words';
import { bandAt, type Band } from './bands';
import { centerX, centerY, verticalOverlap } from './geometry';
import { groupLines, type Line } from './lines';

export interface Block {
  page: number;
  top: number;
  bottom: number;
  words: Word[];
}

export interface TableRow<K extends string> {
  page: number;
  top: number;
  bottom: number;
  cells: Map<K, Word[]>;
  /** Set when the row has no block in the seed column. */
  seedless: boolean;
}

/** Line steps up to this multiple of the body's own line spacing stay inside one cell. */
export const CELL_STEP_RATIO = 1.12;
/** Without any multi-line cell to learn the spacing from, assume this many font sizes. */
export const DEFAULT_LEADING = 1.15;
/** Steps larger than this many font sizes are never a cell's own line spacing. */
const MAX_LEADING = 1.6;

function lineSteps(lines: readonly Line[]): number[] {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    if (a.page === b.page && b.top - a.top <= MAX_LEADING * a.size) steps.push((b.top - a.top) / a.size);
  }
  return steps;
}

/** The body's line spacing in font sizes: the smallest step between lines of one column. */
export function learnLeading(linesByBand: readonly Line[][]): number {
  const steps = linesByBand.flatMap(lineSteps).filter((s) => s > 0.5);
  return steps.length > 0 ? Math.min(...steps) : DEFAULT_LEADING;
}

export function blocksOf(lines: readonly Line[], leading: number): Block[] {
  const blocks: Block[] = [];
  let prev: Line | null = null;
  let current: Block | null = null;
  for (const line of lines) {
    const sameBlock = prev && current && prev.page === line.page && line.top - prev.top <= leading * CELL_STEP_RATIO * prev.size;
    if (current && sameBlock) {
      current.words.push(...line.words);
      current.bottom = Math.max(current.bottom, line.bottom);
    } else {
      current = { page: line.page, top: line.top, bottom: line.bottom, words: [...line.words] };
      blocks.push(current);
    }
    prev = line;
  }
  return blocks;
}

/** A block farther than this many font sizes from every row starts a row of its own. */
const ROW_REACH = 1.5;

interface Anchored<K extends string> {
  row: TableRow<K>;
  /** Extent used for matching: the seed block's, never grown by joined blocks. */
  top: number;
  bottom: number;
}

function bestRow<K extends string>(rows: readonly Anchored<K>[], block: Block): Anchored<K> | null {
  let best: Anchored<K> | null = null;
  let bestScore = -Infinity;
  const size = Math.max(...block.words.map((w) => w.size));
  for (const r of rows) {
    if (r.row.page !== block.page) continue;
    const overlap = verticalOverlap(r, block);
    const gap = -overlap;
    if (overlap <= 0 && gap > ROW_REACH * size) continue;
    // Overlap wins; without any, the nearest row by centre distance (a negative score).
    const score = overlap > 0 ? overlap : -Math.abs(centerY(r) - centerY(block)) - 1e6;
    if (score > bestScore) {
      bestScore = score;
      best = r;
    }
  }
  return best;
}

function anchoredRow<K extends string>(key: K, block: Block, seedless: boolean): Anchored<K> {
  const row: TableRow<K> = { page: block.page, top: block.top, bottom: block.bottom, cells: new Map(), seedless };
  row.cells.set(key, [...block.words]);
  return { row, top: block.top, bottom: block.bottom };
}

function addToRow<K extends string>(row: TableRow<K>, key: K, block: Block): void {
  row.cells.set(key, [...(row.cells.get(key) ?? []), ...block.words]);
  row.top = Math.min(row.top, block.top);
  row.bottom = Math.max(row.bottom, block.bottom);
}

export interface RowsResult<K extends string> {
  rows: TableRow<K>[];
  /** Words outside every band. */
  outside: Word[];
}

export function buildRows<K extends string>(words: readonly Word[], bands: readonly Band<K>[], seed: K): RowsResult<K> {
  const byBand = new Map<K, Word[]>();
  const outside: Word[] = [];
  for (const w of words) {
    const band = bandAt(bands, centerX(w));
    if (!band) outside.push(w);
    else byBand.set(band.key, [...(byBand.get(band.key) ?? []), w]);
  }
  const linesByBand = new Map<K, Line[]>();
  for (const [key, ws] of byBand) linesByBand.set(key, groupLines(ws));
  const leading = learnLeading([...linesByBand.values()]);
  const anchored: Anchored<K>[] = blocksOf(linesByBand.get(seed) ?? [], leading).map((b) => anchoredRow(seed, b, false));
  for (const [key, lines] of linesByBand) {
    if (key === seed) continue;
    for (const block of blocksOf(lines, leading)) {
      const target = bestRow(anchored, block);
      if (target) addToRow(target.row, key, block);
      else anchored.push(anchoredRow(key, block, true));
    }
  }
  const rows = anchored.map((a) => a.row).sort((a, b) => a.page - b.page || a.top - b.top);
  return { rows, outside };
}
