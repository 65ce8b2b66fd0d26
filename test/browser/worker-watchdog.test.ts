/**
 * The reader's watchdog in the built app: a PDF that stalls pdf.js (graphics
 * states nested tens of thousands deep: one synchronous stretch of minutes)
 * is dropped with good filings on a page whose per-file budget is short
 * (`?read-timeout=3`). The stalling file is failed as 'timeout' with a
 * message saying what happened and what to do, its worker is terminated, and
 * the other files are read, the last ones by a fresh worker.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { nestedSavesPdf } from '../../scripts/bad-generate';
import { launchChromium } from '../../scripts/lib/chromium';
import { dropFiles, openApp, type DroppedFile, type OpenedApp } from './page';

/** 40,000 levels: far beyond 3 s (20,000 already takes ~11 s in Node; the cost grows with the square). */
const STALLING: DroppedFile = {
  name: 'nested-saves.pdf',
  mimeType: 'application/pdf',
  bytes: nestedSavesPdf(40_000),
};

const OLSON: DroppedFile = {
  name: 'rklb-form4-olson-2024-11-19.pdf',
  mimeType: 'application/pdf',
  bytes: readFileSync('test/fixtures/browser/rklb-form4-olson-2024-11-19.pdf'),
};

const SAINTIL: DroppedFile = {
  name: 'rklb-form4-saintil-2022-06-27.pdf',
  mimeType: 'application/pdf',
  bytes: readFileSync('test/fixtures/cli/rklb-form4-saintil-2022-06-27.pdf'),
};

const NOT_A_PDF: DroppedFile = {
  name: 'meeting-notes.pdf',
  mimeType: 'application/pdf',
  bytes: new TextEncoder().encode('Notes from the quarterly meeting, saved as .pdf by mistake.\n'),
};

let browser: Browser;
let app: OpenedApp | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  const problems = app?.problems ?? [];
  await app?.page.close();
  app = null;
  expect(problems).toEqual([]);
});

function card(page: Page, fileName: string): Locator {
  return page.locator('.queue-item', { has: page.locator('.queue-name', { hasText: fileName }) });
}

async function settledState(page: Page, fileName: string): Promise<string | null> {
  const row = card(page, fileName);
  await expect
    .poll(() => row.getAttribute('data-state'), { timeout: 45_000 })
    .toMatch(/^(done|failed|cancelled|unsaved)$/);
  return row.getAttribute('data-state');
}

describe('the reader watchdog', () => {
  it('fails a stalling PDF as timed out, restarts the reader, and reads the good files', async () => {
    app = await openApp(browser, `${inject('appUrl')}?read-timeout=3`);
    const { page } = app;
    const readers: Worker[] = [];
    const closed = new Set<Worker>();
    page.on('worker', (worker) => {
      readers.push(worker);
      worker.on('close', () => closed.add(worker));
    });

    await dropFiles(page, [STALLING, OLSON]);
    await expect(settledState(page, STALLING.name)).resolves.toBe('failed');
    const alert = card(page, STALLING.name).getByRole('alert');
    await expect(alert.getAttribute('data-code')).resolves.toBe('timeout');
    const text = await alert.innerText();
    expect(text).toContain(`${STALLING.name} could not be read`);
    expect(text).toContain('Reading was stopped after 3 seconds');
    expect(text).toContain('the reader was restarted for your other files');
    await expect(settledState(page, OLSON.name)).resolves.toBe('done');

    // Whichever of the two the reader took first, these need the fresh worker. Two at once, so
    // neither is opened on its own (which would start the page-drawing worker too).
    await dropFiles(page, [SAINTIL, NOT_A_PDF]);
    await expect(settledState(page, SAINTIL.name)).resolves.toBe('done');
    await expect(settledState(page, NOT_A_PDF.name)).resolves.toBe('failed');
    await expect(card(page, NOT_A_PDF.name).getByRole('alert').getAttribute('data-code')).resolves.toBe(
      'not-pdf',
    );
    expect(readers).toHaveLength(2);
    await expect.poll(() => closed.has(readers[0]!), { timeout: 10_000 }).toBe(true);
    expect(closed.has(readers[1]!)).toBe(false);
  });
});
