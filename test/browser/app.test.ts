/**
 * The built app in real headless Chromium, served under a sub-path: a real
 * Rocket Lab Form 4 PDF dropped on the page and picked with the file input,
 * and a text file renamed .pdf, each shown with what a person needs to see.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dropFiles, fixtureFile, openApp, queueCard, type DroppedFile, type OpenedApp } from './page';
import { pdfNeedingPdfjsData } from './pdf-with-pdfjs-data';
import { browserSession } from './session';

const ROCKET_LAB: DroppedFile = fixtureFile('browser/rklb-form4-olson-2024-11-19.pdf');

const NOT_A_PDF: DroppedFile = {
  name: 'meeting-notes.pdf',
  mimeType: 'application/pdf',
  bytes: new TextEncoder().encode('Notes from the quarterly meeting.\nThis was a .txt file, renamed .pdf.\n'),
};

const session = browserSession<OpenedApp>((app) => app.page.close());

async function expectRocketLabForm4(page: Page): Promise<void> {
  const row = queueCard(page, ROCKET_LAB.name);
  await expect.poll(() => row.getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
  await row.getByRole('button', { name: `Open ${ROCKET_LAB.name}` }).click();
  const filing = page.locator('.file-card', {
    has: page.locator('.file-name', { hasText: ROCKET_LAB.name }),
  });
  await expect(filing.locator('.issuer-name').innerText()).resolves.toBe('Rocket Lab USA, Inc.');
  await expect(filing.locator('.ticker').innerText()).resolves.toBe('RKLB');
  await expect(filing.locator('.owner-name').first().innerText()).resolves.toBe('Olson Jon A');
  const firstRow = filing.locator('table').first().locator('tbody tr:not(.section-row)').first();
  const cell = (field: string) => firstRow.locator(`[data-field="${field}"]`).innerText();
  await expect(cell('securityTitle')).resolves.toBe('Common Stock');
  await expect(cell('transactionDate')).resolves.toBe('11/19/2024');
  await expect(cell('transactionCode')).resolves.toMatch(/^S\b/); // the code, then its meaning in words
  await expect(cell('shares')).resolves.toBe('50,000');
  await expect(cell('acquiredDisposedCode')).resolves.toBe('D');
  await expect(cell('pricePerShare')).resolves.toMatch(/^\$20\.6863\b/);
  await expect(cell('sharesOwnedFollowingTransaction')).resolves.toMatch(/^432,275\b/);
}

describe('the built app, served under a sub-path', () => {
  it('reads a Form 4 PDF dropped on the drop zone', async () => {
    const app = session.track(await openApp(session.browser, inject('appUrl')));
    await dropFiles(app.page, [ROCKET_LAB]);
    await expectRocketLabForm4(app.page);
  });

  it('reads several files picked with the file input, each on its own', async () => {
    const app = session.track(await openApp(session.browser, inject('appUrl')));
    const input = app.page.getByLabel('Choose Form 3, 4 or 5 files');
    await input.setInputFiles(
      [ROCKET_LAB, NOT_A_PDF].map((f) => ({
        name: f.name,
        mimeType: f.mimeType,
        buffer: Buffer.from(f.bytes),
      })),
    );
    await expectRocketLabForm4(app.page);
    await expect(queueCard(app.page, NOT_A_PDF.name).getAttribute('data-state')).resolves.toBe('failed');
  });

  it('explains a text file renamed .pdf, naming the file', async () => {
    const app = session.track(await openApp(session.browser, inject('appUrl')));
    await dropFiles(app.page, [NOT_A_PDF]);
    const alert = queueCard(app.page, NOT_A_PDF.name).getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    const text = await alert.innerText();
    expect(text).toContain(`${NOT_A_PDF.name} could not be read`);
    expect(text).toContain('neither a PDF nor EDGAR ownership XML');
    await expect(alert.getAttribute('data-code')).resolves.toBe('not-pdf');
  });

  it('keeps reading after a file is cancelled while it is being read', async () => {
    const app = session.track(await openApp(session.browser, inject('appUrl')));
    await dropFiles(app.page, [{ ...ROCKET_LAB, name: 'removed-at-once.pdf' }]);
    await queueCard(app.page, 'removed-at-once.pdf').getByRole('button', { name: 'Cancel' }).click();
    await expect(queueCard(app.page, 'removed-at-once.pdf').getAttribute('data-state')).resolves.toBe(
      'cancelled',
    );
    await dropFiles(app.page, [ROCKET_LAB]);
    await expectRocketLabForm4(app.page);
  });

  it('gives pdf.js its CMaps and standard fonts from our own origin, under the sub-path', async () => {
    const app = session.track(await openApp(session.browser, inject('appUrl')));
    const fetched = new Map<string, number>();
    app.page.on('response', (response) => {
      if (response.url().includes('/pdfjs/')) fetched.set(response.url(), response.status());
    });
    const bytes = pdfNeedingPdfjsData();
    await dropFiles(app.page, [{ name: 'needs-pdfjs-data.pdf', mimeType: 'application/pdf', bytes }]);
    const state = queueCard(app.page, 'needs-pdfjs-data.pdf');
    await expect.poll(() => state.getAttribute('data-state'), { timeout: 30_000 }).not.toBe('reading');
    const base = new URL(inject('appUrl'));
    expect(Object.fromEntries(fetched)).toEqual({
      [new URL('pdfjs/cmaps/UniJIS-UCS2-H.bcmap', base).href]: 200,
      [new URL('pdfjs/cmaps/Adobe-Japan1-UCS2.bcmap', base).href]: 200, // its Unicode mapping
      [new URL('pdfjs/standard_fonts/FoxitDingbats.pfb', base).href]: 200,
    });
  });
});
