/**
 * What the share, offline and privacy tests do on the page: open the app in a
 * given browser profile, wait for a read filing, make its share link, and
 * read a filing's visible content for comparison. Also the long filing whose
 * link is over the ~8 KB soft limit: a real Form 4's transaction row repeated.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { watchProblems, type DroppedFile } from './page';

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and HTTP errors, in the page and its workers. */
  problems: string[];
}

export async function openPage(
  context: BrowserContext,
  url: string,
  options: { waitFor?: string } = {},
): Promise<WatchedPage> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const problems = watchProblems(page);
  await page.goto(url);
  await page
    .locator(options.waitFor ?? 'main')
    .first()
    .waitFor();
  return { page, problems };
}

/**
 * The card of a read filing whose issuer (and first owner, when given) match,
 * once it is shown. The app opens the filing it read last; an earlier one is
 * opened from its row in the library list.
 */
export async function waitForFiling(page: Page, issuer: string, owner?: string): Promise<Locator> {
  let card = page.locator('.file-card', { has: page.locator('.issuer-name', { hasText: issuer }) });
  if (owner) card = card.filter({ has: page.locator('.owner-name', { hasText: owner }) });
  let row = page.locator('.library-table tbody tr', { hasText: issuer });
  if (owner) row = row.filter({ hasText: owner });
  await card.or(row).first().waitFor({ timeout: 30_000 });
  await waitForReadsToFinish(page); // a file still being read could be opened over the one asked for
  if ((await card.count()) === 0) await row.first().locator('.col-issuer button').click();
  await card.first().waitFor({ timeout: 30_000 });
  return card.first();
}

/** Until no dropped file is waiting, being read or being saved. */
export async function waitForReadsToFinish(page: Page): Promise<void> {
  const busy = page.locator(
    '.file-card[data-state="reading"], .queue-item[data-state="queued"], ' +
      '.queue-item[data-state="reading"], .queue-item[data-state="saving"]',
  );
  await expect.poll(() => busy.count(), { timeout: 60_000 }).toBe(0);
}

/** Presses "Share link" on a shown filing and returns the link it offers. */
export async function shareLinkFor(card: Locator): Promise<string> {
  await card.getByRole('button', { name: 'Share link' }).click();
  const url = card.locator('input.share-url');
  await url.waitFor();
  return url.inputValue();
}

/** A filing's visible content: issuer, owners and every table, as text, in page order. */
export async function filingText(container: Locator): Promise<string[]> {
  const filing = container.locator('article.filing-view').first();
  const parts = filing.locator('.issuer-name, .owner-name, table');
  return parts.allInnerTexts();
}

export interface LongFiling {
  file: DroppedFile;
  issuer: string;
  transactions: number;
}

/**
 * A real EDGAR Form 4 (test/fixtures/xml/x0508-form4-10b5-1.xml) with its first
 * transaction row repeated `rows` times, amounts varied per row as a long
 * plan-sale filing's are: a filing whose share link exceeds ~8 KB.
 */
export function longXmlFiling(rows: number): LongFiling {
  const xml = readFileSync('test/fixtures/xml/x0508-form4-10b5-1.xml', 'utf8');
  const row = /<nonDerivativeTransaction>[\s\S]*?<\/nonDerivativeTransaction>/.exec(xml);
  const issuer = /<issuerName>([^<]*)<\/issuerName>/.exec(xml);
  if (!row || !issuer) throw new Error('x0508-form4-10b5-1.xml has no transaction row or issuer name');
  const repeated = Array.from({ length: rows }, (_, i) =>
    row[0]
      .replace('<value>9176</value>', `<value>${9176 + i * 37}</value>`)
      .replace('<value>28.8164</value>', `<value>${(28.8164 + i * 0.0123).toFixed(4)}</value>`)
      .replace('<value>82999</value>', `<value>${900_000 - i * 1013}</value>`),
  );
  const others = (xml.match(/<nonDerivativeTransaction>/g) ?? []).length - 1;
  return {
    file: {
      name: 'long-plan-sales-form4.xml',
      mimeType: 'application/xml',
      bytes: new TextEncoder().encode(xml.replace(row[0], repeated.join('\n'))),
    },
    issuer: issuer[1].trim(),
    transactions: rows + others,
  };
}
