/**
 * Printed wording that a narrow box or a small page wraps onto a second
 * line ("STATEMENT OF CHANGES IN BENEFICIAL" / "OWNERSHIP", "1. Name and
 * Address of Reporting" / "Person"). Each line is cut into runs of words with
 * no wide gap (one column's share of the line); a run and the words of the
 * next line below it that overlap it horizontally are read as one text.
 * Only a match that really crosses the break counts here: single-line
 * matches are findOnLines' business.
 */
import type { Word } from '../words';
import { horizontalOverlap } from './geometry';
import type { Line } from './lines';
import type { PhraseHit } from './phrase';

/** Words of one run are closer than this many font sizes. */
export const RUN_GAP = 1.5;
/** The continuation line starts at most this many font sizes below the line it continues. */
export const WRAP_STEP = 2.2;

/** Neighbouring words whose sizes differ by more than this factor are different texts (a title beside small print). */
const SIZE_STEP = 1.3;

function runs(line: Line): Word[][] {
  const out: Word[][] = [];
  for (const w of line.words) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const sameText =
      prev !== undefined &&
      w.x0 - prev.x1 <= RUN_GAP * Math.min(w.size, prev.size) &&
      Math.max(w.size, prev.size) <= SIZE_STEP * Math.min(w.size, prev.size);
    if (last && sameText) last.push(w);
    else out.push([w]);
  }
  return out;
}

function extent(words: readonly Word[]): { x0: number; x1: number } {
  return { x0: Math.min(...words.map((w) => w.x0)), x1: Math.max(...words.map((w) => w.x1)) };
}

function hitOf(line: Line, words: Word[], text: string): PhraseHit {
  const { x0, x1 } = extent(words);
  return {
    page: line.page,
    x0,
    x1,
    top: Math.min(...words.map((w) => w.top)),
    bottom: Math.max(...words.map((w) => w.bottom)),
    size: Math.max(...words.map((w) => w.size)),
    words,
    line,
    text,
  };
}

/** A footnote mark ("*", "†", "(1)"): raised after a label's last word, it can sit on a line of its own. */
const MARK_ONLY = /^([*†‡]+|\(\d{1,2}\))$/;

/**
 * The words of the nearest line below `i` (within WRAP_STEP) that lie under
 * the run. A line holding only footnote marks there is passed over: "Person*"
 * set with a raised "*" puts the mark between "Reporting" and "Person".
 */
function continuation(lines: readonly Line[], i: number, run: readonly Word[]): Word[] {
  const line = lines[i] as Line;
  const span = extent(run);
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j] as Line;
    if (next.page !== line.page || next.top - line.top > WRAP_STEP * line.size) break;
    const below = next.words.filter((w) => horizontalOverlap(w, span) > 0);
    if (below.length > 0 && !below.every((w) => MARK_ONLY.test(w.text))) return below;
  }
  return [];
}

/** A run of words and the words below it, read as one text: what a wrapped label would be. */
interface WrapCandidate {
  line: Line;
  run: Word[];
  head: string;
  text: string;
}

/**
 * Candidates depend on the lines alone, not on the pattern: the anchors ask
 * for several labels over the same lines (three titles in turn when none is
 * on one line), so they are built once per list of lines.
 */
const candidatesOf = new WeakMap<readonly Line[], WrapCandidate[]>();

function wrapCandidates(lines: readonly Line[]): WrapCandidate[] {
  let list = candidatesOf.get(lines);
  if (list) return list;
  list = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    for (const run of runs(line)) {
      const below = continuation(lines, i, run);
      if (below.length === 0) continue;
      const head = run.map((w) => w.text).join(' ');
      list.push({ line, run, head, text: `${head} ${below.map((w) => w.text).join(' ')}` });
    }
  }
  candidatesOf.set(lines, list);
  return list;
}

/** Matches of `pattern` that start on one line and end on the next; the hit covers the first line's part. */
export function findWrapped(lines: readonly Line[], pattern: RegExp, limit = Infinity): PhraseHit[] {
  const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  const hits: PhraseHit[] = [];
  for (const { line, run, head, text } of wrapCandidates(lines)) {
    if (hits.length >= limit) break;
    const m = re.exec(text);
    if (!m || m.index + m[0].length <= head.length || m.index >= head.length) continue;
    // The words of the first line from where the match starts.
    let at = 0;
    const from = run.findIndex((w) => {
      const end = at + w.text.length;
      at = end + 1;
      return end > m.index;
    });
    hits.push(hitOf(line, run.slice(Math.max(0, from)), m[0]));
  }
  return hits;
}
