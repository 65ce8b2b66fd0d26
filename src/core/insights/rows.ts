/**
 * Shared vocabulary of the insight functions: which row of which table a
 * figure came from, footnote look-up, title matching and exact-enough sums.
 */
import { expectedDirection } from '../codes';
import type {
  AcquiredDisposed,
  DerivativeRow,
  Filing,
  Footnote,
  NonDerivativeRow,
  TableKey,
} from '../filing';

export type AnyRow = NonDerivativeRow | DerivativeRow;

/** A stored filing: the library's records fit this shape (id + filing). */
export interface LibraryEntry {
  id: string;
  filing: Filing;
}

/** Table I (non-derivative) or Table II (derivative). */
export type TableSide = 'nonDerivative' | 'derivative';

/** Points at one row of a filing; `path` uses the same spelling as Filing warnings. */
export interface RowRef {
  table: TableKey;
  index: number;
  /** e.g. "nonDerivativeTransactions[2]" */
  path: string;
  /** e.g. "Table I row 3" (1-based, as a reader counts). */
  label: string;
}

const TABLE_SIDE: Readonly<Record<TableKey, TableSide>> = {
  nonDerivativeTransactions: 'nonDerivative',
  nonDerivativeHoldings: 'nonDerivative',
  derivativeTransactions: 'derivative',
  derivativeHoldings: 'derivative',
};

const TABLE_NAME: Readonly<Record<TableKey, string>> = {
  nonDerivativeTransactions: 'Table I',
  nonDerivativeHoldings: 'Table I holding',
  derivativeTransactions: 'Table II',
  derivativeHoldings: 'Table II holding',
};

export function sideOf(table: TableKey): TableSide {
  return TABLE_SIDE[table];
}

export function rowRef(table: TableKey, index: number): RowRef {
  return { table, index, path: `${table}[${index}]`, label: `${TABLE_NAME[table]} row ${index + 1}` };
}

/** Rows of one table with their references, in print order. */
export function rowsOf(filing: Filing, table: TableKey): { row: AnyRow; ref: RowRef }[] {
  const rows: readonly AnyRow[] = filing[table];
  return rows.map((row, index) => ({ row, ref: rowRef(table, index) }));
}

export function isDerivativeRow(row: AnyRow): row is DerivativeRow {
  return 'underlyingSecurityTitle' in row;
}

export function footnoteIndex(filing: Filing): Map<string, Footnote> {
  return new Map(filing.footnotes.map((note) => [note.id, note]));
}

/** Every footnote id a row refers to, once, in field order. */
export function rowFootnoteIds(row: AnyRow): string[] {
  return [...new Set(Object.values(row.footnotes).flat())];
}

/**
 * Titles compared the way a reader would: case, spacing and punctuation do not
 * matter, and a stray printed marker "(2)" at the end is not part of the name.
 */
export function normaliseTitle(title: string | null): string {
  return (title ?? '')
    .toLowerCase()
    .replace(/\(\d+\)\s*$/, '')
    .replace(/[^a-z0-9%$]+/g, ' ')
    .trim();
}

/**
 * (A) or (D) as printed; where the cell was unreadable (a PDF misread, with a
 * warning on the filing) and the code fixes the direction (S is a disposal,
 * P an acquisition), the code's direction. `inferred` says which.
 */
export function directionOf(row: AnyRow): { direction: AcquiredDisposed | null; inferred: boolean } {
  if (row.acquiredDisposedCode !== null) return { direction: row.acquiredDisposedCode, inferred: false };
  const fromCode = expectedDirection(
    row.transactionCode,
    isDerivativeRow(row) ? 'derivative' : 'nonDerivative',
  );
  return { direction: fromCode, inferred: fromCode !== null };
}

/** The transaction code as a bare upper-case letter, '' when the cell is empty. */
export function codeOf(row: AnyRow): string {
  return (row.transactionCode ?? '').trim().toUpperCase();
}

/**
 * Share counts may carry fractions (dividend reinvestment, 1/3 conversions);
 * summing them as doubles leaves dust like 0.30000000000000004. Six decimals is
 * finer than any form prints.
 */
export function addAmounts(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}

/** Dollar value of one row, to the cent. */
export function dollarValue(shares: number, price: number): number {
  return Math.round(shares * price * 100) / 100;
}

export function addDollars(a: number, b: number): number {
  return Math.round((a + b) * 100) / 100;
}
