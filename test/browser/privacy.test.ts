/**
 * Privacy as a tested promise. Every request of a whole session (the page,
 * the parser worker, the service worker) is recorded while filings are
 * dropped, viewed, exported, shared, opened from the link and saved: none may
 * go to another origin. The built index.html carries a strict CSP, and
 * Chromium enforces it: no inline script, no eval, no connection elsewhere.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { dropFiles, type DroppedFile } from './page';
import { openPage, shareLinkFor, waitForFiling, type WatchedPage } from './share-helpers';

const ROCKET_LAB: DroppedFile = {
  name: 'rklb-form4-olson-2024-11-19.pdf',
  mimeType: 'application/pdf',
  bytes: readFileSync('test/fixtures/browser/rklb-form4-olson-2024-11-19.pdf'),
};
const AFFIRM_XML: DroppedFile = {
  name: 'x0508-form4-10b5-1.xml',
  mimeType: 'application/xml',
  bytes: readFileSync('test/fixtures/xml/x0508-form4-10b5-1.xml'),
};

interface Recorder {
  requests: string[];
  /** CSP violations reported in any page of the context, as "directive blocked-uri". */
  violations(page: Page): Promise<string[]>;
}

/** Records every request the context makes, from pages, workers and service workers alike. */
async function record(context: BrowserContext): Promise<Recorder> {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('weberror', (error) => requests.push(`error: ${error.error().message}`));
  await context.addInitScript(() => {
    const web = globalThis as unknown as {
      __cspViolations: string[];
      addEventListener(
        type: string,
        listener: (event: { violatedDirective: string; blockedURI: string }) => void,
      ): void;
    };
    web.__cspViolations = [];
    web.addEventListener('securitypolicyviolation', (event) =>
      web.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return {
    requests,
    violations: (page) =>
      page.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

/** blob: URLs belong to the page that made them; data: URLs never touch a network. */
function leavesOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:')) return false;
  return new URL(url).origin !== origin;
}

let browser: Browser;
let context: BrowserContext | null = null;
let watched: WatchedPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  const problems = watched.flatMap((w) => w.problems);
  watched = [];
  await context?.close();
  context = null;
  expect(problems).toEqual([]);
});

async function open(url: string): Promise<Page> {
  if (!context) throw new Error('no context');
  const opened = await openPage(context, url);
  watched.push(opened);
  return opened.page;
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await file.path(), 'utf8');
}

describe('nothing leaves the app', () => {
  it('makes no request to any other origin while filings are dropped, viewed, exported, shared and saved', async () => {
    context = await browser.newContext({ acceptDownloads: true });
    const recorder = await record(context);
    const appUrl = inject('appUrl');
    const origin = new URL(appUrl).origin;

    const page = await open(appUrl);
    await page.evaluate(
      () =>
        (globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown> } } }).navigator
          .serviceWorker.ready,
    );
    await dropFiles(page, [ROCKET_LAB, AFFIRM_XML]);
    // Both views of the filing, then every export format.
    const pdfCard = await waitForFiling(page, 'Rocket Lab USA, Inc.', 'Olson Jon A');
    await pdfCard.locator('table').first().scrollIntoViewIfNeeded();
    await pdfCard.getByRole('button', { name: 'Form view (EDGAR layout)' }).click();
    await pdfCard.locator('[data-mode="form"]').waitFor();
    await pdfCard.getByRole('button', { name: 'Tables' }).click();
    for (const format of ['json', 'csv', 'xml']) {
      const text = await download(page, () => pdfCard.locator(`[data-export="${format}"]`).click());
      expect(text).toContain('Rocket Lab');
    }
    const xmlCard = await waitForFiling(page, 'Affirm Holdings, Inc.');
    await xmlCard.locator('table').first().scrollIntoViewIfNeeded();

    const link = await shareLinkFor(xmlCard);
    const shared = await open(link);
    await shared.getByRole('button', { name: 'Save to my library' }).click();
    await shared.locator('.save-outcome[data-state="saved"]').waitFor();
    const json = await download(shared, () => shared.locator('[data-export="json"]').click());
    expect(JSON.parse(json)).toMatchObject({ issuer: { name: 'Affirm Holdings, Inc.' } });

    expect(recorder.requests.length).toBeGreaterThan(10); // the recorder saw the session
    expect(recorder.requests.some((url) => url.includes('/assets/worker-'))).toBe(true);
    expect(recorder.requests.filter((url) => url.startsWith('error:') || leavesOrigin(url, origin))).toEqual(
      [],
    );
    expect(await recorder.violations(page)).toEqual([]);
    expect(await recorder.violations(shared)).toEqual([]);
  });
});

describe('the Content-Security-Policy', () => {
  it('is strict in the built index.html', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const directives = new Map(
      (meta?.[1] ?? '').split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('worker-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    // Nothing inline survives the build: every script and stylesheet is a file of the site.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style\b|\sstyle="/);
  });

  it('is enforced: inline script, eval, inline style and other origins are refused', async () => {
    context = await browser.newContext();
    const recorder = await record(context);
    const page = await open(inject('appUrl'));
    const foreign = 'http://localhost:9/collect';
    const outcome = await page.evaluate(async (target) => {
      const web = globalThis as unknown as Record<string, unknown> & {
        document: {
          createElement(tag: string): {
            textContent: string;
            setAttribute(n: string, v: string): void;
            click(): void;
          };
          head: { append(node: unknown): void };
          body: { append(node: unknown): void };
        };
        setTimeout(code: string, ms: number): void;
        fetch(url: string): Promise<unknown>;
      };
      const script = web.document.createElement('script');
      script.textContent = 'globalThis.__inlineRan = true';
      web.document.head.append(script);
      web.setTimeout('globalThis.__evalRan = true', 0);
      const button = web.document.createElement('button');
      button.setAttribute('onclick', 'globalThis.__handlerRan = true');
      web.document.body.append(button);
      button.click();
      const style = web.document.createElement('style');
      style.textContent = 'body { outline: 7px solid red; }';
      web.document.head.append(style);
      let fetched = 'sent';
      await web.fetch(target).catch(() => (fetched = 'refused'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const outline = (
        globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string } }
      ).getComputedStyle((web.document as unknown as { body: unknown }).body).outlineStyle;
      return { inline: web.__inlineRan, eval: web.__evalRan, handler: web.__handlerRan, outline, fetched };
    }, foreign);
    expect(outcome).toEqual({
      inline: undefined,
      eval: undefined,
      handler: undefined,
      outline: 'none',
      fetched: 'refused',
    });
    expect((await recorder.violations(page)).sort()).toEqual(
      [
        'connect-src http://localhost:9/collect',
        'script-src eval',
        'script-src-attr inline',
        'script-src-elem inline',
        'style-src-elem inline',
      ].sort(),
    );
    // Refused by the browser before any connection was made.
    expect(recorder.requests).not.toContain(foreign);
    // The page logged each refusal as an error; that is the expected outcome here.
    for (const w of watched) w.problems.length = 0;
  });
});
