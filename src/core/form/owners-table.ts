/**
 * The "Reporting Owners" table that issuer-site PDFs print after the
 * footnotes: per owner a name, street lines and "City, ST Zip" in the first
 * column, and an X (or the officer title / other text) under Director,
 * 10% Owner, Officer, Other. The clearest source for several owners.
 */
import { emptyReportingOwner, type ReportingOwner } from '../filing';
import type { Box, Word } from '../words';
import { boxOf, centerX, centerY, pushTo } from '../layout/geometry';
import { groupLines, lineText, linesText, wordsText, type Line } from '../layout/lines';
import { findOnLines, type PhraseHit } from '../layout/phrase';
import { isCheckedMark } from './checkbox';
import { collapseSpaces } from './values';

type Column = 'isDirector' | 'isTenPercentOwner' | 'isOfficer' | 'isOther';

const COLUMN_LABELS: [Column, RegExp][] = [
  ['isDirector', /Director/],
  ['isTenPercentOwner', /10%\s*Owner/],
  ['isOfficer', /Officer/],
  ['isOther', /Other/],
];

/** Line steps beyond this multiple of the table's line spacing separate two owners. */
export const OWNER_GAP_RATIO = 1.04;
/** Name, two street lines and the city line: an owner block never has more. */
const MAX_OWNER_LINES = 4;
/** "City, ST Zip", or "City Zip" when the state is blank. */
const CITY_LINE = /,\s*[A-Z][A-Z0-9]\s+[A-Z0-9][A-Z0-9 -]{2,9}$|\s\d{5}(-\d{4})?$/;

export interface OwnersTableRead {
  owners: ReportingOwner[];
  boxes: Record<string, Box[]>[];
}

interface ColumnLabel {
  key: Column;
  hit: PhraseHit;
}

function columnLabels(lines: readonly Line[]): ColumnLabel[] {
  const out: ColumnLabel[] = [];
  for (const [key, re] of COLUMN_LABELS) {
    const hit = findOnLines(lines, re)[0];
    if (hit) out.push({ key, hit });
  }
  return out.sort((a, b) => a.hit.x0 - b.hit.x0);
}

function ownerBlocks(lines: readonly Line[]): Line[][] {
  const steps = lines
    .slice(1)
    .filter((l, i) => l.page === (lines[i] as Line).page)
    .map((l) => l.top - (lines[lines.indexOf(l) - 1] as Line).top)
    .filter((s) => s > 0);
  const leading = steps.length > 0 ? Math.min(...steps) : 0;
  const blocks: Line[][] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const current = blocks[blocks.length - 1];
    const newBlock =
      !prev ||
      !current ||
      // A page break inside an owner's lines is not a gap; only the city line or a wide step ends an owner.
      (line.page === prev.page && line.top - prev.top > leading * OWNER_GAP_RATIO) ||
      CITY_LINE.test(lineText(prev)) ||
      current.length >= MAX_OWNER_LINES;
    if (newBlock) blocks.push([line]);
    else current.push(line);
  });
  return blocks;
}

function cityParts(text: string): Pick<ReportingOwner, 'city' | 'state' | 'zip'> {
  const full = /^(.*?),\s*([A-Z][A-Z0-9])\s+(.+)$/.exec(text);
  if (full) return { city: full[1] as string, state: full[2] as string, zip: full[3] as string };
  const noState = /^(.*?),?\s+(\d{5}(?:-\d{4})?)$/.exec(text);
  if (noState) return { city: noState[1] as string, state: null, zip: noState[2] as string };
  return { city: text, state: null, zip: null };
}

function ownerFromBlock(
  block: Line[],
  cells: readonly Word[],
  labels: readonly ColumnLabel[],
): [ReportingOwner, Record<string, Box[]>] {
  const owner = emptyReportingOwner(collapseSpaces(lineText(block[0] as Line)));
  const boxes: Record<string, Box[]> = { name: (block[0] as Line).words.map(boxOf) };
  const rest = block.slice(1);
  const last = rest[rest.length - 1];
  const cityLine = last && CITY_LINE.test(lineText(last)) ? last : null;
  const streets = cityLine ? rest.slice(0, -1) : rest;
  owner.street1 = streets[0] ? collapseSpaces(lineText(streets[0])) : null;
  owner.street2 = streets.length > 1 ? linesText(streets.slice(1)) : null;
  if (streets[0]) boxes.street1 = streets[0].words.map(boxOf);
  if (streets.length > 1) boxes.street2 = streets.slice(1).flatMap((l) => l.words.map(boxOf));
  if (cityLine) {
    Object.assign(owner, cityParts(collapseSpaces(lineText(cityLine))));
    boxes.city = cityLine.words.map(boxOf);
  }
  const inBlock = (w: Word) => {
    const own = block.filter((l) => l.page === w.page);
    if (own.length === 0) return false;
    const top = (own[0] as Line).top;
    const bottom = (own[own.length - 1] as Line).bottom;
    return centerY(w) >= top - w.size * 0.5 && centerY(w) <= bottom + w.size * 0.5;
  };
  const mine = cells.filter(inBlock);
  const texts = new Map<Column, Word[]>();
  for (const w of mine) {
    if (isCheckedMark(w.text)) {
      const nearest = [...labels].sort(
        (a, b) => Math.abs(centerX(a.hit) - centerX(w)) - Math.abs(centerX(b.hit) - centerX(w)),
      )[0];
      if (nearest) {
        owner[nearest.key] = true;
        boxes[nearest.key] = [...(boxes[nearest.key] ?? []), boxOf(w)];
      }
      continue;
    }
    const column = [...labels].reverse().find((l) => w.x0 >= l.hit.x0 - l.hit.size * 0.5) ?? labels[0];
    if (column) pushTo(texts, column.key, w);
  }
  const text = (ws: Word[] | undefined) => (ws ? wordsText(ws) : null);
  owner.officerTitle = text(texts.get('isOfficer'));
  owner.otherText = text(texts.get('isOther'));
  // The table prints the officer title (or the other text) in place of an X.
  if (owner.officerTitle) {
    owner.isOfficer = true;
    boxes.officerTitle = (texts.get('isOfficer') ?? []).map(boxOf);
  }
  if (owner.otherText) {
    owner.isOther = true;
    boxes.otherText = (texts.get('isOther') ?? []).map(boxOf);
  }
  return [owner, boxes];
}

/** `words`: the table from its heading to the next section. */
export function readOwnersTable(words: readonly Word[]): OwnersTableRead | null {
  const lines = groupLines(words);
  const labels = columnLabels(lines);
  const nameHeader = findOnLines(lines, /Reporting Owner Name/)[0];
  const director = labels[0];
  if (!nameHeader || !director) return null;
  const headerBottom = Math.max(
    nameHeader.bottom,
    ...labels.filter((l) => l.hit.page === nameHeader.page).map((l) => l.hit.bottom),
  );
  const body = words.filter(
    (w) => w.page > nameHeader.page || (w.page === nameHeader.page && w.top >= headerBottom - 0.1 * w.size),
  );
  const nameEdge = director.hit.x0 - director.hit.size * 0.5;
  const nameLines = groupLines(body.filter((w) => w.x1 <= nameEdge + director.hit.size));
  const cells = body.filter((w) => w.x1 > nameEdge + director.hit.size);
  const owners: ReportingOwner[] = [];
  const boxes: Record<string, Box[]>[] = [];
  for (const block of ownerBlocks(nameLines)) {
    const [owner, b] = ownerFromBlock(block, cells, labels);
    owners.push(owner);
    boxes.push(b);
  }
  return { owners, boxes };
}
