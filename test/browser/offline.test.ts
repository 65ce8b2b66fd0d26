/**
 * Offline, install and update, on the built app served by a plain static
 * server under a sub-path other than the preview's. "Network off" is real:
 * the server stops answering and Chromium is set offline, so whatever the app
 * shows afterwards came from its service worker's precache and IndexedDB.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChrome, launchChromium } from '../../scripts/lib/chromium';
import { serveStatic, type StaticSite } from './offline-server';
import { dropFiles, type DroppedFile } from './page';
import { pdfNeedingPdfjsData } from './pdf-with-pdfjs-data';
import { encodeShareFragment } from '../../src/core/share/share-link';
import { readOwnershipXml } from '../../src/core/xml/read-xml';
import { openPage, shareLinkFor, waitForFiling, type WatchedPage } from './share-helpers';

const SUB_PATH = '/some/static/host/form4/';

const OLSON: DroppedFile = {
  name: 'rklb-form4-olson-2024-11-19.pdf',
  mimeType: 'application/pdf',
  bytes: readFileSync('test/fixtures/browser/rklb-form4-olson-2024-11-19.pdf'),
};
const GRIFFIN: DroppedFile = {
  name: 'rklb-form4-griffin-2022-06-23.pdf',
  mimeType: 'application/pdf',
  bytes: readFileSync('test/fixtures/offline/rklb-form4-griffin-2022-06-23.pdf'),
};

let browser: Browser;
let workDir: string;
let site: StaticSite | null = null;
let contexts: BrowserContext[] = [];
let watched: WatchedPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  workDir = mkdtempSync(join(tmpdir(), 'form4-offline-'));
  // A copy of the build: the update test publishes a changed one beside it.
  cpSync('dist', join(workDir, 'current'), { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  rmSync(workDir, { recursive: true, force: true });
});

afterEach(async () => {
  const problems = watched.flatMap((w) => w.problems);
  watched = [];
  await Promise.all(contexts.splice(0).map((c) => c.close()));
  await site?.close();
  site = null;
  expect(problems).toEqual([]);
});

async function publish(dir = join(workDir, 'current')): Promise<StaticSite> {
  site = await serveStatic(dir, SUB_PATH);
  return site;
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const opened = await openPage(context, url);
  watched.push(opened);
  return opened.page;
}

/** Resolves once this page's service worker is active, i.e. the whole app is precached. */
async function offlineReady(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const web = globalThis as unknown as {
      navigator: { serviceWorker: { ready: Promise<{ active: { scriptURL: string } | null }> } };
    };
    return (await web.navigator.serviceWorker.ready).active?.scriptURL ?? '';
  });
}

/** Turns the network off for real: the host stops answering and the browser is offline. */
async function networkOff(context: BrowserContext, host: StaticSite): Promise<void> {
  await host.goOffline();
  await context.setOffline(true);
}

describe('after one visit, with the network off', () => {
  it('opens the app and the library, reads new PDFs with their CMaps and fonts, opens and saves a shared filing', async () => {
    const host = await publish();
    const context = await browser.newContext();
    contexts.push(context);
    const page = await open(context, host.url);
    expect(await offlineReady(page)).toBe(`${host.url}sw.js`);
    await expect.poll(() => page.locator('.app-notice').getAttribute('data-state')).toBe('offline-ready');
    await dropFiles(page, [OLSON]);
    const link = await shareLinkFor(await waitForFiling(page, 'Rocket Lab USA, Inc.'));
    const servedOnline = host.requested.length;

    await networkOff(context, host);
    await page.reload();
    await page.getByText('Drop Form 3, 4 or 5 PDFs').waitFor();
    // The library, from IndexedDB: the filing read online is listed and opens.
    const olsonRow = page.locator('.library-table tbody tr', { hasText: 'Olson Jon A' });
    await olsonRow.waitFor();
    await olsonRow.locator('.col-issuer button').click();
    await waitForFiling(page, 'Rocket Lab USA, Inc.', 'Olson Jon A');

    // A PDF never read before: the parser worker and pdf.js come from the precache.
    await dropFiles(page, [GRIFFIN]);
    const griffin = await waitForFiling(page, 'Rocket Lab USA, Inc.', 'GRIFFIN MICHAEL D');
    await expect(griffin.locator('table').first().innerText()).resolves.toContain('38,090');

    // A PDF that needs pdf.js's CMaps and a standard font: served by the service worker.
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await dropFiles(page, [
      { name: 'needs-pdfjs-data.pdf', mimeType: 'application/pdf', bytes: pdfNeedingPdfjsData() },
    ]);
    // Whatever the app then says about this non-form, both files came from the service worker.
    await expect
      .poll(() => fetched, { timeout: 30_000 })
      .toEqual(
        expect.arrayContaining([
          `${SUB_PATH}pdfjs/cmaps/UniJIS-UCS2-H.bcmap`,
          `${SUB_PATH}pdfjs/standard_fonts/FoxitDingbats.pfb`,
        ]),
      );

    // A shared filing opens and is kept, all offline.
    const shared = await open(context, link);
    await shared.getByRole('button', { name: 'Save to my library' }).click();
    await shared.locator('.save-outcome[data-state="saved"]').waitFor();

    expect(host.requested.length).toBe(servedOnline); // the host heard nothing after going offline
  });
});

describe('a new version', () => {
  it('announces itself on the open page and applies when the person reloads', async () => {
    const host = await publish();
    const context = await browser.newContext();
    contexts.push(context);
    const page = await open(context, host.url);
    await offlineReady(page);

    host.serveFrom(publishNextVersion());
    await page.reload(); // a navigation makes the browser check sw.js
    const notice = page.locator('.app-notice[data-state="update-ready"]');
    await notice.waitFor({ timeout: 30_000 });
    // Still the running version until the person chooses to reload.
    await expect(page.locator('meta[name="form4-test-build"]').count()).resolves.toBe(0);

    await Promise.all([
      page.waitForEvent('framenavigated'),
      notice.getByRole('button', { name: 'Reload to update' }).click(),
    ]);
    await page.locator('meta[name="form4-test-build"]').waitFor({ state: 'attached' });
    await page.getByText('Drop Form 3, 4 or 5 PDFs').waitFor();
  });
});

/**
 * The same build with a changed index.html, as the next `vite build` would
 * publish it: its precache revision in sw.js changes with it, so sw.js differs
 * byte for byte and the browser installs it as an update.
 */
function publishNextVersion(): string {
  const next = join(workDir, 'next');
  cpSync(join(workDir, 'current'), next, { recursive: true });
  const indexPath = join(next, 'index.html');
  const index = readFileSync(indexPath, 'utf8');
  const changed = index.replace('<title>', '<meta name="form4-test-build" content="next" />\n    <title>');
  writeFileSync(indexPath, changed);
  const swPath = join(next, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  const updated = sw.replace(
    `{url:"index.html",revision:"${md5(index)}"}`,
    `{url:"index.html",revision:"${md5(changed)}"}`,
  );
  if (updated === sw) throw new Error('sw.js does not list index.html with its md5 revision');
  writeFileSync(swPath, updated);
  return next;
}

describe('installing', () => {
  it('is installable, with icons and file handlers for PDFs and XML', async () => {
    const host = await publish();
    // Installability needs a profile on disk (an incognito-like context is never installable).
    const profile = mkdtempSync(join(tmpdir(), 'form4-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChrome(),
      args: CHROMIUM_ARGS,
    });
    contexts.push(context);
    const page = await open(context, host.url);
    await offlineReady(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    expect(url).toBe(`${host.url}manifest.webmanifest`);
    const manifest = JSON.parse(data ?? '{}') as {
      start_url: string;
      scope: string;
      icons: { src: string; sizes: string; purpose?: string }[];
      file_handlers: { action: string; accept: Record<string, string[]> }[];
    };
    expect(new URL(manifest.start_url, url).href).toBe(host.url);
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, url).href);
      expect(response.status(), icon.src).toBe(200);
    }
    expect(manifest.file_handlers).toEqual([
      {
        action: './',
        accept: { 'application/pdf': ['.pdf'], 'application/xml': ['.xml'], 'text/xml': ['.xml'] },
      },
    ]);
    await context.close();
    contexts = contexts.filter((c) => c !== context);
    rmSync(profile, { recursive: true, force: true });
  });
});

/**
 * Keeps the consumer the app gives Chromium's real launchQueue, so the test can
 * hand it files the way the browser does when the installed app is chosen in
 * "Open with" (which a headless browser cannot be asked to do).
 */
function keepLaunchConsumer(): void {
  type Consumer = (params: unknown) => void;
  const web = globalThis as unknown as {
    __launchConsumer?: Consumer;
    LaunchQueue?: { prototype: { setConsumer(this: unknown, consumer: Consumer): void } };
  };
  const proto = web.LaunchQueue?.prototype;
  if (!proto) return;
  const original = proto.setConsumer;
  proto.setConsumer = function (this: unknown, consumer: Consumer) {
    web.__launchConsumer = consumer;
    original.call(this, consumer);
  };
}

/** Writes `file` to the origin-private file system and launches the app with that real file handle. */
async function launchWith(page: Page, file: DroppedFile): Promise<void> {
  await page.evaluate(
    async ({ name, base64 }) => {
      const web = globalThis as unknown as {
        __launchConsumer?: (params: { files: unknown[]; targetURL: string }) => void;
        atob(data: string): string;
        location: { href: string };
        navigator: {
          storage: {
            getDirectory(): Promise<{
              getFileHandle(
                name: string,
                options: { create: boolean },
              ): Promise<{
                createWritable(): Promise<{ write(data: Uint8Array): Promise<void>; close(): Promise<void> }>;
              }>;
            }>;
          };
        };
      };
      if (!web.__launchConsumer) throw new Error('the app set no launchQueue consumer');
      const root = await web.navigator.storage.getDirectory();
      const handle = await root.getFileHandle(name, { create: true });
      const writable = await handle.createWritable();
      await writable.write(Uint8Array.from(web.atob(base64), (c) => c.charCodeAt(0)));
      await writable.close();
      web.__launchConsumer({ files: [handle], targetURL: web.location.href });
    },
    { name: file.name, base64: Buffer.from(file.bytes).toString('base64') },
  );
}

describe('files opened with the installed app', () => {
  it('are read like dropped files, also when a shared filing was being shown', async () => {
    const host = await publish();
    const context = await browser.newContext();
    contexts.push(context);
    await context.addInitScript(keepLaunchConsumer);

    const page = await open(context, host.url);
    await launchWith(page, GRIFFIN);
    await waitForFiling(page, 'Rocket Lab USA, Inc.', 'GRIFFIN MICHAEL D');

    const xml = readFileSync('test/fixtures/xml/x0508-form4-10b5-1.xml', 'utf8');
    const shared = await open(context, `${host.url}#${await encodeShareFragment(readOwnershipXml(xml))}`);
    await shared.locator('main.shared-filing[data-state="shown"]').waitFor();
    await launchWith(shared, OLSON);
    await waitForFiling(shared, 'Rocket Lab USA, Inc.', 'Olson Jon A');
    await expect(shared.locator('main.shared-filing').count()).resolves.toBe(0);
  });
});
