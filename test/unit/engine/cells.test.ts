import { describe, expect, it } from 'vitest';
import { readCell } from '../../../src/core/layout/cells';
import { placeWords } from './synthetic';

describe('cells', () => {
  it('joins a multi-line cell and attaches its marker', () => {
    const cell = readCell(
      placeWords(1, [
        { text: 'By', x: 0, y: 10 },
        { text: 'Abalone', x: 0, y: 19 },
        { text: 'Cove', x: 0, y: 28 },
        { text: 'LLLP', x: 0, y: 37 },
        { text: '(2)', x: 20, y: 35, size: 6 },
      ]),
      'text',
    );
    expect(cell.text).toBe('By Abalone Cove LLLP');
    expect(cell.refs).toEqual(['F2']);
    expect(cell.textMarkers).toEqual([]);
  });

  it('splits markers glued to a value and reads raised digits as markers', () => {
    expect(readCell(placeWords(1, [{ text: 'J(1)(2)', x: 0, y: 10 }]))).toMatchObject({
      text: 'J',
      refs: ['F1', 'F2'],
    });
    const raised = readCell(
      placeWords(1, [
        { text: '519', x: 0, y: 10 },
        { text: '1', x: 14, y: 7, size: 5 },
      ]),
    );
    expect(raised).toMatchObject({ text: '519', refs: ['F1'] });
  });

  it('keeps a full-size (n) of a title as text and says so', () => {
    const cell = readCell(placeWords(1, [{ text: 'Class B Common Stock (2)', x: 0, y: 10 }]), 'text');
    expect(cell.text).toBe('Class B Common Stock (2)');
    expect(cell.refs).toEqual([]);
    expect(cell.textMarkers).toEqual(['(2)']);
  });

  it('joins a line that broke after a hyphen without a space', () => {
    const cell = readCell(
      placeWords(1, [
        { text: 'Attorney-in-', x: 0, y: 10 },
        { text: 'fact', x: 0, y: 19 },
      ]),
      'text',
    );
    expect(cell.text).toBe('Attorney-in-fact');
  });
});
