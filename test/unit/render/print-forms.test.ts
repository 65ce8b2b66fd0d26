/**
 * The print pipeline end to end on the seed filing: one Chromium, several
 * prints, each PDF the paper, orientation and scale asked for, with the
 * form's words on it (read back with pdf.js).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FormPrinter,
  formPageHtml,
  printableWidthPx,
  type PrintOptions,
} from '../../../scripts/lib/print-forms';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import type { Filing } from '../../../src/core/filing';
import { extractPositionedText } from '../../../src/core/pdf/extract';
import type { PositionedText } from '../../../src/core/words';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';

const SEED = new URL('../../fixtures/seed/liveperson-2009-form4.xml', import.meta.url);

const POINTS = { Letter: [612, 792], A4: [595, 842] } as const;

function sizeOfFormWord(text: PositionedText): number {
  const word = text.words.find((w) => w.text === 'BIXBY');
  if (!word) throw new Error('owner name not printed');
  return word.size;
}

describe('FormPrinter', () => {
  let printer: FormPrinter;
  let filing: Filing;

  beforeAll(async () => {
    filing = readOwnershipXml(readFileSync(SEED, 'utf8'));
    printer = await FormPrinter.open(2);
  });

  afterAll(async () => {
    await printer?.close();
  });

  async function printed(options: PrintOptions): Promise<PositionedText> {
    const { pdf } = await printer.printFiling(filing, options);
    return extractPositionedText(nodePdfjs, pdf, nodeExtractOptions);
  }

  it.each<PrintOptions>([
    { paper: 'Letter', landscape: false, scale: 1 },
    { paper: 'A4', landscape: false, scale: 1 },
    { paper: 'Letter', landscape: true, scale: 1 },
    { paper: 'A4', landscape: true, scale: 0.7 },
  ])('prints on $paper, landscape $landscape, scale $scale', async (options) => {
    const text = await printed(options);
    const [width, height] = POINTS[options.paper];
    const first = text.pages[0];
    // Chromium rounds A4 to whole CSS pixels: 596 x 843 points.
    expect(Math.abs((first?.width ?? 0) - (options.landscape ? height : width))).toBeLessThan(1.5);
    const words = text.words.map((w) => w.text);
    for (const expected of ['FORM', 'BIXBY', 'LPSN', '305,300', 'Explanation', 'Remarks:']) {
      expect(words).toContain(expected);
    }
  });

  it('prints several filings in parallel with one browser, smaller at 70%', async () => {
    const [full, small] = await Promise.all([
      printed({ paper: 'Letter', landscape: false, scale: 1 }),
      printed({ paper: 'Letter', landscape: false, scale: 0.7 }),
    ]);
    expect(sizeOfFormWord(small) / sizeOfFormWord(full)).toBeCloseTo(0.7, 1);
    expect(small.pages.length).toBeLessThanOrEqual(full.pages.length);
  });

  it('builds a standalone page with the stylesheet inline', () => {
    const page = formPageHtml(filing);
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('.edgar-form');
    expect(page).toContain('<div class="edgar-form form-4">');
    expect(printableWidthPx({ paper: 'Letter', landscape: false, scale: 1 })).toBe(739);
    expect(printableWidthPx({ paper: 'Letter', landscape: false, scale: 0.7 })).toBe(1056);
  });
});
