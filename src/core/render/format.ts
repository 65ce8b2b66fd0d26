/**
 * Value formatting and escaping for the form view, as EDGAR prints values:
 * dates MM/DD/YYYY, numbers with thousands separators, "$" before prices,
 * footnote markers as "(1)" superscripts. Every string that comes from a
 * Filing goes through `escapeHtml`, so filing text can never become markup.
 */
import type { FootnoteRefs } from '../filing';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** "2009-08-18" → "08/18/2009"; anything that is not an ISO date is shown as given. */
export function formatDate(iso: string | null): string {
  if (iso == null) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return `${match[2]}/${match[3]}/${match[1]}`;
}

/**
 * 17000 → "17,000", 5381.2 → "5,381.2". All decimals are kept (no rounding):
 * the view must show exactly the value the filing holds.
 */
export function formatNumber(value: number | null): string {
  if (value == null || !Number.isFinite(value)) return '';
  const sign = value < 0 ? '-' : '';
  const [integer, fraction] = plainDecimal(Math.abs(value)).split('.');
  const grouped = (integer ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${sign}${grouped}.${fraction}` : `${sign}${grouped}`;
}

/** The shortest round-tripping decimal of a non-negative number, never in exponent form. */
function plainDecimal(value: number): string {
  const shortest = String(value);
  const exp = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!exp) return shortest;
  const digits = (exp[1] ?? '') + (exp[2] ?? '');
  const pointAt = 1 + Number(exp[3]);
  if (pointAt <= 0) return `0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return digits + '0'.repeat(pointAt - digits.length);
  return `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

/** "F12" → "12"; ids that do not follow the F-number pattern are shown whole. */
export function footnoteNumber(id: string): string {
  const match = /^F(\d+)$/i.exec(id.trim());
  return match ? (match[1] ?? id) : id;
}

/**
 * The "(1)(2)" superscripts EDGAR prints after a value. A narrow cell may wrap
 * between two markers, never between a value and its first marker.
 */
export function footnoteMarks(ids: readonly string[] | undefined): string {
  if (!ids || ids.length === 0) return '';
  return ids
    .map((id) => `<span class="FootnoteData"><sup>(${escapeHtml(footnoteNumber(id))})</sup></span>`)
    .join('<wbr>');
}

export function marksFor(refs: FootnoteRefs, field: string): string {
  return footnoteMarks(refs[field]);
}

/** A value span in EDGAR's data class ("FormData": blue Times). Empty text gives an empty string. */
export function dataSpan(text: string, className = 'FormData'): string {
  return text === '' ? '' : `<span class="${className}">${escapeHtml(text)}</span>`;
}

/** A price as EDGAR prints it: "$" in label type (small in Table II), then the number. */
export function priceHtml(value: number | null, className = 'FormData'): string {
  if (value == null) return '';
  const dollarClass = className === 'SmallFormData' ? 'SmallFormText' : 'FormText';
  return `<span class="${dollarClass}">$</span>${dataSpan(formatNumber(value), className)}`;
}

export function yesMark(checked: boolean | null): string {
  return checked === true ? '<span class="FormData">X</span>' : '';
}
