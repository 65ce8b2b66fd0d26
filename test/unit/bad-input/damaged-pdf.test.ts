import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { extractPositionedText } from '../../../src/core/pdf/extract';
import { expectFailure, hasCorpus, parse, readFixture, SOURCE_PDF } from './helpers';

describe('a damaged PDF', () => {
  it('a PDF cut short (index, trailer and encryption gone) is damaged and names the file', async () => {
    const failure = await expectFailure(readFixture('truncated.pdf'), 'truncated.pdf', 'damaged-pdf');
    expect(failure.message).toMatch(/damaged or incomplete/);
  });

  it('a PDF cut at any point is refused as damaged or read, never anything else', async () => {
    const whole = readFixture('broken-xref.pdf');
    for (const share of [0.05, 0.25, 0.5, 0.75, 0.95, 0.999]) {
      const cut = whole.slice(0, Math.floor(whole.length * share));
      const outcome = await parse(cut, 'cut.pdf').then(
        () => 'read',
        (err: { code?: string }) => err.code,
      );
      expect(['read', 'damaged-pdf']).toContain(outcome);
    }
  });

  it('a broken cross-reference table is rebuilt by pdf.js: the words are those of the original', async () => {
    const broken = await extractPositionedText(nodePdfjs, readFixture('broken-xref.pdf'), nodeExtractOptions);
    expect(broken.words.length).toBeGreaterThan(500);
    if (!hasCorpus) return;
    const original = await extractPositionedText(
      nodePdfjs,
      new Uint8Array(readFileSync(SOURCE_PDF)),
      nodeExtractOptions,
    );
    expect(broken.words).toEqual(original.words);
  });

  it('a broken cross-reference table still reads as the same Form 4', async () => {
    const { filing } = await parse(readFixture('broken-xref.pdf'), 'broken-xref.pdf');
    expect(filing.documentType).toBe('4');
    expect(filing.issuer.tradingSymbol).toBe('RKLB');
    if (!hasCorpus) return;
    const original = await parse(new Uint8Array(readFileSync(SOURCE_PDF)), 'original.pdf');
    expect(filing).toEqual(original.filing);
  });
});

describe('a PDF whose damaged text matrix places words at NaN', () => {
  it('drops the words with no place and judges the rest (a fuzz mutant once crashed the line sort)', async () => {
    const text = await extractPositionedText(
      nodePdfjs,
      readFixture('nan-coordinates.pdf'),
      nodeExtractOptions,
    );
    expect(text.words.length).toBeGreaterThan(100);
    for (const w of text.words) expect([w.x0, w.x1, w.top, w.bottom].every(Number.isFinite)).toBe(true);
    const outcome = await parse(readFixture('nan-coordinates.pdf'), 'nan-coordinates.pdf').then(
      ({ filing }) => filing.documentType,
      (err: { code?: string }) => err.code,
    );
    // Most of the page is gone with the bad matrix, so what is left is no longer a form: a typed refusal.
    expect(outcome).toBe('not-ownership-form');
  });
});
