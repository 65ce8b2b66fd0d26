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

  it("a cut row's lines spread apart at the foot of the page stay one row, finished on the next page", async () => {
    const { expected, filing } = await readBoth('wk-000089924319027236');
    expect(filing.derivativeHoldings).toEqual([]);
    expect(filing.derivativeTransactions[4]).toMatchObject({
      securityTitle: 'Class B Common Stock',
      natureOfOwnership: 'By Sequoia Capital U.S. Growth VII Principals Fund, L.P.',
    });
    expect(filingDiffs(expected, filing)).toEqual([]);
  });

  it('a last line drawn again right above the next row is read once, in its own row', async () => {
    const { expected, filing } = await readBoth('wk-000117911020011380');
    expect(filing.derivativeTransactions[3]?.securityTitle).toBe('Stock Option (right to buy)');
    expect(filingDiffs(expected, filing)).toEqual([]);
  });

  it("a row's last line pushed to the foot of the page, far below the rest of it, stays in the row", async () => {
    const { expected, filing } = await readBoth('wk-000120919121004591');
    expect(filing.derivativeHoldings[2]?.natureOfOwnership).toBe(
      'By The Founders Fund VI Entrepreneurs Fund, LP',
    );
    expect(filingDiffs(expected, filing)).toEqual([]);
  });

  it('a table header the page break cuts: the leaf labels opening the next page still make the columns', async () => {
    for (const name of ['wk-000089924320025994', 'wk-000106299321005267']) {
      const { expected, filing } = await readBoth(name);
      expect(filing.derivativeTransactions[0]).toMatchObject({
        acquiredDisposedCode: 'D',
        underlyingSecurityShares: expected.derivativeTransactions[0]?.underlyingSecurityShares,
      });
      expect(filingDiffs(expected, filing)).toEqual([]);
    }
  });
});
