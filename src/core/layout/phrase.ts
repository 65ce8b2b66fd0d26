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
  /** Index in `text` where each word starts; words are joined by one space. */
  starts: number[];
}

/** Lines are searched for many labels; each line's character map is built once. */
const charMaps = new WeakMap<Line, CharMap>();

function charMap(line: Line): CharMap {
  let map = charMaps.get(line);
  if (!map) {
    const starts: number[] = [];
    let at = 0;
    for (const w of line.words) {
      starts.push(at);
      at += w.text.length + 1;
    }
    map = { text: line.words.map((w) => w.text).join(' '), starts };
    charMaps.set(line, map);
  }
  return map;
}

/** The word holding character `at` (or the word after the space at `at`), and the offset inside it. */
function wordAt(map: CharMap, at: number): { index: number; offset: number } {
  let index = 0;
  while (index + 1 < map.starts.length && (map.starts[index + 1] as number) <= at) index++;
  return { index, offset: at - (map.starts[index] as number) };
}

function xAt(w: Word, offset: number): number {
  const n = Math.max(1, w.text.length);
  return w.x0 + ((w.x1 - w.x0) * Math.min(offset, n)) / n;
}

function hitFromRange(line: Line, map: CharMap, start: number, end: number): PhraseHit | null {
  const text = map.text.slice(start, end);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  if (end - trail <= start + lead) return null;
  const first = wordAt(map, start + lead);
  const last = wordAt(map, end - trail - 1);
  const w0 = line.words[first.index] as Word;
  const w1 = line.words[last.index] as Word;
  const words = line.words.slice(first.index, last.index + 1);
  return {
    page: line.page,
    x0: xAt(w0, first.offset),
    x1: xAt(w1, last.offset + 1),
    top: Math.min(...words.map((w) => w.top)),
    bottom: Math.max(...words.map((w) => w.bottom)),
    size: Math.max(...words.map((w) => w.size)),
    words,
    line,
    text: text.trim(),
  };
}

/** Every match of `pattern` on each line, in line order; at most `limit` of them. */
export function findOnLines(lines: readonly Line[], pattern: RegExp, limit = Infinity): PhraseHit[] {
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
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}

export function findFirst(lines: readonly Line[], pattern: RegExp): PhraseHit | null {
  return findOnLines(lines, pattern, 1)[0] ?? null;
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
