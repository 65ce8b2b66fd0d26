/**
 * Shared by the library browser tests: the real fixture files, a fresh
 * browser profile per test (its own IndexedDB), and reading the queue and the
 * library table the way a person sees them.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { watchProblems, type DroppedFile } from './page';

function fixture(path: string, name = path.split('/').pop() as string): DroppedFile {
  const mimeType = path.endsWith('.pdf') ? 'application/pdf' : 'text/xml';
  return { name, mimeType, bytes: new Uint8Array(readFileSync(`test/fixtures/${path}`)) };
}

export const FILES = {
  olsonPdf: fixture('browser/rklb-form4-olson-2024-11-19.pdf'),
  spicePdf: fixture('browser-library/rklb-form4-spice-2022-05-12.pdf'),
  beckPdf: fixture('browser-library/rklb-form3-beck-2021-08-25.pdf'),
  snowForm4Xml: fixture('browser-library/snow-form4-scarpelli-2022-12-13.xml'),
  snowForm3Xml: fixture('browser-library/snow-form3-berkshire-2020-09-18.xml'),
  passwordPdf: fixture('bad/password.pdf'),
  notAPdf: fixture('bad/text-renamed.pdf', 'meeting-notes.pdf'),
};

export const PASSWORD = 'form4-secret';

export interface LibraryApp {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors, failed requests. */
  problems: string[];
}

/** A fresh profile (own storage) with the app open; `initScript` runs before the app's own code. */
export async function openLibraryApp(
  browser: Browser,
  url: string,
  initScript?: string,
): Promise<LibraryApp> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url);
  await waitForLibraryOpen(page);
  return { context, page, problems };
}

export async function waitForLibraryOpen(page: Page): Promise<void> {
  await page.getByText('Drop Form 3, 4 or 5 PDFs').waitFor();
  await expect
    .poll(() => page.locator('.library-count').innerText(), { timeout: 15_000 })
    .not.toBe('Opening the library…');
}

export function queueRow(page: Page, fileName: string): Locator {
  return page.locator('.queue-item', { has: page.locator('.queue-name', { hasText: fileName }) });
}

/**
 * Waits until the files just given are listed (at least `rows` rows: a drop
 * is listed a moment after the event, once folders are walked) and none is
 * waiting, being read or being saved.
 */
export async function waitForQueueQuiet(page: Page, rows = 1): Promise<void> {
  await expect
    .poll(() => page.locator('.queue-item').count(), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(rows);
  const busy = page.locator(
    '.queue-item[data-state="queued"], .queue-item[data-state="reading"], .queue-item[data-state="saving"]',
  );
  await expect.poll(() => busy.count(), { timeout: 60_000 }).toBe(0);
}

/** Each queue row as "name: state". */
export async function queueStates(page: Page): Promise<string[]> {
  return page
    .locator('.queue-item')
    .evaluateAll((rows) =>
      rows.map(
        (row) => `${row.querySelector('.queue-name')?.textContent}: ${row.getAttribute('data-state')}`,
      ),
    );
}

export interface LibraryRow {
  date: string;
  form: string;
  issuer: string;
  owner: string;
  codes: string;
}

/** The library table's rows, top to bottom, as shown. */
export async function libraryRows(page: Page): Promise<LibraryRow[]> {
  return page.locator('.library-table tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const text = (selector: string) => row.querySelector(selector)?.textContent?.trim() ?? '';
      return {
        date: text('.col-date'),
        form: text('.col-form .doc-type'),
        issuer: text('.col-issuer .link-button'),
        owner: text('.col-owner'),
        codes: text('.col-codes'),
      };
    }),
  );
}

export async function libraryOwners(page: Page): Promise<string[]> {
  return (await libraryRows(page)).map((row) => row.owner);
}

/** The Olson, Scarpelli and Berkshire filings: one PDF and two XML, quick to read. */
export const THREE_FILINGS = [FILES.olsonPdf, FILES.snowForm4Xml, FILES.snowForm3Xml];

export const THREE_ROWS: LibraryRow[] = [
  { date: '2024-11-19', form: '4', issuer: 'Rocket Lab USA, Inc.', owner: 'Olson Jon A', codes: 'S' },
  { date: '2022-12-13', form: '4', issuer: 'Snowflake Inc.', owner: 'Scarpelli Michael', codes: 'M S' },
  {
    date: '2020-09-18',
    form: '3',
    issuer: 'Snowflake Inc.',
    owner: 'BERKSHIRE HATHAWAY INC; BUFFETT WARREN E',
    codes: '',
  },
];

interface FocusedElement {
  textContent: string | null;
  className: string;
  getAttribute(name: string): string | null;
}

/** What has keyboard focus: its text, classes and type attribute. */
export function focused(page: Page): Promise<{ text: string; classes: string; type: string | null }> {
  return page.evaluate(() => {
    const web = globalThis as unknown as { document: { activeElement: FocusedElement | null } };
    const element = web.document.activeElement;
    return {
      text: element?.textContent ?? '',
      classes: element?.className ?? '',
      type: element?.getAttribute('type') ?? null,
    };
  });
}
