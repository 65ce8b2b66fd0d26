/**
 * Weighted-average prices: when a sale or purchase was done in many trades, the
 * price column holds their weighted average and a footnote on that price gives
 * the range ("at prices ranging from $4.22 to $4.37, inclusive"). We read the
 * range back and check that the printed price lies inside it.
 */
import type { Filing, TableKey, Warning } from '../filing';
import { formatPrice } from './format';
import { footnoteIndex, rowsOf, type RowRef } from './rows';

export interface PriceRange {
  low: number;
  high: number;
  /** The words the range was read from, as printed in the footnote. */
  text: string;
}

export interface WeightedAveragePrice {
  row: RowRef;
  footnoteId: string;
  /** The row's price (column 4 of Table I, column 8 of Table II); null if the cell holds only the marker. */
  weightedAverage: number | null;
  /** The range that applies to this row (see `ranges`); null when the footnote states none. */
  low: number | null;
  high: number | null;
  /** Every range the footnote states; one footnote sometimes covers several rows. */
  ranges: PriceRange[];
  /** Ranges printed with a malformed number ("$1,1140.890"), as printed: not guessed at. */
  unreadableRanges: string[];
  /** Whether the price lies within [low, high]; null when either is unknown. */
  withinRange: boolean | null;
  /** True when the footnote is on the price cell (the usual place), false when found on another cell of the row. */
  onPriceCell: boolean;
  warning: Warning | null;
}

/** Digits and commas as printed; toNumber decides whether the grouping is well formed. */
const NUMBER = String.raw`(\d(?:[\d,]*\d)?(?:\.\d+)?|\.\d+)`;
const TO = String.raw`\s*(?:to|and|through|-|–|—)\s*(?:a\s+high\s+of\s+)?\$?\s*`;
const LOW_OF = String.raw`(?:a\s+low\s+of\s+)?`;
/** "ranging from", "range of", "in the range of", "ranged between", "between": a $ is optional. */
const RANGE_WORDS = String.raw`(?:\brang(?:e|es|ed|ing)\s+(?:from\s+|of\s+|between\s+)?|\bbetween\s+)`;
/** A bare "from … to …" is a range only when its first number is a dollar amount. */
const RANGE_PATTERN = new RegExp(
  String.raw`${RANGE_WORDS}${LOW_OF}\$?\s*${NUMBER}${TO}${NUMBER}|\bfrom\s+${LOW_OF}\$\s*${NUMBER}${TO}${NUMBER}`,
  'gi',
);

/** "volume weighted average price" in vesting terms is a market condition, not this row's price. */
const WEIGHTED_AVERAGE = /(?<!volume[\s-]+)weighted[\s-]+average/i;
const WEIGHTED_AVERAGE_PRICE =
  /(?<!volume[\s-]+)weighted[\s-]+average\s+(?:sale\s+|sales\s+|purchase\s+)?price/i;

/** Half a cent: a weighted average printed to the cent may round just past a range printed to the mill. */
const RANGE_TOLERANCE = 0.005;

/** A number as printed: digits with or without thousands separators in groups of three; NaN otherwise. */
function toNumber(text: string): number {
  return /^(?:\d{1,3}(?:,\d{3})*|\d+)(?:\.\d+)?$|^\.\d+$/.test(text) ? Number(text.replace(/,/g, '')) : NaN;
}

export interface FootnoteRanges {
  ranges: PriceRange[];
  /** Range phrases whose numbers are malformed ("$1,139.920 to $1,1140.890"). */
  unreadable: string[];
}

/** Every "$x to $y" style range in a footnote, in order, low ≤ high; malformed ones set apart. */
export function readFootnoteRanges(text: string): FootnoteRanges {
  const found: FootnoteRanges = { ranges: [], unreadable: [] };
  for (const match of text.matchAll(RANGE_PATTERN)) {
    const [first, second] = [match[1] ?? match[3] ?? '', match[2] ?? match[4] ?? ''];
    const [a, b] = [toNumber(first), toNumber(second)];
    const phrase = match[0].trim();
    if (Number.isNaN(a) || Number.isNaN(b)) found.unreadable.push(phrase);
    else found.ranges.push({ low: Math.min(a, b), high: Math.max(a, b), text: phrase });
  }
  return found;
}

/** The readable ranges of a text (see readFootnoteRanges). */
export function parsePriceRanges(text: string): PriceRange[] {
  return readFootnoteRanges(text).ranges;
}

function contains(range: { low: number; high: number }, price: number): boolean {
  return price >= range.low - RANGE_TOLERANCE && price <= range.high + RANGE_TOLERANCE;
}

/** The range that belongs to this price: the only one, else the one containing the price, else the first. */
function pickRange(ranges: PriceRange[], price: number | null): PriceRange | null {
  if (ranges.length <= 1 || price === null) return ranges[0] ?? null;
  return ranges.find((range) => contains(range, price)) ?? ranges[0] ?? null;
}

function outsideWarning(ref: RowRef, price: number, range: PriceRange, footnoteId: string): Warning {
  return {
    code: 'weighted-average-outside-range',
    message: `${ref.label}: the weighted-average price ${formatPrice(price)} is outside the range ${formatPrice(range.low)} to ${formatPrice(range.high)} given in footnote ${footnoteId}. Check the price and the footnote against the form.`,
    path: `${ref.path}.pricePerShare`,
  };
}

function unreadableWarning(ref: RowRef, footnoteId: string, phrases: string[]): Warning {
  return {
    code: 'weighted-average-range-unreadable',
    message: `${ref.label}: footnote ${footnoteId} gives the price range as "${phrases.join('", "')}", with a malformed number; read the range on the form.`,
    path: `${ref.path}.pricePerShare`,
  };
}

function readOne(
  ref: RowRef,
  price: number | null,
  footnoteId: string,
  text: string,
  onPriceCell: boolean,
): WeightedAveragePrice {
  const { ranges, unreadable } = readFootnoteRanges(text);
  const range = pickRange(ranges, price);
  const withinRange = range === null || price === null ? null : contains(range, price);
  const outside = withinRange === false && range !== null && price !== null;
  return {
    row: ref,
    footnoteId,
    weightedAverage: price,
    low: range?.low ?? null,
    high: range?.high ?? null,
    ranges,
    unreadableRanges: unreadable,
    withinRange,
    onPriceCell,
    warning: outside
      ? outsideWarning(ref, price, range, footnoteId)
      : withinRange !== true && unreadable.length > 0
        ? unreadableWarning(ref, footnoteId, unreadable)
        : null,
  };
}

const PRICED_TABLES: readonly TableKey[] = ['nonDerivativeTransactions', 'derivativeTransactions'];

/**
 * One entry per transaction row whose price is a weighted average: a footnote
 * on the price cell that says "weighted average", or failing that a footnote
 * elsewhere on the row that says "weighted average (sale) price".
 */
export function findWeightedAveragePrices(filing: Filing): WeightedAveragePrice[] {
  const notes = footnoteIndex(filing);
  const found: WeightedAveragePrice[] = [];
  for (const table of PRICED_TABLES) {
    for (const { row, ref } of rowsOf(filing, table)) {
      const onPrice = (row.footnotes.pricePerShare ?? []).find((id) =>
        WEIGHTED_AVERAGE.test(notes.get(id)?.text ?? ''),
      );
      const elsewhere =
        onPrice ??
        Object.entries(row.footnotes)
          .filter(([field]) => field !== 'pricePerShare')
          .flatMap(([, ids]) => ids)
          .find((id) => WEIGHTED_AVERAGE_PRICE.test(notes.get(id)?.text ?? ''));
      const id = onPrice ?? elsewhere;
      if (id === undefined) continue;
      found.push(readOne(ref, row.pricePerShare, id, notes.get(id)?.text ?? '', onPrice !== undefined));
    }
  }
  return found;
}
