/**
 * Shares and dollars acquired and disposed per transaction code, Table I and
 * Table II kept apart (a derivative's price is not a share price). A dollar
 * value is shares × price only where both are printed; rows without a price
 * are counted so a total never passes for complete when it is not. A row
 * whose amount is itself a dollar value (notes stated by principal) adds no
 * shares: its dollar figure is that stated value, and it is counted apart so
 * the page can say so.
 */
import { TRANSACTION_CODE_ORDER, describeCode } from '../codes';
import type { AcquiredDisposed, Filing, TableKey } from '../filing';
import { dollarCellsOf, isDollarCell } from './dollar-cells';
import {
  addAmounts,
  addDollars,
  codeOf,
  directionOf,
  dollarValue,
  rowsOf,
  type AnyRow,
  type TableSide,
} from './rows';

export interface CodeTotals {
  /** The code letter as printed, upper-case; '' for rows with no code. */
  code: string;
  /** Plain-English label ("Open-market sale"), or what to call an unknown letter. */
  label: string;
  rows: number;
  sharesAcquired: number;
  sharesDisposed: number;
  /** sharesAcquired − sharesDisposed */
  netShares: number;
  /** Σ shares × price over (A) rows that print both. */
  valueAcquired: number;
  /** Σ shares × price over (D) rows that print both. */
  valueDisposed: number;
  /** valueAcquired − valueDisposed (positive: more bought than sold, in dollars). */
  netValue: number;
  /** Rows with an amount but no price: their dollar value is unknown. */
  rowsWithoutPrice: number;
  sharesWithoutPrice: number;
  /** Rows with no amount at all (a value-only row, or an unread cell). */
  rowsWithoutShares: number;
  /** Rows with an amount but neither (A) nor (D), and a code that allows both. */
  rowsWithoutDirection: number;
  /** Rows whose (A)/(D) cell was unreadable, counted in the direction their code fixes (S: disposed). */
  rowsDirectionFromCode: number;
  /**
   * Rows whose amount is a dollar value, not a number of shares (notes stated
   * by principal): in the value figures at that amount, never in the share figures.
   */
  rowsStatedInDollars: number;
  /** Σ of those stated dollar values, (A) and (D) alike. */
  valueStatedInDollars: number;
}

export interface TableCodeSummary {
  /** One entry per code used, in the order of Section 8 of the instructions; unknown letters, then no code, last. */
  byCode: CodeTotals[];
  /** All codes together (code '*'). */
  total: CodeTotals;
}

export interface FilingCodeSummary {
  nonDerivative: TableCodeSummary;
  derivative: TableCodeSummary;
}

const TRANSACTION_TABLE: Readonly<Record<TableSide, TableKey>> = {
  nonDerivative: 'nonDerivativeTransactions',
  derivative: 'derivativeTransactions',
};

export function emptyCodeTotals(code: string): CodeTotals {
  return {
    code,
    label: codeTotalsLabel(code),
    rows: 0,
    sharesAcquired: 0,
    sharesDisposed: 0,
    netShares: 0,
    valueAcquired: 0,
    valueDisposed: 0,
    netValue: 0,
    rowsWithoutPrice: 0,
    sharesWithoutPrice: 0,
    rowsWithoutShares: 0,
    rowsWithoutDirection: 0,
    rowsDirectionFromCode: 0,
    rowsStatedInDollars: 0,
    valueStatedInDollars: 0,
  };
}

function codeTotalsLabel(code: string): string {
  if (code === '*') return 'All codes';
  if (code === '') return 'No code';
  return describeCode(code)?.label ?? `Code ${code} (not a Form 4/5 code)`;
}

/**
 * Adds one transaction row into running totals (mutates `into`).
 * `amountIsDollars`: the row's amount cell is a dollar value (see dollar-cells.ts).
 */
export function addRow(into: CodeTotals, row: AnyRow, amountIsDollars = false): void {
  into.rows += 1;
  const { shares: amount, pricePerShare: price } = row;
  const { direction, inferred } = directionOf(row);
  if (amount === null) {
    into.rowsWithoutShares += 1;
    return;
  }
  if (direction === null) {
    into.rowsWithoutDirection += 1;
    return;
  }
  if (inferred) into.rowsDirectionFromCode += 1;
  if (amountIsDollars) addStatedValue(into, amount, direction);
  else addShares(into, amount, price === null ? null : dollarValue(amount, price), direction);
  into.netShares = addAmounts(into.sharesAcquired, -into.sharesDisposed);
  into.netValue = addDollars(into.valueAcquired, -into.valueDisposed);
}

function addShares(
  into: CodeTotals,
  shares: number,
  value: number | null,
  direction: AcquiredDisposed,
): void {
  if (value === null) {
    into.rowsWithoutPrice += 1;
    into.sharesWithoutPrice = addAmounts(into.sharesWithoutPrice, shares);
  }
  if (direction === 'A') {
    into.sharesAcquired = addAmounts(into.sharesAcquired, shares);
    if (value !== null) into.valueAcquired = addDollars(into.valueAcquired, value);
  } else {
    into.sharesDisposed = addAmounts(into.sharesDisposed, shares);
    if (value !== null) into.valueDisposed = addDollars(into.valueDisposed, value);
  }
}

/** The stated value is the transaction's dollar amount; the price column means nothing without shares. */
function addStatedValue(into: CodeTotals, dollars: number, direction: AcquiredDisposed): void {
  into.rowsStatedInDollars += 1;
  into.valueStatedInDollars = addDollars(into.valueStatedInDollars, dollars);
  if (direction === 'A') into.valueAcquired = addDollars(into.valueAcquired, dollars);
  else into.valueDisposed = addDollars(into.valueDisposed, dollars);
}

/** Adds totals into running totals (mutates `into`); used to roll filings up into a library. */
export function addTotals(into: CodeTotals, from: CodeTotals): void {
  into.rows += from.rows;
  into.sharesAcquired = addAmounts(into.sharesAcquired, from.sharesAcquired);
  into.sharesDisposed = addAmounts(into.sharesDisposed, from.sharesDisposed);
  into.netShares = addAmounts(into.sharesAcquired, -into.sharesDisposed);
  into.valueAcquired = addDollars(into.valueAcquired, from.valueAcquired);
  into.valueDisposed = addDollars(into.valueDisposed, from.valueDisposed);
  into.netValue = addDollars(into.valueAcquired, -into.valueDisposed);
  into.rowsWithoutPrice += from.rowsWithoutPrice;
  into.sharesWithoutPrice = addAmounts(into.sharesWithoutPrice, from.sharesWithoutPrice);
  into.rowsWithoutShares += from.rowsWithoutShares;
  into.rowsWithoutDirection += from.rowsWithoutDirection;
  into.rowsDirectionFromCode += from.rowsDirectionFromCode;
  into.rowsStatedInDollars += from.rowsStatedInDollars;
  into.valueStatedInDollars = addDollars(into.valueStatedInDollars, from.valueStatedInDollars);
}

/** True when every row with an amount also printed a price, so the dollar values are whole. */
export function isValueComplete(totals: CodeTotals): boolean {
  return totals.rowsWithoutPrice === 0 && totals.rowsWithoutDirection === 0;
}

const CODE_RANK = new Map<string, number>(TRANSACTION_CODE_ORDER.map((code, rank) => [code, rank]));

function codeRank(code: string): number {
  if (code === '') return Number.MAX_SAFE_INTEGER;
  return CODE_RANK.get(code) ?? TRANSACTION_CODE_ORDER.length;
}

export function sortByCode(totals: CodeTotals[]): CodeTotals[] {
  return totals.sort((a, b) => codeRank(a.code) - codeRank(b.code) || a.code.localeCompare(b.code));
}

/** Builds a table summary from per-code totals (sorted, with their grand total). */
export function tableSummary(byCode: Iterable<CodeTotals>): TableCodeSummary {
  const list = sortByCode([...byCode]);
  const total = emptyCodeTotals('*');
  for (const entry of list) addTotals(total, entry);
  return { byCode: list, total };
}

function summariseTable(filing: Filing, side: TableSide): TableCodeSummary {
  const byCode = new Map<string, CodeTotals>();
  const dollarCells = dollarCellsOf(filing);
  for (const { row, ref } of rowsOf(filing, TRANSACTION_TABLE[side])) {
    const code = codeOf(row);
    let totals = byCode.get(code);
    if (totals === undefined) byCode.set(code, (totals = emptyCodeTotals(code)));
    addRow(totals, row, isDollarCell(dollarCells, ref, 'shares'));
  }
  return tableSummary(byCode.values());
}

/** Per-code totals of one filing's transaction rows (holdings rows carry no transaction). */
export function summariseByCode(filing: Filing): FilingCodeSummary {
  return {
    nonDerivative: summariseTable(filing, 'nonDerivative'),
    derivative: summariseTable(filing, 'derivative'),
  };
}
