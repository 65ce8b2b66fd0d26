/**
 * The "Reporting Owners" table that issuer-site PDFs print after the
 * footnotes: per owner a name, street lines and "City, ST Zip" in the first
 * column, and an X (or the officer title / other text) under Director,
 * 10% Owner, Officer, Other. The clearest source for several owners.
 */
import { emptyReportingOwner, type ReportingOwner } from '../filing';
import type { Box, Word } from '../words';
import { boxOf, centerX, centerY } from '../layout/geometry';
import { groupLines, lineText, type Line } from '../layout/lines';
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
const CITY_LINE = /,\s*[A-Z][A-Z0-9]\s+[A-Z0-9][A-Z0-9 -]{2,9}$/;

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
  const steps = lines.slice(1).map((l, i) => l.top - (lines[i] as Line).top).filter((s) => s > 0);
  const leading = steps.length > 0 ? Math.min(...steps) : 0;
  const blocks: Line[][] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const current = blocks[blocks.length - 1];
    const newBlock =
      !prev ||
      !current ||
      line.top - prev.top > leading * OWNER_GAP_RATIO ||
      CITY_LINE.test(lineText(prev)) ||
      current.length >= MAX_OWNER_LINES;
    if (newBlock) blocks.push([line]);
    else current.push(line);
  });
  return blocks;
}

function cityParts(text: string): Pick<ReportingOwner, 'city' | 'state' | 'zip'> {
  const m = /^(.*?),\s*([A-Z][A-Z0-9])\s+(.+)$/.exec(text);
  return m ? { city: m[1] as string, state: m[2] as string, zip: m[3] as string } : { city: text, state: null, zip: null };
}

function ownerFromBlock(block: Line[], cells: readonly Word[], labels: readonly ColumnLabel[]): [ReportingOwner, Record<string, Box[]>] {
  const owner = emptyReportingOwner(collapseSpaces(lineText(block[0] as Line)));
  const boxes: Record<string, Box[]> = { name: (block[0] as Line).words.map(boxOf) };
  const rest = block.slice(1);
  const last = rest[rest.length - 1];
  const cityLine = last && CITY_LINE.test(lineText(last)) ? last : null;
  const streets = cityLine ? rest.slice(0, -1) : rest;
  owner.street1 = streets[0] ? collapseSpaces(lineText(streets[0])) : null;
  owner.street2 = streets.length > 1 ? collapseSpaces(streets.slice(1).map(lineText).join(' ')) : null;
  if (streets[0]) boxes.street1 = streets[0].words.map(boxOf);
  if (streets.length > 1) boxes.street2 = streets.slice(1).flatMap((l) => l.words.map(boxOf));
  if (cityLine) {
    Object.assign(owner, cityParts(collapseSpaces(lineText(cityLine))));
    boxes.city = cityLine.words.map(boxOf);
  }
  const top = (block[0] as Line).top;
  const bottom = (block[block.length - 1] as Line).bottom;
  const mine = cells.filter((w) => centerY(w) >= top - w.size * 0.5 && centerY(w) <= bottom + w.size * 0.5);
  const texts = new Map<Column, Word[]>();
  for (const w of mine) {
    if (isCheckedMark(w.text)) {
      const nearest = [...labels].sort((a, b) => Math.abs(centerX(a.hit) - centerX(w)) - Math.abs(centerX(b.hit) - centerX(w)))[0];
      if (nearest) {
        owner[nearest.key] = true;
        boxes[nearest.key] = [...(boxes[nearest.key] ?? []), boxOf(w)];
      }
      continue;
    }
    const column = [...labels].reverse().find((l) => w.x0 >= l.hit.x0 - l.hit.size * 0.5) ?? labels[0];
    if (column) texts.set(column.key, [...(texts.get(column.key) ?? []), w]);
  }
  const text = (ws: Word[] | undefined) => (ws ? collapseSpaces(groupLines(ws).map(lineText).join(' ')) : null);
  owner.officerTitle = text(texts.get('isOfficer'));
  owner.otherText = text(texts.get('isOther'));
  if (owner.officerTitle) boxes.officerTitle = (texts.get('isOfficer') ?? []).map(boxOf);
  if (owner.otherText) boxes.otherText = (texts.get('isOther') ?? []).map(boxOf);
  return [owner, boxes];
}

/** `words`: the table from its heading to the next section. */
export function readOwnersTable(words: readonly Word[]): OwnersTableRead | null {
  const lines = groupLines(words);
  const labels = columnLabels(lines);
  const nameHeader = findOnLines(lines, /Reporting Owner Name/)[0];
  const director = labels[0];
  if (!nameHeader || !director) return null;
  const headerBottom = Math.max(nameHeader.bottom, ...labels.map((l) => l.hit.bottom));
  const body = words.filter((w) => w.top >= headerBottom - 0.1 * w.size);
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
