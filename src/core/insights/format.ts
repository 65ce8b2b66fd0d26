/**
 * Numbers in the sentences the insights produce, written the way the form
 * prints them (thousands separators, dollar sign), independent of the
 * reader's locale so that a sentence reads the same in every browser.
 */
const SHARES = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const PRICE = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
const DOLLARS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatShares(value: number): string {
  return SHARES.format(value);
}

/** A price per share: "$4.28", "$1,139.487". */
export function formatPrice(value: number): string {
  return (value < 0 ? '-$' : '$') + PRICE.format(Math.abs(value));
}

/** A dollar total: "$72,760.00". */
export function formatDollars(value: number): string {
  return (value < 0 ? '-$' : '$') + DOLLARS.format(Math.abs(value));
}

/** Any value of a Filing field, for "before → after" sentences. */
export function formatFieldValue(value: string | number | boolean | null): string {
  if (value === null) return '(empty)';
  if (typeof value === 'number') return formatShares(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return `"${value}"`;
}
