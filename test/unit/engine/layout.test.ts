import { describe, expect, it } from 'vitest';
import { groupLines, lineText, splitAtHardBreaks } from '../../../src/core/layout/lines';
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
});
