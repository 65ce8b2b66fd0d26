/**
 * Header labels a narrow column breaks inside a word, with no hyphen
 * ("Cod" / "e", "Transact" / "ion"): WeasyPrint squeezes columns that far.
 * Neither piece is wording on its own, so the header would end at the first
 * of them, and the leaf label "Code" would never be found. A piece that is
 * not wording, joined with the piece right under it into a header word, is
 * read as that word on the upper line.
 */
import { horizontalOverlap } from '../layout/geometry';
import type { Line } from '../layout/lines';
import type { Word } from '../words';
import { columnNumberOf, isHeaderWord } from './table-spec';

const isWording = (w: Word) => isHeaderWord(w.text) || columnNumberOf(w.text) !== null;

/** The piece under `w` on the next line that completes it into a header word. */
function restOf(w: Word, below: Line): Word | undefined {
  return below.words.find(
    (u) => horizontalOverlap(u, w) > 0 && !isWording(u) && isHeaderWord(w.text + u.text),
  );
}

/** `line` with its broken pieces completed from `below`, and `below` without those pieces. */
function joinPieces(line: Line, below: Line): [Line, Line] {
  let rest = below.words;
  const words = line.words.map((w) => {
    if (isWording(w)) return w;
    const piece = restOf(w, { ...below, words: rest });
    if (!piece) return w;
    rest = rest.filter((u) => u !== piece);
    return { ...w, text: w.text + piece.text, x0: Math.min(w.x0, piece.x0), x1: Math.max(w.x1, piece.x1) };
  });
  return [
    { ...line, words },
    { ...below, words: rest },
  ];
}

export interface LeadingHeader {
  /** The lines of header wording at the start, broken labels joined (copies where joined). */
  header: Line[];
  /** The first line that is not header wording. */
  firstBody: Line | undefined;
}

/**
 * The header lines at the start of `lines` (one page, top to bottom). A line
 * that is not all wording is tried again with the pieces under it joined on:
 * the joining is done only there, where the header would otherwise end.
 */
export function leadingHeaderLines(
  lines: readonly Line[],
  isHeader: (line: Line) => boolean,
  lineStep: number,
): LeadingHeader {
  const header: Line[] = [];
  const pending = [...lines];
  for (let i = 0; i < pending.length; i++) {
    let line = pending[i] as Line;
    const below = pending[i + 1];
    if (
      !isHeader(line) &&
      below &&
      below.page === line.page &&
      below.top - line.top <= lineStep * line.size
    ) {
      [line, pending[i + 1]] = joinPieces(line, below);
    }
    if (!isHeader(line)) return { header, firstBody: line };
    // A line whose every word was a piece joined onto the line above is gone.
    if (line.words.length > 0) header.push(line);
  }
  return { header, firstBody: undefined };
}
