import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../../src/core/export/to-json';
import { toOwnershipXml } from '../../../src/core/export/to-ownership-xml';
import { emptyDerivativeRow, emptyFiling, emptyReportingOwner, type Filing } from '../../../src/core/filing';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';
import { FIXTURE_DIR, fixtureText } from './fixtures';

const FIXTURES = readdirSync(FIXTURE_DIR).filter((name) => /\.(xml|txt|nc)$/.test(name));
const withoutWarnings = (filing: Filing): Filing => ({ ...filing, warnings: [] });

describe('toOwnershipXml', () => {
  it.each(FIXTURES)('%s: XML → Filing → XML → Filing gives the same Filing', (name) => {
    const filing = readOwnershipXml(fixtureText(name));
    const xml = toOwnershipXml(filing);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<ownershipDocument>\n {2}<schemaVersion>X0508</,
    );
    const again = readOwnershipXml(xml);
    expect(withoutWarnings(again)).toEqual(withoutWarnings(filing));
    // Dollar-value cells are written back as value elements, so the warnings survive too.
    expect(again.warnings).toEqual(filing.warnings);
  });

  it('escapes markup, quotes and ampersands in every kind of value', () => {
    const filing = readOwnershipXml(fixtureText('x0407-form4.xml'));
    filing.remarks = 'A <b>bold</b> & "quoted" \'claim\' ]]> <!DOCTYPE x>';
    filing.issuer.name = 'Smith & Wesson <Holding> Corp';
    filing.reportingOwners[0].officerTitle = 'VP, R&D';
    filing.footnotes[0] = { id: 'F1', text: 'Price range $10.00 < p < $11.00 & more' };
    const xml = toOwnershipXml(filing);
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('<!DOCTYPE');
    expect(readOwnershipXml(xml)).toEqual(filing);
  });

  it('writes numbers without exponents and reads them back exactly', () => {
    const filing = readOwnershipXml(fixtureText('x0407-form4.xml'));
    const row = filing.nonDerivativeTransactions[0];
    row.pricePerShare = 0.0000001;
    row.shares = 1.5e21;
    row.sharesOwnedFollowingTransaction = 123456789.1234;
    const xml = toOwnershipXml(filing);
    expect(xml).toContain('<value>0.0000001</value>');
    expect(xml).toContain('<value>1500000000000000000000</value>');
    expect(readOwnershipXml(xml)).toEqual(filing);
  });

  it('replaces characters XML cannot carry, so the output always parses', () => {
    const filing = readOwnershipXml(fixtureText('x0407-form4.xml'));
    filing.remarks = 'bell\u0007 and lone \uD800 surrogate';
    expect(readOwnershipXml(toOwnershipXml(filing)).remarks).toBe('bell\uFFFD and lone \uFFFD surrogate');
  });

  it('writes a Filing built elsewhere (all nulls, holdings only) that reads back the same', () => {
    const filing = emptyFiling('3');
    filing.noSecuritiesOwned = false;
    filing.issuer = { name: 'Example Corp', tradingSymbol: null, cik: null };
    filing.reportingOwners = [{ ...emptyReportingOwner('Doe Jane'), isOther: true, otherText: 'Trustee' }];
    filing.derivativeHoldings = [{ ...emptyDerivativeRow('Warrants'), footnotes: { exerciseDate: ['F1'] } }];
    filing.footnotes = [{ id: 'F1', text: 'Exercisable on the closing.' }];
    filing.signatures = [{ name: '/s/ Jane Doe', date: null }];
    expect(readOwnershipXml(toOwnershipXml(filing))).toEqual(filing);
  });
});

describe('toJson', () => {
  const filing = readOwnershipXml(fixtureText('x0306-form4-total-value.xml'));

  it('is the Filing itself, pretty-printed, ending with a newline', () => {
    const json = toJson(filing);
    expect(JSON.parse(json)).toEqual(filing);
    expect(json).toMatch(/^\{\n {2}"schemaVersion": 1,\n {2}"documentType": "4",/);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('writes the contract order whatever order the object was built in, and keeps added fields last', () => {
    const shuffled = Object.fromEntries(Object.entries(filing).reverse()) as unknown as Filing;
    const extended = { ...shuffled, provenance: { note: 'added by a producer' } };
    const keys = Object.keys(JSON.parse(toJson(extended)) as object);
    expect(keys.slice(0, 3)).toEqual(['schemaVersion', 'documentType', 'periodOfReport']);
    expect(keys.at(-1)).toBe('provenance');
    expect(toJson(shuffled)).toBe(toJson(filing));
  });
});
