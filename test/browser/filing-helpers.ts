/**
 * Shared by the filing-view browser tests: the real fixture files, the same
 * files read in Node by the same engine (what the view should show and where
 * each value was read), a fresh profile per test at a chosen width and colour
 * scheme, and opening a filing the way a person does: drop it, or pick it
 * from the library.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { nodeExtractOptions, nodePdfjs } from '../../src/cli/pdfjs-node';
import { parseBytes, type ParseOutput } from '../../src/core/parse-file';
import { waitForLibraryOpen, waitForQueueQuiet } from './library-helpers';
import { dropFiles, fixtureFile, watchProblems, type DroppedFile } from './page';

export const FILING_FILES = {
  kampani2025: fixtureFile('browser-filing/rklb-form4-kampani-2025-03-14.pdf'),
  kampani2024: fixtureFile('browser-filing/rklb-form4-kampani-2024-11-25.pdf'),
  olsonForm3: fixtureFile('browser-filing/rklb-form3-olson-2021-08-25.pdf'),
  olsonForm3A: fixtureFile('browser-filing/rklb-form3a-olson-2021-08-25.pdf'),
  unityXml: fixtureFile('browser-filing/unity-form4-botha-2022-11-08.xml'),
  seedXml: fixtureFile('seed/liveperson-2009-form4.xml'),
  seedPdf: fixtureFile('seed/liveperson-2009-form4.pdf'),
};

/** The file read in Node by the same engine the app runs in its worker. */
export function readInNode(file: DroppedFile): Promise<ParseOutput> {
  return parseBytes(nodePdfjs, file.bytes, file.name, nodeExtractOptions);
}

/** The library keys a record by the SHA-256 of its bytes. */
export function recordId(file: DroppedFile): string {
  return createHash('sha256').update(file.bytes).digest('hex');
}

export interface FilingApp {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

export interface AppOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
}

export async function openFilingApp(
  browser: Browser,
  url: string,
  options: AppOptions = {},
): Promise<FilingApp> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url);
  await waitForLibraryOpen(page);
  return { context, page, problems };
}

/** The filing on screen. */
export function filingView(page: Page): Locator {
  return page.locator('.file-card .filing-view');
}

/** Drop one file on its own: it is read, kept and opened. */
export async function dropAndOpen(page: Page, file: DroppedFile): Promise<Locator> {
  await dropFiles(page, [file]);
  const view = filingView(page);
  await view.waitFor({ timeout: 60_000 });
  return view;
}

/** Drop several files at once: they fill the library; none is opened. */
export async function dropIntoLibrary(page: Page, files: DroppedFile[]): Promise<void> {
  await dropFiles(page, files);
  await waitForQueueQuiet(page);
}

/** Open a stored filing from the library list. */
export async function openFromLibrary(page: Page, file: DroppedFile): Promise<Locator> {
  await page.locator(`.library-table tr[data-id="${recordId(file)}"] .link-button`).click();
  const view = filingView(page);
  await expect.poll(() => view.getAttribute('data-entry-id'), { timeout: 15_000 }).toBe(recordId(file));
  return view;
}

/** The element showing a field path ("nonDerivativeTransactions[0].pricePerShare"). */
export function atPath(view: Locator, path: string): Locator {
  return view.locator(`[data-path="${path}"]`);
}

/** The data-path of whatever has focus. */
export function focusedPath(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const web = globalThis as unknown as {
      document: {
        activeElement: { closest(s: string): { getAttribute(n: string): string | null } | null } | null;
      };
    };
    return web.document.activeElement?.closest('[data-path]')?.getAttribute('data-path') ?? null;
  });
}

/** The text of the downloaded file a click starts, and the name the app gave it. */
export async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}
