/**
 * Read rows → the contract's NonDerivativeRow / DerivativeRow, split into
 * transactions (a row with a date, code or amount) and holdings (a row that
 * only reports what is owned), each list in printed order.
 */
import type { Cell } from '../layout/cells';
import {
  emptyDerivativeRow,
  emptyNonDerivativeRow,
  type DerivativeRow,
  type NonDerivativeRow,
  type TableKey,
} from '../filing';
import type { Recorder } from './recorder';
import {
  asAcquiredDisposed,
  asCode,
  asDate,
  asDirectIndirect,
  asNumber,
  asText,
  type Cells,
  type ReadRow,
  type Typed,
} from './table-read';
import type { FieldKey } from './table-spec';

const TRANSACTION_FIELDS: FieldKey[] = [
  'transactionDate',
  'deemedExecutionDate',
  'transactionCode',
  'shares',
  'sharesAcquired',
  'sharesDisposed',
  'acquiredDisposedCode',
];

export function isTransactionRow(cells: Cells): boolean {
  return TRANSACTION_FIELDS.some((f) => (cells[f]?.text ?? '') !== '');
}

type RowLike = { footnotes: Record<string, string[]> };

/** Reads one field of one row: value, footnotes, provenance, complaint. */
class FieldReader {
  constructor(
    private readonly rec: Recorder,
    private readonly base: string,
    private readonly row: RowLike,
  ) {}

  read<T>(field: string, cell: Cell | undefined, typed: (c: Cell | undefined) => Typed<T>): T | null {
    if (!cell) return null;
    const path = `${this.base}.${field}`;
    const { value, problem } = typed(cell);
    if (cell.refs.length > 0)
      this.row.footnotes[field] = [...(this.row.footnotes[field] ?? []), ...cell.refs];
    this.rec.put(path, cell.valueBoxes.length > 0 ? cell.valueBoxes : cell.words);
    if (problem)
      this.rec.warn('unreadable-value', `${path}: ${problem}; check this cell by eye.`, path, cell.words);
    if (cell.textMarkers.length > 0) {
      this.rec.warn(
        'marker-in-text',
        `${path}: "${cell.textMarkers.join(' ')}" is printed like the text, not as a raised footnote marker, ` +
          'so it is read as part of the text. Check whether it refers to a footnote.',
        path,
        cell.words,
      );
    }
    return value;
  }
}

function voluntary(cell: Cell | undefined, isTransaction: boolean, hasV: boolean): boolean | null {
  if (!hasV || !isTransaction) return null;
  return (cell?.text ?? '') === 'V';
}

export function toNonDerivative(
  read: ReadRow,
  key: TableKey,
  index: number,
  rec: Recorder,
  hasV: boolean,
): NonDerivativeRow {
  const c = read.cells;
  const row = emptyNonDerivativeRow();
  const f = new FieldReader(rec, `${key}[${index}]`, row);
  const isTx = key === 'nonDerivativeTransactions';
  row.securityTitle = f.read('securityTitle', c.securityTitle, asText) ?? '';
  row.transactionDate = f.read('transactionDate', c.transactionDate, asDate);
  row.deemedExecutionDate = f.read('deemedExecutionDate', c.deemedExecutionDate, asDate);
  row.transactionCode = f.read('transactionCode', c.transactionCode, asCode);
  f.read('voluntarilyReported', c.voluntarilyReported, asText);
  row.voluntarilyReported = voluntary(c.voluntarilyReported, isTx, hasV);
  row.shares = f.read('shares', c.shares, asNumber);
  row.acquiredDisposedCode = f.read('acquiredDisposedCode', c.acquiredDisposedCode, asAcquiredDisposed);
  row.pricePerShare = f.read('pricePerShare', c.pricePerShare, asNumber);
  // Column 5 holds a value instead of an amount when printed in dollars (XML valueOwnedFollowingTransaction).
  const ownedAfter = c.sharesOwnedFollowingTransaction;
  if (ownedAfter && ownedAfter.text.startsWith('$')) {
    row.valueOwnedFollowingTransaction = f.read('valueOwnedFollowingTransaction', ownedAfter, asNumber);
  } else {
    row.sharesOwnedFollowingTransaction = f.read('sharesOwnedFollowingTransaction', ownedAfter, asNumber);
  }
  row.directOrIndirectOwnership = f.read(
    'directOrIndirectOwnership',
    c.directOrIndirectOwnership,
    asDirectIndirect,
  );
  row.natureOfOwnership = f.read('natureOfOwnership', c.natureOfOwnership, asText);
  return row;
}

function readShares(f: FieldReader, cells: Cells, row: DerivativeRow): void {
  const acquired = f.read('shares', cells.sharesAcquired, asNumber);
  const disposed = f.read('shares', cells.sharesDisposed, asNumber);
  const hasA = (cells.sharesAcquired?.text ?? '') !== '';
  const hasD = (cells.sharesDisposed?.text ?? '') !== '';
  row.shares = hasA ? acquired : disposed;
  row.acquiredDisposedCode = hasA ? 'A' : hasD ? 'D' : null;
}

export function toDerivative(
  read: ReadRow,
  key: TableKey,
  index: number,
  rec: Recorder,
  hasV: boolean,
): DerivativeRow {
  const c = read.cells;
  const row = emptyDerivativeRow();
  const f = new FieldReader(rec, `${key}[${index}]`, row);
  const isTx = key === 'derivativeTransactions';
  row.securityTitle = f.read('securityTitle', c.securityTitle, asText) ?? '';
  row.conversionOrExercisePrice = f.read('conversionOrExercisePrice', c.conversionOrExercisePrice, asNumber);
  row.transactionDate = f.read('transactionDate', c.transactionDate, asDate);
  row.deemedExecutionDate = f.read('deemedExecutionDate', c.deemedExecutionDate, asDate);
  row.transactionCode = f.read('transactionCode', c.transactionCode, asCode);
  f.read('voluntarilyReported', c.voluntarilyReported, asText);
  row.voluntarilyReported = voluntary(c.voluntarilyReported, isTx, hasV);
  readShares(f, c, row);
  row.exerciseDate = f.read('exerciseDate', c.exerciseDate, asDate);
  row.expirationDate = f.read('expirationDate', c.expirationDate, asDate);
  row.underlyingSecurityTitle = f.read('underlyingSecurityTitle', c.underlyingSecurityTitle, asText);
  row.underlyingSecurityShares = f.read('underlyingSecurityShares', c.underlyingSecurityShares, asNumber);
  row.pricePerShare = f.read('pricePerShare', c.pricePerShare, asNumber);
  row.sharesOwnedFollowingTransaction = f.read(
    'sharesOwnedFollowingTransaction',
    c.sharesOwnedFollowingTransaction,
    asNumber,
  );
  row.directOrIndirectOwnership = f.read(
    'directOrIndirectOwnership',
    c.directOrIndirectOwnership,
    asDirectIndirect,
  );
  row.natureOfOwnership = f.read('natureOfOwnership', c.natureOfOwnership, asText);
  return row;
}
