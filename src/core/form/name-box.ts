/**
 * Box 1, "Name and Address of Reporting Person": the name above "(Last)
 * (First) (Middle)", the street lines above "(Street)", the city, state and
 * zip above "(City) (State) (Zip)". The sublabels are separators, never values.
 */
import type { Box, Word } from '../words';
import { boxOf } from '../layout/geometry';
import { textColumns } from '../layout/text-columns';
import { groupLines, linesText, splitAtHardBreaks, wordsText, type Line } from '../layout/lines';
import type { Region } from '../layout/word-index';

export interface AddressParts {
  name: string;
  street1: string | null;
  street2: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  boxes: Partial<Record<'name' | 'street1' | 'street2' | 'city' | 'state' | 'zip', Box[]>>;
}

/** Padding of the box's text, both sides together, in font sizes. */
const BOX_TEXT_INSET = 2;

const SUBLABEL = /^\((Last|First|Middle|Street|City|State|Zip)\)$/;

function hasSublabel(line: Line, names: string[]): boolean {
  return line.words.some((w) => names.some((n) => w.text === `(${n})`));
}

/** Line index of the first line holding one of the sublabels, or -1. */
function sublabelLine(lines: readonly Line[], names: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (hasSublabel(lines[i] as Line, names)) return i;
  return -1;
}

const textOf = (lines: readonly Line[]) => linesText(lines);
const boxesOf = (lines: readonly Line[]) => lines.flatMap((l) => l.words.map(boxOf));

interface Place {
  city: Word[];
  state: Word[];
  zip: Word[];
}

/**
 * City, state and zip printed in three columns of their own (EDGAR's page):
 * the three parts, left to right. Otherwise null: the text is read by pattern.
 */
function placeByColumns(lines: readonly Line[], sublabels: readonly Word[]): Place | null {
  const columns = textColumns(
    lines,
    sublabels.filter((w) => w.text === '(State)' || w.text === '(Zip)').map((w) => w.x0),
  );
  if (columns.length !== 3) return null;
  const [city, state, zip] = columns as [Word[], Word[], Word[]];
  return { city, state, zip };
}

/** The words in reading order column by column: a city wrapped in its column stays whole. */
function columnText(lines: readonly Line[]): string {
  return textColumns(lines)
    .map((c) => wordsText(c))
    .join(' ');
}

const CITY_STATE_ZIP = /^(.*?),?\s+([A-Z][A-Z0-9])\s+([A-Z0-9][A-Z0-9 -]{2,9})$/;

function placeByPattern(text: string): { city: string; state: string | null; zip: string | null } {
  const m = CITY_STATE_ZIP.exec(text);
  if (m && (m[1] as string).length > 0)
    return { city: m[1] as string, state: m[2] as string, zip: (m[3] as string).trim() };
  return { city: text, state: null, zip: null };
}

export function readAddress(words: readonly Word[], region: Region): AddressParts {
  const sublabels = words.filter((w) => SUBLABEL.test(w.text));
  const lines = groupLines(words);
  const nameEnd = sublabelLine(lines, ['Last', 'First', 'Middle'], 0);
  const streetEnd = sublabelLine(lines, ['Street'], Math.max(0, nameEnd));
  const cityEnd = sublabelLine(lines, ['City', 'State', 'Zip'], Math.max(0, streetEnd));
  const valueLines = (from: number, to: number) =>
    lines
      .slice(from, to < 0 ? lines.length : to)
      .filter((l) => !hasSublabel(l, ['Last', 'First', 'Middle', 'Street', 'City', 'State', 'Zip']));
  const nameLines = valueLines(0, nameEnd < 0 ? 1 : nameEnd);
  const streetLines = valueLines(nameEnd < 0 ? 1 : nameEnd + 1, streetEnd);
  const cityLines = streetEnd < 0 ? [] : valueLines(streetEnd + 1, cityEnd);
  // street1 and street2 are printed on lines of their own; a long street wraps within the box.
  const streets = splitAtHardBreaks(
    streetLines,
    region.x1 - region.x0 - BOX_TEXT_INSET * (streetLines[0]?.size ?? 0),
  );
  const out: AddressParts = {
    name: textOf(nameLines),
    street1: streets[0] ? textOf(streets[0]) : null,
    street2: streets.length > 1 ? textOf(streets.slice(1).flat()) : null,
    city: null,
    state: null,
    zip: null,
    boxes: {
      name: boxesOf(nameLines),
      street1: boxesOf(streets[0] ?? []),
      street2: boxesOf(streets.slice(1).flat()),
    },
  };
  // Values standing in columns split there (a city may end in a comma: "LONDON,").
  const columns = placeByColumns(cityLines, sublabels);
  if (columns) {
    const t = (ws: Word[]) => (ws.length > 0 ? wordsText(ws) : null);
    Object.assign(out, { city: t(columns.city), state: t(columns.state), zip: t(columns.zip) });
    out.boxes = {
      ...out.boxes,
      city: columns.city.map(boxOf),
      state: columns.state.map(boxOf),
      zip: columns.zip.map(boxOf),
    };
  } else if (cityLines.length > 0) {
    Object.assign(out, placeByPattern(columnText(cityLines)));
    out.boxes = { ...out.boxes, city: boxesOf(cityLines) };
  }
  return out;
}
