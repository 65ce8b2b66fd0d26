/**
 * What the insider holds after the filing: for each security, ownership form
 * (D/I) and nature of indirect ownership, the last amount the form states.
 * Rows print in time order, so the last row of a holding is its final amount.
 */
import type { DirectIndirect, Filing, IsoDate, TableKey } from '../filing';
import { dollarCellsOf, isDollarCell, type DollarCells } from './dollar-cells';
import {
  isDerivativeRow,
  normaliseTitle,
  rowsOf,
  sideOf,
  type AnyRow,
  type RowRef,
  type TableSide,
} from './rows';

/**
 * Where the amount came from: "Amount of Securities Beneficially Owned
 * Following Reported Transaction(s)" (column 5 / 9), its value variant, or, on
 * a Form 3's Table II, which has no such column, the amount of underlying
 * shares (or their value, where the filing states one).
 */
export type AmountBasis = 'owned-after' | 'value-after' | 'underlying-shares' | 'underlying-value';

/** 'dollars' where the filing states a value instead of a number of shares. */
export type AmountUnit = 'shares' | 'dollars';

export interface RowAmount {
  amount: number;
  basis: AmountBasis;
  unit: AmountUnit;
}

export interface HoldingAfter {
  table: TableSide;
  securityTitle: string;
  directOrIndirectOwnership: DirectIndirect | null;
  natureOfOwnership: string | null;
  /** Shares (or units) held; a dollar value when unit is 'dollars'. */
  amount: number;
  basis: AmountBasis;
  unit: AmountUnit;
  /** Table II only: the underlying security's title, and the grant's terms that tell one holding from another. */
  underlyingSecurityTitle: string | null;
  conversionOrExercisePrice: number | null;
  exerciseDate: IsoDate | null;
  expirationDate: IsoDate | null;
  /** Date of the row the amount was read from; null for a holdings-only row. */
  date: IsoDate | null;
  row: RowRef;
}

/**
 * The amount a row says is held after it, or null when the row states none.
 * `dollarCells` (from dollarCellsOf) tells a value put in a share column apart.
 */
export function amountAfter(row: AnyRow, ref: RowRef, dollarCells: DollarCells): RowAmount | null {
  const inDollars = (field: 'sharesOwnedFollowingTransaction' | 'underlyingSecurityShares') =>
    isDollarCell(dollarCells, ref, field);
  if (row.sharesOwnedFollowingTransaction !== null) {
    const amount = row.sharesOwnedFollowingTransaction;
    if (inDollars('sharesOwnedFollowingTransaction'))
      return { amount, basis: 'value-after', unit: 'dollars' };
    return { amount, basis: 'owned-after', unit: 'shares' };
  }
  if (!isDerivativeRow(row)) {
    const value = row.valueOwnedFollowingTransaction;
    return value === null ? null : { amount: value, basis: 'value-after', unit: 'dollars' };
  }
  // Only a holdings row's underlying amount is a holding; on a transaction row
  // it is the underlying of the shares traded.
  if (ref.table === 'derivativeHoldings' && row.underlyingSecurityShares !== null) {
    const amount = row.underlyingSecurityShares;
    if (inDollars('underlyingSecurityShares')) return { amount, basis: 'underlying-value', unit: 'dollars' };
    return { amount, basis: 'underlying-shares', unit: 'shares' };
  }
  return null;
}

/**
 * The key under which successive rows describe one holding: title, ownership
 * form and nature; in Table II also the grant (exercise price, with $0 and
 * none alike, and expiration date), since each option grant or unit tranche
 * is a holding of its own. Within one filing the exercisable date and its
 * footnote markers (vesting schedules) separate tranches further; across
 * filings footnote numbers mean nothing, so `scope: 'library'` leaves them out.
 */
export function holdingKey(side: TableSide, row: AnyRow, scope: 'filing' | 'library' = 'filing'): string {
  const parts = [
    side,
    normaliseTitle(row.securityTitle),
    row.directOrIndirectOwnership ?? '',
    normaliseTitle(row.natureOfOwnership),
  ];
  if (!isDerivativeRow(row)) return parts.join('|');
  parts.push(
    row.conversionOrExercisePrice ? String(row.conversionOrExercisePrice) : '',
    row.expirationDate ?? '',
  );
  if (scope === 'filing') {
    parts.push(
      row.exerciseDate ?? '',
      (row.footnotes.exerciseDate ?? []).join(','),
      (row.footnotes.expirationDate ?? []).join(','),
    );
  }
  return parts.join('|');
}

/** Transactions before holdings rows, as EDGAR prints them. */
const ORDER: readonly TableKey[] = [
  'nonDerivativeTransactions',
  'nonDerivativeHoldings',
  'derivativeTransactions',
  'derivativeHoldings',
];

function grantTerms(row: AnyRow) {
  if (!isDerivativeRow(row)) {
    return {
      underlyingSecurityTitle: null,
      conversionOrExercisePrice: null,
      exerciseDate: null,
      expirationDate: null,
    };
  }
  const { underlyingSecurityTitle, conversionOrExercisePrice, exerciseDate, expirationDate } = row;
  return { underlyingSecurityTitle, conversionOrExercisePrice, exerciseDate, expirationDate };
}

export function holdingsAfter(filing: Filing): HoldingAfter[] {
  const last = new Map<string, HoldingAfter>();
  const dollarCells = dollarCellsOf(filing);
  for (const table of ORDER) {
    for (const { row, ref } of rowsOf(filing, table)) {
      const found = amountAfter(row, ref, dollarCells);
      if (found === null) continue;
      const side = sideOf(table);
      last.set(holdingKey(side, row), {
        table: side,
        securityTitle: row.securityTitle,
        directOrIndirectOwnership: row.directOrIndirectOwnership,
        natureOfOwnership: row.natureOfOwnership,
        ...found,
        ...grantTerms(row),
        date: row.transactionDate,
        row: ref,
      });
    }
  }
  return [...last.values()];
}
