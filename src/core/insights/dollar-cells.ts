/**
 * Cells that hold a dollar value in a column the contract only has a share
 * count for. Ownership XML may state a convertible note by principal
 * (transactionTotalValue, underlyingSecurityValue, valueOwnedFollowingTransaction);
 * the XML reader puts the number where the printed form shows it and warns
 * "xml-value-not-shares" with the cell's path. The warning is the only trace
 * of the unit, so every insight that adds or plots amounts asks here first.
 */
import type { Filing } from '../filing';
import type { RowRef } from './rows';

/** Warning codes that mark a cell as dollars, not shares. */
export const DOLLAR_CELL_WARNINGS: ReadonlySet<string> = new Set(['xml-value-not-shares']);

/** The share-count fields a dollar value can stand in. */
export type AmountField = 'shares' | 'sharesOwnedFollowingTransaction' | 'underlyingSecurityShares';

/** Paths of a filing's dollar cells, e.g. "derivativeTransactions[0].shares". */
export type DollarCells = ReadonlySet<string>;

export function dollarCellsOf(filing: Filing): DollarCells {
  const paths = filing.warnings
    .filter((warning) => DOLLAR_CELL_WARNINGS.has(warning.code) && warning.path !== null)
    .map((warning) => warning.path as string);
  return new Set(paths);
}

export function isDollarCell(cells: DollarCells, row: RowRef, field: AmountField): boolean {
  return cells.has(`${row.path}.${field}`);
}
