/**
 * The seed filing both ways: the LivePerson XML and the PDF printed from it
 * (test/fixtures/seed, read here through parseBytes as the app reads a PDF)
 * must give the same insights where the figures come from the same cells.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { filingInsights } from '../../../src/core/insights';
import { parseBytes } from '../../../src/core/parse-file';
import { LIVEPERSON, xmlFiling } from './fixtures';

const SEED_PDF = fileURLToPath(new URL('../../fixtures/seed/liveperson-2009-form4.pdf', import.meta.url));

describe('LivePerson seed: PDF and XML give the same insights', async () => {
  const bytes = new Uint8Array(readFileSync(SEED_PDF));
  const fromPdf = filingInsights((await parseBytes(nodePdfjs, bytes, 'seed.pdf', nodeExtractOptions)).filing);
  const fromXml = filingInsights(xmlFiling(LIVEPERSON));

  it('same-day exercise and sale', () => {
    expect(fromPdf.exerciseSales.map((pair) => [pair.date, pair.summary])).toEqual(
      fromXml.exerciseSales.map((pair) => [pair.date, pair.summary]),
    );
  });

  it('weighted-average prices and their ranges', () => {
    expect(fromPdf.weightedAverages).toEqual(fromXml.weightedAverages);
  });

  it('10b5-1 rows', () => {
    expect(fromPdf.rule10b5One).toEqual(fromXml.rule10b5One);
  });

  it('Table I shares and dollars by code', () => {
    const figures = (totals: typeof fromXml.byCode.nonDerivative.byCode) =>
      totals.map(({ code, sharesAcquired, sharesDisposed, valueAcquired, valueDisposed }) => ({
        code,
        sharesAcquired,
        sharesDisposed,
        valueAcquired,
        valueDisposed,
      }));
    expect(figures(fromPdf.byCode.nonDerivative.byCode)).toEqual(
      figures(fromXml.byCode.nonDerivative.byCode),
    );
  });
});
