/**
 * Opening the app in Chromium, and dropping a file on it the way a person's
 * drag and drop arrives: a DataTransfer holding a File, dispatched as
 * dragenter, dragover and drop on the drop zone. Every console error, page
 * error and failed request is collected so a test can fail on it.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';

export interface OpenedApp {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests, in the page and its worker. */
  problems: string[];
}

/** Collects, from now on, every console error, page error, failed request and HTTP error the page sees. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A load the browser itself abandoned (a test's reload while the app loaded a chunk in the
    // background) is not the app's fault: the reloaded page loads it again. Any other failure is.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'no reason'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

export async function openApp(browser: Browser, url: string): Promise<OpenedApp> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watchProblems(page);
  await page.goto(url);
  await page.getByText('Drop Form 3, 4 or 5 PDFs').waitFor();
  return { page, problems };
}

/** The few browser globals the page-side code uses (this file is type-checked without DOM types). */
interface PageGlobals {
  atob(data: string): string;
  DataTransfer: new () => { items: { add(file: unknown): unknown } };
  File: new (parts: Uint8Array[], name: string, options: { type: string }) => unknown;
  DragEvent: new (
    type: string,
    init: { bubbles: boolean; cancelable: boolean; dataTransfer: unknown },
  ) => unknown;
  document: { querySelector(selector: string): { dispatchEvent(event: unknown): boolean } | null };
}

export interface DroppedFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export async function dropFiles(page: Page, files: DroppedFile[]): Promise<void> {
  const payload = files.map((f) => ({
    name: f.name,
    type: f.mimeType,
    base64: Buffer.from(f.bytes).toString('base64'),
  }));
  await page.evaluate((dropped) => {
    const web = globalThis as unknown as PageGlobals;
    const transfer = new web.DataTransfer();
    for (const file of dropped) {
      const bytes = Uint8Array.from(web.atob(file.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new web.File([bytes], file.name, { type: file.type }));
    }
    const zone = web.document.querySelector('[data-testid="drop-zone"]');
    if (!zone) throw new Error('drop zone not found');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(
        new web.DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
    }
  }, payload);
}

/** A file under test/fixtures/ as a person would drop it. */
export function fixtureFile(path: string): DroppedFile {
  const name = path.split('/').pop() as string;
  const mimeType = path.endsWith('.pdf') ? 'application/pdf' : 'text/xml';
  return { name, mimeType, bytes: new Uint8Array(readFileSync(`test/fixtures/${path}`)) };
}

/** A file's row in the list of files being read. */
export function queueCard(page: Page, fileName: string): Locator {
  return page.locator('.queue-item', { has: page.locator('.queue-name', { hasText: fileName }) });
}
