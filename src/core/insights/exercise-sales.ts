/**
 * Exercise-and-sale on the same day: Table II shows options or units going out
 * (code M, X, O or C, disposed), Table I the shares coming in under the same
 * code, and on that date S (sold) or F (withheld for tax or the exercise price)
 * rows of the same shares going out. One group per date and underlying
 * security; several option grants exercised that day fold into one group.
 */
import type { Filing, IsoDate, TableKey } from '../filing';
import { dollarCellsOf, isDollarCell, type DollarCells } from './dollar-cells';
import { formatShares } from './format';
import {
  addAmounts,
  codeOf,
  directionOf,
  isDerivativeRow,
  normaliseTitle,
  rowsOf,
  type AnyRow,
  type RowRef,
} from './rows';

/** Codes by which a derivative turns into its underlying. */
export const EXERCISE_CODES: ReadonlySet<string> = new Set(['M', 'X', 'O', 'C']);

export interface ExerciseSale {
  date: IsoDate;
  /** The underlying security as Table II names it ("Common Stock"). */
  security: string;
  /** Codes of the exercise rows, in the order met ("M", or "C" and "X"). */
  codes: string[];
  /** Table II rows: the derivatives exercised or converted. */
  exercised: RowRef[];
  /** Column 5 total of those rows (options, units, preferred shares: not always one per share). */
  derivativesExercised: number;
  /** Column 5 of rows that state a dollar value instead (notes by principal): dollars, kept out of the count above. */
  derivativeValueExercised: number;
  /** Rows that received the underlying (Table I, or Table II when the underlying is itself a derivative). */
  acquired: RowRef[];
  /** Shares received by the exercise; falls back to Table II's underlying amount when no acquiring row is printed. */
  sharesAcquired: number;
  sold: RowRef[];
  sharesSold: number;
  withheld: RowRef[];
  sharesWithheld: number;
  /** False when the acquiring rows were matched by date and code only, their title differing from Table II's. */
  titleMatched: boolean;
  /** "Sold same day: 17,000 of 17,000 exercised" */
  summary: string;
}

interface Located {
  row: AnyRow;
  ref: RowRef;
}

const SEARCHED: readonly TableKey[] = ['nonDerivativeTransactions', 'derivativeTransactions'];

/** Column 5 over rows, counting either the share cells or the dollar cells (see dollar-cells.ts). */
function sumAmounts(
  rows: Located[],
  dollarCells: DollarCells,
  unit: 'shares' | 'dollars' = 'shares',
): number {
  return rows.reduce((sum, { row, ref }) => {
    const inDollars = isDollarCell(dollarCells, ref, 'shares');
    return inDollars === (unit === 'dollars') ? addAmounts(sum, row.shares ?? 0) : sum;
  }, 0);
}

function underlyingTotal(rows: Located[], dollarCells: DollarCells): number {
  return rows.reduce((sum, { row, ref }) => {
    if (!isDerivativeRow(row) || isDollarCell(dollarCells, ref, 'underlyingSecurityShares')) return sum;
    return addAmounts(sum, row.underlyingSecurityShares ?? 0);
  }, 0);
}

function isExercise(row: AnyRow): boolean {
  return isDerivativeRow(row) && EXERCISE_CODES.has(codeOf(row)) && directionOf(row).direction === 'D';
}

function groupExercises(all: Located[]): Map<string, Located[]> {
  const groups = new Map<string, Located[]>();
  for (const item of all) {
    if (!isExercise(item.row) || item.row.transactionDate === null || !isDerivativeRow(item.row)) continue;
    const key = `${item.row.transactionDate}|${normaliseTitle(item.row.underlyingSecurityTitle)}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [item]);
    else list.push(item);
  }
  return groups;
}

function findAcquired(all: Located[], date: IsoDate, codes: Set<string>, title: string, used: Set<string>) {
  const sameDay = all.filter(
    ({ row, ref }) =>
      !used.has(ref.path) &&
      row.transactionDate === date &&
      directionOf(row).direction === 'A' &&
      codes.has(codeOf(row)),
  );
  const byTitle = sameDay.filter(({ row }) => normaliseTitle(row.securityTitle) === title);
  if (byTitle.length > 0) return { rows: byTitle, titleMatched: true };
  // A title printed differently in the two tables ("Common Stock" / "Class A Common Stock"):
  // accept Table I rows of the same day and code, and say so.
  const tableOne = sameDay.filter(({ ref }) => ref.table === 'nonDerivativeTransactions');
  return { rows: tableOne, titleMatched: tableOne.length === 0 };
}

function findDisposals(
  all: Located[],
  date: IsoDate,
  titles: Set<string>,
  code: 'S' | 'F',
  used: Set<string>,
) {
  return all.filter(
    ({ row, ref }) =>
      !used.has(ref.path) &&
      row.transactionDate === date &&
      directionOf(row).direction === 'D' &&
      codeOf(row) === code &&
      titles.has(normaliseTitle(row.securityTitle)),
  );
}

function verbFor(codes: readonly string[]): string {
  if (codes.every((code) => code === 'C')) return 'converted';
  return codes.includes('C') ? 'exercised or converted' : 'exercised';
}

export function exerciseSaleSummary(
  pair: Pick<ExerciseSale, 'codes' | 'sharesAcquired' | 'sharesSold' | 'sharesWithheld'>,
): string {
  const of = `of ${formatShares(pair.sharesAcquired)} ${verbFor(pair.codes)}`;
  const parts = [
    pair.sharesSold > 0 || pair.sharesWithheld === 0
      ? `sold same day: ${formatShares(pair.sharesSold)} ${of}`
      : null,
    pair.sharesWithheld > 0
      ? `withheld for tax or exercise price: ${formatShares(pair.sharesWithheld)} ${of}`
      : null,
  ].filter((part): part is string => part !== null);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function buildPair(
  all: Located[],
  exercised: Located[],
  used: Set<string>,
  dollarCells: DollarCells,
): ExerciseSale {
  const first = exercised[0]!.row;
  const date = first.transactionDate as IsoDate;
  const security = (isDerivativeRow(first) ? first.underlyingSecurityTitle : null) ?? '';
  const codes = [...new Set(exercised.map(({ row }) => codeOf(row)))];
  const acquired = findAcquired(all, date, new Set(codes), normaliseTitle(security), used);
  acquired.rows.forEach(({ ref }) => used.add(ref.path));
  const titles = new Set([
    normaliseTitle(security),
    ...acquired.rows.map(({ row }) => normaliseTitle(row.securityTitle)),
  ]);
  const sold = findDisposals(all, date, titles, 'S', used);
  const withheld = findDisposals(all, date, titles, 'F', used);
  [...sold, ...withheld].forEach(({ ref }) => used.add(ref.path));
  const counts = {
    codes,
    sharesAcquired:
      acquired.rows.length > 0
        ? sumAmounts(acquired.rows, dollarCells)
        : underlyingTotal(exercised, dollarCells),
    sharesSold: sumAmounts(sold, dollarCells),
    sharesWithheld: sumAmounts(withheld, dollarCells),
  };
  return {
    date,
    security,
    exercised: exercised.map(({ ref }) => ref),
    derivativesExercised: sumAmounts(exercised, dollarCells),
    derivativeValueExercised: sumAmounts(exercised, dollarCells, 'dollars'),
    acquired: acquired.rows.map(({ ref }) => ref),
    ...counts,
    sold: sold.map(({ ref }) => ref),
    withheld: withheld.map(({ ref }) => ref),
    titleMatched: acquired.titleMatched,
    summary: exerciseSaleSummary(counts),
  };
}

/** Same-day exercise (or conversion) groups of a filing, in date order. */
export function findExerciseSales(filing: Filing): ExerciseSale[] {
  const all = SEARCHED.flatMap((table) => rowsOf(filing, table));
  const groups = groupExercises(all);
  const used = new Set<string>([...groups.values()].flat().map(({ ref }) => ref.path));
  const dollarCells = dollarCellsOf(filing);
  return [...groups.values()]
    .map((exercised) => buildPair(all, exercised, used, dollarCells))
    .sort((a, b) => a.date.localeCompare(b.date));
}
