import { describe, expect, it } from 'vitest';
import type { Filing } from '../../../src/core/filing';
import type { LibraryRecord } from '../../../src/core/library/record';
import {
  buildSummaryIndex,
  latestFilingFirst,
  mergeInListOrder,
  normalizeForSearch,
  queryLibrary,
  withChanges,
  type LibraryQuery,
} from '../../../src/core/library/search';
import { summarize } from '../../../src/core/library/summary';
import { CHEMOMAB_FILING, LIVEPERSON_FILING, fixtureJson } from './fixtures';

function record(
  id: string,
  filingName: string,
  addedAt: string,
  edit?: (filing: Filing) => void,
): LibraryRecord {
  const filing = fixtureJson(filingName) as unknown as Filing;
  edit?.(filing);
  return {
    recordVersion: 1,
    id: id.repeat(64),
    fileName: `${id}.xml`,
    fileType: 'xml',
    byteLength: 1000,
    addedAt,
    filing,
  };
}

/** The two real filings, plus edited copies to give the filters something to tell apart. */
const RECORDS = [
  record('a', LIVEPERSON_FILING, '2024-01-03T00:00:00.000Z'),
  record('b', CHEMOMAB_FILING, '2024-01-01T00:00:00.000Z'),
  record('c', LIVEPERSON_FILING, '2024-01-02T00:00:00.000Z', (f) => {
    f.documentType = '4/A';
    f.issuer = { name: 'Société Générale', tradingSymbol: 'GLE', cik: null };
    f.reportingOwners[0].name = 'Émile Zola';
    f.periodOfReport = '2023-06-01';
    f.nonDerivativeTransactions = f.nonDerivativeTransactions.slice(0, 1);
    f.nonDerivativeTransactions[0].transactionDate = '2023-06-01';
    f.derivativeTransactions = [];
  }),
  record('d', CHEMOMAB_FILING, '2024-01-04T00:00:00.000Z', (f) => {
    f.periodOfReport = null;
    f.reportingOwners = [];
  }),
];
const INDEX = buildSummaryIndex(RECORDS.map(summarize));
const ids = (query: LibraryQuery) => queryLibrary(INDEX, query).map((s) => s.id[0]);

describe('summaries', () => {
  it('sum up a real Form 4', () => {
    expect(summarize(RECORDS[0])).toMatchObject({
      documentType: '4',
      issuerName: 'LIVEPERSON INC',
      ticker: 'LPSN',
      ownerNames: ['BIXBY TIMOTHY E'],
      filingDate: '2009-08-18',
      dates: ['2009-08-18', '2009-08-19', '2009-08-20'],
      transactionCodes: ['M', 'S'],
      securityTitles: ['Common Stock', 'Stock Option (right to buy)'],
      rowCount: 9,
      warningCount: 0,
    });
  });

  it('fall back to the signature date when a filing has no period and no transactions', () => {
    expect(summarize(RECORDS[3]).filingDate).toBe('2021-03-18');
  });
});

describe('queryLibrary filters', () => {
  it('lists everything newest-added first by default', () => {
    expect(ids({})).toEqual(['d', 'a', 'c', 'b']);
  });

  it('matches every word of free text, across fields, ignoring case and accents', () => {
    expect(ids({ text: 'liveperson bixby' })).toEqual(['a']);
    expect(ids({ text: 'SOCIETE zola' })).toEqual(['c']);
    expect(ids({ text: 'thiel form 3' })).toEqual(['b']);
    expect(ids({ text: 'lpsn cmmb' })).toEqual([]);
    expect(ids({ text: '   ' })).toEqual(['d', 'a', 'c', 'b']);
    expect(ids({ text: 'depositary' })).toEqual(['d', 'b']);
    expect(ids({ text: 'option right' })).toEqual(['a']);
  });

  it('filters by owner, issuer and whole ticker', () => {
    expect(ids({ owner: 'thiel' })).toEqual(['b']);
    expect(ids({ issuer: 'générale' })).toEqual(['c']);
    expect(ids({ ticker: 'lpsn' })).toEqual(['a']);
    expect(ids({ ticker: 'LPS' })).toEqual([]);
  });

  it('filters by form types and transaction code', () => {
    expect(ids({ formTypes: ['4/A'] })).toEqual(['c']);
    expect(ids({ formTypes: ['4', '4/A'] })).toEqual(['a', 'c']);
    expect(ids({ transactionCode: 's' })).toEqual(['a']);
    expect(ids({ transactionCode: 'M' })).toEqual(['a', 'c']);
  });

  it('matches a date range against every date a filing reports', () => {
    expect(ids({ dateFrom: '2009-08-19', dateTo: '2009-08-19' })).toEqual(['a']);
    expect(ids({ dateFrom: '2021-01-01' })).toEqual(['c', 'b']);
    expect(ids({ dateTo: '2021-12-31' })).toEqual(['a', 'b']);
    expect(ids({ dateFrom: '2010-01-01', dateTo: '2020-12-31' })).toEqual([]);
  });

  it('combines filters', () => {
    expect(ids({ formTypes: ['4', '4/A'], transactionCode: 'S', text: 'bixby' })).toEqual(['a']);
  });
});

describe('queryLibrary sorting', () => {
  it('sorts by filing date, latest first', () => {
    expect(ids({ sort: 'date' })).toEqual(['c', 'd', 'b', 'a']);
    expect(ids({ sort: 'date', descending: false })).toEqual(['a', 'b', 'd', 'c']);
  });

  it('puts filings without any date last in both directions', () => {
    const undated = record('e', CHEMOMAB_FILING, '2024-01-05T00:00:00.000Z', (f) => {
      f.periodOfReport = null;
      f.signatures = [];
    });
    const index = withChanges(INDEX, { add: [summarize(undated)] });
    for (const descending of [true, false]) {
      expect(
        queryLibrary(index, { sort: 'date', descending })
          .map((s) => s.id[0])
          .at(-1),
      ).toBe('e');
    }
  });

  it('sorts by issuer and owner A→Z, ties newest-added first', () => {
    expect(ids({ sort: 'issuer' })).toEqual(['d', 'b', 'a', 'c']);
    expect(ids({ sort: 'owner' })).toEqual(['a', 'c', 'b', 'd']);
    expect(ids({ sort: 'owner', descending: true })).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts by date added either way', () => {
    expect(ids({ sort: 'added', descending: false })).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe("the list's first order", () => {
  const summaries = RECORDS.map(summarize);
  const inOrder = [...summaries].sort(latestFilingFirst);

  it('is kept without sorting by an index built in it, and sorted again once an added filing breaks it', () => {
    const index = buildSummaryIndex(inOrder);
    expect(index.inListOrder).toBe(true);
    expect(queryLibrary(index, { sort: 'date' })).toEqual(inOrder);
    expect(buildSummaryIndex([...inOrder].reverse()).inListOrder).toBe(false);
    expect(withChanges(index, { remove: [inOrder[0].id] }).inListOrder).toBe(true);
    // Dated after every other filing: first in the list, though added to the end of the index.
    const latest = summarize(
      record('e', CHEMOMAB_FILING, '2024-01-05T00:00:00.000Z', (f) => (f.periodOfReport = '2030-01-01')),
    );
    const added = withChanges(index, { add: [latest] });
    expect(added.inListOrder).toBe(false);
    expect(queryLibrary(added, { sort: 'date' }).map((s) => s.id[0])).toEqual(['e', 'c', 'd', 'b', 'a']);
  });

  it('is what merging runs that are each in it gives, whatever the runs', () => {
    const runs = [[inOrder[1], inOrder[3]], [], [inOrder[0]], [inOrder[2]]];
    expect(mergeInListOrder(runs)).toEqual(inOrder);
    expect(mergeInListOrder([])).toEqual([]);
  });
});

describe('index updates', () => {
  it('replaces an entry by id and removes one', () => {
    const renamed = summarize(
      record('a', LIVEPERSON_FILING, '2024-01-03T00:00:00.000Z', (f) => (f.issuer.name = 'Zeta')),
    );
    const updated = withChanges(INDEX, { add: [renamed] });
    expect(queryLibrary(updated, { issuer: 'zeta' }).map((s) => s.id[0])).toEqual(['a']);
    expect(queryLibrary(updated)).toHaveLength(4);
    expect(queryLibrary(withChanges(updated, { remove: ['a'.repeat(64)] })).map((s) => s.id[0])).toEqual([
      'd',
      'c',
      'b',
    ]);
  });

  it('normalizes search text', () => {
    expect(normalizeForSearch('  Société\n  GÉNÉRALE ')).toBe('societe generale');
  });
});
