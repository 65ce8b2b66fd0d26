/**
 * Insights in the built app, in headless Chromium: the LivePerson seed added
 * up (totals by code, weighted averages with their footnote ranges, the three
 * same-day exercise-and-sale pairs, the 10b5-1 trades, holdings after); an
 * amendment linked to its original with what it changed; an insider's
 * holdings over time across stored filings, and the library's totals.
 * Expected figures come from the insights core run in Node on the same files.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  describeAmendmentDiff,
  diffAmendment,
  filingInsights,
  formatDollars,
  formatPrice,
  formatShares,
} from '../../src/core/insights';
import {
  FILING_FILES,
  dropAndOpen,
  dropIntoLibrary,
  openFilingApp,
  openFromLibrary,
  readInNode,
  recordId,
  type FilingApp,
} from './filing-helpers';
import type { DroppedFile } from './page';
import { browserSession } from './session';

const session = browserSession<FilingApp>((app) => app.context.close());

async function expectSeedInsights(view: Locator, file: DroppedFile): Promise<void> {
  const insights = filingInsights((await readInNode(file)).filing);
  const panel = view.getByTestId('filing-insights');
  await panel.waitFor();

  const totals = panel.locator('.code-totals').first();
  for (const code of insights.byCode.nonDerivative.byCode) {
    const row = await totals.locator(`tr[data-code="${code.code}"]`).innerText();
    expect(row).toContain(formatShares(code.sharesAcquired));
    expect(row).toContain(formatShares(code.sharesDisposed));
    expect(row).toContain(formatDollars(code.valueDisposed));
  }
  expect(insights.byCode.nonDerivative.byCode.map((c) => c.code).sort()).toEqual(['M', 'S']);

  const averages = panel.getByTestId('weighted-average');
  await expect(averages.count()).resolves.toBe(3);
  for (const [i, found] of insights.weightedAverages.entries()) {
    const text = await averages.nth(i).innerText();
    expect(text).toContain(`${formatPrice(found.weightedAverage!)} weighted average`);
    expect(text).toContain(`range ${formatPrice(found.low!)} to ${formatPrice(found.high!)}`);
    expect(text).toContain('within the range');
  }

  const pairs = panel.getByTestId('exercise-sale');
  await expect(pairs.count()).resolves.toBe(3);
  for (const [i, pair] of insights.exerciseSales.entries()) {
    await expect(pairs.nth(i).innerText()).resolves.toContain(pair.summary);
  }

  const plan = await panel.getByTestId('plan-summary').innerText();
  expect(insights.rule10b5One.rows).toHaveLength(3);
  for (const { row } of insights.rule10b5One.rows) expect(plan).toContain(row.label);

  const held = panel.getByTestId('holding-after');
  await expect(held.count()).resolves.toBe(insights.holdingsAfter.length);
  await expect(held.first().innerText()).resolves.toContain(formatShares(insights.holdingsAfter[0]!.amount));
  // Each figure leads back to its row in the tables.
  await panel.getByTestId('exercise-sale').first().getByRole('button', { name: 'Table I row 2' }).click();
  await expect(
    view
      .locator('[data-path="nonDerivativeTransactions[1].securityTitle"]')
      .evaluate((el) => el === el.ownerDocument.activeElement),
  ).resolves.toBe(true);
}

describe('insights', () => {
  it('adds up the LivePerson seed read from its EDGAR XML', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl')));
    const view = await dropAndOpen(app.page, FILING_FILES.seedXml);
    await expectSeedInsights(view, FILING_FILES.seedXml);
  });

  it('adds up the LivePerson seed read from its PDF', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl')));
    const view = await dropAndOpen(app.page, FILING_FILES.seedPdf);
    await expectSeedInsights(view, FILING_FILES.seedPdf);
  });

  it('links an amendment to its original and says what it changed', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl')));
    const { page } = app;
    await dropIntoLibrary(page, [FILING_FILES.olsonForm3, FILING_FILES.olsonForm3A]);
    const [original, amendment] = await Promise.all([
      readInNode(FILING_FILES.olsonForm3),
      readInNode(FILING_FILES.olsonForm3A),
    ]);
    const changes = describeAmendmentDiff(diffAmendment(original.filing, amendment.filing));
    expect(changes.length).toBeGreaterThan(0);

    const view = await openFromLibrary(page, FILING_FILES.olsonForm3A);
    const panel = view.getByTestId('amendment-panel');
    // The library is read in the background; the link appears once the original is known.
    await expect
      .poll(() => panel.locator('p').first().innerText(), { timeout: 15_000 })
      .toContain('Amends the Form 3 for 08/25/2021, filed 09/07/2021.');
    await expect(panel.locator('.amendment-changes li').allInnerTexts()).resolves.toEqual(changes);
    await expect(view.locator('[data-flag="amendment"]').count()).resolves.toBe(1);
    // A reworded footnote shows the words taken out and put in; without the taken-out ones it reads as amended.
    const reworded = diffAmendment(original.filing, amendment.filing).footnotes.find(
      (n) => n.kind === 'changed',
    );
    const wording = panel.locator('.wording-diff').first();
    await wording.locator('summary').click();
    await expect(wording.locator('ins').count()).resolves.toBeGreaterThan(0);
    const kept = await wording.locator('p').evaluate((p) =>
      Array.from(p.childNodes)
        .filter((n) => n.nodeName !== 'DEL')
        .map((n) => n.textContent)
        .join(''),
    );
    expect(kept.split(/\s+/).filter(Boolean)).toEqual(reworded!.after!.split(/\s+/).filter(Boolean));

    await panel.getByRole('button', { name: 'Open the original' }).click();
    await expect.poll(() => view.getAttribute('data-entry-id')).toBe(recordId(FILING_FILES.olsonForm3));
    await expect(view.locator('.form-type').textContent()).resolves.toBe('Form 3');
    await expect(view.getByTestId('amendment-panel').locator('h3').innerText()).resolves.toBe(
      'This filing was amended',
    );
  });

  it("draws an insider's holdings over time across stored filings, and the library's totals", async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl')));
    const { page } = app;
    await dropIntoLibrary(page, [FILING_FILES.kampani2024, FILING_FILES.kampani2025]);
    const view = await openFromLibrary(page, FILING_FILES.kampani2025);
    const chart = view.getByTestId('holdings-chart');
    await chart.waitFor();
    await expect(chart.locator('svg title').first().textContent()).resolves.toBe(
      'Holdings of Kampani Arjun in Rocket Lab USA, Inc. over time',
    );
    // One point per row that states an amount owned after it: one row in 2024, two in 2025.
    await expect(chart.locator('circle.point').count()).resolves.toBe(3);
    const svg = await chart.locator('svg').evaluate((el) => el.outerHTML);
    expect(svg).not.toMatch(/style=|<script|on\w+=/i);

    const library = page.getByTestId('library-insights');
    await library.waitFor();
    const person = library.locator('table.groups').first().locator('tbody tr', { hasText: 'Kampani Arjun' });
    // The totals follow the library as it is stored: wait until both filings are counted.
    await expect.poll(() => person.locator('td').first().innerText(), { timeout: 15_000 }).toBe('2');
    const cells = await person.locator('td').allInnerTexts();
    const [a, b] = await Promise.all([
      readInNode(FILING_FILES.kampani2024),
      readInNode(FILING_FILES.kampani2025),
    ]);
    const sold = [a, b]
      .flatMap((o) => o.filing.nonDerivativeTransactions)
      .reduce((s, r) => s + (r.shares ?? 0), 0);
    expect(cells[0]).toBe('2');
    expect(cells).toContain(formatShares(sold));
    // The name opens that person's totals by code.
    await person.getByRole('button', { name: 'Kampani Arjun' }).click();
    const byCode = library.locator('.group-codes .code-totals tr[data-code="S"]');
    await expect(byCode.innerText()).resolves.toContain(formatShares(sold));
  });
});
