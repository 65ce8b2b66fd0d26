/**
 * Measures the library UI in the built app (run `npx vite build` first), in
 * headless Chromium, with real corpus files (needs ../shared/corpus):
 *
 *   1. 100 files (50 Rocket Lab PDFs, 50 EDGAR XMLs) picked at once: time to
 *      the first row in the library, time to all read, and how busy the
 *      page's main thread was meanwhile (long tasks, timer lateness).
 *   2. A 10,000-filing library (100 real XML filings, each stored under 100
 *      content variants) imported from a backup through the UI; then a reload
 *      (listing time), and search/filter/sort from the input event to the
 *      table painted.
 *
 *   npx tsx scripts/library-ui-measure.ts [--skip-big]
 *
 * Prints numbers; asserts nothing (speed is reported, not tested).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { nodeExtractOptions, nodePdfjs } from '../src/cli/pdfjs-node';
import { exportBackup } from '../src/core/library/backup';
import { makeRecord, type LibraryRecord } from '../src/core/library/record';
import { parseBytes } from '../src/core/parse-file';
import { launchChromium } from './lib/chromium';

const CORPUS = '../shared/corpus';
const { values } = parseArgs({
  options: {
    'skip-big': { type: 'boolean', default: false },
    'only-big': { type: 'boolean', default: false },
  },
});
if (!existsSync(CORPUS)) throw new Error(`${CORPUS} is missing: this measurement reads real corpus files.`);
if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first.');

/** Long tasks and timer lateness on the page's main thread, recorded from before the app starts. */
const MAIN_THREAD_PROBE = `
  globalThis.__probe = { longTasks: [], lateness: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) globalThis.__probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  let expected = performance.now() + 50;
  setInterval(() => {
    const now = performance.now();
    globalThis.__probe.lateness.push(now - expected);
    expected = now + 50;
  }, 50);
`;

interface ProbeReport {
  longTasks: number;
  longestTaskMs: number;
  longTaskTotalMs: number;
  worstTimerLatenessMs: number;
  timerP95LatenessMs: number;
}

async function readProbe(page: Page): Promise<ProbeReport> {
  return page.evaluate(() => {
    const probe = (globalThis as unknown as { __probe: { longTasks: number[]; lateness: number[] } }).__probe;
    const late = [...probe.lateness].sort((a, b) => a - b);
    // No named helper functions in here: the bundler would wrap them in a helper the page lacks.
    const result = {
      longTasks: probe.longTasks.length,
      longestTaskMs: Math.round(Math.max(0, ...probe.longTasks)),
      longTaskTotalMs: Math.round(probe.longTasks.reduce((s, d) => s + d, 0)),
      worstTimerLatenessMs: Math.round(late.at(-1) ?? 0),
      timerP95LatenessMs: Math.round(late[Math.floor(late.length * 0.95)] ?? 0),
    };
    probe.longTasks.length = 0;
    probe.lateness.length = 0;
    return result;
  });
}

function corpusFiles(): { name: string; buffer: Buffer; mimeType: string }[] {
  const pdfDir = join(CORPUS, 'ir-pdfs');
  const pdfs = readdirSync(pdfDir)
    .filter((name) => name.endsWith('.pdf'))
    .sort()
    .slice(0, 50)
    .map((name) => ({ name, buffer: readFileSync(join(pdfDir, name)), mimeType: 'application/pdf' }));
  return [
    ...pdfs,
    ...smallestXml(50).map((path) => ({
      name: path.split('/').slice(-2).join('-'),
      buffer: readFileSync(path),
      mimeType: 'text/xml',
    })),
  ];
}

function smallestXml(count: number): string[] {
  const root = join(CORPUS, 'xml/datamule');
  const paths = readdirSync(root).flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.xml'))
      .map((name) => join(root, folder, name)),
  );
  return paths.sort((a, b) => statSync(a).size - statSync(b).size || a.localeCompare(b)).slice(0, count);
}

async function waitForLibrary(page: Page): Promise<void> {
  await page.getByText('Drop Form 3, 4 or 5 PDFs').waitFor();
  await page.locator('.library-count', { hasText: /^(?!Opening)/ }).waitFor();
}

async function hundredFiles(page: Page): Promise<void> {
  const files = corpusFiles();
  await readProbe(page); // start clean
  const started = Date.now();
  await page.getByLabel('Choose Form 3, 4 or 5 files').setInputFiles(files);
  // Playwright builds the 100 File objects in the page in one long task of its own: not the app's work.
  console.log('  main thread while Playwright hands over the files:', await readProbe(page));
  await page.locator('.library-table tbody tr').first().waitFor({ timeout: 120_000 });
  const firstRowMs = Date.now() - started;
  const busy = page.locator(
    '.queue-item[data-state="queued"], .queue-item[data-state="reading"], .queue-item[data-state="saving"]',
  );
  for (;;) {
    if ((await page.locator('.queue-item').count()) === files.length && (await busy.count()) === 0) break;
    await page.waitForTimeout(200);
  }
  const allMs = Date.now() - started;
  const summary = await page.locator('.queue-count').innerText();
  console.log(`100 files: first row in the library after ${firstRowMs} ms, all read after ${allMs} ms`);
  console.log(`  ${summary}`);
  console.log('  main thread while reading:', await readProbe(page));
}

/** 10,000 records: 100 real XML filings, each under 100 variants of its bytes (a trailing comment). */
async function bigBackup(): Promise<Uint8Array> {
  const records: LibraryRecord[] = [];
  const files = new Map<string, Uint8Array>();
  for (const path of smallestXml(100)) {
    const base = new Uint8Array(readFileSync(path));
    const output = await parseBytes(nodePdfjs, base, path, nodeExtractOptions);
    for (let copy = 0; copy < 100; copy++) {
      const bytes = new Uint8Array([...base, ...new TextEncoder().encode(`\n<!-- copy ${copy} -->\n`)]);
      const record = await makeRecord({ bytes, fileName: `copy-${copy}-${path.split('/').pop()}`, output });
      records.push(record);
      files.set(record.id, bytes);
    }
  }
  return exportBackup(records, files);
}

/** From the input event to the table painted (two animation frames after Preact's update). */
async function timeControl(
  page: Page,
  selector: string,
  value: string,
  event: 'input' | 'change',
): Promise<number> {
  return page.evaluate(
    async ({ selector, value, event }) => {
      const web = globalThis as unknown as {
        document: { querySelector(s: string): { value: string; dispatchEvent(e: unknown): boolean } | null };
        Event: new (type: string, init: { bubbles: boolean }) => unknown;
        requestAnimationFrame(run: () => void): void;
      };
      const control = web.document.querySelector(selector);
      if (!control) throw new Error(`${selector} not found`);
      const start = performance.now();
      control.value = value;
      control.dispatchEvent(new web.Event(event, { bubbles: true }));
      for (let i = 0; i < 2; i++)
        await new Promise<void>((resolve) => web.requestAnimationFrame(() => resolve()));
      return performance.now() - start;
    },
    { selector, value, event },
  );
}

async function tenThousand(page: Page): Promise<void> {
  const backup = await bigBackup();
  console.log(`10,000-filing backup: ${(backup.byteLength / 1e6).toFixed(1)} MB`);
  await readProbe(page);
  let started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'library-measure-'));
  const path = join(dir, 'big.json');
  writeFileSync(path, backup);
  // The page reads the file from disk when it imports: it is removed only afterwards.
  await page.getByLabel('Import a library backup file').setInputFiles(path);
  const progress = setInterval(() => {
    void page
      .evaluate(
        () => (globalThis as unknown as { __probe: { longTasks: number[] } }).__probe.longTasks.length,
      )
      .then((n) => console.log(`  … ${Math.round((Date.now() - started) / 1000)} s, ${n} long tasks so far`))
      .catch(() => undefined);
  }, 15_000);
  await page
    .locator('.backup-report', { hasText: 'Imported big.json' })
    .waitFor({ timeout: 600_000 })
    .finally(() => {
      clearInterval(progress);
      rmSync(dir, { recursive: true, force: true });
    });
  console.log(
    `  import through the UI: ${Date.now() - started} ms — ${await page.locator('.backup-report').innerText()}`,
  );
  console.log('  main thread during import:', await readProbe(page));

  started = Date.now();
  await page.reload();
  await page.locator('.library-count', { hasText: /^Showing 100 of / }).waitFor({ timeout: 300_000 });
  console.log(`  reload to the list shown: ${Date.now() - started} ms`);
  await page.getByTestId('library-insights').waitFor({ timeout: 600_000 });
  console.log(`  reload to every filing read for the totals: ${Date.now() - started} ms`);
  console.log('  main thread during reload and background reading:', await readProbe(page));

  const runs: [string, string, string, 'input' | 'change'][] = [
    ['search "a"', '#library-search', 'a', 'input'],
    ['search "smith"', '#library-search', 'smith', 'input'],
    ['search cleared', '#library-search', '', 'input'],
    ['form 4', '#library-form', '4', 'change'],
    ['code S', '#library-code', 'S', 'change'],
    ['from 2015-01-01', '#library-from', '2015-01-01', 'input'],
  ];
  for (const [label, selector, value, event] of runs) {
    const ms = await timeControl(page, selector, value, event);
    console.log(
      `  ${label}: ${ms.toFixed(1)} ms to painted — ${await page.locator('.library-count').innerText()}`,
    );
  }
  started = Date.now();
  await page.getByRole('button', { name: 'Reporting owner' }).click();
  await page.locator('th.col-owner[aria-sort="ascending"]').waitFor();
  console.log(`  sort by owner (click to header updated, via Playwright): ${Date.now() - started} ms`);
}

const server = await preview({
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 4185, strictPort: false },
});
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(MAIN_THREAD_PROBE);
  const page = await context.newPage();
  await page.goto(server.resolvedUrls?.local[0] ?? '');
  await waitForLibrary(page);
  if (!values['only-big']) await hundredFiles(page);
  if (!values['skip-big']) {
    if (!values['only-big']) {
      await page.getByRole('button', { name: 'Delete all…' }).click();
      await page.getByRole('button', { name: 'Delete all filings' }).click();
      await page.locator('.library-count', { hasText: /^$/ }).waitFor();
    }
    await tenThousand(page);
  }
} finally {
  await browser.close();
  await server.close();
}
