/**
 * The stored summaries the library list opens from: their format (every field
 * checked on the way back in), the migration of a library kept before they
 * existed, and that they stay equal to their records through every change.
 */
import { describe, expect, it, vi } from 'vitest';
import type { LibraryBackend } from '../../../src/core/library/backend';
import { Library } from '../../../src/core/library/library';
import { createMemoryBackend } from '../../../src/core/library/memory-backend';
import { makeRecord, type LibraryRecord } from '../../../src/core/library/record';
import { latestFilingFirst } from '../../../src/core/library/search';
import { summarize, type RecordSummary } from '../../../src/core/library/summary';
import { SummaryDecoder, decodeSummary, encodeSummary } from '../../../src/core/library/summary-codec';
import { STATE_KEY, SUMMARY_FORMAT, SummaryStore, shardKey } from '../../../src/core/library/summary-store';
import {
  CHEMOMAB_FILING,
  CHEMOMAB_XML,
  LIVEPERSON_FILING,
  LIVEPERSON_XML,
  RKLB_PDF,
  parseFixture,
  xmlOutputFromJson,
} from './fixtures';

const clock = () => new Date('2024-05-01T12:00:00.000Z');

/** The real LivePerson and Chemomab XML, each copy a different file (a comment after the document). */
function xmlCopy(n: number) {
  const [xml, json] = n % 2 ? [CHEMOMAB_XML, CHEMOMAB_FILING] : [LIVEPERSON_XML, LIVEPERSON_FILING];
  const { bytes, output } = xmlOutputFromJson(xml, json);
  const copy = new Uint8Array([...bytes, ...new TextEncoder().encode(`\n<!-- copy ${n} -->\n`)]);
  return { bytes: copy, output, fileName: `copy-${n}.xml` };
}

/** What an app version from before summaries left: records and files, nothing else. */
async function libraryWithoutSummaries(
  count: number,
): Promise<{ backend: LibraryBackend; records: LibraryRecord[] }> {
  const backend = createMemoryBackend();
  const records: LibraryRecord[] = [];
  for (let n = 0; n < count; n++) {
    const input = xmlCopy(n);
    const record = await makeRecord({ ...input, now: new Date(Date.UTC(2024, 0, 1, 0, n)) });
    await backend.files.set(record.id, { bytes: input.bytes, storedAt: 0 });
    await backend.records.set(record.id, record);
    records.push(record);
  }
  return { backend, records };
}

/** Every stored record summarised afresh: what the stored summaries must equal. */
async function summariesOfRecords(backend: LibraryBackend): Promise<RecordSummary[]> {
  const entries = await backend.records.entries();
  return entries.map(([, value]) => summarize(value as LibraryRecord)).sort(latestFilingFirst);
}

async function expectSummariesMatchRecords(library: Library, backend: LibraryBackend): Promise<void> {
  const expected = await summariesOfRecords(backend);
  expect((await library.quickList())?.summaries).toEqual(expected);
  expect((await library.list()).summaries).toEqual(expected);
}

describe('a stored summary', () => {
  const summary = summarize(
    (() => {
      const { bytes, output } = xmlOutputFromJson(LIVEPERSON_XML, LIVEPERSON_FILING);
      return {
        recordVersion: 1,
        id: 'a'.repeat(64),
        fileName: 'lpsn.xml',
        fileType: 'xml',
        byteLength: bytes.length,
        addedAt: '2024-05-01T12:00:00.000Z',
        filing: output.filing,
      } as LibraryRecord;
    })(),
  );

  it('reads back equal to what was written', () => {
    expect(summary).toMatchObject({
      issuerName: 'LIVEPERSON INC',
      ticker: 'LPSN',
      transactionCodes: ['M', 'S'],
    });
    expect(decodeSummary(JSON.parse(JSON.stringify(encodeSummary(summary))))).toEqual(summary);
  });

  const tampered: [string, (row: unknown[]) => void][] = [
    ['an id that is not a SHA-256', (row) => (row[0] = 'A'.repeat(64))],
    ['a file type nobody writes', (row) => (row[2] = 'docx')],
    ['a negative byte length', (row) => (row[3] = -1)],
    ['an added time that is not an instant', (row) => (row[4] = 'yesterday')],
    ['an unknown form type', (row) => (row[5] = '8-K')],
    ['an issuer name that is not text', (row) => (row[6] = { name: 'x' })],
    ['an owner list with a number in it', (row) => (row[8] = ['Someone', 7])],
    ['a day that does not exist', (row) => (row[9] = '2023-02-29')],
    ['a date list with a bad date', (row) => (row[10] = ['2009-08-20', '2009-13-01'])],
    ['a transaction code of two letters', (row) => (row[11] = ['SS'])],
    ['an absurdly long title', (row) => (row[12] = ['x'.repeat(5000)])],
    ['a fractional row count', (row) => (row[13] = 1.5)],
    ['a missing field', (row) => row.pop()],
    ['an extra field', (row) => row.push('more')],
  ];
  for (const [what, tamper] of tampered) {
    it(`is refused whole with ${what}`, () => {
      const row = JSON.parse(JSON.stringify(encodeSummary(summary))) as unknown[];
      tamper(row);
      expect(decodeSummary(row)).toBeNull();
    });
  }

  it('accepts 29 February in a leap year only', () => {
    const row = encodeSummary({ ...summary, filingDate: '2024-02-29', dates: ['2024-02-29'] });
    expect(decodeSummary(row)?.filingDate).toBe('2024-02-29');
    expect(decodeSummary([...row.slice(0, 9), '1900-02-29', ...row.slice(10)])).toBeNull();
  });
});

describe('a library kept before summaries existed', () => {
  it('is listed in full, its summaries built once in chunks with pauses, its records untouched', async () => {
    const { backend, records } = await libraryWithoutSummaries(45);
    const before = structuredClone(await backend.records.entries());
    const library = new Library(backend, clock);
    expect(await library.quickList()).toBeNull();

    let pauses = 0;
    const progress: number[] = [];
    const listing = await library.list({
      pause: async () => void pauses++,
      onProgress: ({ done, total, listing: soFar }) => {
        progress.push(done);
        expect(total).toBe(45);
        expect(soFar.summaries).toHaveLength(done);
      },
    });
    expect(listing.summaries).toEqual(records.map(summarize).sort(latestFilingFirst));
    expect(listing.damaged).toEqual([]);
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toBe(45);
    expect(await backend.records.entries()).toEqual(before);

    // The next open trusts the summaries alone: nothing to rebuild.
    expect(await library.quickList()).toEqual(listing);
    expect(await new Library(backend, clock).list()).toEqual(listing);
  });

  it('summarises a real PDF with its provenance the same as a fresh add would', async () => {
    const { bytes, output } = await parseFixture(RKLB_PDF);
    const backend = createMemoryBackend();
    const record = await makeRecord({ bytes, output, fileName: 'rklb.pdf', now: clock() });
    await backend.files.set(record.id, { bytes, storedAt: 0 });
    await backend.records.set(record.id, record);
    const listing = await new Library(backend, clock).list();
    const fresh = await new Library(createMemoryBackend(), clock).add({
      bytes,
      output,
      fileName: 'rklb.pdf',
    });
    expect(fresh.status).toBe('added');
    expect(listing.summaries).toEqual([fresh.status === 'added' && fresh.summary]);
  });

  it('lists damaged records as damaged, summarises the rest, and picks up where an interrupted run stopped', async () => {
    const { backend, records } = await libraryWithoutSummaries(6);
    await backend.records.set(records[1].id, { ...records[1], addedAt: 'not a time' });
    await backend.records.set(records[2].id, { ...records[2], recordVersion: 99 });
    // An earlier run stored two summaries and stopped before saying it was complete.
    await new SummaryStore(backend.summaries).put([summarize(records[4]), summarize(records[5])]);
    const library = new Library(backend, clock);
    expect(await library.quickList()).toBeNull();

    const listing = await library.list();
    expect(listing.summaries.map((s) => s.id).sort()).toEqual(
      [records[0], records[3], records[4], records[5]].map((r) => r.id).sort(),
    );
    expect(listing.damaged.map((d) => [d.id, d.error.code]).sort()).toEqual(
      [
        [records[1].id, 'invalid-record'],
        [records[2].id, 'newer-version'],
      ].sort(),
    );
    // Damaged records get no summary, so every full listing says so again.
    expect((await library.quickList())?.summaries).toHaveLength(4);
    expect((await library.list()).damaged).toHaveLength(2);
  });
});

describe('summaries stay equal to their records', () => {
  it('through add, duplicate add, delete, undo and clear', async () => {
    const backend = createMemoryBackend();
    const library = new Library(backend, clock);
    await library.list(); // what the app does on opening: an empty library is completely summarised
    for (let n = 0; n < 4; n++) expect((await library.add(xmlCopy(n))).status).toBe('added');
    await expectSummariesMatchRecords(library, backend);

    expect((await library.add(xmlCopy(2))).status).toBe('duplicate');
    await expectSummariesMatchRecords(library, backend);

    const id = (await library.list()).summaries[1].id;
    const removed = await library.remove(id);
    await expectSummariesMatchRecords(library, backend);
    expect((await library.quickList())?.summaries.map((s) => s.id)).not.toContain(id);

    expect((await library.undoRemove(removed!)).status).toBe('added');
    await expectSummariesMatchRecords(library, backend);
    expect((await library.quickList())?.summaries.map((s) => s.id)).toContain(id);

    await library.clear();
    expect(await library.quickList()).toEqual({ summaries: [], damaged: [] });
    await expectSummariesMatchRecords(library, backend);
  });

  it('through a backup import merged into a library', async () => {
    const source = new Library(createMemoryBackend(), clock);
    for (let n = 0; n < 5; n++) await source.add(xmlCopy(n));
    const backup = await source.exportBackup();

    const backend = createMemoryBackend();
    const target = new Library(backend, clock);
    await target.add(xmlCopy(0));
    await target.add(xmlCopy(7));
    const report = await target.importBackup(backup);
    expect(report).toMatchObject({ added: 4, alreadyPresent: 1, error: null });
    await expectSummariesMatchRecords(target, backend);
    expect((await target.quickList())?.summaries).toHaveLength(6);
  });

  it('when two tabs add to the same shard at once', async () => {
    const backend = createMemoryBackend();
    const inputs = Array.from({ length: 40 }, (_, n) => xmlCopy(n));
    const [tabA, tabB] = [new Library(backend, clock), new Library(backend, clock)];
    await tabA.list();
    await Promise.all(inputs.map((input, n) => (n % 2 ? tabA : tabB).add(input)));
    // 40 ids over 16 shards: some shard was rewritten by both tabs.
    await expectSummariesMatchRecords(tabA, backend);
    expect((await tabB.quickList())?.summaries).toHaveLength(40);
  });

  it('when a record went without its summary being removed (an interrupted delete)', async () => {
    const backend = createMemoryBackend();
    const library = new Library(backend, clock);
    for (let n = 0; n < 3; n++) await library.add(xmlCopy(n));
    const gone = (await library.list()).summaries[0].id;
    await backend.records.delete(gone);
    expect((await library.quickList())?.summaries.map((s) => s.id)).toContain(gone);
    // The full listing hides it and deletes the leftover summary.
    expect((await library.list()).summaries.map((s) => s.id)).not.toContain(gone);
    expect((await library.quickList())?.summaries.map((s) => s.id)).not.toContain(gone);
    await expectSummariesMatchRecords(library, backend);
  });

  it('when a summary could not be stored: the record is kept and its summary built by the next listing', async () => {
    const backend = createMemoryBackend();
    const failing = {
      ...backend,
      summaries: { ...backend.summaries, update: () => Promise.reject(new Error('full')) },
    };
    const added = await new Library(failing, clock).add(xmlCopy(1));
    expect(added.status).toBe('added');
    const library = new Library(backend, clock);
    expect((await library.list()).summaries).toEqual([added.status === 'added' && added.summary]);
    await expectSummariesMatchRecords(library, backend);
  });
});

describe("the list's first page", () => {
  async function libraryOf(count: number) {
    const backend = createMemoryBackend();
    const library = new Library(backend, clock);
    for (let n = 0; n < count; n++) await library.add(xmlCopy(n));
    return { backend, library, listing: await library.list() };
  }

  /** quickList with a first page of `size`, the page and what was going on when it was shown. */
  async function quickListWithFirstPage(library: Library, size: number) {
    const events: string[] = [];
    const shown: { page: RecordSummary[]; storedRows: number }[] = [];
    const decode = vi.spyOn(SummaryDecoder.prototype, 'decode');
    let checkedBeforeShown = 0;
    const quick = await library.quickList({
      size,
      show: (page, storedRows) => {
        checkedBeforeShown = decode.mock.calls.length;
        shown.push({ page, storedRows });
        events.push('shown');
      },
      pause: async () => {
        events.push('pause');
        await Promise.resolve();
      },
    });
    events.push('listed');
    decode.mockRestore();
    return { quick, shown, events, checkedBeforeShown };
  }

  it('is the start of the whole listing, shown before the rest is checked', async () => {
    const { library, listing } = await libraryOf(40);
    const { quick, shown, events, checkedBeforeShown } = await quickListWithFirstPage(library, 1);
    expect(quick).toEqual(listing);
    expect(shown).toEqual([{ page: listing.summaries.slice(0, 1), storedRows: 40 }]);
    expect(events).toEqual(['shown', 'pause', 'listed']);
    // One summary checked per shard, not all 40.
    expect(checkedBeforeShown).toBeLessThanOrEqual(16);
    expect((await quickListWithFirstPage(library, 7)).shown[0]?.page).toEqual(listing.summaries.slice(0, 7));
  });

  it('is the same when shards are out of order or hold a row twice', async () => {
    const { backend, library, listing } = await libraryOf(40);
    for (const [key, value] of await backend.summaries.entries()) {
      if (key === STATE_KEY) continue;
      const shard = JSON.parse(value as string) as { rows: unknown[] };
      shard.rows = [...shard.rows.reverse(), shard.rows[0]];
      await backend.summaries.set(key, JSON.stringify(shard));
    }
    const { quick, shown } = await quickListWithFirstPage(library, 5);
    expect(quick?.summaries).toEqual(listing.summaries);
    expect(shown[0]?.page).toEqual(listing.summaries.slice(0, 5));
    // Rows stored, which the checked listing can only lower.
    expect(shown[0]?.storedRows).toBeGreaterThan(40);
  });

  it('skips a tampered summary on the page as the listing does', async () => {
    const { backend, library, listing } = await libraryOf(12);
    const first = listing.summaries[0];
    const key = shardKey(first.id);
    const shard = JSON.parse((await backend.summaries.get(key)) as string) as { rows: unknown[][] };
    shard.rows.find((row) => row[0] === first.id)![9] = 'yesterday'; // filing date
    await backend.summaries.set(key, JSON.stringify(shard));
    const { quick, shown } = await quickListWithFirstPage(library, 3);
    expect(shown[0]?.page).toEqual(quick?.summaries.slice(0, 3));
    expect(shown[0]?.page.map((s) => s.id)).not.toContain(first.id);
  });

  it('is not shown where the stored summaries are not complete or belong to a newer app', async () => {
    const { backend } = await libraryWithoutSummaries(3);
    const unsummarised = await quickListWithFirstPage(new Library(backend, clock), 2);
    expect([unsummarised.quick, unsummarised.shown]).toEqual([null, []]);
    const { backend: newerBackend, library } = await libraryOf(3);
    await newerBackend.summaries.set(STATE_KEY, { format: SUMMARY_FORMAT + 1, complete: true });
    const newer = await quickListWithFirstPage(library, 2);
    expect([newer.quick, newer.shown]).toEqual([null, []]);
  });
});

describe('a damaged or foreign summary store', () => {
  async function libraryOfThree() {
    const backend = createMemoryBackend();
    const library = new Library(backend, clock);
    for (let n = 0; n < 3; n++) await library.add(xmlCopy(n));
    return { backend, library, listing: await library.list() };
  }

  it('rebuilds the summaries of a shard whose text is damaged', async () => {
    const { backend, library, listing } = await libraryOfThree();
    const key = shardKey(listing.summaries[0].id);
    await backend.summaries.set(key, '{"format": 1, "rows": [[');
    expect((await library.quickList())?.summaries.map((s) => s.id)).not.toContain(listing.summaries[0].id);
    expect(await library.list()).toEqual(listing);
    expect(await library.quickList()).toEqual(listing);
  });

  it('drops a tampered summary and rebuilds it from its record', async () => {
    const { backend, library, listing } = await libraryOfThree();
    const target = listing.summaries[0];
    const key = shardKey(target.id);
    const shard = JSON.parse((await backend.summaries.get(key)) as string) as { rows: unknown[][] };
    const row = shard.rows.find((candidate) => candidate[0] === target.id)!;
    row[6] = 42; // issuer name
    await backend.summaries.set(key, JSON.stringify(shard));
    expect((await library.quickList())?.summaries).toHaveLength(2);
    expect(await library.list()).toEqual(listing);
    expect(await library.quickList()).toEqual(listing);
  });

  it('lists shards whose rows are out of order or stored twice in order, each filing once', async () => {
    const backend = createMemoryBackend();
    const library = new Library(backend, clock);
    for (let n = 0; n < 40; n++) await library.add(xmlCopy(n));
    const listing = await library.list();
    for (const [key, value] of await backend.summaries.entries()) {
      if (key === STATE_KEY) continue;
      const shard = JSON.parse(value as string) as { rows: unknown[] };
      shard.rows = [...shard.rows.reverse(), shard.rows[0]];
      await backend.summaries.set(key, JSON.stringify(shard));
    }
    expect((await library.quickList())?.summaries).toEqual(listing.summaries);
  });

  it('ignores a summary filed under the wrong shard', async () => {
    const { backend, library, listing } = await libraryOfThree();
    const target = listing.summaries[0];
    const wrongKey = shardKey(target.id[0] === 'f' ? '0' : 'f');
    const moved = [{ ...target, issuerName: 'Not what the record says' }].map(encodeSummary);
    await backend.summaries.set(wrongKey, JSON.stringify({ format: SUMMARY_FORMAT, rows: moved }));
    expect((await library.quickList())?.summaries.find((s) => s.id === target.id)).toEqual(target);
  });

  it('leaves a store a newer app wrote alone, and still lists every filing', async () => {
    const { backend, library, listing } = await libraryOfThree();
    await backend.summaries.set(STATE_KEY, { format: SUMMARY_FORMAT + 1, complete: true });
    const before = await backend.summaries.entries();
    expect(await library.quickList()).toBeNull();
    expect(await library.list()).toEqual(listing);
    await library.remove(listing.summaries[0].id);
    await library.add(xmlCopy(9));
    // The newer app's state and format are not downgraded.
    expect(await backend.summaries.get(STATE_KEY)).toEqual({ format: SUMMARY_FORMAT + 1, complete: true });
    expect((await backend.summaries.entries()).length).toBeGreaterThanOrEqual(before.length - 1);
  });

  it('leaves a shard in a newer format untouched when adding', async () => {
    const { backend, library, listing } = await libraryOfThree();
    const key = shardKey(listing.summaries[0].id);
    const newer = JSON.stringify({ format: SUMMARY_FORMAT + 1, rows: 'something else' });
    await backend.summaries.set(key, newer);
    await library.remove(listing.summaries[0].id);
    expect(await backend.summaries.get(key)).toBe(newer);
    expect((await library.list()).summaries).toHaveLength(2);
  });

  it('finds one summary by id, or builds it from the record', async () => {
    const { backend, library, listing } = await libraryOfThree();
    const target = listing.summaries[2];
    expect(await library.summaryOf(target.id)).toEqual(target);
    await backend.summaries.clear();
    expect(await library.summaryOf(target.id)).toEqual(target);
    expect(await library.summaryOf('0'.repeat(64))).toBeNull();
  });
});
