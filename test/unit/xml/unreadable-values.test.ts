/**
 * A value the contract cannot hold (an impossible date, a code the SEC does
 * not define, a number too large to be finite, a footnote id that is not
 * F1, F2…) becomes null with a warning quoting what the XML says, and the
 * Filing still passes restoreFiling untouched. Each test changes a real
 * fixture by string replacement (one field, or one element repeated). Tests
 * marked "fuzz:" reproduce what the fuzz test found; the A/D, D/I, yes/no and
 * K/V tests guard behaviour that was already right.
 */
import { describe, expect, it } from 'vitest';
import { ParseFailure } from '../../../src/core/errors';
import type { Filing, Warning } from '../../../src/core/filing';
import { FILING_LIMITS, restoreFiling } from '../../../src/core/restore';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';
import { fixtureText } from './fixtures';

/** x0407-form4.xml: one Table I purchase (code P, A, D), a footnote F1, one signature. */
const TURTLE_BEACH = fixtureText('x0407-form4.xml');

function readChanged(source: string, from: string | RegExp, to: string): Filing {
  const changed = source.replace(from, to);
  expect(changed).not.toBe(source);
  return readOwnershipXml(changed);
}

function expectKeepsContract(filing: Filing): void {
  const restored = restoreFiling(JSON.parse(JSON.stringify(filing)));
  expect(restored).toMatchObject({ ok: true, repaired: [] });
}

function warningAt(filing: Filing, path: string): Warning | undefined {
  return filing.warnings.find((warning) => warning.path === path);
}

describe('dates must be real calendar days', () => {
  it('leaves a transaction date with month 15 empty and quotes it (fuzz: "2021-15-28")', () => {
    const filing = readChanged(TURTLE_BEACH, '<value>2023-05-11</value>', '<value>2023-15-11</value>');
    expect(filing.nonDerivativeTransactions[0].transactionDate).toBeNull();
    const warning = warningAt(filing, 'nonDerivativeTransactions[0].transactionDate');
    expect(warning?.code).toBe('xml-unreadable-date');
    expect(warning?.message).toContain('"2023-15-11"');
    expect(warning?.message).toMatch(/could not be read as a date/);
    expectKeepsContract(filing);
  });

  it('leaves a signature date with day 53 empty (fuzz: "2002-11-53")', () => {
    const filing = readChanged(TURTLE_BEACH, '2023-05-15</signatureDate>', '2023-05-53</signatureDate>');
    expect(filing.signatures[0].date).toBeNull();
    expect(warningAt(filing, 'signatures[0].date')?.message).toContain('"2023-05-53"');
    expectKeepsContract(filing);
  });

  it('knows leap years: 29 February 2023 is no day, 29 February 2024 is', () => {
    const source = fixtureText('x0508-form4-10b5-1.xml');
    const from = '<periodOfReport>2024-06-03</periodOfReport>';
    const leap = readChanged(source, from, '<periodOfReport>2024-02-29</periodOfReport>');
    expect(leap.periodOfReport).toBe('2024-02-29');
    expect(leap.warnings).toEqual([]);
    const notLeap = readChanged(source, from, '<periodOfReport>2023-02-29</periodOfReport>');
    expect(notLeap.periodOfReport).toBeNull();
    expect(warningAt(notLeap, 'periodOfReport')?.code).toBe('xml-unreadable-date');
    expectKeepsContract(notLeap);
  });

  it('checks a date written month/day/year too, rather than turning 13/45/2023 into "2023-13-45"', () => {
    const filing = readChanged(TURTLE_BEACH, '<value>2023-05-11</value>', '<value>13/45/2023</value>');
    expect(filing.nonDerivativeTransactions[0].transactionDate).toBeNull();
    expect(warningAt(filing, 'nonDerivativeTransactions[0].transactionDate')?.message).toContain(
      '"13/45/2023"',
    );
    expectKeepsContract(filing);
  });

  it('checks the date part of a date with a time-zone suffix, and Table II expiration dates', () => {
    const filing = readChanged(
      fixtureText('x0306-form4-total-value.xml'),
      '<value>2027-11-15</value>',
      '<value>2027-11-31-05:00</value>',
    );
    expect(filing.derivativeTransactions[0].expirationDate).toBeNull();
    expect(warningAt(filing, 'derivativeTransactions[0].expirationDate')?.code).toBe('xml-unreadable-date');
    expectKeepsContract(filing);
  });
});

describe('transaction codes must be one of the SEC codes', () => {
  it.each(['3', '/', 'Q', 'PS'])(
    'leaves code "%s" empty with a warning quoting it (fuzz: "3", "/")',
    (raw) => {
      const filing = readChanged(
        TURTLE_BEACH,
        '<transactionCode>P</transactionCode>',
        `<transactionCode>${raw}</transactionCode>`,
      );
      expect(filing.nonDerivativeTransactions[0].transactionCode).toBeNull();
      const warning = warningAt(filing, 'nonDerivativeTransactions[0].transactionCode');
      expect(warning?.code).toBe('xml-unknown-transaction-code');
      expect(warning?.message).toContain(`"${raw}"`);
      expectKeepsContract(filing);
    },
  );

  it('keeps K and V, which the SEC appends as modifiers', () => {
    for (const code of ['K', 'V']) {
      const filing = readChanged(
        TURTLE_BEACH,
        '<transactionCode>P</transactionCode>',
        `<transactionCode>${code}</transactionCode>`,
      );
      expect(filing.nonDerivativeTransactions[0].transactionCode).toBe(code);
      expect(filing.warnings).toEqual([]);
    }
  });
});

describe('choice lists, yes/no boxes and numbers', () => {
  it.each([
    ['(A) or (D)', 'A', 'B', 'acquiredDisposedCode'],
    ['ownership form', 'D', 'X', 'directOrIndirectOwnership'],
  ] as const)('leaves an unknown %s empty with a warning quoting it', (_what, from, to, field) => {
    const filing = readChanged(TURTLE_BEACH, `<value>${from}</value>`, `<value>${to}</value>`);
    expect(filing.nonDerivativeTransactions[0][field]).toBeNull();
    const warning = warningAt(filing, `nonDerivativeTransactions[0].${field}`);
    expect(warning?.code).toBe('xml-unknown-choice');
    expect(warning?.message).toContain(`"${to}"`);
    expectKeepsContract(filing);
  });

  it('leaves a yes/no box that says "maybe" empty, with a warning', () => {
    const filing = readChanged(
      TURTLE_BEACH,
      '<aff10b5One>false</aff10b5One>',
      '<aff10b5One>maybe</aff10b5One>',
    );
    expect(filing.aff10b5One).toBeNull();
    expect(warningAt(filing, 'aff10b5One')?.code).toBe('xml-unreadable-boolean');
    expectKeepsContract(filing);
  });

  it('leaves a number too large to be finite (1e999) empty rather than Infinity', () => {
    const filing = readChanged(TURTLE_BEACH, '<value>5000</value>', '<value>1e999</value>');
    expect(filing.nonDerivativeTransactions[0].shares).toBeNull();
    const warning = warningAt(filing, 'nonDerivativeTransactions[0].shares');
    expect(warning?.code).toBe('xml-unreadable-number');
    expect(warning?.message).toContain('"1e999"');
    expectKeepsContract(filing);
  });

  it('leaves the V column empty when the timeliness is neither E (early) nor L (late)', () => {
    const source = fixtureText('x0306-form4-voluntary.xml');
    const filing = readChanged(source, '<value>E</value>', '<value>Q</value>');
    expect(filing.nonDerivativeTransactions.map((row) => row.voluntarilyReported)).toEqual([null, true]);
    const warning = warningAt(filing, 'nonDerivativeTransactions[0].voluntarilyReported');
    expect(warning?.code).toBe('xml-unknown-timeliness');
    expect(warning?.message).toContain('"Q"');
    const late = readChanged(source, '<value>E</value>', '<value>L</value>');
    expect(late.nonDerivativeTransactions[0].voluntarilyReported).toBe(false);
    expect(late.warnings).toEqual([]);
  });
});

describe('footnote ids and sizes the contract bounds', () => {
  it('leaves out a footnote whose id is not F1, F2…, keeping its text in the warning', () => {
    const filing = readChanged(TURTLE_BEACH, /id="F1"/g, 'id="F0"');
    expect(filing.footnotes).toEqual([]);
    expect(filing.nonDerivativeTransactions[0].footnotes).toEqual({});
    const codes = filing.warnings.map((warning) => [warning.code, warning.path]);
    expect(codes).toEqual([
      ['xml-bad-footnote-id', 'nonDerivativeTransactions[0].pricePerShare'],
      ['xml-bad-footnote-id', 'footnotes'],
    ]);
    expect(filing.warnings[1].message).toContain('"F0"');
    expect(filing.warnings[1].message).toContain('weighted average price');
    expectKeepsContract(filing);
  });

  it('cuts a title longer than the contract allows, saying so', () => {
    const long = 'Common Stock '.repeat(100).trim();
    const filing = readChanged(TURTLE_BEACH, '<value>Common Stock</value>', `<value>${long}</value>`);
    const title = filing.nonDerivativeTransactions[0].securityTitle;
    expect(title.length).toBe(FILING_LIMITS.shortText);
    expect(long.startsWith(title)).toBe(true);
    expect(warningAt(filing, 'nonDerivativeTransactions[0].securityTitle')?.code).toBe('xml-text-too-long');
    expectKeepsContract(filing);
  });

  it('quotes at most the start of a huge unreadable value in its warning', () => {
    const huge = 'x'.repeat(100_000);
    const filing = readChanged(TURTLE_BEACH, '<value>5000</value>', `<value>${huge}</value>`);
    const warning = warningAt(filing, 'nonDerivativeTransactions[0].shares');
    expect(warning?.message.length).toBeLessThan(1_000);
    expectKeepsContract(filing);
  });

  it('refuses more reporting owners than the contract holds as too large', () => {
    const owner = /<reportingOwner>[\s\S]*?<\/reportingOwner>/.exec(TURTLE_BEACH)?.[0] ?? '';
    const crowd = owner.repeat(FILING_LIMITS.reportingOwners + 1);
    const text = TURTLE_BEACH.replace(owner, crowd);
    expect(() => readOwnershipXml(text)).toThrow(ParseFailure);
    expect(() => readOwnershipXml(text)).toThrow(/101 reporting owners, more than the 100/);
  });

  it('lists at most the contract’s number of warnings, saying how many more there were', () => {
    const row =
      /<nonDerivativeTransaction>[\s\S]*?<\/nonDerivativeTransaction>/.exec(TURTLE_BEACH)?.[0] ?? '';
    const broken = row
      .replace('<value>2023-05-11</value>', '<value>2023-05-32</value>')
      .replace('<transactionCode>P</transactionCode>', '<transactionCode>3</transactionCode>')
      .replace('<value>A</value>', '<value>B</value>');
    const rows = Math.ceil((FILING_LIMITS.warnings + 500) / 3);
    const filing = readChanged(TURTLE_BEACH, row, broken.repeat(rows));
    expect(filing.nonDerivativeTransactions).toHaveLength(rows);
    expect(filing.warnings).toHaveLength(FILING_LIMITS.warnings);
    expect(filing.warnings.at(-1)).toMatchObject({ code: 'xml-too-many-warnings', path: null });
    expect(filing.warnings.at(-1)?.message).toMatch(/^50[0-9] more warnings/);
    expectKeepsContract(filing);
  });
});
