/** The library with a real PDF read by the real engine: what a person adding a Form 4 PDF gets. */
import { describe, expect, it } from 'vitest';
import { Library } from '../../../src/core/library/library';
import { createMemoryBackend } from '../../../src/core/library/memory-backend';
import { restoreRecord } from '../../../src/core/library/restore-record';
import { decodeShareFragment, encodeShareFragment } from '../../../src/core/share/share-link';
import { RKLB_PDF, parseFixture } from './fixtures';

describe('a Rocket Lab Form 4 PDF in the library', () => {
  it('is kept with its producer, page count and provenance, and reads back equal', async () => {
    const { bytes, output } = await parseFixture(RKLB_PDF);
    const library = new Library(createMemoryBackend());
    const added = await library.add({ bytes, fileName: 'Form 4 - Merline Saintil.pdf', output });
    if (added.status !== 'added') throw new Error(JSON.stringify(added));
    const { record } = added;
    expect(record.fileType).toBe('pdf');
    expect(record.filing.issuer.tradingSymbol).toBe('RKLB');
    expect(record.source?.producer).toMatch(/^EDGRpdf Service/);
    expect(record.source?.pageCount).toBe(output.text?.pages.length);
    expect(Object.keys(record.source?.provenance ?? {}).length).toBeGreaterThan(5);
    expect(record.source?.provenance).toEqual(output.provenance);

    expect(await library.get(record.id)).toEqual({ status: 'found', record, repaired: [] });
    expect(restoreRecord(JSON.parse(JSON.stringify(record)))).toEqual({ ok: true, record, repaired: [] });
    expect(await library.getFile(record.id)).toEqual({ ok: true, bytes });
    expect(added.summary).toMatchObject({
      documentType: '4',
      ownerNames: ['Saintil Merline'],
      transactionCodes: ['A'],
    });
  });

  it('shares as a link that decodes to the same filing', async () => {
    const { output } = await parseFixture(RKLB_PDF);
    const decoded = await decodeShareFragment(await encodeShareFragment(output.filing));
    expect(decoded).toEqual({ ok: true, filing: output.filing, repaired: [] });
  });
});

describe('a stored PDF whose footnote runs to many words', () => {
  it('keeps every provenance box of a long footnote (one per line) when read back', async () => {
    const { bytes, output } = await parseFixture('rklb-form4-olson-2024-11-19.pdf');
    const longest = Math.max(...Object.values(output.provenance).map((boxes) => boxes.length));
    // The longest footnote of this filing runs to nine lines of the page, each its own box.
    expect(longest).toBeGreaterThanOrEqual(9);
    const library = new Library(createMemoryBackend());
    const added = await library.add({ bytes, fileName: 'Form 4 - Jon Olson.pdf', output });
    if (added.status !== 'added') throw new Error(JSON.stringify(added));
    expect(added.record.source?.provenance).toEqual(output.provenance);
    const restored = restoreRecord(JSON.parse(JSON.stringify(added.record)));
    expect(restored).toEqual({ ok: true, record: added.record, repaired: [] });
  });
});
