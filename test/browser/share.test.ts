/**
 * Share links in the built app: a real Rocket Lab Form 4 read in one browser
 * profile, shared, and opened in a fresh profile shows the same filing, which
 * is exactly the Filing the core reads from that PDF; saving it keeps it; a
 * cut, damaged, oversized or newer link says so; a filing whose link would be
 * over ~8 KB offers the JSON file instead.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { nodeExtractOptions, nodePdfjs } from '../../src/cli/pdfjs-node';
import { toJson } from '../../src/core/export/to-json';
import { parseBytes } from '../../src/core/parse-file';
import { restoreFiling } from '../../src/core/restore';
import { decodeShareFragment, packShareFragment } from '../../src/core/share/share-link';
import { dropFiles, type DroppedFile } from './page';
import {
  filingText,
  longXmlFiling,
  openPage,
  shareLinkFor,
  waitForFiling,
  type WatchedPage,
} from './share-helpers';

const ROCKET_LAB: DroppedFile = {
  name: 'rklb-form4-olson-2024-11-19.pdf',
  mimeType: 'application/pdf',
  bytes: readFileSync('test/fixtures/browser/rklb-form4-olson-2024-11-19.pdf'),
};

let browser: Browser;
const contexts: BrowserContext[] = [];
let apps: WatchedPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  const problems = apps.flatMap((app) => app.problems);
  apps = [];
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  expect(problems).toEqual([]);
});

/** A fresh browser profile (own storage, own service worker), as on another person's machine. */
async function freshProfile(): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true });
  contexts.push(context);
  return context;
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const app = await openPage(context, url);
  apps.push(app);
  return app.page;
}

/** The shared view of `link` in a fresh profile, once the filing is shown. */
async function openShared(link: string): Promise<Page> {
  const page = await open(await freshProfile(), link);
  await expect.poll(() => page.locator('main.shared-filing').getAttribute('data-state')).not.toBe('opening');
  return page;
}

function fragmentOf(link: string): string {
  return link.slice(link.indexOf('#') + 1);
}

async function downloadedText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

describe('share a filing as a link', () => {
  it('opens in a fresh profile as exactly the filing the sender read', async () => {
    const sender = await open(await freshProfile(), inject('appUrl'));
    await dropFiles(sender, [ROCKET_LAB]);
    const sent = await waitForFiling(sender, 'Rocket Lab USA, Inc.');
    const link = await shareLinkFor(sent);
    expect(link.startsWith(`${inject('appUrl')}#f1.`)).toBe(true);
    expect(link.length).toBeLessThan(8 * 1024);

    // The link carries exactly the Filing the core reads from this PDF, nothing lost or added.
    const decoded = await decodeShareFragment(fragmentOf(link));
    const read = await parseBytes(
      nodePdfjs,
      new Uint8Array(ROCKET_LAB.bytes),
      ROCKET_LAB.name,
      nodeExtractOptions,
    );
    const expected = restoreFiling(read.filing);
    if (!decoded.ok || !expected.ok) throw new Error('link or filing did not validate');
    expect(decoded.repaired).toEqual([]);
    expect(decoded.filing).toEqual(expected.filing);

    const receiver = await openShared(link);
    await expect(receiver.locator('main.shared-filing').getAttribute('data-state')).resolves.toBe('shown');
    // What the receiver sees is what the sender saw…
    const sentText = await filingText(sent);
    expect(sentText.join('\n')).toContain('Olson Jon A');
    expect(sentText.length).toBeGreaterThanOrEqual(3); // issuer, owner, Table I
    expect(await filingText(receiver.locator('main.shared-filing'))).toEqual(sentText);
    // …and what the receiver can export is the Filing in the link, field for field.
    const json = await downloadedText(receiver, () =>
      receiver.locator('main.shared-filing [data-export="json"]').click(),
    );
    expect(json).toBe(toJson(decoded.filing));
  });

  it('saves a shared filing to the library once, however often it is saved', async () => {
    const sender = await open(await freshProfile(), inject('appUrl'));
    await dropFiles(sender, [ROCKET_LAB]);
    const link = await shareLinkFor(await waitForFiling(sender, 'Rocket Lab USA, Inc.'));

    const receiver = await openShared(link);
    await receiver.getByRole('button', { name: 'Save to my library' }).click();
    const outcome = receiver.locator('.save-outcome');
    await expect.poll(() => outcome.getAttribute('data-state')).toBe('saved');
    await receiver.reload();
    await receiver.getByRole('button', { name: 'Save to my library' }).click();
    await expect.poll(() => outcome.getAttribute('data-state')).toBe('already-saved');
    const stored = await receiver.evaluate(async () => {
      const web = globalThis as unknown as { indexedDB: { databases(): Promise<{ name?: string }[]> } };
      return (await web.indexedDB.databases()).map((db) => db.name).sort();
    });
    expect(stored).toContain('form4-reader-filings');
  });

  it('says a cut, damaged, oversized or newer link is just that, and shows nothing from it', async () => {
    const sender = await open(await freshProfile(), inject('appUrl'));
    await dropFiles(sender, [ROCKET_LAB]);
    const link = await shareLinkFor(await waitForFiling(sender, 'Rocket Lab USA, Inc.'));
    const base = link.slice(0, link.indexOf('#'));
    const body = fragmentOf(link);
    const middle = Math.floor(body.length / 2);
    const flipped = body[middle] === 'A' ? 'B' : 'A';
    // Unpacks to 3 MiB: a link no filing needs, refused before it is inflated.
    const bomb = await packShareFragment(new TextEncoder().encode(' '.repeat(3 * 1024 * 1024)));
    const cases: [string, string][] = [
      [`${base}#${body.slice(0, body.length - 40)}`, 'truncated'],
      [`${base}#${body.slice(0, middle)}${flipped}${body.slice(middle + 1)}`, 'damaged'],
      [`${base}#${bomb}`, 'too-large'],
      [`${base}#f9.${body.slice(3)}`, 'newer-version'],
    ];
    for (const [bad, code] of cases) {
      const page = await openShared(bad);
      const alert = page.getByRole('alert');
      await expect(alert.getAttribute('data-code')).resolves.toBe(code);
      await expect(page.locator('article.filing-view').count()).resolves.toBe(0);
      expect((await alert.innerText()).length).toBeGreaterThan(40); // a sentence that says what to do
    }
  });

  it('offers the JSON file instead of a link over about 8 KB', async () => {
    const sender = await open(await freshProfile(), inject('appUrl'));
    const long = longXmlFiling(450);
    await dropFiles(sender, [long.file]);
    const shown = await waitForFiling(sender, long.issuer);
    await shown.getByRole('button', { name: 'Share link' }).click();
    const warning = sender.locator('.share-too-long');
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/makes a \d+\.\d KB link; links over about 8\.0 KB/);
    await expect(sender.locator('input.share-url').count()).resolves.toBe(0);
    const json = await downloadedText(sender, () =>
      warning.getByRole('button', { name: 'Export as JSON file' }).click(),
    );
    const exported = JSON.parse(json) as { nonDerivativeTransactions: unknown[] };
    expect(exported.nonDerivativeTransactions).toHaveLength(long.transactions);
  });
});
