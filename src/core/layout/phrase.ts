/**
 * Finding printed wording on a line. A line's text is its words joined by
 * single spaces; a match maps back to x positions by sharing each word's
 * width among its characters, so a label glued to its neighbour
 * ("Director10%", "1.Title") still gets its own extent.
 */
import type { Word } from '../words';
import type { Line } from './lines';

export interface PhraseHit {
  page: number;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
  /** The words the match touches (a glued word counts once). */
  words: Word[];
  line: Line;
  text: string;
}

interface CharMap {
  text: string;
  /** Word index for each character; -1 for the joining spaces. */
  wordAt: number[];
  /** Offset of each character inside its word. */
  offsetAt: number[];
}

function charMap(line: Line): CharMap {
  let text = '';
  const wordAt: number[] = [];
  const offsetAt: number[] = [];
  line.words.forEach((w, i) => {
    if (i > 0) {
      text += ' ';
      wordAt.push(-1);
      offsetAt.push(0);
    }
    for (let k = 0; k < w.text.length; k++) {
      wordAt.push(i);
      offsetAt.push(k);
    }
    text += w.text;
  });
  return { text, wordAt, offsetAt };
}

function xAt(w: Word, offset: number): number {
  const n = Math.max(1, w.text.length);
  return w.x0 + ((w.x1 - w.x0) * offset) / n;
}

function hitFromRange(line: Line, map: CharMap, start: number, end: number): PhraseHit | null {
  let first = start;
  while (first < end && map.wordAt[first] === -1) first++;
  let last = end - 1;
  while (last > first && map.wordAt[last] === -1) last--;
  const wi0 = map.wordAt[first];
  const wi1 = map.wordAt[last];
  if (wi0 === undefined || wi1 === undefined || wi0 < 0 || wi1 < 0) return null;
  const w0 = line.words[wi0] as Word;
  const w1 = line.words[wi1] as Word;
  const words = line.words.slice(wi0, wi1 + 1);
  return {
    page: line.page,
    x0: xAt(w0, map.offsetAt[first] ?? 0),
    x1: xAt(w1, (map.offsetAt[last] ?? 0) + 1),
    top: Math.min(...words.map((w) => w.top)),
    bottom: Math.max(...words.map((w) => w.bottom)),
    size: Math.max(...words.map((w) => w.size)),
    words,
    line,
    text: map.text.slice(first, last + 1),
  };
}

/** Every match of `pattern` on each line, in line order. */
export function findOnLines(lines: readonly Line[], pattern: RegExp): PhraseHit[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g';
  const re = new RegExp(pattern.source, flags);
  const hits: PhraseHit[] = [];
  for (const line of lines) {
    const map = charMap(line);
    re.lastIndex = 0;
    for (let m = re.exec(map.text); m; m = re.exec(map.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const hit = hitFromRange(line, map, m.index, m.index + m[0].length);
      if (hit) hits.push(hit);
    }
  }
  return hits;
}

export function findFirst(lines: readonly Line[], pattern: RegExp): PhraseHit | null {
  return findOnLines(lines, pattern)[0] ?? null;
}

/** Lines a wrapped label may run on for, after the line it starts on. */
export const LABEL_TAIL_LINES = 2;

/**
 * The rest of a label that wraps: the words after `hit` (on its line, then on
 * the next lines, starting no further left than the label) while they spell
 * `tail` in order ("Officer" + "(give", "title", "below)"). Case-insensitive.
 * `xLimit`: where the next label on the same row starts; `ignore`: words
 * printed among the label's that are not part of it (check marks);
 * `leftReach`: how many font sizes left of the label a wrapped line may start.
 */
export function labelTail(
  lines: readonly Line[],
  hit: PhraseHit,
  tail: readonly string[],
  xLimit = Infinity,
  ignore: (w: Word) => boolean = () => false,
  leftReach = 1,
): Word[] {
  if (tail.length === 0) return [];
  const at = lines.indexOf(hit.line);
  const last = hit.words[hit.words.length - 1] as Word;
  const candidates: Word[] = [];
  for (let i = Math.max(0, at); i < lines.length && i <= at + LABEL_TAIL_LINES; i++) {
    const line = lines[i] as Line;
    const from = line === hit.line ? line.words.indexOf(last) + 1 : 0;
    candidates.push(
      ...line.words
        .slice(from)
        .filter(
          (w) => !ignore(w) && w.x0 < xLimit && (line === hit.line || w.x0 >= hit.x0 - leftReach * hit.size),
        ),
    );
  }
  const out: Word[] = [];
  for (const w of candidates) {
    const want = tail[out.length];
    if (want === undefined) break;
    if (w.text.toLowerCase() === want.toLowerCase()) out.push(w);
    else if (out.length > 0 || w.top > hit.bottom) break;
  }
  return out;
}
