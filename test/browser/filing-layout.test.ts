/**
 * The filing view at 360 px wide and in the dark colour scheme, in the built
 * app in headless Chromium: nothing wider than the window (wide tables scroll
 * inside their own box), the PDF page below the tables with a way to it, and
 * colours that follow the system setting.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { FILING_FILES, atPath, dropAndOpen, openFilingApp, type FilingApp } from './filing-helpers';
import { browserSession } from './session';

const session = browserSession<FilingApp>((app) => app.context.close());

/** Relative luminance (0 black … 1 white) of a computed "rgb(r, g, b)" colour. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function colours(element: Locator): Promise<{ background: string; text: string }> {
  return element.evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, text: style.color };
  });
}

describe('the filing view on a phone and in the dark', () => {
  it('fits 360 px: wide tables scroll in their own box, and the PDF page is one tap away', async () => {
    const app = session.track(
      await openFilingApp(session.browser, inject('appUrl'), { width: 360, height: 740 }),
    );
    const { page } = app;
    const view = await dropAndOpen(page, FILING_FILES.kampani2025);
    await view.getByTestId('pdf-pane').locator('canvas[data-page="1"]').waitFor({ timeout: 30_000 });
    // The view is no wider than the window, and nothing in it spills out sideways.
    const box = (await view.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    const [scrollWidth, clientWidth] = await view.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth!);
    // Wide tables scroll inside their own box instead.
    const table = view.locator('.filing-table .table-scroll').first();
    const [inner, outer] = await table.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(inner).toBeGreaterThan(outer!);

    await atPath(view, 'nonDerivativeTransactions[0].pricePerShare').click();
    const goToPage = page.getByRole('button', { name: /^Show Table I row 1, Price on the PDF page$/ });
    await goToPage.click();
    await expect
      .poll(() => view.getByTestId('pdf-pane').evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(200);
    await expect(goToPage.count()).resolves.toBe(0);
    await expect(view.getByTestId('pdf-highlight').count()).resolves.toBe(1);
  });

  it('follows the dark colour scheme, keeping the page and the EDGAR form as white paper', async () => {
    const app = session.track(
      await openFilingApp(session.browser, inject('appUrl'), { colorScheme: 'dark' }),
    );
    const view = await dropAndOpen(app.page, FILING_FILES.kampani2025);
    const card = await colours(view.locator('.issuer-card'));
    expect(luminance(card.background)).toBeLessThan(0.05);
    expect(luminance(card.text)).toBeGreaterThan(0.6);
    const cell = await colours(view.locator('.filing-table td').first());
    expect(luminance(cell.text)).toBeGreaterThan(0.6);
    const page = view.getByTestId('pdf-pane').locator('.pdf-page-box').first();
    await page.waitFor({ timeout: 30_000 });
    expect(luminance((await colours(page)).background)).toBe(1);
  });
});
