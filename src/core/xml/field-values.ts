/**
 * Field text → contract values. The contract is strict (real calendar dates,
 * finite numbers, one of the SEC's transaction codes, A/D, D/I, footnote ids
 * F1, F2…) because every consumer, from the view to a share link validated by
 * restore.ts, relies on it. Anything the XML says that does not fit becomes
 * null plus a warning that quotes what was written and names the field: never
 * a guess, and never a value the rest of the app would have to re-check.
 */
import { isTransactionCode, TRANSACTION_CODE_ORDER, type TransactionCode } from '../codes';
import { isIsoDate } from '../library/untrusted';
import { FOOTNOTE_ID } from '../filing-fields';
import { warn, type ReadContext } from './xml-fields';

/** Enough of a value to recognise it; a hostile file may put megabytes in one cell. */
const QUOTE_LIMIT = 200;

/** `"text"` for a warning, cut short (with its full length) when it is long. */
export function quoteRaw(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return `"${text}"`;
  return `"${text.slice(0, limit)}…" (${text.length.toLocaleString('en-US')} characters)`;
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function unreadableDate(ctx: ReadContext, text: string, path: string, why: string): null {
  warn(
    ctx,
    'xml-unreadable-date',
    `${quoteRaw(text)} could not be read as a date (${why}); left empty. Check this cell on the filing.`,
    path,
  );
  return null;
}

/** The "YYYY-MM-DD" the text spells, before any calendar check; null when it spells none. */
function spelledDay(text: string): { day: string; monthFirst: boolean } | null {
  const iso = ISO_DATE.exec(text);
  if (iso !== null) return { day: iso[1], monthFirst: false };
  const us = US_DATE.exec(text);
  if (us === null) return null;
  return { day: `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`, monthFirst: true };
}

/** A day as "YYYY-MM-DD" when it exists on the calendar (month 1-12, day within the month, leap years). */
export function toDate(text: string | null, ctx: ReadContext, path: string): string | null {
  if (text === null) return null;
  const spelled = spelledDay(text);
  if (spelled === null) return unreadableDate(ctx, text, path, 'not written YYYY-MM-DD');
  if (!isIsoDate(spelled.day)) return unreadableDate(ctx, text, path, 'no such day on the calendar');
  if (spelled.monthFirst) {
    warn(
      ctx,
      'xml-date-format',
      `Date ${quoteRaw(text)} is not written YYYY-MM-DD as the schema requires; read as month/day/year.`,
      path,
    );
  }
  return spelled.day;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function unreadableNumber(ctx: ReadContext, text: string, path: string, why: string): null {
  warn(
    ctx,
    'xml-unreadable-number',
    `${quoteRaw(text)} ${why}; left empty. Check this cell on the filing.`,
    path,
  );
  return null;
}

/** A finite JSON number (`+ 0` turns -0 into 0, which JSON cannot tell apart anyway). */
export function toNumber(text: string | null, ctx: ReadContext, path: string): number | null {
  if (text === null) return null;
  const cleaned = DECIMAL.test(text) ? text : text.replace(/[,$\s]/g, '');
  if (!DECIMAL.test(cleaned)) return unreadableNumber(ctx, text, path, 'is not a number');
  const value = Number(cleaned) + 0;
  if (!Number.isFinite(value)) return unreadableNumber(ctx, text, path, 'is too large to be a number');
  if (cleaned !== text) {
    warn(
      ctx,
      'xml-number-format',
      `Number ${quoteRaw(text)} has separators the schema does not allow; read as ${cleaned}.`,
      path,
    );
  }
  return value;
}

export function toBoolean(text: string | null, ctx: ReadContext, path: string): boolean | null {
  if (text === null) return null;
  const lower = text.toLowerCase();
  if (lower === '1' || lower === 'true') return true;
  if (lower === '0' || lower === 'false') return false;
  warn(
    ctx,
    'xml-unreadable-boolean',
    `${quoteRaw(text)} is not a yes/no value (1, 0, true, false); left empty.`,
    path,
  );
  return null;
}

/** A choice-list value such as A/D or D/I; anything else is null with a warning. */
export function toChoice<T extends string>(
  text: string | null,
  allowed: readonly T[],
  ctx: ReadContext,
  path: string,
): T | null {
  if (text === null) return null;
  const upper = text.toUpperCase();
  const hit = allowed.find((choice) => choice === upper);
  if (hit !== undefined) return hit;
  warn(ctx, 'xml-unknown-choice', `${quoteRaw(text)} is not one of ${allowed.join(', ')}; left empty.`, path);
  return null;
}

/** One of the SEC's transaction codes (codes.ts), written in any case; anything else is null. */
export function toTransactionCode(
  text: string | null,
  ctx: ReadContext,
  path: string,
): TransactionCode | null {
  if (text === null) return null;
  const upper = text.toUpperCase();
  if (isTransactionCode(upper)) return upper;
  warn(
    ctx,
    'xml-unknown-transaction-code',
    `Transaction code ${quoteRaw(text)} is not one of the SEC's codes (${TRANSACTION_CODE_ORDER.join(' ')}); ` +
      'left empty. Check this cell on the filing.',
    path,
  );
  return null;
}

/**
 * The V column from <transactionTimeliness>: "E" (reported early, i.e.
 * voluntarily) ticks it; "L" (late) or nothing leaves it clear; anything
 * else cannot be placed and is null.
 */
export function toVoluntarilyReported(text: string | null, ctx: ReadContext, path: string): boolean | null {
  if (text === null) return false;
  const upper = text.toUpperCase();
  if (upper === 'E') return true;
  if (upper === 'L') return false;
  warn(
    ctx,
    'xml-unknown-timeliness',
    `Timeliness ${quoteRaw(text)} is neither E (reported early) nor L (late), so the V column is left empty.`,
    path,
  );
  return null;
}

/** The contract's footnote id: restore.ts accepts these and nothing else. */
export function isFootnoteId(id: string): boolean {
  return FOOTNOTE_ID.test(id);
}
