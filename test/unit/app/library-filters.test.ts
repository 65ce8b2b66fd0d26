/**
 * The library list's controls → the storage helper's query, on summaries of
 * real filings read from fixtures; and the words the list and an import use.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../../../src/core/filing';
import { makeRecord } from '../../../src/core/library/record';
import { buildSummaryIndex, queryLibrary, type SummaryIndex } from '../../../src/core/library/search';
import { summarize } from '../../../src/core/library/summary';
import { parseBytes } from '../../../src/core/parse-file';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { describeImport } from '../../../src/ui/library/backup-report';
import {
  NO_FILTERS,
  codesInLibrary,
  describeShown,
  formTypesInLibrary,
  isNarrowed,
  sortBy,
  toQuery,
  type LibraryFilters,
} from '../../../src/ui/library/filters';

const FILES = [
  'browser/rklb-form4-olson-2024-11-19.pdf',
  'browser-library/snow-form4-scarpelli-2022-12-13.xml',
  'browser-library/snow-form3-berkshire-2020-09-18.xml',
];

let index: SummaryIndex;

beforeAll(async () => {
  const summaries = [];
  for (const path of FILES) {
    const bytes = new Uint8Array(readFileSync(`test/fixtures/${path}`));
    const output = await parseBytes(nodePdfjs, bytes, path, nodeExtractOptions);
    summaries.push(summarize(await makeRecord({ bytes, fileName: path, output })));
  }
  index = buildSummaryIndex(summaries);
});

const owners = (filters: Partial<LibraryFilters>) =>
  queryLibrary(index, toQuery({ ...NO_FILTERS, ...filters })).map((s) => s.ownerNames[0]);

describe('library filters', () => {
  it('sorts by filing date, newest first, until a column is chosen', () => {
    expect(owners({})).toEqual(['Olson Jon A', 'Scarpelli Michael', 'BERKSHIRE HATHAWAY INC']);
    const byOwner = sortBy(NO_FILTERS, 'owner');
    expect(byOwner).toMatchObject({ sort: 'owner', descending: false });
    expect(owners(byOwner)).toEqual(['BERKSHIRE HATHAWAY INC', 'Olson Jon A', 'Scarpelli Michael']);
    expect(sortBy(byOwner, 'owner').descending).toBe(true);
  });

  it('narrows by search words, form type, transaction code and date range', () => {
    expect(owners({ text: 'snow' })).toEqual(['Scarpelli Michael', 'BERKSHIRE HATHAWAY INC']);
    expect(owners({ text: 'buffett' })).toEqual(['BERKSHIRE HATHAWAY INC']);
    expect(owners({ formType: '3' })).toEqual(['BERKSHIRE HATHAWAY INC']);
    expect(owners({ transactionCode: 'S' })).toEqual(['Olson Jon A', 'Scarpelli Michael']);
    expect(owners({ transactionCode: 'M' })).toEqual(['Scarpelli Michael']);
    expect(owners({ dateFrom: '2022-01-01', dateTo: '2023-12-31' })).toEqual(['Scarpelli Michael']);
    // Typed the wrong way round, a range still means the same days.
    expect(owners({ dateFrom: '2023-12-31', dateTo: '2022-01-01' })).toEqual(['Scarpelli Michael']);
    expect(isNarrowed({ ...NO_FILTERS, sort: 'issuer' })).toBe(false);
    expect(isNarrowed({ ...NO_FILTERS, dateTo: '2022-01-01' })).toBe(true);
  });

  it('offers only the codes and form types the library holds', () => {
    expect(codesInLibrary(index)).toEqual(['M', 'S']);
    expect(formTypesInLibrary(index, DOCUMENT_TYPES)).toEqual(['3', '4']);
  });

  it('says how many are shown and match', () => {
    expect(describeShown(3, 3, 3)).toBe('3 filings');
    expect(describeShown(100, 10_000, 10_000)).toBe('Showing 100 of 10,000 filings');
    expect(describeShown(1, 1, 3)).toBe('1 of 3 filings matches');
    expect(describeShown(100, 250, 10_000)).toBe('250 of 10,000 filings match; showing 100');
  });

  it('reports an import as added, skipped as duplicates and rejected with reasons', () => {
    const report = describeImport({
      fileName: 'backup.json',
      outcome: {
        added: 2,
        alreadyPresent: 3,
        rejected: [{ name: 'entry 4', reason: 'its file does not match its record' }],
        error: null,
      },
    });
    expect(report).toEqual({
      summary: 'Imported backup.json: added 2 filings, 3 already in the library (skipped), 1 rejected.',
      problems: ['entry 4: its file does not match its record'],
      error: false,
    });
    const refused = describeImport({
      fileName: 'notes.json',
      outcome: { error: { code: 'invalid-record', message: 'This is not a library backup.' } },
    });
    expect(refused.summary).toBe(
      'notes.json was not imported: This is not a library backup. Nothing in your library was changed.',
    );
  });
});
