/**
 * The summaries the list opens from, in the built app: a library an older
 * version kept (records and files, no summaries) is listed in full and
 * summarised once, then opens from the summaries; a filing still opens from
 * its record; a second tab's adds and deletes reach the list; and a large
 * library's totals are worked out in the library-totals worker.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { computeTotals } from '../../src/ui/insights/library-totals';
import { WORKER_FROM_FILINGS } from '../../src/ui/library/totals/protocol';
import { makeRecord } from '../../src/core/library/record';
import { readOwnershipXml } from '../../src/core/xml/read-xml';
import {
  FILES,
  THREE_ROWS,
  libraryOwners,
  libraryRows,
  openLibraryApp,
  waitForLibraryOpen,
  waitForQueueQuiet,
  type LibraryApp,
} from './library-helpers';
import { dropFiles, watchProblems, type DroppedFile } from './page';
import { browserSession } from './session';

const session = browserSession<LibraryApp>((app) => app.context.close());
const [, SCARPELLI_ROW, BERKSHIRE_ROW] = THREE_ROWS;

/** The record the app keeps for an XML file, made here the way the app makes it. */
async function recordOf(file: DroppedFile, addedAt: string) {
  const filing = readOwnershipXml(new TextDecoder().decode(file.bytes));
  const output = { source: 'xml' as const, filing, provenance: {}, text: null };
  return makeRecord({ bytes: file.bytes, fileName: file.name, output, now: new Date(addedAt) });
}

interface Req<T> {
  result: T;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
  onupgradeneeded?: (() => void) | null;
}
interface Db {
  createObjectStore(name: string): unknown;
  transaction(
    store: string,
    mode?: 'readwrite',
  ): {
    objectStore(name: string): {
      put(value: unknown, key: string): unknown;
      getAllKeys(): Req<string[]>;
      get(key: string): Req<unknown>;
    };
    oncomplete: (() => void) | null;
  };
  close(): void;
}
interface PageIdb {
  indexedDB: { open(name: string): Req<Db> };
  atob(data: string): string;
}

/** Writes records and their files straight into the app's stores, as an older version left them. */
async function storeAsOlderVersion(page: Page, files: DroppedFile[], addedAt: string[]): Promise<void> {
  const records = await Promise.all(files.map((file, i) => recordOf(file, addedAt[i] ?? addedAt[0])));
  const payload = records.map((record, i) => ({
    record,
    base64: Buffer.from(files[i].bytes).toString('base64'),
  }));
  await page.evaluate(async (entries) => {
    const web = globalThis as unknown as PageIdb;
    const open = (name: string, store: string) =>
      new Promise<Db>((resolve, reject) => {
        const request = web.indexedDB.open(name);
        request.onupgradeneeded = () => request.result.createObjectStore(store);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(`cannot open ${name}`));
      });
    const put = async (name: string, store: string, values: [string, unknown][]) => {
      const db = await open(name, store);
      const tx = db.transaction(store, 'readwrite');
      for (const [key, value] of values) tx.objectStore(store).put(value, key);
      await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
      db.close();
    };
    const bytes = (base64: string) => Uint8Array.from(web.atob(base64), (c) => c.charCodeAt(0));
    await put(
      'form4-reader-files',
      'files',
      entries.map((e) => [e.record.id, { bytes: bytes(e.base64), storedAt: 0 }]),
    );
    await put(
      'form4-reader-filings',
      'filings',
      entries.map((e) => [e.record.id, e.record]),
    );
  }, payload);
}

/** The summary store's keys and its state, read directly in the page. */
function summaryStore(page: Page): Promise<{ keys: string[]; state: unknown }> {
  return page.evaluate(async () => {
    const web = globalThis as unknown as PageIdb;
    const done = <T>(request: Req<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error('IndexedDB request failed'));
      });
    const db = await done(web.indexedDB.open('form4-reader-summaries'));
    const store = db.transaction('summaries').objectStore('summaries');
    const [keys, state] = await Promise.all([done(store.getAllKeys()), done(store.get('state'))]);
    db.close();
    return { keys, state };
  });
}

/** `count` different files: the two Snowflake XML filings, each copy with a comment after the document. */
function copies(count: number): DroppedFile[] {
  return Array.from({ length: count }, (_, n) => {
    const file = n % 2 ? FILES.snowForm3Xml : FILES.snowForm4Xml;
    const bytes = new Uint8Array([...file.bytes, ...new TextEncoder().encode(`\n<!-- copy ${n} -->\n`)]);
    return { ...file, name: `copy-${n}-${file.name}`, bytes };
  });
}

interface ListState {
  count: string;
  ids: (string | null)[];
}

/** Records the list (count line, row ids) at each change until the "Show more" button appears. */
const FIRST_PAGE_RECORDER = `(() => {
  const states = (globalThis.firstPageStates = []);
  const observer = new MutationObserver(() => {
    if (document.querySelector('.show-more')) return observer.disconnect();
    const rows = [...document.querySelectorAll('.library-table tbody tr')];
    if (rows.length === 0) return;
    const count = document.querySelector('.library-count')?.textContent ?? '';
    states.push({ count, ids: rows.map((row) => row.getAttribute('data-id')) });
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

/** Records every text the count line shows until the empty library's message appears. */
const COUNT_LINE_RECORDER = `(() => {
  const lines = (globalThis.countLines = []);
  const observer = new MutationObserver(() => {
    const line = document.querySelector('.library-count')?.textContent ?? null;
    if (line && lines[lines.length - 1] !== line) lines.push(line);
    if (document.querySelector('.library .empty')) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;

describe('the summaries the library opens from', () => {
  it('lists a library kept before summaries, summarises it once, and opens from the summaries after', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    await storeAsOlderVersion(
      page,
      [FILES.snowForm4Xml, FILES.snowForm3Xml],
      ['2024-01-02T00:00:00.000Z', '2024-01-01T00:00:00.000Z'],
    );
    await page.reload();
    await waitForLibraryOpen(page);
    await expect.poll(() => libraryRows(page)).toEqual([SCARPELLI_ROW, BERKSHIRE_ROW]);
    await expect.poll(() => summaryStore(page)).toMatchObject({ state: { format: 1, complete: true } });
    expect((await summaryStore(page)).keys.filter((key) => key.startsWith('shard:')).length).toBeGreaterThan(
      0,
    );

    await page.reload();
    await waitForLibraryOpen(page);
    expect(await libraryRows(page)).toEqual([SCARPELLI_ROW, BERKSHIRE_ROW]);
    // The list came from summaries; the filing itself is read from its record when opened.
    await page.getByRole('button', { name: 'Snowflake Inc.' }).first().click();
    await expect(page.locator('.file-card .issuer-name').innerText()).resolves.toBe('Snowflake Inc.');
  });

  it("draws the first page of a large library before the rest is checked, the same rows as the whole list's", async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    const files = copies(130);
    const added = files.map((_, n) => new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString());
    await storeAsOlderVersion(page, files, added);
    await page.reload(); // summarises the library once
    const showMore = page.getByRole('button', { name: 'Show 30 more' });
    await showMore.waitFor({ timeout: 30_000 });

    // Until the whole list is in: each state of the list, as the page draws it.
    await page.addInitScript(FIRST_PAGE_RECORDER);
    await page.reload();
    await showMore.waitFor({ timeout: 30_000 });
    const before = await page.evaluate(
      () => (globalThis as unknown as { firstPageStates: ListState[] }).firstPageStates,
    );
    const whole = await page
      .locator('.library-table tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    const firstPage = before.at(-1)!;
    expect(firstPage.count).toBe('Showing 100 of 130 filings');
    expect(firstPage.ids).toHaveLength(100);
    expect(firstPage.ids).toEqual(whole);
  });

  it('opens an empty library as empty, with no count line on the way', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    await expect.poll(() => summaryStore(page)).toMatchObject({ state: { format: 1, complete: true } });
    await page.addInitScript(COUNT_LINE_RECORDER);
    await page.reload();
    await page.getByText('No filings yet.').waitFor();
    const lines = await page.evaluate(() => (globalThis as unknown as { countLines: string[] }).countLines);
    expect(lines.filter((line) => line !== 'Opening the library…')).toEqual([]);
  });

  it('works out the totals of a large library in a worker, the same as in Node', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    const files = copies(WORKER_FROM_FILINGS + 20);
    const added = Array.from({ length: files.length }, (_, n) =>
      new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString(),
    );
    await storeAsOlderVersion(page, files, added);
    await page.reload();
    const count = page.locator('.library-count');
    await expect
      .poll(() => count.innerText(), { timeout: 30_000 })
      .toBe(`Showing 100 of ${files.length} filings`);

    const library = page.getByTestId('library-insights');
    await library.waitFor({ timeout: 30_000 });
    expect(page.workers().some((worker) => worker.url().includes('totals-worker'))).toBe(true);
    const expected = computeTotals(
      await Promise.all(
        files.map(async (file, i) => ({ id: String(i), filing: (await recordOf(file, added[i])).filing })),
      ),
    );
    await expect(library.locator('p').first().innerText()).resolves.toBe(
      `${expected.aggregates.filingsCounted} filings counted.`,
    );
    const person = expected.aggregates.byOwner.find((group) => group.name === 'Scarpelli Michael')!;
    const row = library.locator('table.groups').first().locator('tbody tr', { hasText: 'Scarpelli Michael' });
    await expect(row.locator('td').first().innerText()).resolves.toBe(String(person.filings));
    await expect(
      library.getByTestId('holdings-chart').or(library.getByTestId('holdings-chart-empty')).count(),
    ).resolves.toBe(1);
  });

  it('shows what another tab adds and hides what it deletes', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const other = await app.context.newPage();
    const otherProblems = watchProblems(other);
    await other.goto(inject('appUrl'));
    await waitForLibraryOpen(other);

    await dropFiles(app.page, [FILES.snowForm4Xml, FILES.snowForm3Xml]);
    await waitForQueueQuiet(app.page, 2);
    await expect.poll(() => libraryOwners(other)).toEqual([SCARPELLI_ROW.owner, BERKSHIRE_ROW.owner]);

    await app.page
      .getByRole('button', { name: `Delete Form 3, Snowflake Inc., BERKSHIRE HATHAWAY INC, 2020-09-18` })
      .click();
    await expect.poll(() => libraryOwners(other)).toEqual([SCARPELLI_ROW.owner]);
    expect(otherProblems).toEqual([]);
  });
});
