/**
 * The original PDF beside the tables, in the built app in headless Chromium:
 * pages drawn by pdf.js in the worker, and a box over the page exactly where
 * the selected value was read (checked against the engine's own provenance
 * boxes, read in Node from the same file), following clicks and arrow keys.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { ParseOutput } from '../../src/core/parse-file';
import type { Box } from '../../src/core/words';
import {
  FILING_FILES,
  atPath,
  dropAndOpen,
  focusedPath,
  openFilingApp,
  readInNode,
  type FilingApp,
} from './filing-helpers';
import { fixtureFile } from './page';
import { browserSession } from './session';

const session = browserSession<FilingApp>((app) => app.context.close());

/** A window wide enough for Table I and the page side by side (filing.css). */
const SIDE_BY_SIDE = { width: 1800, height: 1000 };

/** The highlight may pad the value's box a little; more than this would point at a neighbour. */
const MAX_PADDING = 3;
/** Rounding of CSS pixels back to points. */
const SLACK = 0.6;

interface PointsBox {
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** The box drawn over the page, converted back to PDF points through the page canvas. */
async function highlightInPoints(
  pane: Locator,
  page: number,
  width: number,
  height: number,
): Promise<PointsBox[]> {
  const canvas = await pane.locator(`canvas[data-page="${page}"]`).boundingBox();
  if (!canvas) throw new Error(`page ${page} is not drawn`);
  const boxes = await pane
    .locator(`.pdf-page[data-page="${page}"] [data-testid="pdf-highlight"]`)
    .evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  return boxes.map((b) => ({
    x0: ((b.x - canvas.x) / canvas.width) * width,
    x1: ((b.x + b.width - canvas.x) / canvas.width) * width,
    top: ((b.y - canvas.y) / canvas.height) * height,
    bottom: ((b.y + b.height - canvas.y) / canvas.height) * height,
  }));
}

function union(boxes: Box[]): PointsBox {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/** The drawn box holds every word the value was read from, with at most a few points to spare. */
function expectAround(drawn: PointsBox, words: PointsBox): void {
  const margins = [
    words.x0 - drawn.x0,
    drawn.x1 - words.x1,
    words.top - drawn.top,
    drawn.bottom - words.bottom,
  ];
  for (const margin of margins) {
    expect(margin).toBeGreaterThanOrEqual(-SLACK);
    expect(margin).toBeLessThanOrEqual(MAX_PADDING + SLACK);
  }
}

async function expectHighlighted(pane: Locator, output: ParseOutput, path: string): Promise<void> {
  const boxes = output.provenance[path] ?? [];
  expect(boxes.length).toBeGreaterThan(0);
  const pageNumber = boxes[0]!.page;
  const size = output.text!.pages.find((p) => p.page === pageNumber)!;
  await expect
    .poll(() => pane.locator(`.pdf-page[data-page="${pageNumber}"] [data-testid="pdf-highlight"]`).count())
    .toBe(1); // every value below sits on one line
  const [drawn] = await highlightInPoints(pane, pageNumber, size.width, size.height);
  expectAround(drawn!, union(boxes.filter((b) => b.page === pageNumber)));
  // The pane scrolled (itself, not the window) so the box is in sight.
  const [paneBox, boxInView] = await Promise.all([
    pane.locator('.pdf-scroll').boundingBox(),
    pane.locator('[data-testid="pdf-highlight"]').first().boundingBox(),
  ]);
  expect(boxInView!.y).toBeGreaterThanOrEqual(paneBox!.y);
  expect(boxInView!.y + boxInView!.height).toBeLessThanOrEqual(paneBox!.y + paneBox!.height);
}

describe('the original PDF beside the tables', () => {
  it('boxes the selected value on the page, where the engine read it', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl'), SIDE_BY_SIDE));
    const view = await dropAndOpen(app.page, FILING_FILES.kampani2025);
    const output = await readInNode(FILING_FILES.kampani2025);
    const pane = view.getByTestId('pdf-pane');
    await pane.locator('canvas[data-page="1"]').waitFor({ timeout: 30_000 });
    // The form's pages are drawn at the page's proportions.
    const canvas = (await pane.locator('canvas[data-page="1"]').boundingBox())!;
    const page1 = output.text!.pages[0]!;
    expect(canvas.height / canvas.width).toBeCloseTo(page1.height / page1.width, 2);

    for (const path of [
      'nonDerivativeTransactions[0].pricePerShare',
      'nonDerivativeTransactions[1].sharesOwnedFollowingTransaction',
      'issuer.name',
      'reportingOwners[0].name',
    ]) {
      await atPath(view, path).click();
      await expectHighlighted(pane, output, path);
      const pages = [...new Set(output.provenance[path]!.map((box) => box.page))];
      await expect(pane.locator('.pdf-status').innerText()).resolves.toMatch(
        new RegExp(`marked on page ${pages.join(' and ')}\\.$`),
      );
    }
  });

  it('moves the box with the arrow keys', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl'), SIDE_BY_SIDE));
    const view = await dropAndOpen(app.page, FILING_FILES.kampani2025);
    const output = await readInNode(FILING_FILES.kampani2025);
    const pane = view.getByTestId('pdf-pane');
    await pane.locator('canvas[data-page="1"]').waitFor({ timeout: 30_000 });
    await atPath(view, 'nonDerivativeTransactions[0].shares').focus();
    await expectHighlighted(pane, output, 'nonDerivativeTransactions[0].shares');
    await app.page.keyboard.press('ArrowDown');
    expect(await focusedPath(app.page)).toBe('nonDerivativeTransactions[1].shares');
    await expectHighlighted(pane, output, 'nonDerivativeTransactions[1].shares');
    for (let i = 0; i < 4; i++) await app.page.keyboard.press('ArrowLeft');
    expect(await focusedPath(app.page)).toBe('nonDerivativeTransactions[1].transactionDate');
    await expectHighlighted(pane, output, 'nonDerivativeTransactions[1].transactionDate');
  });

  it('draws a page saved on its side (/Rotate 90) upright, and boxes the value where it was read', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl'), SIDE_BY_SIDE));
    const rotated = fixtureFile('engine/ir-c575cc48-rotate90.pdf');
    const view = await dropAndOpen(app.page, rotated);
    const output = await readInNode(rotated);
    const pane = view.getByTestId('pdf-pane');
    await pane.locator('canvas[data-page="1"]').waitFor({ timeout: 30_000 });
    const canvas = (await pane.locator('canvas[data-page="1"]').boundingBox())!;
    expect(canvas.height).toBeGreaterThan(canvas.width); // upright letter, not the landscape /Rotate shows
    await atPath(view, 'nonDerivativeTransactions[0].pricePerShare').click();
    await expectHighlighted(pane, output, 'nonDerivativeTransactions[0].pricePerShare');
  });

  it('shows no page for a filing read from XML', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl')));
    const view = await dropAndOpen(app.page, FILING_FILES.unityXml);
    await view.locator('.filing-table').first().waitFor();
    await expect(view.getByTestId('pdf-pane').count()).resolves.toBe(0);
  });
});
