/**
 * The check boxes left of the form title: "no longer subject to Section 16"
 * (Forms 4 and 5) and, on forms from 2023 on, the Rule 10b5-1 box. The tick
 * sits left of the label's first line, or centred beside its wrapped lines.
 */
import type { Box, Word } from '../words';
import { boxOf, centerX, centerY } from '../layout/geometry';
import { findOnLines, type PhraseHit } from '../layout/phrase';
import type { FormDoc } from './doc';
import { isCheckedMark, isMarkWord } from './checkbox';

export const SECTION16_LABEL = /Check this box if no longer/i;
export const RULE_10B5_1_LABEL = /Check this box to indicate/i;

/** How far a wrapped label may run below its first line, in font sizes, before its box ends. */
const LABEL_BLOCK_REACH = 8;
/** A tick lies within this many font sizes left of the label. */
const TICK_REACH = 4;

export interface TopBox {
  present: boolean;
  checked: boolean;
  boxes: Box[];
}

function labelEnd(doc: FormDoc, hit: PhraseHit, end: RegExp): number {
  const below = doc.lines.filter(
    (l) => l.page === hit.page && l.top >= hit.top && l.top <= hit.top + LABEL_BLOCK_REACH * hit.size,
  );
  const endHit = findOnLines(below, end).find((h) => Math.abs(h.x0 - hit.x0) < 2 * hit.size || h.x0 > hit.x0);
  return endHit ? endHit.bottom : hit.bottom;
}

function readTopBox(doc: FormDoc, label: RegExp, end: RegExp): TopBox {
  const hit = findOnLines(doc.lines, label)[0];
  if (!hit) return { present: false, checked: false, boxes: [] };
  const bottom = labelEnd(doc, hit, end);
  const near = doc.index.inRegion({
    page: hit.page,
    x0: hit.x0 - TICK_REACH * hit.size,
    x1: hit.x0 + 0.2 * hit.size,
    top: hit.top - 0.5 * hit.size,
    bottom,
  });
  const marks: Word[] = near.filter((w) => isMarkWord(w.text) && centerX(w) < hit.x0 && centerY(w) <= bottom);
  const ticks = marks.filter((w) => isCheckedMark(w.text));
  return {
    present: true,
    checked: ticks.length > 0,
    boxes: (ticks.length > 0 ? ticks : hit.words).map(boxOf),
  };
}

export function readSection16Box(doc: FormDoc): TopBox {
  return readTopBox(doc, SECTION16_LABEL, /Instruction\s*1\s*\(b\)/i);
}

export function read10b51Box(doc: FormDoc): TopBox {
  return readTopBox(doc, RULE_10B5_1_LABEL, /Instruction\s*10\b/i);
}
