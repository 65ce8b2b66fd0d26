import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseFailure } from '../../../src/core/errors';
import type { Filing } from '../../../src/core/filing';
import { restoreFiling } from '../../../src/core/restore';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';
import { metadataMismatches } from './edgar-metadata';
import { FIXTURE_DIR, fixtureMetadata, fixtureText } from './fixtures';

const FIXTURES = readdirSync(FIXTURE_DIR).filter((name) => /\.(xml|txt|nc)$/.test(name));

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    if (err instanceof ParseFailure) return err.code;
    throw err;
  }
  return 'no error';
}

const read = (name: string): Filing => readOwnershipXml(fixtureText(name));

describe('readOwnershipXml on the fixtures', () => {
  it('has fixtures of several schema versions, SGML and the SEC sample', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(FIXTURES)('%s reads, keeps the contract and agrees with its EDGAR header', (name) => {
    const filing = read(name);
    expect(filing.schemaVersion).toBe(1);
    expect(restoreFiling(JSON.parse(JSON.stringify(filing)))).toEqual({ ok: true, filing, repaired: [] });
    expect(filing.reportingOwners.length).toBeGreaterThan(0);
    const metadata = fixtureMetadata(name);
    if (metadata !== null) expect(metadataMismatches(filing, metadata)).toEqual([]);
  });
});

describe('mapping of ownership XML to the Filing contract', () => {
  it('keeps all seven reporting owners of a Form 3, in document order, with addresses and relationships', () => {
    const filing = read('x0206-form3-seven-owners.xml');
    expect(filing.documentType).toBe('3');
    expect(filing.reportingOwners.map((o) => o.cik)).toEqual([
      '0001881891',
      '0001552273',
      '0001878230',
      '0001878232',
      '0001669609',
      '0001875614',
      '0001211060',
    ]);
    expect(filing.reportingOwners[6]).toMatchObject({
      name: 'THIEL PETER',
      street1: 'C/O MITHRIL CAPITAL MANAGEMENT LLC',
      street2: '600 CONGRESS AVENUE SUITE 3100',
      city: 'AUSTIN',
      state: 'TX',
      zip: '78701',
      isDirector: false,
      isTenPercentOwner: true,
    });
    // Form 3: no Section 16 box, but the "no securities owned" flag exists.
    expect(filing.notSubjectToSection16).toBeNull();
    expect(filing.noSecuritiesOwned).toBe(false);
    expect(filing.nonDerivativeTransactions).toEqual([]);
    expect(filing.nonDerivativeHoldings[1]).toMatchObject({
      sharesOwnedFollowingTransaction: 8241400,
      directOrIndirectOwnership: 'I',
      voluntarilyReported: null,
      footnotes: { sharesOwnedFollowingTransaction: ['F1', 'F3'], natureOfOwnership: ['F4'] },
    });
    expect(filing.signatures).toHaveLength(7);
  });

  it('reads the 10b5-1 box, absent as null, and 1/0/true/false booleans', () => {
    expect(read('x0508-form4-10b5-1.xml').aff10b5One).toBe(true);
    expect(read('x0407-form4.xml').aff10b5One).toBe(false); // written "false"
    expect(read('x0305-form4.xml').aff10b5One).toBeNull();
    const text = fixtureText('x0508-form4-10b5-1.xml').replace(
      /<isDirector>\s*1\s*<\/isDirector>/,
      '<isDirector>true</isDirector>',
    );
    expect(readOwnershipXml(text).reportingOwners[0].isDirector).toBe(true);
  });

  it('records footnote refs under contract field names, refs on <transactionCoding> under transactionCode', () => {
    const filing = read('x0508-form4-10b5-1.xml');
    expect(filing.nonDerivativeTransactions[0]).toMatchObject({
      transactionCode: 'S',
      shares: 9176,
      pricePerShare: 28.8164,
      footnotes: { shares: ['F1'], pricePerShare: ['F2'], sharesOwnedFollowingTransaction: ['F3'] },
    });
    const sample = read('sec-sample-form5.xml');
    expect(sample.nonDerivativeTransactions[0].footnotes.transactionCode).toEqual(['F4', 'F5']);
    // A late Form 3 holding on a Form 5 carries <transactionCoding> with only a form type and a footnote.
    expect(sample.derivativeHoldings[0].transactionCode).toBeNull();
    expect(sample.derivativeHoldings[0].footnotes.transactionCode).toEqual(['F2']);
  });

  it('marks transactions with timeliness "E" as voluntarily reported (the V column); holdings have no V', () => {
    const filing = read('x0306-form4-voluntary.xml');
    expect(filing.nonDerivativeTransactions.map((row) => row.voluntarilyReported)).toEqual([true, true]);
    expect(filing.nonDerivativeHoldings.map((row) => row.voluntarilyReported)).toEqual([null, null]);
    expect(read('x0407-form4.xml').nonDerivativeTransactions[0].voluntarilyReported).toBe(false);
  });

  it('puts dollar values in the printed column and says so in a warning', () => {
    const filing = read('x0306-form4-total-value.xml');
    expect(filing.derivativeTransactions[0].shares).toBe(60000000);
    expect(filing.warnings.map((w) => [w.code, w.path])).toEqual([
      ['xml-value-not-shares', 'derivativeTransactions[0].shares'],
      ['xml-value-not-shares', 'derivativeTransactions[0].sharesOwnedFollowingTransaction'],
    ]);
  });

  it('keeps YYYY-MM-DD from dates with a time-zone suffix and collapses whitespace in text', () => {
    const text = fixtureText('x0508-form4-10b5-1.xml')
      .replace(
        '<periodOfReport>2024-06-03</periodOfReport>',
        '<periodOfReport>2024-06-03-05:00</periodOfReport>',
      )
      .replace(
        '<rptOwnerCity>SAN FRANCISCO</rptOwnerCity>',
        '<rptOwnerCity>\n  SAN\t\tFRANCISCO  \n</rptOwnerCity>',
      );
    const filing = readOwnershipXml(text);
    expect(filing.periodOfReport).toBe('2024-06-03');
    expect(filing.reportingOwners[0].city).toBe('SAN FRANCISCO');
    expect(filing.warnings).toEqual([]);
  });

  it('turns unreadable values into null with a warning naming the cell', () => {
    const text = fixtureText('x0407-form4.xml').replace(/<value>11\.03<\/value>/, '<value>about 11</value>');
    const filing = readOwnershipXml(text);
    expect(filing.nonDerivativeTransactions[0].pricePerShare).toBeNull();
    expect(filing.warnings).toContainEqual(
      expect.objectContaining({
        code: 'xml-unreadable-number',
        path: 'nonDerivativeTransactions[0].pricePerShare',
      }),
    );
  });

  it('warns about footnote refs on an element no column reads, rather than dropping them silently', () => {
    const text = fixtureText('x0407-form4.xml').replace(
      '<ownershipNature>',
      '<ownershipNature>\n<footnoteId id="F1"/>',
    );
    const filing = readOwnershipXml(text);
    expect(filing.warnings).toEqual([
      expect.objectContaining({ code: 'xml-unplaced-footnote', path: 'nonDerivativeTransactions[0]' }),
    ]);
  });

  it('warns about a footnote reference with no footnote text', () => {
    const text = fixtureText('x0407-form4.xml').replace(/<footnote id="F1">[\s\S]*?<\/footnote>/, '');
    const filing = readOwnershipXml(text);
    expect(filing.footnotes).toEqual([]);
    expect(filing.warnings).toContainEqual(
      expect.objectContaining({
        code: 'unknown-footnote',
        path: 'nonDerivativeTransactions[0].pricePerShare',
      }),
    );
  });
});

describe('SGML full submissions', () => {
  it('reads the <XML> block of the Form 4 document exactly as the bare XML reads', () => {
    const sgml = fixtureText('sgml-form4.nc');
    const xml = sgml.slice(sgml.indexOf('<XML>') + 5, sgml.indexOf('</XML>'));
    const filing = readOwnershipXml(sgml);
    expect(filing).toEqual(readOwnershipXml(xml));
    expect(filing.issuer).toEqual({
      name: 'ARROW ELECTRONICS, INC.',
      tradingSymbol: 'ARW',
      cik: '0000007536',
    });
    expect(filing.reportingOwners[0].officerTitle).toBe('SVP, CLO & Secretary');
  });

  it('skips exhibits and finds the form among several documents', () => {
    const filing = read('sgml-form4-with-exhibit.txt');
    expect(filing.issuer.tradingSymbol).toBe('AIR');
    expect(filing.nonDerivativeTransactions).toHaveLength(1);
  });

  it('refuses a submission with no Form 3/4/5 document, listing what it has', () => {
    const text = fixtureText('sgml-form4-with-exhibit.txt').replace(/<TYPE>4\b/g, '<TYPE>8-K');
    expect(() => readOwnershipXml(text)).toThrow(/its documents: 8-K, EX-24/);
    expect(codeOf(() => readOwnershipXml(text))).toBe('not-ownership-form');
  });
});

describe('refusals', () => {
  const form4 = fixtureText('x0407-form4.xml');

  it('refuses an ownership document that carries a DOCTYPE', () => {
    const withDoctype = form4.replace(
      '<ownershipDocument>',
      '<!DOCTYPE ownershipDocument [<!ENTITY x "y">]><ownershipDocument>',
    );
    expect(codeOf(() => readOwnershipXml(withDoctype))).toBe('forbidden-xml');
  });

  it('refuses well-formed XML that is not an ownership document', () => {
    expect(codeOf(() => readOwnershipXml('<rss version="2.0"><channel/></rss>'))).toBe('not-ownership-form');
    const tenK = form4.replace(/<documentType>4<\/documentType>/, '<documentType>10-K</documentType>');
    expect(codeOf(() => readOwnershipXml(tenK))).toBe('not-ownership-form');
  });

  it('refuses a truncated file as malformed', () => {
    expect(codeOf(() => readOwnershipXml(form4.slice(0, form4.length / 2)))).toBe('malformed-xml');
  });

  it('reads "4/A" and the amendment date', () => {
    const amended = form4
      .replace('<documentType>4</documentType>', '<documentType>4/A</documentType>')
      .replace(
        '</periodOfReport>',
        '</periodOfReport><dateOfOriginalSubmission>2023-05-12</dateOfOriginalSubmission>',
      );
    const filing = readOwnershipXml(amended);
    expect(filing.documentType).toBe('4/A');
    expect(filing.dateOfOriginalSubmission).toBe('2023-05-12');
  });
});
