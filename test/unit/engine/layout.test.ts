import { describe, expect, it } from 'vitest';
import { groupLines, lineText, splitAtHardBreaks } from '../../../src/core/layout/lines';
import type { Word } from '../../../src/core/words';
import { findOnLines } from '../../../src/core/layout/phrase';
import { placeWords } from './synthetic';

describe('lines and phrases', () => {
  it('keeps two lines of small print beside one large word apart', () => {
    const lines = groupLines(
      placeWords(1, [
        { text: 'Check this box if no', x: 0, y: 10, size: 6 },
        { text: 'longer subject to', x: 0, y: 16, size: 6 },
        { text: 'STATEMENT', x: 100, y: 15, size: 12 },
      ]),
    );
    const texts = lines.map(lineText);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^Check this box if no/);
    expect(texts[1]).toMatch(/^longer subject to/);
  });

  it('finds a label glued to its neighbour and gives it its own extent', () => {
    const lines = groupLines(
      placeWords(1, [{ text: 'Director10% OwnerOfficerOther', x: 100, y: 10, size: 10 }]),
    );
    const [director] = findOnLines(lines, /Director/);
    const [officer] = findOnLines(lines, /Officer/);
    expect(director?.x0).toBeCloseTo(100);
    expect(director?.x1).toBeCloseTo(140);
    expect(officer?.x0).toBeGreaterThan(director?.x1 ?? Infinity);
  });

  it('tells a wrapped value from two values on lines of their own', () => {
    const wrapped = groupLines(
      placeWords(1, [
        { text: 'C/O ROCKET LAB USA, INC., 3881', x: 0, y: 10 },
        { text: 'MCGOWEN STREET', x: 0, y: 19 },
      ]),
    );
    expect(splitAtHardBreaks(wrapped, 130)).toHaveLength(1);
    const separate = groupLines(
      placeWords(1, [
        { text: 'BROOKFIELD PLACE', x: 0, y: 10 },
        { text: '181 BAY ST', x: 0, y: 19 },
      ]),
    );
    expect(splitAtHardBreaks(separate, 130)).toHaveLength(2);
  });

  it('orders many words (counting sort) as a stable sort by page, centre and left edge would', () => {
    const words: Word[] = [];
    for (let i = 0; i < 300; i++) {
      const top = 700 - ((i * 37) % 61) * 11.5 + (i % 3) * 0.2; // rows out of order, a little ragged
      const x0 = ((i * 53) % 97) * 6;
      words.push({
        text: `w${i % 7}`,
        page: 1 + (i % 2),
        x0,
        x1: x0 + 20,
        top,
        bottom: top + 10,
        size: 10,
        bold: false,
      });
    }
    const key = (w: Word) => [w.page, w.top + w.bottom, w.x0];
    const expected = [...words].sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      return ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]!;
    });
    // Given words already in that order, the sort inside must change nothing: same lines, same words.
    expect(groupLines(words)).toEqual(groupLines(expected));
    expect(groupLines(words).flatMap((l) => l.words).length).toBeGreaterThan(250);
  });

  it('keeps every word when a damaged file places some at NaN or far away', () => {
    const words = placeWords(
      1,
      Array.from({ length: 40 }, (_, i) => ({
        text: `word${i}`,
        x: (i % 5) * 60,
        y: 10 + Math.floor(i / 5) * 12,
      })),
    );
    const odd = [
      { ...words[3]!, top: Number.NaN },
      { ...words[7]!, x0: Number.NaN },
      { ...words[9]!, top: 1e12, bottom: 1e12 + 10 },
    ];
    const all = [...words, ...odd.map((w, i) => ({ ...w, text: `odd${i}` }))];
    const kept = groupLines(all).flatMap((l) => l.words);
    expect(kept.map((w) => w.text).sort()).toEqual(all.map((w) => w.text).sort());
  });
});
