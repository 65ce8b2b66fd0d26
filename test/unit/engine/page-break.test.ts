/**
 * Rows cut by the page break. Chromium keeps a table row on one page; Qt's
 * wkhtmltopdf (like Firefox and Safari) breaks inside it, and draws the line
 * on the break on both pages. These forms were printed by wkhtmltopdf from
 * the form view of corpus XML (scripts/engine-wkhtmltopdf.ts); the XML is the
 * truth they are compared with, field by field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { parseBytes } from '../../../src/core/parse-file';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';
import { filingDiffs } from '../../corpus/roundtrip/field-diff';
import { fixturePath } from './read-pdf';

async function readBoth(name: string) {
  const expected = readOwnershipXml(readFileSync(fixturePath(`${name}.xml`), 'utf8'));
  const pdf = new Uint8Array(readFileSync(fixturePath(`${name}.pdf`)));
  const { filing } = await parseBytes(nodePdfjs, pdf, `${name}.pdf`, nodeExtractOptions);
  return { expected, filing };
}

describe('a table row the page break cuts in two', () => {
  it('a nature cell wrapped over the break is read whole into its own row, not into the row below', async () => {
    const { expected, filing } = await readBoth('wk-000089924319005970');
    expect(filing.nonDerivativeTransactions[6]?.natureOfOwnership).toBe(
      'By Sequoia Capital U.S. Venture 2010-Seed Fund, L.P.',
    );
    expect(filing.nonDerivativeTransactions[7]?.natureOfOwnership).toBe('By estate planning vehicle');
    expect(filingDiffs(expected, filing)).toEqual([]);
  });

  it('a last line drawn on both pages is read once ("L.P." not "L.P. L.P.")', async () => {
    const { expected, filing } = await readBoth('wk-000120919124000841');
    expect(filing.nonDerivativeHoldings[7]?.natureOfOwnership).toBe(
      'Sequoia Capital US/E Expansion Fund I, L.P.',
    );
    expect(filingDiffs(expected, filing)).toEqual([]);
  });

  it("a row's first line drawn on both pages, the rest of the row on the next, is one row with its footnote", async () => {
    const { expected, filing } = await readBoth('wk-000106299322004497');
    expect(filing.nonDerivativeTransactions).toHaveLength(expected.nonDerivativeTransactions.length);
    const cut = filing.nonDerivativeTransactions[10];
    expect(cut).toMatchObject({
      transactionCode: 'J',
      shares: 699088,
      natureOfOwnership: 'Sequoia Capital Fund Parallel, LLC',
    });
    expect(cut?.footnotes.natureOfOwnership).toEqual(['F6']);
    expect(filingDiffs(expected, filing)).toEqual([]);
  });
});
