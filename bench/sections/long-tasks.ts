/**
 * Does reading many PDFs keep the page responsive? 100 corpus PDFs (the
 * ir-pdfs, repeated to 100; repeats get a trailing PDF comment so each is a
 * new file, not a duplicate the library recognises) are dropped at once on
 * the built app in Chromium, and the Long Tasks API records every stretch the
 * main thread was busy over 50 ms, from the drop until every file is read and
 * the page has settled (library list and totals updated).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  DROP_ZONE,
  longTaskStats,
  pageNow,
  readProbe,
  openProbedApp,
  withAppInChromium,
} from '../lib/app-page';
import { IR_PDFS } from '../lib/corpus';
import { longestBy, traceMainThread, type TracedTask } from '../lib/main-thread-trace';
import type { BenchOptions, BenchSection, MetricRow, SectionResult } from '../lib/section';
import { round } from '../lib/stats';

const FILE_COUNT = 100;
const QUICK_FILE_COUNT = 20;
const TIMEOUT_MS = 300_000;
/** After the last file: the library totals wait 300 ms for a pause (src/ui/library/totals/use-library-totals.ts), then recompute. */
const SETTLE_MS = 2_000;
const UNFINISHED = ['queued', 'reading', 'saving'].map((s) => `.queue-item[data-state="${s}"]`).join(', ');

export function corpusPdfs(count: number): { name: string; bytes: Buffer }[] {
  const names = readdirSync(IR_PDFS)
    .filter((name) => name.endsWith('.pdf'))
    .sort();
  return Array.from({ length: count }, (_, i) => {
    const name = names[i % names.length]!;
    const bytes = readFileSync(join(IR_PDFS, name));
    const copy = Math.floor(i / names.length);
    // Bytes after %%EOF are ignored by PDF readers; they make the repeat a different file.
    return copy === 0
      ? { name, bytes }
      : { name: `copy${copy}-${name}`, bytes: Buffer.concat([bytes, Buffer.from(`\n% copy ${copy}\n`)]) };
  });
}

/** Builds the File objects in the page ahead of time: decoding them is the bench's work, not the app's. */
export async function stageFiles(page: Page, files: { name: string; bytes: Buffer }[]): Promise<void> {
  for (const file of files) {
    await page.evaluate(
      ({ name, base64 }) => {
        const web = globalThis as unknown as PageFiles;
        const data = Uint8Array.from(web.atob(base64), (c) => c.charCodeAt(0));
        (web.__benchFiles ??= []).push(new web.File([data], name, { type: 'application/pdf' }));
      },
      { name: file.name, base64: file.bytes.toString('base64') },
    );
  }
}

/** Drops the staged files on the zone the way a browser does (dragenter, dragover, drop). */
export async function dropStaged(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    const web = globalThis as unknown as PageFiles;
    const transfer = new web.DataTransfer();
    for (const file of web.__benchFiles ?? []) transfer.items.add(file);
    const zone = web.document.querySelector(selector);
    if (!zone) throw new Error('drop zone not found');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(
        new web.DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
    }
  }, DROP_ZONE);
}

interface PageFiles {
  __benchFiles?: unknown[];
  atob(data: string): string;
  File: new (parts: Uint8Array[], name: string, options: { type: string }) => unknown;
  DataTransfer: new () => { items: { add(file: unknown): unknown } };
  DragEvent: new (type: string, init: object) => unknown;
  document: { querySelector(selector: string): { dispatchEvent(event: unknown): boolean } | null };
}

export async function allRead(page: Page, count: number): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (
    (await page.locator('.queue-item').count()) < count ||
    (await page.locator(UNFINISHED).count()) > 0
  ) {
    if (Date.now() > deadline) throw new Error('the files were not all read in time');
    await page.waitForTimeout(200);
  }
}

async function measure(browser: Browser, url: string, options: BenchOptions): Promise<SectionResult> {
  const files = corpusPdfs(options.quick ? QUICK_FILE_COUNT : FILE_COUNT);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await openProbedApp(context, url, TIMEOUT_MS);
    await stageFiles(page, files);
    const start = await pageNow(page);
    let readMs = 0;
    const traced = await traceMainThread(browser, page, async () => {
      await dropStaged(page);
      await allRead(page, files.length);
      readMs = (await pageNow(page)) - start;
      await page.waitForTimeout(SETTLE_MS);
    });
    const tasks = (await readProbe(page)).longTasks.filter((task) => task.start >= start);
    const done = await page.locator('.queue-item[data-state="done"]').count();
    return {
      rows: longTaskRows(longTaskStats(tasks), traced, { files: files.length, done, readMs }),
      details: {
        readMs,
        loadAverage: loadavg(),
        longTasks: tasks.map((task) => ({ ...task, start: task.start - start })),
        tracedOver50: traced.filter((task) => task.wallMs > 50 || task.cpuMs > 50),
      },
    };
  } finally {
    await context.close();
  }
}

function longTaskRows(
  stats: ReturnType<typeof longTaskStats>,
  traced: TracedTask[],
  run: { files: number; done: number; readMs: number },
): MetricRow[] {
  const load = loadavg()[0]!.toFixed(1);
  return [
    {
      metric: `longest main-thread task, reading ${run.files} PDFs`,
      value: stats.longestMs,
      unit: 'ms',
      target: { op: '<=', limit: 50 },
      note: `Long Tasks API (wall); drop → all read ${round(run.readMs / 1000, 1)} s + ${SETTLE_MS / 1000} s`,
    },
    {
      metric: 'main-thread tasks over 50 ms',
      value: stats.count,
      unit: '',
      target: { op: '<=', limit: 0 },
      note: `${stats.totalMs} ms in them; machine load average ${load}`,
    },
    {
      metric: 'longest main-thread task in CPU time',
      value: round(longestBy(traced, 'cpuMs'), 0),
      unit: 'ms',
      target: { op: '<=', limit: 50 },
      note: `trace; ${traced.filter((t) => t.cpuMs > 50).length} over 50 ms (wall minus waiting for a core)`,
    },
    { metric: 'files read into the library', value: run.done, unit: `of ${run.files}` },
  ];
}

export const longTasks: BenchSection = {
  id: 'longtasks',
  title: 'Main thread while reading PDFs (Chromium)',
  run: (options) => withAppInChromium((browser, url) => measure(browser, url, options)),
};
