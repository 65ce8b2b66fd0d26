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
    (u) => !isWording(u) && horizontalOverlap(u, w) > 0 && isHeaderWord(w.text + u.text),
  );
}

/**
 * Copies of `lines` (one page, top to bottom) with broken header words joined;
 * the lines given are not changed. Pieces are on lines at most `lineStep` font sizes apart.
 */
export function joinBrokenLabels(lines: readonly Line[], lineStep: number): Line[] {
  const out = lines.map((l) => ({ ...l, words: [...l.words] }));
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i] as Line;
    const below = out[i + 1] as Line;
    if (below.page !== line.page || below.top - line.top > lineStep * line.size) continue;
    line.words = line.words.map((w) => {
      if (isWording(w)) return w;
      const rest = restOf(w, below);
      if (!rest) return w;
      below.words = below.words.filter((u) => u !== rest);
      return { ...w, text: w.text + rest.text, x0: Math.min(w.x0, rest.x0), x1: Math.max(w.x1, rest.x1) };
    });
  }
  return out.filter((l) => l.words.length > 0);
}
