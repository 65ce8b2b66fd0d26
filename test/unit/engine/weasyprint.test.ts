/**
 * EDGAR's own pages printed by WeasyPrint 57 (another layout engine than
 * Chromium's): narrow columns wrap the labels, the last column of Table II
 * runs past the page's right edge and is cut off there ("11. Natur"), the
 * "*" of "Person*" is raised onto a line of its own, and runs are cut inside
 * words ("L.P" + "."). Compared with the goldens of the same pages printed by
 * Chromium (test/fixtures/engine/golden).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import type { Filing } from '../../../src/core/filing';
import { parseBytes } from '../../../src/core/parse-file';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';
import { filingDiffs } from '../../corpus/roundtrip/field-diff';
import { fixturePath } from './read-pdf';

const read = async (name: string) =>
  (
    await parseBytes(
      nodePdfjs,
      new Uint8Array(readFileSync(fixturePath(`weasyprint/${name}`))),
      name,
      nodeExtractOptions,
    )
  ).filing;
/** A form view printed by WeasyPrint, and the corpus XML it was printed from (the truth). */
async function readFormView(name: string) {
  const expected = readOwnershipXml(readFileSync(fixturePath(`weasyprint/${name}.xml`), 'utf8'));
  return { expected, filing: await read(`${name}.pdf`) };
}

const golden = (name: string) =>
  JSON.parse(readFileSync(fixturePath(`golden/${name}.json`), 'utf8')) as Filing;

describe('EDGAR pages printed by WeasyPrint', () => {
  it('Evans Form 4 reads exactly like Chromium’s print: wrapped "Person*" label, Table II header cut at the page edge', async () => {
    expect(await read('edgar-form4.Evans.pdf')).toEqual(golden('edgar-form4.Evans-letter'));
  });

  it('MSFT Form 4: both tables and every owner field but the wrapped street read like Chromium’s print', async () => {
    const filing = await read('edgar-form4.MSFT-List.pdf');
    const expected = golden('edgar-form4.MSFT-List-letter');
    expect(filing.nonDerivativeTransactions).toEqual(expected.nonDerivativeTransactions);
    expect(filing.derivativeTransactions).toEqual(expected.derivativeTransactions);
    expect(filing.footnotes).toEqual(expected.footnotes);
    // Known limit: WeasyPrint wraps "C/O MICROSOFT CORPORATION" in the address box, which reads as two street lines.
    expect(`${filing.reportingOwners[0]?.street1} ${filing.reportingOwners[0]?.street2}`).toBe(
      'C/O MICROSOFT CORPORATION ONE MICROSOFT WAY',
    );
  });

  it('BAM Partners Form 3: "L.P." set as "L.P" + "." is one word in the owners’ names', async () => {
    const filing = await read('edgar-form3.BAMPartners.pdf');
    const expected = golden('edgar-form3.BAMPartners-letter');
    expect(filing.reportingOwners.map((o) => o.name)).toEqual(expected.reportingOwners.map((o) => o.name));
    expect(filing.nonDerivativeHoldings).toEqual(expected.nonDerivativeHoldings);
  });

  it('our form view of a 30-row Form 4: labels broken inside words ("Cod" / "e", "Transact" / "ion") are read as the labels they are', async () => {
    const { expected, filing } = await readFormView('form-view-000089924321044689');
    expect(filing.nonDerivativeTransactions).toHaveLength(expected.nonDerivativeTransactions.length);
    expect(filingDiffs(expected, filing)).toEqual([]);
  });

  it('our form view of a Form 4 whose Table II runs off the page: "11. N" cut to one letter still ends the header, not the table', async () => {
    const { expected, filing } = await readFormView('form-view-000089924319016586');
    expect(filing.derivativeTransactions).toHaveLength(1);
    expect(filingDiffs(expected, filing)).toEqual([]);
  });

  it('our form view of a 30-row Form 4 over two pages: the header repeated on page 2, its labels broken, is not body', async () => {
    const { expected, filing } = await readFormView('form-view-000089924321044060');
    expect(filing.nonDerivativeTransactions).toHaveLength(30);
    expect(filingDiffs(expected, filing)).toEqual([]);
  });
});
