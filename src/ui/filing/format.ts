/**
 * Values as the form prints them: dates MM/DD/YYYY, numbers with thousands
 * separators and every decimal the filing has (a price of 20.6863 stays
 * 20.6863), prices with "$". Nothing is rounded: this view is for checking.
 */

/** "2024-11-19" → "11/19/2024"; anything else is shown unchanged. */
export function formatDate(iso: string | null): string {
  if (iso === null) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[2]}/${match[3]}/${match[1]}` : iso;
}

/** 432275 → "432,275"; 0.125 → "0.125". */
export function formatNumber(value: number | null): string {
  if (value === null) return '';
  const plain = String(Math.abs(value));
  if (plain.includes('e')) return value.toLocaleString('en-US', { maximumFractionDigits: 20 });
  const [whole = '', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

export function formatPrice(value: number | null): string {
  return value === null ? '' : `$${formatNumber(value)}`;
}

export function formatFlag(value: boolean | null, shownAs: string): string {
  return value ? shownAs : '';
}

/** "F3" → "(3)", the way the form marks a footnote. */
export function footnoteLabel(id: string): string {
  return `(${id.replace(/^F/, '')})`;
}

export const FORM_TITLES: Record<string, string> = {
  '3': 'Initial Statement of Beneficial Ownership of Securities',
  '4': 'Statement of Changes in Beneficial Ownership',
  '5': 'Annual Statement of Changes in Beneficial Ownership',
};

/** What "period of report" means on each form. */
export const PERIOD_LABELS: Record<string, string> = {
  '3': 'Date of event requiring statement',
  '4': 'Date of earliest transaction',
  '5': 'Statement for fiscal year ended',
};
