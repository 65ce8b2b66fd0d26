/**
 * Typed values from cell text: dates to YYYY-MM-DD, numbers without "," and
 * "$", footnote markers "(1)" to ids "F1". Each function returns null for text
 * it cannot read, so the caller can warn rather than guess.
 */
import type { IsoDate } from '../filing';

/** Footnote numbers run to a few dozen; "(100)" is more likely a value than a marker. */
const MARKER_RUN = /(\s*\(\s*\d{1,2}\s*\))+$/;
const ONE_MARKER = /\(\s*(\d{1,2})\s*\)/g;

export interface Marked {
  text: string;
  refs: string[];
}

/** "757,756(1)" → "757,756" + [F1]; "J(1)(2)" → "J" + [F1, F2]; "(3)" → "" + [F3]. */
export function splitMarkers(raw: string): Marked {
  let text = raw.trim();
  const refs: string[] = [];
  const tail: string[] = [];
  for (let m = MARKER_RUN.exec(text); m; m = MARKER_RUN.exec(text)) {
    const run = m[0];
    const ids = [...run.matchAll(ONE_MARKER)].map((x) => `F${Number(x[1])}`);
    tail.unshift(...ids);
    text = text.slice(0, m.index).trim();
  }
  refs.push(...tail);
  return { text, refs };
}

const DATE_MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export function parseDate(text: string): IsoDate | null {
  const t = text.trim();
  const mdy = DATE_MDY.exec(t);
  const iso = DATE_ISO.exec(t);
  const [y, m, d] = mdy
    ? [Number(mdy[3]), Number(mdy[1]), Number(mdy[2])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [];
  if (y === undefined || m === undefined || d === undefined || !validDate(y, m, d)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Find a date anywhere in free text (header boxes hold the date among label words). */
export function findDate(text: string): { date: IsoDate; raw: string } | null {
  for (const m of text.matchAll(/\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/g)) {
    const date = parseDate(m[0]);
    if (date) return { date, raw: m[0] };
  }
  return null;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** "17,000" → 17000, "$4.28" → 4.28, "$ 0" → 0; anything else → null. */
export function parseNumber(text: string): number | null {
  const t = text.replace(/\s+/g, '').replace(/^\$/, '');
  if (NUMBER.test(t)) return Number(t);
  if (GROUPED.test(t)) return Number(t.replace(/,/g, ''));
  return null;
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
