/**
 * The words of one cell → its text and footnote markers. Markers are "(n)"
 * words, "(n)" glued to the end of a word ("J(1)", "757,756(1)"), or a small
 * raised number after a value (a superscript). They never become part of the
 * text; the cell's value is what is left.
 */
import type { Box, Word } from '../words';
import { boxOf } from './geometry';
import { groupLines, joinLines } from './lines';

export interface Cell {
  text: string;
  refs: string[];
  words: Word[];
  /** Boxes of the words that make up the value (markers excluded). */
  valueBoxes: Box[];
  /** "(n)" printed like the text of a text cell, kept in the text: maybe a marker, maybe not. */
  textMarkers: string[];
}

/** A superscript is at most this share of the cell's main font size… */
const SUPERSCRIPT_SIZE_RATIO = 0.85;
/** …and its baseline sits at least this many (main) font sizes above the main baseline. */
const SUPERSCRIPT_RAISE = 0.15;

const MARKER_WORD = /^(\(\s*\d{1,2}\s*\))+$/;

/** "(1)", "( 2 )", "(3)(4)": a word that is footnote markers only. */
export function isMarkerText(text: string): boolean {
  return MARKER_WORD.test(text);
}
const GLUED_MARKERS = /^(.*?[^\s(])((\(\d{1,2}\))+)$/;

function idsOf(markers: string): string[] {
  return [...markers.matchAll(/\((\d{1,2})\)/g)].map((m) => `F${Number(m[1])}`);
}

function isSuperscript(w: Word, mainSize: number, mainBottom: number): boolean {
  return (
    /^\d{1,2}(,\d{1,2})*$/.test(w.text) &&
    w.size <= mainSize * SUPERSCRIPT_SIZE_RATIO &&
    w.bottom <= mainBottom - mainSize * SUPERSCRIPT_RAISE
  );
}

export function emptyCell(): Cell {
  return { text: '', refs: [], words: [], valueBoxes: [], textMarkers: [] };
}

/** A "(n)" this much smaller than the cell's text is a footnote marker, wherever it stands. */
const MARKER_SIZE_RATIO = 0.92;

/**
 * What a cell holds: a value (amount, date, code: "(n)" can only be a
 * marker) or text (a title: "Class B Common Stock (2)" may be the title
 * itself; only a smaller or raised "(n)" is surely a marker there).
 */
export type CellKind = 'value' | 'text';

function isMarkerSized(w: Word, cellSize: number, lineMain: Word): boolean {
  return (
    w.size <= cellSize * MARKER_SIZE_RATIO || w.bottom <= lineMain.bottom - lineMain.size * SUPERSCRIPT_RAISE
  );
}

/** Read a cell from its words: lines top to bottom, words left to right. */
export function readCell(words: readonly Word[], kind: CellKind = 'value'): Cell {
  if (words.length === 0) return emptyCell();
  const cellSize = Math.max(...words.map((w) => w.size));
  const allMarkers = words.every((w) => MARKER_WORD.test(w.text));
  const lineTexts: string[] = [];
  const refs: string[] = [];
  const textMarkers: string[] = [];
  const valueBoxes: Box[] = [];
  for (const line of groupLines(words)) {
    const parts: string[] = [];
    const main = line.words.reduce((a, b) => (b.size > a.size ? b : a));
    const surelyMarker = (w: Word) => kind === 'value' || allMarkers || isMarkerSized(w, cellSize, main);
    for (const w of line.words) {
      if (MARKER_WORD.test(w.text) && surelyMarker(w)) {
        refs.push(...idsOf(w.text));
        continue;
      }
      if (w !== main && isSuperscript(w, main.size, main.bottom)) {
        refs.push(...w.text.split(',').map((n) => `F${Number(n)}`));
        continue;
      }
      const glued = GLUED_MARKERS.exec(w.text);
      if (glued && kind === 'value') {
        parts.push(glued[1] as string);
        refs.push(...idsOf(glued[2] as string));
      } else {
        if (MARKER_WORD.test(w.text) || glued) textMarkers.push(w.text);
        parts.push(w.text);
      }
      valueBoxes.push(boxOf(w));
    }
    lineTexts.push(parts.join(' '));
  }
  return { text: joinLines(lineTexts), refs: [...new Set(refs)], words: [...words], valueBoxes, textMarkers };
}
