/**
 * The relationship box: Director, 10% Owner, Officer (give title below),
 * Other (specify below), and the free text under them (officer title, other
 * text). Form 3 prints both texts on one line as "title / other".
 */
import type { Box, Word } from '../words';
import { boxOf } from '../layout/geometry';
import { groupLines, linesText, splitAtHardBreaks, wordsText, type Line } from '../layout/lines';
import { findOnLines, labelTail, type PhraseHit } from '../layout/phrase';
import { isMarkWord, tickedLabels, type CheckLabel } from './checkbox';
import { collapseSpaces } from './values';

export type RelationKey = 'isDirector' | 'isTenPercentOwner' | 'isOfficer' | 'isOther';

const LABELS: Record<RelationKey, RegExp> = {
  isDirector: /\bDirector\b/,
  isTenPercentOwner: /10%\s*Owner/,
  isOfficer: /\bOfficer\b/,
  isOther: /\bOther\b/,
};

/** What follows a label's key word; a narrow box wraps it onto the next lines. */
const TAILS: Record<RelationKey, string[]> = {
  isDirector: [],
  isTenPercentOwner: [],
  isOfficer: ['(give', 'title', 'below)'],
  isOther: ['(specify', 'below)'],
};

export interface Relationship {
  flags: Record<RelationKey, boolean>;
  officerTitle: string | null;
  otherText: string | null;
  /** Labels found at all (a box with none of them cannot be read). */
  labelsFound: number;
  boxes: Partial<Record<RelationKey | 'officerTitle' | 'otherText', Box[]>>;
}

function splitSlash(text: string): [string | null, string | null] | null {
  const m = /^(.*?)\s+\/(?:\s+(.*))?$/.exec(text);
  if (!m) return null;
  const a = collapseSpaces(m[1] ?? '');
  const b = collapseSpaces(m[2] ?? '');
  return [a || null, b || null];
}

/** The box's text area: its width less this many font sizes of padding on each side. */
const BOX_PADDING = 0.5;

function assignTitles(
  rel: Relationship,
  free: readonly Word[],
  labels: readonly CheckLabel<RelationKey>[],
  width: number,
): void {
  const { flags, boxes } = rel;
  const lines = groupLines(free);
  const size = lines[0]?.size ?? 0;
  const paragraphs = splitAtHardBreaks(lines, width - 2 * BOX_PADDING * size);
  const slash = splitSlash(linesText(lines));
  if (slash) {
    [rel.officerTitle, rel.otherText] = slash;
    boxes.officerTitle = free.map(boxOf);
    return;
  }
  // EDGAR's layout: the officer title on its own line, the other text on the next.
  if (flags.isOfficer && flags.isOther && paragraphs.length >= 2) {
    const [first, ...rest] = paragraphs as [Line[], ...Line[][]];
    rel.officerTitle = linesText(first);
    rel.otherText = linesText(rest.flat());
    boxes.officerTitle = first.flatMap((l) => l.words.map(boxOf));
    boxes.otherText = rest.flat().flatMap((l) => l.words.map(boxOf));
    return;
  }
  // Otherwise each word goes with the label it is printed under (or with the only ticked one).
  const officer = labels.find((l) => l.key === 'isOfficer');
  const other = labels.find((l) => l.key === 'isOther');
  const nearOther = (w: Word) =>
    !!other && (!officer || Math.abs(w.x0 - other.x0) < Math.abs(w.x0 - officer.x0));
  const toOther =
    flags.isOther && !flags.isOfficer
      ? [...free]
      : free.filter((w) => nearOther(w) && !(flags.isOfficer && !flags.isOther));
  const toOfficer = free.filter((w) => !toOther.includes(w));
  rel.officerTitle = toOfficer.length > 0 ? wordsText(toOfficer) : null;
  rel.otherText = toOther.length > 0 ? wordsText(toOther) : null;
  if (toOfficer.length > 0) boxes.officerTitle = toOfficer.map(boxOf);
  if (toOther.length > 0) boxes.otherText = toOther.map(boxOf);
}

/** `width`: the box's width, to tell a title's own line breaks from wrapping. */
export function readRelationship(words: readonly Word[], width: number): Relationship {
  const lines = groupLines(words);
  const labels: CheckLabel<RelationKey>[] = [];
  const labelWords = new Set<Word>();
  let labelBottom = -Infinity;
  const hits = new Map<RelationKey, PhraseHit>();
  for (const key of Object.keys(LABELS) as RelationKey[]) {
    const hit = findOnLines(lines, LABELS[key])[0];
    if (hit) hits.set(key, hit);
  }
  for (const [key, hit] of hits) {
    labels.push({ key, x0: hit.x0, top: hit.top, bottom: hit.bottom, size: hit.size });
    labelBottom = Math.max(labelBottom, hit.bottom);
    const nextOnRow = [...hits.values()]
      .filter((o) => o.x0 > hit.x1 && o.top < hit.bottom && o.bottom > hit.top)
      .map((o) => o.x0);
    const tail = labelTail(lines, hit, TAILS[key], Math.min(...nextOnRow), (w) => isMarkWord(w.text));
    for (const w of [...hit.words, ...tail]) labelWords.add(w);
  }
  const ticks = tickedLabels(words, labels);
  const flags = {
    isDirector: ticks.has('isDirector'),
    isTenPercentOwner: ticks.has('isTenPercentOwner'),
    isOfficer: ticks.has('isOfficer'),
    isOther: ticks.has('isOther'),
  };
  const boxes: Relationship['boxes'] = {};
  for (const [key, marks] of ticks) boxes[key] = marks.map(boxOf);
  const free = words.filter(
    (w) => w.top > labelBottom - 0.2 * w.size && !labelWords.has(w) && !isMarkWord(w.text),
  );
  const rel: Relationship = { flags, officerTitle: null, otherText: null, labelsFound: labels.length, boxes };
  if (free.length > 0) assignTitles(rel, free, labels, width);
  return rel;
}
