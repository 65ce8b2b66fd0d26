/**
 * "Explanation of Responses" (footnotes) and "Remarks". Footnotes start with
 * "(1)" or "1." at the left of a line and run over lines (and pages) until the
 * next one starts.
 */
import type { Footnote } from '../filing';
import type { Box, Word } from '../words';
import { unionBoxes } from '../layout/geometry';
import { groupLines, joinLines, lineText, type Line } from '../layout/lines';
import type { Recorder } from './recorder';
import { collapseSpaces } from './values';

/** Form 3: the rendering's own sentence for the "no securities owned" box, not part of the remarks. */
export const NO_SECURITIES = /No securities are beneficially owned\.?/i;
const NO_SECURITIES_LINE = /^\s*No securities are beneficially owned\.?\s*$/i;

/** "(1)" or "1." opening a line; "2.1708" (a number wrapped to the line start) is not one. */
const START = /^(?:\((\d{1,2})\)|(\d{1,2})\.)(?!\d)(.*)$/;
/** Footnotes are numbered upwards; a start this far past the last number is text, not a new note. */
const MAX_NUMBER_SKIP = 3;

/** A footnote number sits within this many font sizes of the notes' left edge. */
export const NOTE_MARGIN = 1.5;

function startOf(
  line: Line,
  left: number,
  lastNumber: number,
): { id: string; number: number; rest: string } | null {
  const first = line.words[0];
  if (!first || first.x0 > left + NOTE_MARGIN * first.size) return null;
  const m = START.exec(first.text);
  if (!m) return null;
  const number = Number(m[1] ?? m[2]);
  if (number <= lastNumber || number > lastNumber + MAX_NUMBER_SKIP) return null;
  return { id: `F${number}`, number, rest: m[3] ?? '' };
}

export interface FootnotesRead {
  footnotes: Footnote[];
  /** The rendering's "No securities are beneficially owned." line was printed among them. */
  noSecuritiesOwned: boolean;
}

/** One box per line: where a note or remark was printed, without a box per word. */
function lineBoxes(lines: readonly Line[]): Box[] {
  return lines.flatMap((l) => unionBoxes(l.words));
}

export function readFootnotes(
  sectionLines: readonly Line[],
  heading: Line | null,
  rec: Recorder,
): FootnotesRead {
  const all = sectionLines
    .map((l) =>
      heading && l.words.some((w) => heading.words.includes(w))
        ? { ...l, words: l.words.filter((w) => !heading.words.includes(w)) }
        : l,
    )
    .filter((l) => l.words.length > 0);
  const lines = all.filter((l) => !NO_SECURITIES_LINE.test(lineText(l)));
  const left = Math.min(...lines.map((l) => l.words[0]?.x0 ?? Infinity));
  const notes: { id: string; parts: string[]; boxes: Box[] }[] = [];
  let lastNumber = 0;
  for (const line of lines) {
    const start = startOf(line, left, lastNumber);
    if (start) lastNumber = start.number;
    const rest = line.words.slice(1).map((w) => w.text);
    if (start)
      notes.push({
        id: start.id,
        parts: [[start.rest, ...rest].join(' ')],
        boxes: unionBoxes(line.words.slice(1)),
      });
    else if (notes.length > 0) {
      const last = notes[notes.length - 1] as (typeof notes)[number];
      last.parts.push(lineText(line));
      last.boxes.push(...unionBoxes(line.words));
    }
  }
  const footnotes = notes.map((n, i) => {
    rec.put(`footnotes[${i}].text`, n.boxes);
    return { id: n.id, text: joinLines(n.parts) };
  });
  return { footnotes, noSecuritiesOwned: lines.length < all.length };
}

export interface RemarksRead {
  remarks: string | null;
  noSecuritiesOwned: boolean;
}

export function readRemarks(lines: readonly Line[], rec: Recorder): RemarksRead {
  const kept: Word[] = [];
  const texts: string[] = [];
  for (const line of lines) {
    const own = line.words.filter((w) => !(kept.length === 0 && /^Remarks:?$/.test(w.text)));
    kept.push(...own);
    texts.push(own.map((w) => w.text).join(' '));
  }
  let text = joinLines(texts);
  const noSecurities = NO_SECURITIES.test(text);
  if (noSecurities) text = collapseSpaces(text.replace(NO_SECURITIES, ' '));
  if (text) rec.put('remarks', lineBoxes(groupLines(kept)));
  return { remarks: text || null, noSecuritiesOwned: noSecurities };
}
