import { describe, expect, it } from 'vitest';
import { FILING_LIMITS, restoreFiling } from '../../../src/core/restore';
import { CHEMOMAB_FILING, LIVEPERSON_FILING, fixtureJson } from './fixtures';

type Json = Record<string, unknown>;
const rows = (filing: Json, table: string) => filing[table] as Json[];

function expectInvalid(input: unknown, path: string | null, messagePart?: RegExp) {
  const result = restoreFiling(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('invalid-filing');
  expect(result.error.path).toBe(path);
  if (messagePart) expect(result.error.message).toMatch(messagePart);
}

describe('restoreFiling on real filings', () => {
  it.each([LIVEPERSON_FILING, CHEMOMAB_FILING])('%s comes back equal with nothing repaired', (name) => {
    const input = fixtureJson(name);
    const result = restoreFiling(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.filing).toEqual(input);
    expect(result.repaired).toEqual([]);
  });

  it('returns a copy that shares nothing with the input', () => {
    const input = fixtureJson(LIVEPERSON_FILING);
    const result = restoreFiling(input);
    if (!result.ok) throw new Error(result.error.message);
    result.filing.nonDerivativeTransactions[1].footnotes.pricePerShare.push('F9');
    result.filing.issuer.name = 'changed';
    expect(restoreFiling(input)).toEqual({ ok: true, filing: fixtureJson(LIVEPERSON_FILING), repaired: [] });
  });

  it('ignores fields it does not know, at every level', () => {
    const input = fixtureJson(LIVEPERSON_FILING);
    input.provenance = { 'issuer.name': [{ page: 1 }] };
    (input.issuer as Json).lei = 'X';
    rows(input, 'nonDerivativeTransactions')[0].confidence = 0.9;
    (rows(input, 'nonDerivativeTransactions')[1].footnotes as Json).someProducerField = ['F1'];
    const result = restoreFiling(input);
    expect(result).toEqual({ ok: true, filing: fixtureJson(LIVEPERSON_FILING), repaired: [] });
  });

  it('defaults missing optional fields and says which', () => {
    const input = fixtureJson(CHEMOMAB_FILING);
    delete input.remarks;
    delete input.warnings;
    delete (input.issuer as Json).cik;
    delete rows(input, 'reportingOwners')[0].isDirector;
    delete rows(input, 'nonDerivativeHoldings')[0].footnotes;
    delete rows(input, 'nonDerivativeHoldings')[0].deemedExecutionDate;
    const result = restoreFiling(input);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.filing.remarks).toBeNull();
    expect(result.filing.warnings).toEqual([]);
    expect(result.filing.issuer.cik).toBeNull();
    expect(result.filing.reportingOwners[0].isDirector).toBe(false);
    expect(result.filing.nonDerivativeHoldings[0].footnotes).toEqual({});
    expect(result.repaired).toEqual([
      'issuer.cik was missing: set to null',
      'reportingOwners[0].isDirector was missing: set to false',
      'nonDerivativeHoldings[0].deemedExecutionDate was missing: set to null',
      'nonDerivativeHoldings[0].footnotes was missing: set to no footnote references',
      'remarks was missing: set to null',
      'warnings was missing: set to an empty list',
    ]);
  });
});

describe('restoreFiling on versions', () => {
  it('names a newer format clearly', () => {
    const input = fixtureJson(LIVEPERSON_FILING);
    input.schemaVersion = 2;
    const result = restoreFiling(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('newer-version');
    expect(result.error.message).toMatch(/made by a newer version/);
  });

  it.each([
    ['missing', undefined],
    ['a string', '1'],
    ['zero', 0],
    ['a fraction', 1.5],
  ])('rejects a schemaVersion that is %s', (_label, version) => {
    const input = fixtureJson(LIVEPERSON_FILING);
    if (version === undefined) delete input.schemaVersion;
    else input.schemaVersion = version;
    expectInvalid(input, 'schemaVersion', /schemaVersion should be 1/);
  });

  it.each([null, [], 'a filing', 42, undefined])('rejects %j as a whole', (input) => {
    expectInvalid(input, null, /should be an object/);
  });
});

/** [what is tampered, change to make, path the error must name] */
const TAMPERED: [string, (f: Json) => void, string][] = [
  ['unknown form type', (f) => (f.documentType = '6'), 'documentType'],
  ['form type as a number', (f) => (f.documentType = 4), 'documentType'],
  ['missing form type', (f) => delete f.documentType, 'documentType'],
  [
    'two-letter code',
    (f) => (rows(f, 'nonDerivativeTransactions')[0].transactionCode = 'SS'),
    'nonDerivativeTransactions[0].transactionCode',
  ],
  [
    'lower-case code',
    (f) => (rows(f, 'nonDerivativeTransactions')[1].transactionCode = 's'),
    'nonDerivativeTransactions[1].transactionCode',
  ],
  [
    '(A)/(D) not A or D',
    (f) => (rows(f, 'nonDerivativeTransactions')[0].acquiredDisposedCode = 'X'),
    'nonDerivativeTransactions[0].acquiredDisposedCode',
  ],
  [
    'D/I lower case',
    (f) => (rows(f, 'derivativeTransactions')[2].directOrIndirectOwnership = 'd'),
    'derivativeTransactions[2].directOrIndirectOwnership',
  ],
  ['date as printed, not ISO', (f) => (f.periodOfReport = '08/18/2009'), 'periodOfReport'],
  [
    'date without zero padding',
    (f) => (rows(f, 'nonDerivativeTransactions')[2].transactionDate = '2009-8-19'),
    'nonDerivativeTransactions[2].transactionDate',
  ],
  [
    'impossible calendar day',
    (f) => (rows(f, 'derivativeTransactions')[0].expirationDate = '2010-02-30'),
    'derivativeTransactions[0].expirationDate',
  ],
  [
    'date with a time',
    (f) => ((f.signatures as Json[])[0].date = '2009-08-20T00:00:00Z'),
    'signatures[0].date',
  ],
  [
    'shares as text',
    (f) => (rows(f, 'nonDerivativeTransactions')[0].shares = '17000'),
    'nonDerivativeTransactions[0].shares',
  ],
  [
    'price not finite',
    (f) => (rows(f, 'nonDerivativeTransactions')[1].pricePerShare = Infinity),
    'nonDerivativeTransactions[1].pricePerShare',
  ],
  [
    'price NaN',
    (f) => (rows(f, 'derivativeTransactions')[0].conversionOrExercisePrice = NaN),
    'derivativeTransactions[0].conversionOrExercisePrice',
  ],
  [
    'owned-after as an object',
    (f) => (rows(f, 'derivativeTransactions')[1].sharesOwnedFollowingTransaction = {}),
    'derivativeTransactions[1].sharesOwnedFollowingTransaction',
  ],
  [
    'refs not an object',
    (f) => (rows(f, 'nonDerivativeTransactions')[1].footnotes = ['F1']),
    'nonDerivativeTransactions[1].footnotes',
  ],
  [
    'ref not a list',
    (f) => (rows(f, 'nonDerivativeTransactions')[1].footnotes = { pricePerShare: 'F2' }),
    'nonDerivativeTransactions[1].footnotes.pricePerShare',
  ],
  [
    'ref id without F',
    (f) => (rows(f, 'derivativeTransactions')[0].footnotes = { exerciseDate: ['5'] }),
    'derivativeTransactions[0].footnotes.exerciseDate[0]',
  ],
  [
    'ref id as number',
    (f) => (rows(f, 'derivativeTransactions')[0].footnotes = { exerciseDate: [5] }),
    'derivativeTransactions[0].footnotes.exerciseDate[0]',
  ],
  ['footnote id malformed', (f) => ((f.footnotes as Json[])[0].id = 'F1<script>'), 'footnotes[0].id'],
  ['footnote id missing', (f) => delete (f.footnotes as Json[])[4].id, 'footnotes[4].id'],
  ['issuer missing', (f) => delete f.issuer, 'issuer'],
  ['issuer name a number', (f) => ((f.issuer as Json).name = 1102993), 'issuer.name'],
  ['owners not a list', (f) => (f.reportingOwners = { name: 'BIXBY' }), 'reportingOwners'],
  [
    'owner flag as text',
    (f) => (rows(f, 'reportingOwners')[0].isOfficer = 'yes'),
    'reportingOwners[0].isOfficer',
  ],
  [
    'row not an object',
    (f) => ((f.nonDerivativeTransactions as unknown[])[3] = 'Common Stock'),
    'nonDerivativeTransactions[3]',
  ],
  ['nullable boolean as 0', (f) => (f.notSubjectToSection16 = 0), 'notSubjectToSection16'],
  ['warning without code', (f) => (f.warnings = [{ message: 'check' }]), 'warnings[0].code'],
];

describe('restoreFiling on tampered filings', () => {
  it.each(TAMPERED)('rejects %s, naming the field', (_label, tamper, path) => {
    const input = fixtureJson(LIVEPERSON_FILING);
    tamper(input);
    expectInvalid(input, path);
  });

  it('caps text length', () => {
    const input = fixtureJson(LIVEPERSON_FILING);
    rows(input, 'nonDerivativeTransactions')[0].securityTitle = 'x'.repeat(FILING_LIMITS.shortText + 1);
    expectInvalid(input, 'nonDerivativeTransactions[0].securityTitle', /more than the 1000/);
    const longRemarks = fixtureJson(LIVEPERSON_FILING);
    longRemarks.remarks = 'x'.repeat(FILING_LIMITS.longText);
    expect(restoreFiling(longRemarks).ok).toBe(true);
  });

  it('caps list lengths before reading the items', () => {
    const input = fixtureJson(LIVEPERSON_FILING);
    const row = rows(input, 'nonDerivativeTransactions')[0];
    input.nonDerivativeTransactions = new Array(FILING_LIMITS.rowsPerTable + 1).fill(row);
    expectInvalid(input, 'nonDerivativeTransactions', /5001 entries/);
    const refs = fixtureJson(LIVEPERSON_FILING);
    rows(refs, 'nonDerivativeTransactions')[0].footnotes = { shares: new Array(101).fill('F1') };
    expectInvalid(refs, 'nonDerivativeTransactions[0].footnotes.shares');
  });

  it('never copies a __proto__ key and never pollutes Object.prototype', () => {
    const text = JSON.stringify(fixtureJson(LIVEPERSON_FILING)).replace(
      '"footnotes":{}',
      '"footnotes":{"__proto__":{"polluted":["F1"]},"shares":["F1"]}',
    );
    const result = restoreFiling(JSON.parse(text));
    if (!result.ok) throw new Error(result.error.message);
    const refs = result.filing.nonDerivativeTransactions[0].footnotes;
    expect(Object.keys(refs)).toEqual(['shares']);
    expect(Object.getPrototypeOf(refs)).toBe(Object.prototype);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('does not read values inherited through the prototype', () => {
    const input = fixtureJson(LIVEPERSON_FILING);
    const inherited = Object.create({ documentType: '4' }) as Json;
    Object.assign(inherited, input);
    delete inherited.documentType;
    expectInvalid(inherited, 'documentType');
  });

  it('returns an error, never throws, for objects that throw when read', () => {
    const input = fixtureJson(LIVEPERSON_FILING);
    Object.defineProperty(input, 'remarks', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectInvalid(input, null, /could not be read \(boom\)/);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expectInvalid(proxy, null, /could not be read/);
  });
});

describe('restoreFiling never throws on mutated filings', () => {
  /** Deterministic so a failure can be replayed. */
  function makeRandom(seed: number) {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }
  const JUNK: unknown[] = [
    null,
    undefined,
    0,
    -1,
    1e308,
    '',
    'F1',
    'A',
    '2009-13-01',
    [],
    {},
    [null],
    true,
    NaN,
  ];

  function mutateOnce(node: unknown, random: () => number): void {
    if (typeof node !== 'object' || node === null) return;
    const keys = Object.keys(node);
    if (keys.length === 0) return;
    const key = keys[Math.floor(random() * keys.length)];
    const target = node as Json;
    if (random() < 0.6 && typeof target[key] === 'object' && target[key] !== null) {
      mutateOnce(target[key], random);
    } else {
      target[key] = JUNK[Math.floor(random() * JUNK.length)];
    }
  }

  it('gives a result for 2,000 random mutations, and a restored filing restores to itself', () => {
    const random = makeRandom(20090820);
    let accepted = 0;
    for (let i = 0; i < 2000; i++) {
      const input = fixtureJson(i % 2 ? LIVEPERSON_FILING : CHEMOMAB_FILING);
      for (let m = 0; m < 1 + Math.floor(random() * 3); m++) mutateOnce(input, random);
      const result = restoreFiling(input);
      if (!result.ok) {
        expect(result.error.message.length).toBeGreaterThan(10);
        continue;
      }
      accepted++;
      expect(restoreFiling(JSON.parse(JSON.stringify(result.filing)))).toEqual({
        ok: true,
        filing: result.filing,
        repaired: [],
      });
    }
    // Both outcomes must occur, or the mutations are not exercising anything.
    expect(accepted).toBeGreaterThan(50);
    expect(accepted).toBeLessThan(1950);
  });
});
