/**
 * The library list in the built app: search, filters and sorting narrow and
 * order it (by keyboard too); a row opens its filing; delete with Undo; and a
 * backup exported, the library cleared, the backup imported gives the same
 * list, and importing it again adds nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  focused,
  THREE_FILINGS,
  THREE_ROWS,
  libraryOwners,
  libraryRows,
  openLibraryApp,
  waitForLibraryOpen,
  waitForQueueQuiet,
  type LibraryApp,
} from './library-helpers';
import { dropFiles } from './page';
import { browserSession } from './session';

const session = browserSession<LibraryApp>((app) => app.context.close());

async function withThreeFilings(): Promise<Page> {
  const app = session.track(await openLibraryApp(session.browser, inject('appUrl')));
  await dropFiles(app.page, THREE_FILINGS);
  await waitForQueueQuiet(app.page);
  expect(await libraryRows(app.page)).toEqual(THREE_ROWS);
  return app.page;
}

const [OLSON, SCARPELLI, BERKSHIRE] = THREE_ROWS.map((row) => row.owner) as [string, string, string];

describe('the library list', () => {
  it('narrows by search, form type, transaction code and date range, and says how many match', async () => {
    const page = await withThreeFilings();
    const search = page.getByLabel('Search', { exact: true });
    await search.fill('snow');
    await expect.poll(() => libraryOwners(page)).toEqual([SCARPELLI, BERKSHIRE]);
    await search.fill('buffett');
    await expect.poll(() => libraryOwners(page)).toEqual([BERKSHIRE]);
    await search.fill('RKLB');
    await expect.poll(() => libraryOwners(page)).toEqual([OLSON]);
    await expect(page.locator('.library-count').innerText()).resolves.toBe('1 of 3 filings matches');
    await search.fill('');

    await page.getByLabel('Form', { exact: true }).selectOption('3');
    await expect.poll(() => libraryOwners(page)).toEqual([BERKSHIRE]);
    await page.getByLabel('Form', { exact: true }).selectOption('');
    // Codes are offered with their meaning: only those the library holds.
    await expect(page.locator('#library-code option').allInnerTexts()).resolves.toEqual([
      'All',
      'M — Option exercise or unit conversion (company plan)',
      'S — Open-market sale',
    ]);
    await page.getByLabel('Code', { exact: true }).selectOption('S');
    await expect.poll(() => libraryOwners(page)).toEqual([OLSON, SCARPELLI]);
    await page.getByLabel('Code', { exact: true }).selectOption('');

    await page.getByLabel('From', { exact: true }).fill('2021-01-01');
    await page.getByLabel('To', { exact: true }).fill('2023-06-30');
    await expect.poll(() => libraryOwners(page)).toEqual([SCARPELLI]);
    await page.getByLabel('From', { exact: true }).fill('2025-01-01');
    await page.getByLabel('To', { exact: true }).fill('');
    await expect.poll(() => libraryOwners(page)).toEqual([]);
    await expect(page.locator('.empty').innerText()).resolves.toContain('No filing matches these filters.');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => libraryOwners(page)).toEqual([OLSON, SCARPELLI, BERKSHIRE]);
  });

  it('sorts by a column from its header, by keyboard, and says so to screen readers', async () => {
    const page = await withThreeFilings();
    const ownerHeader = page.locator('th.col-owner');
    await expect(ownerHeader.getAttribute('aria-sort')).resolves.toBeNull();
    await page.getByRole('button', { name: 'Reporting owner' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => libraryOwners(page)).toEqual([BERKSHIRE, OLSON, SCARPELLI]);
    await expect(ownerHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await page.keyboard.press('Enter');
    await expect.poll(() => libraryOwners(page)).toEqual([SCARPELLI, OLSON, BERKSHIRE]);
    await expect(ownerHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    await page.getByRole('button', { name: 'Issuer' }).click();
    expect((await libraryRows(page)).map((row) => row.issuer)).toEqual([
      'Rocket Lab USA, Inc.',
      'Snowflake Inc.',
      'Snowflake Inc.',
    ]);
    await expect(page.locator('.library-table caption').innerText()).resolves.toBe(
      'Stored filings, sorted by issuer, ascending',
    );
  });

  it('opens a filing from its row with the keyboard, moves focus to it, and back on Escape', async () => {
    const page = await withThreeFilings();
    const row = page.locator('.library-table tbody tr', { hasText: SCARPELLI });
    await row.getByRole('button', { name: 'Snowflake Inc.', exact: true }).focus();
    await page.keyboard.press('Enter');
    const card = page.locator('.file-card');
    await expect(card.locator('.owner-name').first().innerText()).resolves.toBe('Scarpelli Michael');
    await expect.poll(async () => (await focused(page)).classes).toBe('file-card');
    await expect(row.getAttribute('class')).resolves.toBe('opened');
    await page.keyboard.press('Escape');
    await expect(card.count()).resolves.toBe(0);
    // Back where the person was.
    await expect.poll(async () => (await focused(page)).text).toBe('Snowflake Inc.');
  });

  it('deletes a filing at once and puts it back with Undo, over a reload too', async () => {
    const page = await withThreeFilings();
    await page
      .getByRole('button', { name: `Delete Form 4, Snowflake Inc., ${SCARPELLI}, 2022-12-13` })
      .click();
    await expect.poll(() => libraryOwners(page)).toEqual([OLSON, BERKSHIRE]);
    const toast = page.locator('.toast');
    await expect(toast.locator('.toast-text').innerText()).resolves.toBe(
      `Deleted Form 4, Snowflake Inc., ${SCARPELLI}, 2022-12-13.`,
    );
    // Focus goes to Undo: the deleted row's button is gone.
    await expect.poll(async () => (await focused(page)).text).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => libraryOwners(page)).toEqual([OLSON, SCARPELLI, BERKSHIRE]);
    await expect(toast.locator('.toast-text').innerText()).resolves.toContain('Put back');

    await page
      .getByRole('button', { name: `Delete Form 3, Snowflake Inc., BERKSHIRE HATHAWAY INC, 2020-09-18` })
      .click();
    await expect.poll(() => libraryOwners(page)).toEqual([OLSON, SCARPELLI]);
    await page.reload();
    await waitForLibraryOpen(page);
    await expect.poll(() => libraryOwners(page)).toEqual([OLSON, SCARPELLI]);
  });

  it('exports a backup, and importing it into an emptied library gives the same list; again adds nothing', async () => {
    const page = await withThreeFilings();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export library' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^form4-reader-library-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = readFileSync(await download.path());

    await page.getByRole('button', { name: 'Delete all…' }).click();
    await page.getByRole('button', { name: 'Delete all filings' }).click();
    await expect.poll(() => libraryRows(page)).toEqual([]);
    await page.reload();
    await waitForLibraryOpen(page);
    await expect.poll(() => libraryRows(page)).toEqual([]);

    const importBackup = (name: string) =>
      page
        .getByLabel('Import a library backup file')
        .setInputFiles({ name, mimeType: 'application/json', buffer: backup });
    const report = page.locator('.backup-report');
    await importBackup('my-backup.json');
    await expect
      .poll(() => report.innerText())
      .toBe('Imported my-backup.json: added 3 filings, 0 already in the library (skipped).');
    await expect.poll(() => libraryRows(page)).toEqual(THREE_ROWS);

    await importBackup('my-backup-again.json');
    await expect
      .poll(() => report.innerText())
      .toBe('Imported my-backup-again.json: added 0 filings, 3 already in the library (skipped).');
    await expect.poll(() => libraryRows(page)).toEqual(THREE_ROWS);
    await page.reload();
    await waitForLibraryOpen(page);
    await expect.poll(() => libraryRows(page)).toEqual(THREE_ROWS);
  });

  it('refuses a file that is not a backup, naming it, and changes nothing', async () => {
    const page = await withThreeFilings();
    await page.getByLabel('Import a library backup file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    const report = page.locator('.backup-report');
    await expect
      .poll(() => report.innerText())
      .toMatch(/^notes\.json was not imported: .+ Nothing in your library was changed\.$/);
    await expect.poll(() => libraryRows(page)).toEqual(THREE_ROWS);
  });
});
