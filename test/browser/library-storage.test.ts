/**
 * When storage fails, in the built app: IndexedDB unavailable (blocked, or
 * missing) still reads and shows filings, under a banner saying nothing will
 * be kept; a full store gives a clear message, keeps the reading viewable and
 * leaves no partial record; a bad file is explained by name and never
 * touches what is stored.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  FILES,
  libraryOwners,
  openLibraryApp,
  queueRow,
  waitForLibraryOpen,
  waitForQueueQuiet,
  type LibraryApp,
} from './library-helpers';
import { dropFiles } from './page';
import { browserSession } from './session';

/** IndexedDB refuses to open, as in a browser set to block site data. */
const BLOCK_INDEXEDDB = `
  IDBFactory.prototype.open = function () {
    throw new DOMException('Access to IndexedDB is blocked by the browser settings.', 'SecurityError');
  };
`;

/** No IndexedDB at all, as in some embedded browsers. */
const NO_INDEXEDDB = `delete globalThis.indexedDB; Object.defineProperty(globalThis, 'indexedDB', { value: undefined });`;

/** Writing a filing record fails the way a full disk does; the original file's write before it succeeds. */
const RECORDS_STORE_FULL = `
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    if (this.name === 'filings') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
`;

const session = browserSession<LibraryApp>((app) => app.context.close());

/** How many entries each of the app's IndexedDB stores holds, read directly in the page. */
function storedCounts(page: Page): Promise<{ files: number; filings: number }> {
  return page.evaluate(async () => {
    interface Req<T> {
      result: T;
      onsuccess: (() => void) | null;
      onerror: (() => void) | null;
    }
    interface Db {
      transaction(store: string): { objectStore(store: string): { count(): Req<number> } };
      close(): void;
    }
    const web = globalThis as unknown as { indexedDB: { open(name: string): Req<Db> } };
    const done = <T>(request: Req<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error('IndexedDB request failed'));
      });
    const count = async (store: string) => {
      const db = await done(web.indexedDB.open(`form4-reader-${store}`));
      const n = await done(db.transaction(store).objectStore(store).count());
      db.close();
      return n;
    };
    return { files: await count('files'), filings: await count('filings') };
  });
}

describe('the library when storage fails', () => {
  for (const [what, script] of [
    ['blocked', BLOCK_INDEXEDDB],
    ['missing', NO_INDEXEDDB],
  ] as const) {
    it(`reads and shows filings when IndexedDB is ${what}, and says nothing will be kept`, async () => {
      const app = session.track(await openLibraryApp(session.browser, inject('appUrl'), script));
      const { page } = app;
      const banner = page.getByTestId('storage-banner');
      await expect(banner.innerText()).resolves.toContain('Nothing will be kept.');
      await dropFiles(page, [FILES.snowForm4Xml]);
      await waitForQueueQuiet(page);
      await expect(page.locator('.file-card .issuer-name').innerText()).resolves.toBe('Snowflake Inc.');
      await expect.poll(() => libraryOwners(page)).toEqual(['Scarpelli Michael']);
      await page.reload();
      await waitForLibraryOpen(page);
      await expect.poll(() => libraryOwners(page)).toEqual([]);
    });
  }

  it('says clearly when the store is full, still shows the filing, and keeps no part of it', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl'), RECORDS_STORE_FULL));
    const { page } = app;
    await expect(page.getByTestId('storage-banner').count()).resolves.toBe(0);
    await dropFiles(page, [FILES.snowForm3Xml]);
    await waitForQueueQuiet(page);
    const row = queueRow(page, FILES.snowForm3Xml.name);
    await expect(row.getAttribute('data-state')).resolves.toBe('unsaved');
    await expect(row.getByRole('alert').innerText()).resolves.toContain(
      'Your browser has no room left to keep this file.',
    );
    await expect(page.locator('.file-card .issuer-name').innerText()).resolves.toBe('Snowflake Inc.');
    await expect(page.locator('.file-card .badge', { hasText: 'Not kept' }).count()).resolves.toBe(1);
    await expect.poll(() => libraryOwners(page)).toEqual([]);
    // The original file written before the record was removed again: nothing partial is left.
    expect(await storedCounts(page)).toEqual({ files: 0, filings: 0 });
  });

  it('explains a bad file by name and leaves what is stored untouched', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    await dropFiles(page, [FILES.snowForm4Xml]);
    await waitForQueueQuiet(page);
    const before = await storedCounts(page);
    expect(before).toEqual({ files: 1, filings: 1 });
    await dropFiles(page, [FILES.notAPdf]);
    await waitForQueueQuiet(page, 2);
    const alert = queueRow(page, FILES.notAPdf.name).getByRole('alert');
    const text = await alert.innerText();
    expect(text).toContain(`${FILES.notAPdf.name} could not be read.`);
    expect(text).toContain('Choose the Form 3, 4 or 5 PDF, or its XML from EDGAR.');
    await expect.poll(() => libraryOwners(page)).toEqual(['Scarpelli Michael']);
    expect(await storedCounts(page)).toEqual(before);
  });
});
