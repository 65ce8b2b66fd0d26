/**
 * Files into the library, in the built app in headless Chromium: several at
 * once with a state each, streamed into the list; the same file twice kept
 * once; still there after a reload; cancel one of several; a dropped folder
 * (entries walked, non-filings skipped) and a picked one; pasted files; a
 * password-protected PDF.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
  FILES,
  focused,
  PASSWORD,
  THREE_FILINGS,
  THREE_ROWS,
  libraryOwners,
  libraryRows,
  openLibraryApp,
  queueRow,
  queueStates,
  waitForLibraryOpen,
  waitForQueueQuiet,
  type LibraryApp,
} from './library-helpers';
import { dropFiles } from './page';
import { browserSession } from './session';

const session = browserSession<LibraryApp>((app) => app.context.close());

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('reading files into the library', () => {
  it('shows each of several dropped files with its state and ends with all of them in the library', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    const files = [FILES.olsonPdf, FILES.spicePdf, FILES.beckPdf, FILES.snowForm4Xml];
    await dropFiles(page, files);
    // Two are read at a time; the others wait, and the one being read shows a progress bar.
    await page.locator('.queue-item[data-state="reading"] progress').first().waitFor();
    expect(await queueStates(page)).toContain(`${FILES.snowForm4Xml.name}: queued`);
    await waitForQueueQuiet(page);
    expect(await queueStates(page)).toEqual(files.map((file) => `${file.name}: done`));
    await expect(page.locator('.queue-count').innerText()).resolves.toBe('4 files: 4 added.');
    await expect
      .poll(() => libraryRows(page))
      .toEqual([
        { date: '2024-11-19', form: '4', issuer: 'Rocket Lab USA, Inc.', owner: 'Olson Jon A', codes: 'S' },
        { date: '2022-12-13', form: '4', issuer: 'Snowflake Inc.', owner: 'Scarpelli Michael', codes: 'M S' },
        { date: '2022-05-12', form: '4', issuer: 'Rocket Lab USA, Inc.', owner: 'Spice Adam C.', codes: 'A' },
        {
          date: '2021-08-25',
          form: '3',
          issuer: 'Rocket Lab USA, Inc.',
          owner: 'Beck Peter; Beck Kerryn +3',
          codes: '',
        },
      ]);
  });

  it('keeps the same file once, however often and under whatever name it is given, and keeps it over a reload', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    await dropFiles(page, [FILES.snowForm4Xml, { ...FILES.snowForm4Xml, name: 'copy-of-snow.xml' }]);
    await waitForQueueQuiet(page);
    await expect(page.locator('.queue-count').innerText()).resolves.toBe(
      '2 files: 1 added, 1 already in the library.',
    );
    await dropFiles(page, [{ ...FILES.snowForm4Xml, name: 'downloaded-again.xml' }]);
    await waitForQueueQuiet(page, 3);
    const again = queueRow(page, 'downloaded-again.xml');
    await expect(again.getAttribute('data-state')).resolves.toBe('done');
    await expect(again.locator('.queue-state').innerText()).resolves.toBe('Already in library');
    await expect(again.locator('.queue-note').innerText()).resolves.toContain(
      `Already in your library as ${FILES.snowForm4Xml.name}`,
    );
    await expect.poll(() => libraryOwners(page)).toEqual(['Scarpelli Michael']);

    await page.reload();
    await waitForLibraryOpen(page);
    await expect.poll(() => libraryOwners(page)).toEqual(['Scarpelli Michael']);
    await expect(page.locator('.queue-item').count()).resolves.toBe(0);
  });

  it('keeps the library over a reload with every row as it was', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    await dropFiles(page, THREE_FILINGS);
    await waitForQueueQuiet(page);
    await expect.poll(() => libraryRows(page)).toEqual(THREE_ROWS);
    await page.reload();
    await waitForLibraryOpen(page);
    await expect.poll(() => libraryRows(page)).toEqual(THREE_ROWS);
  });

  it('cancels one of several files: it is neither read on nor kept, and the others are', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    await dropFiles(page, [FILES.olsonPdf, FILES.spicePdf, FILES.beckPdf]);
    await queueRow(page, FILES.olsonPdf.name)
      .getByRole('button', { name: `Cancel ${FILES.olsonPdf.name}` })
      .click();
    await queueRow(page, FILES.beckPdf.name)
      .getByRole('button', { name: `Cancel ${FILES.beckPdf.name}` })
      .click();
    await waitForQueueQuiet(page);
    expect(await queueStates(page)).toEqual([
      `${FILES.olsonPdf.name}: cancelled`,
      `${FILES.spicePdf.name}: done`,
      `${FILES.beckPdf.name}: cancelled`,
    ]);
    await expect.poll(() => libraryOwners(page)).toEqual(['Spice Adam C.']);
  });

  it('walks a dropped folder and its subfolders, taking PDF and XML files and listing the rest as skipped', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    const folder = {
      name: 'filings',
      children: [
        { name: 'snow-form4.xml', base64: base64(FILES.snowForm4Xml.bytes) },
        { name: 'photo.jpg', base64: base64(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) },
        { name: '.DS_Store', base64: base64(new Uint8Array([0, 0, 0, 1])) },
        {
          name: '2020',
          children: [{ name: 'snow-form3.XML', base64: base64(FILES.snowForm3Xml.bytes) }],
        },
      ],
    };
    await page.evaluate(dropFolder, folder);
    await waitForQueueQuiet(page, 3);
    expect(await queueStates(page)).toEqual([
      'filings/2020/snow-form3.XML: done',
      'filings/snow-form4.xml: done',
      'filings/photo.jpg: skipped',
    ]);
    await expect(queueRow(page, 'filings/photo.jpg').locator('.queue-note').innerText()).resolves.toBe(
      'Skipped: a .jpg file. From a folder, only PDF, XML and EDGAR .txt files are read.',
    );
    await expect
      .poll(() => libraryOwners(page))
      .toEqual(['Scarpelli Michael', 'BERKSHIRE HATHAWAY INC; BUFFETT WARREN E']);
  });

  it('reads a folder chosen with the folder picker', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    const dir = mkdtempSync(join(tmpdir(), 'library-folder-'));
    try {
      writeFileSync(join(dir, 'scarpelli.xml'), FILES.snowForm4Xml.bytes);
      writeFileSync(join(dir, 'berkshire.xml'), FILES.snowForm3Xml.bytes);
      writeFileSync(join(dir, 'readme.md'), 'Two Snowflake filings.');
      await page.getByLabel('Choose a folder of Form 3, 4 or 5 files').setInputFiles(dir);
      await waitForQueueQuiet(page, 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const states = (await queueStates(page)).sort();
    expect(states).toHaveLength(3);
    expect(states[0]).toMatch(/berkshire\.xml: done$/);
    expect(states[1]).toMatch(/readme\.md: skipped$/);
    expect(states[2]).toMatch(/scarpelli\.xml: done$/);
    expect((await libraryOwners(page)).length).toBe(2);
  });

  it('reads files pasted onto the page', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    await page.evaluate(
      (file) => {
        const web = globalThis as unknown as PageWeb;
        const transfer = new web.DataTransfer();
        const bytes = Uint8Array.from(web.atob(file.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new web.File([bytes], file.name, { type: 'text/xml' }));
        web.document.dispatchEvent(
          new web.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }),
        );
      },
      { name: 'pasted.xml', base64: base64(FILES.snowForm3Xml.bytes) },
    );
    await waitForQueueQuiet(page);
    expect(await queueStates(page)).toEqual(['pasted.xml: done']);
    // One file on its own opens as soon as it is read.
    await expect(page.locator('.file-card .issuer-name').innerText()).resolves.toBe('Snowflake Inc.');
  });

  it('asks for the password of a protected PDF, says when it is wrong, then reads and keeps it', async () => {
    const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
    const { page } = app;
    await dropFiles(page, [FILES.passwordPdf]);
    const row = queueRow(page, FILES.passwordPdf.name);
    const field = row.getByLabel(`Password for ${FILES.passwordPdf.name}`);
    await field.waitFor({ timeout: 30_000 });
    await field.fill('not-the-password');
    await field.press('Enter');
    await row.getByRole('alert').waitFor({ timeout: 30_000 });
    await expect(row.getByRole('alert').innerText()).resolves.toContain('That password does not open');
    // After a wrong password, focus stays in the field for the next try.
    await expect.poll(async () => (await focused(page)).type).toBe('password');
    await row.getByLabel(`Password for ${FILES.passwordPdf.name}`).fill(PASSWORD);
    await row.getByRole('button', { name: 'Open file' }).click();
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
    await expect(page.locator('.file-card .issuer-name').innerText()).resolves.toBe('Rocket Lab USA, Inc.');
    expect(await libraryRows(page)).toHaveLength(1);
  });
});

/** The browser globals the page-side functions use (this file is type-checked without DOM types). */
interface PageWeb {
  atob(data: string): string;
  setTimeout(run: () => void): unknown;
  DataTransfer: new () => { items: { add(file: unknown): unknown } };
  File: new (parts: Uint8Array[], name: string, options?: { type: string }) => unknown;
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean }) => unknown;
  DragEvent: new (type: string, init: { bubbles: boolean; cancelable: boolean }) => object;
  document: {
    dispatchEvent(event: unknown): boolean;
    querySelector(selector: string): { dispatchEvent(event: unknown): boolean } | null;
  };
}

interface FakeFolder {
  name: string;
  children: (FakeFolder | { name: string; base64: string })[];
}

/**
 * Runs in the page: drops a folder the way Chromium hands one over, as a
 * DataTransferItem whose webkitGetAsEntry() is a directory entry with a
 * reader that gives its entries in batches (two at a time here, to make the
 * app call readEntries until it gets an empty batch).
 */
function dropFolder(root: FakeFolder): void {
  const web = globalThis as unknown as PageWeb;
  const toEntry = (node: FakeFolder | { name: string; base64: string }, parent: string): unknown => {
    const fullPath = `${parent}/${node.name}`;
    if ('children' in node) {
      const children = node.children.map((child) => toEntry(child, fullPath));
      return {
        isFile: false,
        isDirectory: true,
        name: node.name,
        fullPath,
        createReader: () => {
          let next = 0;
          return {
            readEntries: (done: (entries: unknown[]) => void) =>
              web.setTimeout(() => done(children.slice(next, (next += 2)))),
          };
        },
      };
    }
    const bytes = Uint8Array.from(web.atob(node.base64), (c) => c.charCodeAt(0));
    const file = new web.File([bytes], node.name);
    return {
      isFile: true,
      isDirectory: false,
      name: node.name,
      fullPath,
      file: (done: (file: unknown) => void) => web.setTimeout(() => done(file)),
    };
  };
  const entry = toEntry(root, '');
  const transfer = {
    types: ['Files'],
    files: [],
    dropEffect: 'none',
    items: [{ kind: 'file', type: '', webkitGetAsEntry: () => entry, getAsFile: () => null }],
  };
  const zone = web.document.querySelector('[data-testid="drop-zone"]');
  if (!zone) throw new Error('drop zone not found');
  for (const type of ['dragenter', 'dragover', 'drop']) {
    const event = new web.DragEvent(type, { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: transfer });
    zone.dispatchEvent(event);
  }
}
