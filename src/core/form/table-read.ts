/**
 * Table I / Table II body → typed rows. Cells become values of the contract's
 * types; text that cannot be read as its column's type is kept out of the
 * value and reported, never guessed.
 */
import { readCell, type Cell } from '../layout/cells';
import { straddles, type Band } from '../layout/bands';
import type { Line } from '../layout/lines';
import { buildRows, type TableRow } from '../layout/rows';
import type { AcquiredDisposed, DirectIndirect } from '../filing';
import type { Box, Word } from '../words';
import { parseDate, parseNumber } from './values';
import type { FieldKey } from './table-spec';
import type { Issue } from './issues';

export type Cells = Partial<Record<FieldKey, Cell>>;

/** Columns of free text, where "(n)" printed like the text may be part of it. */
const TEXT_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'securityTitle',
  'natureOfOwnership',
  'underlyingSecurityTitle',
]);

/** Columns whose cells hold one value on one line: their lines tell rows apart. */
const SINGLE_VALUE_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'transactionDate',
  'deemedExecutionDate',
  'transactionCode',
  'voluntarilyReported',
  'shares',
  'acquiredDisposedCode',
  'sharesAcquired',
  'sharesDisposed',
  'pricePerShare',
  'conversionOrExercisePrice',
  'underlyingSecurityShares',
  'sharesOwnedFollowingTransaction',
  'directOrIndirectOwnership',
]);

export interface ReadRow {
  cells: Cells;
  page: number;
  top: number;
}

export interface TableBody {
  rows: ReadRow[];
  issues: Issue[];
}

export function readBody(
  lines: readonly Line[],
  bands: readonly Band<FieldKey>[],
  tableName: string,
): TableBody {
  const words = lines.flatMap((l) => l.words);
  const { rows, outside } = buildRows(lines, bands, SINGLE_VALUE_FIELDS);
  // A "row" with neither a title nor a single value (a stray caption, a page note) is not a row: its words are left over.
  const isRow = (r: TableRow<FieldKey>) =>
    r.cells.has('securityTitle') || [...r.cells.keys()].some((k) => SINGLE_VALUE_FIELDS.has(k));
  const leftover = [
    ...outside,
    ...rows.filter((r) => !isRow(r)).flatMap((r) => [...r.cells.values()].flat()),
  ];
  const issues: Issue[] = [];
  if (leftover.length > 0) {
    issues.push({
      code: 'leftover-words',
      message: `${tableName}: "${leftover.map((w) => w.text).join(' ')}" belongs to no row or column; check this part of the table by eye.`,
      path: null,
      boxes: leftover.map(boxWord),
    });
  }
  // A lone "$" is placed with its amount (layout/rows), not by where it stands.
  const unsure = words.filter((w) => w.text !== '$' && straddles(bands, w));
  if (unsure.length > 0) {
    issues.push({
      code: 'cell-straddle',
      message: `${tableName}: "${unsure.map((w) => w.text).join(' ')}" crosses a column boundary; check which column it belongs to.`,
      path: null,
      boxes: unsure.map(boxWord),
    });
  }
  return { rows: rows.filter(isRow).map(toReadRow), issues };
}

function boxWord(w: Word): Box {
  return { page: w.page, x0: w.x0, x1: w.x1, top: w.top, bottom: w.bottom };
}

function toReadRow(row: TableRow<FieldKey>): ReadRow {
  const cells: Cells = {};
  for (const [key, ws] of row.cells) cells[key] = readCell(ws, TEXT_FIELDS.has(key) ? 'text' : 'value');
  return { cells, page: row.page, top: row.top };
}

/** Typed readers: each returns the value and, when the text is not of the type, a complaint. */
export interface Typed<T> {
  value: T | null;
  problem: string | null;
}

const ok = <T>(value: T | null): Typed<T> => ({ value, problem: null });
const none = <T>(): Typed<T> => ({ value: null, problem: null });

export function asDate(cell: Cell | undefined): Typed<string> {
  if (!cell || cell.text === '') return none();
  const date = parseDate(cell.text);
  return date ? ok(date) : { value: null, problem: `"${cell.text}" is not a date` };
}

export function asNumber(cell: Cell | undefined): Typed<number> {
  if (!cell || cell.text === '') return none();
  const n = parseNumber(cell.text);
  return n !== null ? ok(n) : { value: null, problem: `"${cell.text}" is not a number` };
}

export function asText(cell: Cell | undefined): Typed<string> {
  return ok(cell && cell.text !== '' ? cell.text : null);
}

export function asCode(cell: Cell | undefined): Typed<string> {
  if (!cell || cell.text === '') return none();
  return /^[A-Z]$/.test(cell.text)
    ? ok(cell.text)
    : { value: null, problem: `"${cell.text}" is not a transaction code` };
}

export function asLetter<T extends string>(cell: Cell | undefined, letters: readonly T[]): Typed<T> {
  if (!cell || cell.text === '') return none();
  const t = cell.text.replace(/[()]/g, '');
  return (letters as readonly string[]).includes(t)
    ? ok(t as T)
    : { value: null, problem: `"${cell.text}" is not one of ${letters.join('/')}` };
}

export const asAcquiredDisposed = (cell: Cell | undefined): Typed<AcquiredDisposed> =>
  asLetter(cell, ['A', 'D'] as const);
export const asDirectIndirect = (cell: Cell | undefined): Typed<DirectIndirect> =>
  asLetter(cell, ['D', 'I'] as const);
