import { describe, expect, it } from 'vitest';
import type { Band } from '../../../src/core/layout/bands';
import { buildRows } from '../../../src/core/layout/rows';
import { groupLines, wordsText } from '../../../src/core/layout/lines';
import { placeWords, type Placed } from './synthetic';

type Key = 'title' | 'amount' | 'nature';
const BANDS: Band<Key>[] = [
  { key: 'title', x0: 0, x1: 100 },
  { key: 'amount', x0: 100, x1: 200 },
  { key: 'nature', x0: 200, x1: 300 },
];
const VALUES = new Set<Key>(['amount']);

function rowsOf(items: Placed[]) {
  return buildRows(groupLines(placeWords(1, items)), BANDS, VALUES).rows.map((r) => ({
    title: wordsText(r.cells.get('title') ?? []),
    amount: wordsText(r.cells.get('amount') ?? []),
    nature: wordsText(r.cells.get('nature') ?? []),
  }));
}

/** Text lines 9 apart (size 8), rows with padding between them. */
describe('rows', () => {
  it('keeps a multi-line cell centred in its row with that row', () => {
    const rows = rowsOf([
      { text: 'By', x: 200, y: 10 },
      { text: 'Abalone', x: 200, y: 19 },
      { text: 'Common Stock', x: 0, y: 23 },
      { text: '634,675', x: 100, y: 23 },
      { text: 'Cove', x: 200, y: 28 },
      { text: 'LLLP', x: 200, y: 37 },
      { text: 'By', x: 200, y: 49 },
      { text: 'Common Stock', x: 0, y: 53 },
      { text: '156,361', x: 100, y: 53 },
      { text: 'Trust', x: 200, y: 58 },
      { text: 'Common Stock', x: 0, y: 72 },
      { text: '119,889', x: 100, y: 72 },
    ]);
    expect(rows).toEqual([
      { title: 'Common Stock', amount: '634,675', nature: 'By Abalone Cove LLLP' },
      { title: 'Common Stock', amount: '156,361', nature: 'By Trust' },
      { title: 'Common Stock', amount: '119,889', nature: '' },
    ]);
  });

  it('keeps a wrapped title aligned to the top with its row', () => {
    const rows = rowsOf([
      { text: 'Stock Option', x: 0, y: 10 },
      { text: '1,000', x: 100, y: 10 },
      { text: '(right to buy)', x: 0, y: 19 },
      { text: 'Stock Option', x: 0, y: 34 },
      { text: '2,000', x: 100, y: 34 },
      { text: '(right to buy)', x: 0, y: 43 },
    ]);
    expect(rows.map((r) => r.title)).toEqual(['Stock Option (right to buy)', 'Stock Option (right to buy)']);
    expect(rows.map((r) => r.amount)).toEqual(['1,000', '2,000']);
  });

  it('tells rows apart that are printed without padding, by their stacked amounts', () => {
    const rows = rowsOf([
      { text: 'Common Stock', x: 0, y: 10 },
      { text: '100', x: 100, y: 10 },
      { text: 'Common Stock', x: 0, y: 19 },
      { text: '200', x: 100, y: 19 },
    ]);
    expect(rows.map((r) => r.amount)).toEqual(['100', '200']);
  });

  it('reports words outside every column', () => {
    const result = buildRows(groupLines(placeWords(1, [{ text: 'stray', x: 320, y: 10 }])), BANDS, VALUES);
    expect(result.outside.map((w) => w.text)).toEqual(['stray']);
  });
});
