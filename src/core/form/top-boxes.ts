/**
 * The check boxes left of the form title: "no longer subject to Section 16"
 * (Forms 4 and 5) and, on forms from 2023 on, the Rule 10b5-1 box. Both labels
 * start "Check this box"; the words that follow (wrapped over a few lines in
 * a narrow column) tell them apart. The tick sits left of the label's first
 * line, or centred beside its wrapped lines.
 */
import type { Box, Word } from '../words';
import { boxOf, centerX, centerY } from '../layout/geometry';
import { findOnLines, type PhraseHit } from '../layout/phrase';
import type { FormDoc } from './doc';
import { isCheckedMark, isMarkWord } from './checkbox';

/** Where a label may begin; a narrow column can wrap even "Check this box" itself. */
const LABEL_WORD = /^Check$/;
const LABEL_START = /^Check this box\b/i;
const SECTION16 = /no longer subject/i;
const RULE_10B5_1 = /to indicate|10b5-1/i;

/** A wrapped label's lines follow each other within this many font sizes… */
const LABEL_LINE_STEP = 1.6;
/** …run at most this many lines… */
const LABEL_MAX_LINES = 10;
/** …and start at most this many font sizes right of the first line's start… */
const LABEL_INDENT = 1;
/** …or this many left of it (the wrapped lines run under the box glyph: "☐ Check this box if no" / "longer…"). */
const LABEL_OUTDENT = 2.5;
/** Words of one label line are closer than this many font sizes. */
const LABEL_WORD_GAP = 1.5;
/** A tick lies within this many font sizes left of the label. */
const TICK_REACH = 4;

export interface TopBox {
  present: boolean;
  checked: boolean;
  boxes: Box[];
}

interface LabelBlock {
  hit: PhraseHit;
  text: string;
  bottom: number;
}

/** The run of words from `first` rightwards with no wide gap: one column's share of a line. */
function columnRun(words: readonly Word[], first: Word, size: number): Word[] {
  const run: Word[] = [];
  let x1 = first.x0;
  for (const w of words) {
    if (w.x1 <= first.x0) continue;
    if (w.x0 - x1 > LABEL_WORD_GAP * size) break;
    run.push(w);
    x1 = w.x1;
  }
  return run;
}

/** A hit of " Check" starts at the space before the word; make it start at the word. */
function trimToWord(hit: PhraseHit): PhraseHit {
  const word = hit.words.find((w) => w.text === 'Check') ?? hit.words[0];
  return word
    ? { ...hit, x0: word.x0, words: [word], top: word.top, bottom: word.bottom, size: word.size }
    : hit;
}

function labelBlock(doc: FormDoc, hit: PhraseHit): LabelBlock {
  const start = hit.words[0] as Word;
  const parts = [
    columnRun(hit.line.words, start, hit.size)
      .map((w) => w.text)
      .join(' '),
  ];
  // Steps are measured on the label's own words: a large title beside it can lift its line's top.
  let prevTop = hit.top;
  let bottom = hit.bottom;
  const after = doc.lines.filter((l) => l.page === hit.page && l.top > hit.line.top);
  for (const line of after) {
    if (parts.length > LABEL_MAX_LINES) break;
    const first = line.words.find(
      (w) => w.x0 < hit.x0 + LABEL_INDENT * hit.size && w.x0 > hit.x0 - LABEL_OUTDENT * hit.size,
    );
    if (!first) continue;
    const run = columnRun(line.words, first, hit.size);
    const runTop = Math.min(...run.map((w) => w.top));
    if (runTop - prevTop > LABEL_LINE_STEP * hit.size) break;
    // The next label begins (after its own box glyph, if any).
    if (LABEL_WORD.test(run.find((w) => !isMarkWord(w.text))?.text ?? '')) break;
    parts.push(run.map((w) => w.text).join(' '));
    bottom = Math.max(bottom, ...run.map((w) => w.bottom));
    prevTop = runTop;
  }
  return { hit, text: parts.join(' '), bottom };
}

function readTick(doc: FormDoc, block: LabelBlock): TopBox {
  const { hit, bottom } = block;
  const near = doc.index.inRegion({
    page: hit.page,
    x0: hit.x0 - TICK_REACH * hit.size,
    x1: hit.x0 + 0.2 * hit.size,
    top: hit.top - 0.5 * hit.size,
    bottom,
  });
  const marks = near.filter((w) => isMarkWord(w.text) && centerX(w) < hit.x0 && centerY(w) <= bottom);
  const ticks = marks.filter((w) => isCheckedMark(w.text));
  return {
    present: true,
    checked: ticks.length > 0,
    boxes: (ticks.length > 0 ? ticks : hit.words).map(boxOf),
  };
}

export interface TopBoxes {
  section16: TopBox;
  rule10b51: TopBox;
}

const ABSENT: TopBox = { present: false, checked: false, boxes: [] };

/** Only labels above `before` (the first table) count: these boxes belong to the header. */
export function readTopBoxes(doc: FormDoc, before: { page: number; top: number } | null): TopBoxes {
  const hits = findOnLines(doc.lines, /(?:^|\s)Check\b/).filter(
    (h) => !before || h.page < before.page || (h.page === before.page && h.top < before.top),
  );
  const blocks = hits.map((h) => labelBlock(doc, trimToWord(h))).filter((b) => LABEL_START.test(b.text));
  const s16 = blocks.find((b) => SECTION16.test(b.text));
  const r10 = blocks.find((b) => RULE_10B5_1.test(b.text) && b !== s16);
  return { section16: s16 ? readTick(doc, s16) : ABSENT, rule10b51: r10 ? readTick(doc, r10) : ABSENT };
}
