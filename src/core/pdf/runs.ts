/**
 * Splitting a text run into words. A run's glyph widths are not known here,
 * so each piece gets a share of the run width by character count: good
 * enough to place a word in a column band, which is all the engine needs.
 */
import type { Word } from '../words';

/** Baseline sits this far (in font sizes) below the glyph top for typical Latin fonts. */
const ASCENT = 0.8;
const DESCENT = 0.2;

/**
 * Appends the run's words to `out`. Each word is written as one object
 * literal with every field, so all words share one shape: the engine reads
 * them ~2× faster than objects spread from a partial word (measured).
 */
export function splitRunIntoWords(
  str: string,
  x: number,
  width: number,
  baseline: number,
  size: number,
  page: number,
  out: Word[],
): void {
  const perChar = str.length > 0 ? width / str.length : 0;
  const top = baseline - size * ASCENT;
  const bottom = baseline + size * DESCENT;
  const re = /\S+/g;
  for (let m = re.exec(str); m; m = re.exec(str)) {
    const x0 = x + m.index * perChar;
    out.push({ text: m[0], x0, x1: x0 + m[0].length * perChar, top, bottom, size, page, bold: false });
  }
}

/** A run starting within this many font sizes after the previous one ends (or overlapping it by up to GLUE_OVERLAP) continues its word. */
const GLUE_GAP = 0.08;
const GLUE_OVERLAP = 0.3;
/** Same line and same type: baselines and sizes within this share of the size. */
const SAME_LINE = 0.05;

interface OpenWord {
  word: Word;
  end: number;
  baseline: number;
}

/**
 * A page's words from its text runs in order. A run that starts right where
 * the previous one ended, on its baseline and at its size, with no space
 * between, continues that word: producers cut runs anywhere (WeasyPrint sets
 * the final "." of "L.P." apart), and what shows as one word is read as one.
 */
export class PageWords {
  readonly words: Word[] = [];
  private open: OpenWord | null = null;

  /** A space between runs (pdf.js's own whitespace runs) ends the word. */
  space(): void {
    this.open = null;
  }

  add(str: string, x: number, width: number, baseline: number, size: number, page: number): void {
    const first = this.words.length;
    splitRunIntoWords(str, x, width, baseline, size, page, this.words);
    const open = this.open;
    const next = this.words[first];
    if (open && next && !/^\s/.test(str) && continuesWord(open, x, baseline, size)) {
      open.word.text += next.text;
      open.word.x1 = Math.max(open.word.x1, next.x1);
      this.words.splice(first, 1);
    }
    const last = this.words[this.words.length - 1];
    this.open = last && !/\s$/.test(str) ? { word: last, end: x + width, baseline } : null;
  }
}

function continuesWord(open: OpenWord, x: number, baseline: number, size: number): boolean {
  const gap = x - open.end;
  return (
    Math.abs(open.word.size - size) <= SAME_LINE * size &&
    Math.abs(open.baseline - baseline) <= SAME_LINE * size &&
    gap <= GLUE_GAP * size &&
    gap >= -GLUE_OVERLAP * size
  );
}
