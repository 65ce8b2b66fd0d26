/**
 * Cold start in Chromium: a fresh browser context (empty cache) opens the
 * built app from `vite preview` on 127.0.0.1, a real filing is dropped on it
 * as soon as the drop zone shows, and the clock stops when its card says
 * done. The median of a few runs, split into "page ready" and "drop to filing".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DROP_ZONE, withAppInChromium } from '../lib/app-page';
import { IR_PDFS } from '../lib/corpus';
import type { BenchOptions, BenchSection, SectionResult } from '../lib/section';
import { median, round } from '../lib/stats';

/** A one-page Rocket Lab Form 4 from the corpus (the bad-input fixtures' source). */
const FILING = '84c18877-143a-448a-a981-90d3e6485522.pdf';
const DONE_CARD = '.file-card[data-state="done"]';
const STEP_TIMEOUT_MS = 60_000;

/** Page-side globals used below (bench code is type-checked without DOM types). */
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

async function dropPdf(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, base64, selector }) => {
      const web = globalThis as unknown as PageGlobals;
      const transfer = new web.DataTransfer();
      const data = Uint8Array.from(web.atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new web.File([data], name, { type: 'application/pdf' }));
      const zone = web.document.querySelector(selector);
      if (!zone) throw new Error('drop zone not found');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        zone.dispatchEvent(
          new web.DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      }
    },
    { name, base64: Buffer.from(bytes).toString('base64'), selector: DROP_ZONE },
  );
}

async function oneColdStart(browser: Browser, url: string, bytes: Uint8Array) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url);
    await page.locator(DROP_ZONE).waitFor({ timeout: STEP_TIMEOUT_MS });
    const readyMs = performance.now() - start;
    await dropPdf(page, FILING, bytes);
    await page.locator(DONE_CARD).waitFor({ timeout: STEP_TIMEOUT_MS });
    const totalMs = performance.now() - start;
    return { readyMs, totalMs, dropToFilingMs: totalMs - readyMs };
  } finally {
    await context.close();
  }
}

export const coldStart: BenchSection = {
  id: 'coldstart',
  title: 'Cold start (Chromium)',
  run(options: BenchOptions): Promise<SectionResult> {
    return withAppInChromium(async (browser, url) => {
      try {
        const bytes = new Uint8Array(readFileSync(join(IR_PDFS, FILING)));
        const runs: Awaited<ReturnType<typeof oneColdStart>>[] = [];
        for (let i = 0; i < (options.quick ? 1 : 5); i++) runs.push(await oneColdStart(browser, url, bytes));
        const m = (key: 'readyMs' | 'totalMs' | 'dropToFilingMs') =>
          round(median(runs.map((r) => r[key])), 0);
        return {
          rows: [
            {
              metric: 'open to first parsed filing (median)',
              value: m('totalMs'),
              unit: 'ms',
              note: `${runs.length} fresh contexts`,
            },
            { metric: 'open to drop zone shown', value: m('readyMs'), unit: 'ms' },
            {
              metric: 'drop to filing shown',
              value: m('dropToFilingMs'),
              unit: 'ms',
              note: 'first file: starts the worker, loads pdf.js',
            },
          ],
          details: { filing: FILING, runs },
        };
      } catch (err) {
        return {
          rows: [],
          skipped: `the app did not show a parsed filing: ${(err as Error).message.split('\n')[0]}`,
        };
      }
    });
  },
};
