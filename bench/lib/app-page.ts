/**
 * The built app open in Chromium, for sections that measure inside the page:
 * build, `vite preview` on 127.0.0.1, a browser, and the page-side probes
 * (long tasks, when parts of the page first appear). Page code here runs in
 * Chromium, so it uses no named inner functions (tsx would wrap them in a
 * helper the page lacks) and reaches the DOM through casts (bench code is
 * type-checked without DOM types).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findChrome, launchChromium } from '../../scripts/lib/chromium';
import { buildApp, serve } from './app-build';
import { corpusMissing } from './corpus';
import type { SectionResult } from './section';

export const DROP_ZONE = '[data-testid="drop-zone"]';
export const LIBRARY_ROW = '.library-table tbody tr';

/** Runs `work` against the app built from this tree; a missing corpus, browser or build skips the section. */
export async function withAppInChromium(
  work: (browser: Browser, url: string) => Promise<SectionResult>,
): Promise<SectionResult> {
  const missing = corpusMissing();
  if (missing) return { rows: [], skipped: missing };
  try {
    findChrome();
  } catch (err) {
    return { rows: [], skipped: (err as Error).message };
  }
  const build = await buildApp();
  if ('error' in build) return { rows: [], skipped: build.error };
  const { url, server } = await serve(build.outDir);
  const browser = await launchChromium();
  try {
    return await work(browser, url);
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface LongTask {
  /** performance.now() in the page when the task began. */
  start: number;
  duration: number;
}

/**
 * Installed before the app's scripts on every navigation: long tasks (main
 * thread busy over 50 ms, Chromium's Long Tasks API) and the moments the drop
 * zone and the first library row first appear in the DOM, plus the frame after
 * each (the row is on screen then).
 */
export const PAGE_PROBE = `(() => {
  const probe = { longTasks: [], marks: {} };
  globalThis.__benchProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const seen = { dropZone: ${JSON.stringify(DROP_ZONE)}, libraryRow: ${JSON.stringify(LIBRARY_ROW)} };
  const observer = new MutationObserver(() => {
    for (const [name, selector] of Object.entries(seen)) {
      if (name in probe.marks || !document.querySelector(selector)) continue;
      probe.marks[name] = performance.now();
      requestAnimationFrame(() => setTimeout(() => { probe.marks[name + 'Painted'] = performance.now(); }, 0));
    }
    if (Object.keys(seen).every((name) => name in probe.marks)) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true });
})();`;

interface ProbeState {
  longTasks: LongTask[];
  marks: Record<string, number>;
}

export async function readProbe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => {
    const { longTasks, marks } = (globalThis as unknown as { __benchProbe: ProbeState }).__benchProbe;
    return { longTasks: [...longTasks], marks: { ...marks } };
  });
}

/** The page's clock now, to take only the long tasks that begin after it. */
export const pageNow = (page: Page) => page.evaluate(() => performance.now());

export function longTaskStats(tasks: readonly LongTask[]) {
  return {
    count: tasks.length,
    longestMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
    totalMs: Math.round(tasks.reduce((sum, t) => sum + t.duration, 0)),
  };
}

/** Waits until the service worker has installed: its precaching would otherwise compete with what is measured. */
/** A page of `context` with the probe installed, the app shown and its service worker ready. */
export async function openProbedApp(context: BrowserContext, url: string, timeoutMs: number): Promise<Page> {
  await context.addInitScript(PAGE_PROBE);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(DROP_ZONE).waitFor({ timeout: timeoutMs });
  await serviceWorkerReady(page);
  return page;
}

export async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const web = globalThis as unknown as { navigator: { serviceWorker?: { ready: Promise<unknown> } } };
    await web.navigator.serviceWorker?.ready;
  });
}
