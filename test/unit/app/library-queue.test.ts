/**
 * The reading queue in Node, with the real parser (pdf.js + form engine, XML
 * reader) in place of the worker and the real Library over its memory
 * backend: states, storing, dedupe by content hash, passwords, cancel, bad
 * files and a full store.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { toParseError } from '../../../src/core/errors';
import { Library } from '../../../src/core/library/library';
import { createMemoryBackend } from '../../../src/core/library/memory-backend';
import { contentId } from '../../../src/core/library/record';
import type { RecordSummary } from '../../../src/core/library/summary';
import { parseBytes } from '../../../src/core/parse-file';
import { isFinished, tally, type QueueItem } from '../../../src/ui/queue/queue-item';
import { ReadQueue, type ReadingJob } from '../../../src/ui/queue/read-queue';
import type { ParseResult } from '../../../src/worker/api';

const fixture = (path: string) => new Blob([readFileSync(`test/fixtures/${path}`)]);
const OLSON_PDF = 'browser/rklb-form4-olson-2024-11-19.pdf';
const SNOW_XML = 'browser-library/snow-form4-scarpelli-2022-12-13.xml';
const BERKSHIRE_XML = 'browser-library/snow-form3-berkshire-2020-09-18.xml';
const PASSWORD_PDF = 'bad/password.pdf';
const NOT_A_PDF = 'bad/text-renamed.pdf';

interface Harness {
  queue: ReadQueue;
  library: Library;
  stored: RecordSummary[];
  parsed: string[];
  /** Most files the parser was reading at one moment. */
  peak: () => number;
  settled: () => Promise<readonly QueueItem[]>;
}

function harness(library = new Library(createMemoryBackend())): Harness {
  const stored: RecordSummary[] = [];
  const parsed: string[] = [];
  let reading = 0;
  let peak = 0;
  let latest: readonly QueueItem[] = [];
  let wake: (() => void) | null = null;
  const parse = (fileName: string, bytes: ArrayBuffer, password?: string): ReadingJob => {
    parsed.push(fileName);
    peak = Math.max(peak, ++reading);
    const controller = new AbortController();
    const options = { ...nodeExtractOptions, password, signal: controller.signal };
    const result = parseBytes(nodePdfjs, new Uint8Array(bytes), fileName, options).then(
      (output): ParseResult => ({ ok: true, output }),
      (err: unknown): ParseResult => ({ ok: false, error: toParseError(err) }),
    );
    void result.finally(() => reading--);
    return { result, cancel: () => controller.abort() };
  };
  const queue = new ReadQueue({
    parse,
    library: Promise.resolve(library),
    onChange: (items) => {
      latest = items;
      wake?.();
    },
    onStored: (summary) => stored.push(summary),
  });
  const quiet = (items: readonly QueueItem[]) =>
    items.every((item) => isFinished(item) || item.state === 'needs-password');
  const settled = () =>
    new Promise<readonly QueueItem[]>((resolve) => {
      const check = () => {
        if (!quiet(latest)) return;
        wake = null;
        resolve(latest);
      };
      wake = check;
      check();
    });
  return { queue, library, stored, parsed, peak: () => peak, settled };
}

const byName = (items: readonly QueueItem[], name: string) => {
  const item = items.find((i) => i.fileName === name);
  if (!item) throw new Error(`${name} is not in the queue`);
  return item;
};

describe('the reading queue', () => {
  it('reads several files two at a time and stores each in the library as it is read', async () => {
    const h = harness();
    h.queue.add([
      { file: fixture(OLSON_PDF), path: 'olson.pdf' },
      { file: fixture(SNOW_XML), path: 'snow.xml' },
      { file: fixture(BERKSHIRE_XML), path: 'berkshire.xml' },
    ]);
    expect(h.queue.items.map((i) => i.state)).toEqual(['reading', 'reading', 'queued']);
    const items = await h.settled();
    expect(items.map((i) => i.state)).toEqual(['done', 'done', 'done']);
    expect(h.peak()).toBeLessThanOrEqual(2);
    expect(h.stored.map((s) => s.issuerName).sort()).toEqual([
      'Rocket Lab USA, Inc.',
      'Snowflake Inc.',
      'Snowflake Inc.',
    ]);
    const { summaries } = await h.library.list();
    expect(summaries.map((s) => s.fileName).sort()).toEqual(['berkshire.xml', 'olson.pdf', 'snow.xml']);
  });

  it('keeps the same file given twice once, and does not read it again later', async () => {
    const h = harness();
    h.queue.add([
      { file: fixture(SNOW_XML), path: 'first.xml' },
      { file: fixture(SNOW_XML), path: 'again.xml' },
    ]);
    let items = await h.settled();
    expect(tally(items)).toMatchObject({ added: 1, duplicates: 1 });
    expect(byName(items, 'again.xml')).toMatchObject({ state: 'done', duplicate: true });
    h.queue.add([{ file: fixture(SNOW_XML), path: 'next-day.xml' }]);
    items = await h.settled();
    const later = byName(items, 'next-day.xml');
    expect(later).toMatchObject({ state: 'done', duplicate: true });
    expect(later.state === 'done' && later.note).toContain('Already in your library as first.xml');
    expect(h.parsed).toEqual(['first.xml']);
    expect((await h.library.list()).summaries).toHaveLength(1);
  });

  it('keeps the first of two copies given together even when the second is ready first', async () => {
    const h = harness();
    // The first copy's bytes take longer to arrive (a larger read, a slower disk).
    const slow = fixture(SNOW_XML);
    const slowFirst = Object.assign(slow, {
      arrayBuffer: () =>
        new Promise<ArrayBuffer>((resolve) =>
          setTimeout(() => resolve(Blob.prototype.arrayBuffer.call(slow)), 50),
        ),
    });
    h.queue.add([
      { file: slowFirst, path: 'first.xml' },
      { file: fixture(SNOW_XML), path: 'again.xml' },
    ]);
    const items = await h.settled();
    expect(byName(items, 'first.xml')).toMatchObject({ state: 'done', duplicate: false });
    expect(byName(items, 'again.xml')).toMatchObject({ state: 'done', duplicate: true });
    expect(h.parsed).toEqual(['first.xml']);
  });

  it('asks for the password of a protected PDF, says when it is wrong, and reads it with the right one', async () => {
    const h = harness();
    h.queue.add([{ file: fixture(PASSWORD_PDF), path: 'secret.pdf' }]);
    let item = byName(await h.settled(), 'secret.pdf');
    expect(item).toMatchObject({ state: 'needs-password', wrongPassword: false });
    h.queue.retryWithPassword(item.key, 'not-it');
    item = byName(await h.settled(), 'secret.pdf');
    expect(item).toMatchObject({ state: 'needs-password', wrongPassword: true });
    h.queue.retryWithPassword(item.key, 'form4-secret');
    item = byName(await h.settled(), 'secret.pdf');
    expect(item.state).toBe('done');
    expect(h.stored.map((s) => s.issuerName)).toEqual(['Rocket Lab USA, Inc.']);
  });

  it('cancels a waiting file without reading it and a file being read without storing it', async () => {
    const h = harness();
    h.queue.add([
      { file: fixture(OLSON_PDF), path: 'reading.pdf' },
      { file: fixture(SNOW_XML), path: 'other.xml' },
      { file: fixture(BERKSHIRE_XML), path: 'waiting.xml' },
    ]);
    const [reading, , waiting] = h.queue.items as QueueItem[];
    h.queue.cancel(waiting!.key);
    h.queue.cancel(reading!.key);
    const items = await h.settled();
    expect(items.map((i) => [i.fileName, i.state])).toEqual([
      ['reading.pdf', 'cancelled'],
      ['other.xml', 'done'],
      ['waiting.xml', 'cancelled'],
    ]);
    expect(h.parsed).not.toContain('waiting.xml');
    expect((await h.library.list()).summaries.map((s) => s.fileName)).toEqual(['other.xml']);
  });

  it('explains a file that is not a filing and leaves the library as it was', async () => {
    const h = harness();
    h.queue.add([{ file: fixture(SNOW_XML), path: 'good.xml' }]);
    await h.settled();
    const before = await h.library.list();
    h.queue.add([{ file: fixture(NOT_A_PDF), path: 'notes.pdf' }]);
    const item = byName(await h.settled(), 'notes.pdf');
    expect(item.state).toBe('failed');
    expect(item.state === 'failed' && item.error).toMatchObject({ code: 'not-pdf' });
    expect(item.state === 'failed' && item.error.message).toContain('notes.pdf');
    expect(await h.library.list()).toEqual(before);
  });

  it('keeps a filing it could not store viewable, with the reason, and stores nothing of it', async () => {
    const full = new Library(createMemoryBackend(60_000)); // less than the PDF (107 kB) and its record
    const h = harness(full);
    h.queue.add([{ file: fixture(OLSON_PDF), path: 'too-big.pdf' }]);
    const item = byName(await h.settled(), 'too-big.pdf');
    expect(item.state).toBe('unsaved');
    expect(item.state === 'unsaved' && item.message).toMatch(/no room left/);
    expect(h.queue.unsavedReading(item.key)?.output.filing.issuer.name).toBe('Rocket Lab USA, Inc.');
    expect(await full.list()).toEqual({ summaries: [], damaged: [] });
    const id = await contentId(new Uint8Array(readFileSync(`test/fixtures/${OLSON_PDF}`)));
    expect(await full.getFile(id)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('lists files skipped from a folder with their reason, and clears finished rows', async () => {
    const h = harness();
    h.queue.add(
      [{ file: fixture(SNOW_XML), path: 'folder/snow.xml' }],
      [{ path: 'folder/photo.jpg', reason: 'Skipped: a .jpg file.' }],
    );
    const items = await h.settled();
    expect(byName(items, 'folder/photo.jpg')).toMatchObject({
      state: 'skipped',
      reason: 'Skipped: a .jpg file.',
    });
    h.queue.clearFinished();
    expect(h.queue.items).toEqual([]);
  });
});
