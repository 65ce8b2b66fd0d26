/**
 * A table's header → column bands. The numbered labels ("1.", "2A.", …) give
 * each column's left edge; leaf labels under a numbered label ("Code", "V",
 * "(A)", "(D)", …) split it further. Nothing here knows a producer's layout.
 */
import type { Band } from '../layout/bands';
import { horizontalOverlap } from '../layout/geometry';
import { groupLines, type Line } from '../layout/lines';
import type { PhraseHit } from '../layout/phrase';
import type { Word } from '../words';
import { leadingHeaderLines, type LeadingHeader } from './broken-labels';
import { pageInfo, type FormDoc } from './doc';
import {
  columnNumberOf,
  isCutHeaderWord,
  isHeaderWord,
  type ColumnSpec,
  type FieldKey,
  type LeafSpec,
} from './table-spec';

/** Cell padding left of a label, in label font sizes: a column starts this far before its label. */
export const LABEL_PAD = 0.3;
/** Lines of one label follow each other within this many font sizes. */
export const LABEL_BLOCK_STEP = 1.6;

export interface TableHeader {
  /** Lines of the header, title excluded. */
  lines: Line[];
  /** Where the body starts (page and y): the first line that is not header wording. */
  bodyTop: number;
  page: number;
}

/** A word ending this close to the page's right edge (points) may be cut off by it. */
const PAGE_EDGE = 1.5;

/** Every word is header wording, a column number, or wording cut off at the right edge of a page `pageWidth` wide. */
function isHeaderLine(line: Line, pageWidth: number): boolean {
  return line.words.every(
    (w) =>
      isHeaderWord(w.text) ||
      columnNumberOf(w.text) !== null ||
      (w.x1 >= pageWidth - PAGE_EDGE && isCutHeaderWord(w.text)),
  );
}

/**
 * The header lines at the top of `lines` (one page of `doc`, top to bottom) and the first line of
 * body below them: for the header under a table's title, and the header repeated on a page the
 * table continues onto.
 */
export function headerAtTop(doc: FormDoc, lines: readonly Line[], page: number): LeadingHeader {
  const pageWidth = pageInfo(doc, page).width;
  return leadingHeaderLines(lines, (line) => isHeaderLine(line, pageWidth), LABEL_BLOCK_STEP);
}

/** Header lines from just below the title down to the first line of other words (or `limitY`). */
export function readHeader(doc: FormDoc, title: PhraseHit, limitPage: number, limitY: number): TableHeader {
  const below = doc.lines.filter(
    (line) =>
      line.page === title.page &&
      line.top > title.top + title.size * 0.5 &&
      !(line.page === limitPage && line.top >= limitY),
  );
  const { header, firstBody } = headerAtTop(doc, below, title.page);
  if (!firstBody && title.page < limitPage) {
    const rest = restOfHeader(doc, title.page + 1, limitPage, limitY);
    if (rest) return { lines: [...header, ...rest.lines], bodyTop: rest.bodyTop, page: rest.page };
  }
  const pageEnd =
    title.page === limitPage ? limitY : (doc.pages.find((p) => p.page === title.page)?.height ?? limitY);
  return { lines: header, bodyTop: firstBody?.top ?? pageEnd, page: title.page };
}

/**
 * A header the page break cuts (Qt breaks inside a table's header rows): its lower lines, the
 * leaf labels among them, open the next page with no column number of their own. A header
 * printed again there whole (with its numbers) is not this: it is dropped as a repeat.
 */
function restOfHeader(doc: FormDoc, page: number, limitPage: number, limitY: number): TableHeader | null {
  const lines = doc.lines.filter((l) => l.page === page && !(page === limitPage && l.top >= limitY));
  const { header, firstBody } = headerAtTop(doc, lines, page);
  const numbered = header.some((line) => line.words.some((w) => columnNumberOf(w.text) !== null));
  if (header.length === 0 || numbered || !firstBody) return null;
  return { lines: header, bodyTop: firstBody.top, page };
}

interface ParentLabel {
  spec: ColumnSpec;
  word: Word;
}

function findParents(header: TableHeader, specs: readonly ColumnSpec[]): ParentLabel[] {
  const found = new Map<string, Word>();
  for (const line of header.lines) {
    for (const w of line.words) {
      const n = columnNumberOf(w.text);
      if (n && !found.has(n)) found.set(n, w);
    }
  }
  const parents: ParentLabel[] = [];
  for (const spec of specs) {
    const word = found.get(spec.number);
    if (word) parents.push({ spec, word });
  }
  return parents.sort((a, b) => a.word.x0 - b.word.x0);
}

/** Header words inside [x0, x1) below the parent label's own text block. */
function leafZone(header: TableHeader, parent: Word, x0: number, x1: number): Word[] {
  const inBand = header.lines
    .flatMap((l) => l.words)
    .filter((w) => (w.x0 + w.x1) / 2 >= x0 && (w.x0 + w.x1) / 2 < x1);
  const lines = groupLines(inBand);
  let i = lines.findIndex((l) => l.words.includes(parent));
  if (i < 0) return [];
  while (i + 1 < lines.length) {
    const a = lines[i] as Line;
    const b = lines[i + 1] as Line;
    // A label's own lines end at a page break; what the next page adds (a cut header) is leaves.
    if (b.page !== a.page || b.top - a.top > LABEL_BLOCK_STEP * a.size) break;
    i++;
  }
  return lines.slice(i + 1).flatMap((l) => l.words);
}

interface LeafExtent {
  leaf: LeafSpec;
  x0: number;
  x1: number;
}

function leafExtents(zone: readonly Word[], leaves: readonly LeafSpec[]): LeafExtent[] {
  const out: LeafExtent[] = [];
  for (const leaf of leaves) {
    const anchors = zone.filter((w) => leaf.anchors.includes(w.text));
    if (anchors.length === 0) continue;
    let x0 = Math.min(...anchors.map((w) => w.x0));
    let x1 = Math.max(...anchors.map((w) => w.x1));
    for (const w of zone) {
      if (
        horizontalOverlap(w, { x0, x1 }) > 0 &&
        !leaves.some((o) => o !== leaf && o.anchors.includes(w.text))
      ) {
        x0 = Math.min(x0, w.x0);
        x1 = Math.max(x1, w.x1);
      }
    }
    out.push({ leaf, x0, x1 });
  }
  return out.sort((a, b) => a.x0 - b.x0);
}

/**
 * Leaf labels are printed centred in their cells or at their cells' left
 * edges; either way the next leaf's label starts at or after its cell's left
 * edge, so that is where a leaf ends. (A midpoint between labels fails for a
 * narrow left-aligned "Title" over centred values; a "$" printed at the left
 * edge of a centred "Price" is placed with its amount, see layout/rows.)
 */
function splitParent(zone: readonly Word[], spec: ColumnSpec, x0: number, x1: number): Band<FieldKey>[] {
  const first = spec.leaves[0] as LeafSpec;
  if (spec.leaves.length === 1) return [{ key: first.field, x0, x1 }];
  const extents = leafExtents(zone, spec.leaves);
  if (extents.length === 0) return [{ key: first.field, x0, x1 }];
  const pad = LABEL_PAD * (zone[0]?.size ?? 0);
  return extents.map((e, i) => {
    const next = extents[i + 1];
    return { key: e.leaf.field, x0: i === 0 ? x0 : e.x0 - pad, x1: next ? next.x0 - pad : x1 };
  });
}

export interface TableColumns {
  bands: Band<FieldKey>[];
  /** Column numbers the header should have printed but did not. */
  missing: string[];
}

export function columnBands(
  header: TableHeader,
  specs: readonly ColumnSpec[],
  pageWidth: number,
): TableColumns {
  const parents = findParents(header, specs);
  const bands: Band<FieldKey>[] = [];
  parents.forEach((p, i) => {
    const pad = p.word.size * LABEL_PAD;
    const next = parents[i + 1];
    const x0 = i === 0 ? 0 : p.word.x0 - pad;
    const x1 = next ? next.word.x0 - next.word.size * LABEL_PAD : pageWidth;
    const zone = p.spec.leaves.length > 1 ? leafZone(header, p.word, x0, x1) : [];
    bands.push(...splitParent(zone, p.spec, x0, x1));
  });
  const found = new Set(parents.map((p) => p.spec.number));
  return { bands, missing: specs.map((s) => s.number).filter((n) => !found.has(n)) };
}
