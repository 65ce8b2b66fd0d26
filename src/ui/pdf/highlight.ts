/**
 * Provenance boxes (one per word, top-left page space in PDF points) → the
 * rectangles drawn over the page image: words on one line joined into one
 * box, a little padding around it, as percentages of the page so the boxes
 * follow the image at any size.
 */
import type { Box } from '../../core/words';

/** Points of padding around a highlighted line, so the box does not cut glyphs. */
const PADDING = 1.5;
/** Words this far apart (in points) on one line still make one box. */
const JOIN_GAP = 12;

export interface PageRect {
  page: number;
  /** Percent of page width / height. */
  left: number;
  top: number;
  width: number;
  height: number;
}

function sameLine(a: Box, b: Box): boolean {
  if (a.page !== b.page) return false;
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap > 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top);
}

/** Boxes of one value joined line by line, in reading order. */
export function joinLines(boxes: readonly Box[]): Box[] {
  const sorted = [...boxes].sort((a, b) => a.page - b.page || a.top - b.top || a.x0 - b.x0);
  const lines: Box[] = [];
  for (const box of sorted) {
    const last = lines[lines.length - 1];
    if (last && sameLine(last, box) && box.x0 - last.x1 <= JOIN_GAP) {
      last.x0 = Math.min(last.x0, box.x0);
      last.x1 = Math.max(last.x1, box.x1);
      last.top = Math.min(last.top, box.top);
      last.bottom = Math.max(last.bottom, box.bottom);
    } else {
      lines.push({ ...box });
    }
  }
  return lines;
}

export function toPageRect(box: Box, pageWidth: number, pageHeight: number): PageRect {
  const x0 = Math.max(0, box.x0 - PADDING);
  const x1 = Math.min(pageWidth, box.x1 + PADDING);
  const top = Math.max(0, box.top - PADDING);
  const bottom = Math.min(pageHeight, box.bottom + PADDING);
  return {
    page: box.page,
    left: (x0 / pageWidth) * 100,
    top: (top / pageHeight) * 100,
    width: ((x1 - x0) / pageWidth) * 100,
    height: ((bottom - top) / pageHeight) * 100,
  };
}

/** The last page any value was read from: the form's own pages, before exhibits. */
export function lastFormPage(provenance: Record<string, readonly Box[]>): number | null {
  let last: number | null = null;
  for (const boxes of Object.values(provenance)) {
    for (const box of boxes) if (last === null || box.page > last) last = box.page;
  }
  return last;
}
