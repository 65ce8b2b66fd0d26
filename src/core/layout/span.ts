/**
 * A stretch of the document from one point to another, possibly across
 * pages: a table body that runs onto the next page, footnotes that do.
 */
import type { PageInfo } from '../words';
import type { Region } from './word-index';

export interface DocPoint {
  page: number;
  y: number;
}

export interface Span {
  start: DocPoint;
  end: DocPoint;
}

export function comparePoints(a: DocPoint, b: DocPoint): number {
  return a.page - b.page || a.y - b.y;
}

export function isBefore(a: DocPoint, b: DocPoint): boolean {
  return comparePoints(a, b) < 0;
}

/** Full-width page regions covering the span, first page to last. */
export function spanRegions(span: Span, pages: readonly PageInfo[]): Region[] {
  const out: Region[] = [];
  for (const p of pages) {
    if (p.page < span.start.page || p.page > span.end.page) continue;
    const top = p.page === span.start.page ? span.start.y : 0;
    const bottom = p.page === span.end.page ? span.end.y : p.height;
    if (bottom > top) out.push({ page: p.page, x0: 0, x1: p.width, top, bottom });
  }
  return out;
}

/** The earliest of the candidate points that lies after `from`, or `fallback`. */
export function nextPointAfter(
  from: DocPoint,
  candidates: readonly (DocPoint | null)[],
  fallback: DocPoint,
): DocPoint {
  let best = fallback;
  for (const c of candidates) {
    if (c && isBefore(from, c) && isBefore(c, best)) best = c;
  }
  return best;
}
