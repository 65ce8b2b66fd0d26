/**
 * Where each section of the form begins and ends: the tables, the
 * footnotes, the remarks, the Reporting Owners table and each signature. A
 * section runs from its anchor to the next anchor of any kind.
 */
import type { Word } from '../words';
import type { Line } from '../layout/lines';
import { labelTail, type PhraseHit } from '../layout/phrase';
import { isBefore, nextPointAfter, spanRegions, type DocPoint, type Span } from '../layout/span';
import { pointOf, type Anchors } from './anchors';
import { wordsIn, type FormDoc } from './doc';

/** The caption's wrapped "Person" starts under its "**", this many font sizes left of "Signature". */
const CAPTION_REACH = 3;
/** Lines of one signature follow each other within this many font sizes. */
export const SIGNATURE_LINE_STEP = 2.5;
/** Without a "Signatures" heading the signature is the column above its caption, from this many font sizes left of it. */
export const SIGNATURE_COLUMN_REACH = 2.5;

export interface SignatureBlock {
  caption: PhraseHit;
  words: Word[];
  top: DocPoint;
}

export interface Sections {
  tableIEnd: DocPoint;
  tableIIEnd: DocPoint;
  footnotes: Span | null;
  remarks: Span | null;
  ownersTable: Span | null;
  extraNameBoxes: { hit: PhraseHit; span: Span }[];
  signatures: SignatureBlock[];
}

function afterHit(hit: PhraseHit): DocPoint {
  return { page: hit.page, y: hit.bottom };
}

/** Words above a caption, up to the previous boundary, that form its signature. */
function signatureBlock(
  doc: FormDoc,
  caption: PhraseHit,
  from: DocPoint,
  wholeWidth: boolean,
): SignatureBlock {
  const captionWords = new Set(caption.line.words);
  const captionPoint = { page: caption.page, y: caption.top - 0.2 * caption.size };
  const lines = doc.lines.filter(
    (l) =>
      isBefore({ page: l.page, y: l.top }, captionPoint) &&
      !isBefore({ page: l.page, y: l.top + 0.1 }, from) &&
      !l.words.some((w) => captionWords.has(w)),
  );
  const left = caption.x0 - SIGNATURE_COLUMN_REACH * caption.size;
  const picked: Line[] = [];
  let lowest: DocPoint = { page: caption.page, y: caption.top };
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as Line;
    const inColumn = wholeWidth || line.words.every((w) => w.x0 >= left);
    // A signature split by a page break continues at the foot of the previous page.
    const gap = line.page === lowest.page ? lowest.y - line.bottom : 0;
    if (!inColumn || gap > SIGNATURE_LINE_STEP * line.size) break;
    picked.unshift(line);
    lowest = { page: line.page, y: line.top };
  }
  const words = picked.flatMap((l) => l.words.filter((w) => wholeWidth || w.x0 >= left));
  const first = picked[0];
  return {
    caption,
    words,
    top: first ? { page: first.page, y: first.top } : { page: caption.page, y: caption.top },
  };
}

function signatureBlocks(doc: FormDoc, a: Anchors, start: DocPoint): SignatureBlock[] {
  const blocks: SignatureBlock[] = [];
  let from = a.signaturesHeading ? afterHit(a.signaturesHeading) : start;
  for (const caption of a.signatureCaptions) {
    if (isBefore(pointOf(caption), from)) continue;
    const block = signatureBlock(doc, caption, from, a.signaturesHeading !== null);
    blocks.push(block);
    // A narrow caption wraps: "** Signature of Reporting" / "Person". The next signature starts below it.
    const tail = labelTail(doc.lines, caption, ['Person'], Infinity, () => false, CAPTION_REACH);
    from = { page: caption.page, y: Math.max(caption.bottom, ...tail.map((w) => w.bottom)) };
  }
  return blocks;
}

export function findSections(doc: FormDoc, a: Anchors): Sections {
  const points = (hits: (PhraseHit | null)[]) => hits.map((h) => (h ? pointOf(h) : null));
  const start = pointOf(a.tableII ?? a.tableI ?? a.title);
  const signatures = signatureBlocks(doc, a, a.remarks ? afterHit(a.remarks) : start);
  const later = [
    ...points([a.explanation, a.remarks, a.ownersTable, a.signaturesHeading, a.reminder]),
    ...a.extraNameBoxes.map(pointOf),
    ...signatures.map((s) => s.top),
  ];
  const next = (from: DocPoint) => nextPointAfter(from, later, a.end);
  const spanFrom = (hit: PhraseHit | null): Span | null =>
    hit ? { start: pointOf(hit), end: next(pointOf(hit)) } : null;
  const tableIEnd = a.tableI
    ? nextPointAfter(pointOf(a.tableI), [...points([a.tableII]), ...later], a.end)
    : a.end;
  return {
    tableIEnd,
    tableIIEnd: a.tableII ? next(pointOf(a.tableII)) : a.end,
    footnotes: spanFrom(a.explanation),
    remarks: spanFrom(a.remarks),
    ownersTable: spanFrom(a.ownersTable),
    extraNameBoxes: a.extraNameBoxes.map((hit) => ({
      hit,
      span: { start: pointOf(hit), end: next(pointOf(hit)) },
    })),
    signatures,
  };
}

export function spanWords(doc: FormDoc, span: Span): Word[] {
  return wordsIn(doc, spanRegions(span, doc.pages));
}

/**
 * The form's lines inside a span, each cut to its words inside: sections are
 * full-width, so their text keeps the line structure found once for the page.
 */
export function spanLines(doc: FormDoc, span: Span): Line[] {
  const out: Line[] = [];
  for (const line of doc.lines) {
    const before = isBefore({ page: line.page, y: (line.top + line.bottom) / 2 }, span.start);
    if (before) continue;
    if (!isBefore({ page: line.page, y: (line.top + line.bottom) / 2 }, span.end)) break;
    out.push(line);
  }
  return out;
}
