/**
 * The filing view in the built app, in headless Chromium, on real filings:
 * header cards, each code in plain English beside the SEC's wording,
 * footnotes tied to their cells both ways (by keyboard and by pointer), and
 * warnings shown on the cells they are about.
 */
import { describe, expect, inject, it } from 'vitest';
import { TRANSACTION_CODES } from '../../src/core/codes';
import {
  FILING_FILES,
  atPath,
  dropAndOpen,
  focusedPath,
  openFilingApp,
  readInNode,
  type FilingApp,
} from './filing-helpers';
import { browserSession } from './session';

const session = browserSession<FilingApp>((app) => app.context.close());

const PRICE = 'nonDerivativeTransactions[0].pricePerShare';

describe('the filing view', () => {
  it('shows the header as cards and every code in plain English with the SEC wording', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl')));
    const view = await dropAndOpen(app.page, FILING_FILES.kampani2025);
    const { filing } = await readInNode(FILING_FILES.kampani2025);

    await expect(view.locator('.issuer-name').innerText()).resolves.toBe(filing.issuer.name);
    await expect(view.locator('.ticker').innerText()).resolves.toBe('RKLB');
    await expect(view.locator('.period').innerText()).resolves.toBe('03/14/2025');
    await expect(view.locator('.owner-name').innerText()).resolves.toBe('Kampani Arjun');
    // The form says "See Remarks" under the Officer box; the title is in Remarks.
    await expect(view.locator('.role').innerText()).resolves.toBe(
      `Officer: ${filing.remarks} (from Remarks)`,
    );
    await expect(view.locator('[data-flag="10b5-1"] .flag-label').innerText()).resolves.toBe(
      '10b5-1 plan: box ticked',
    );

    const sale = TRANSACTION_CODES.S;
    const codeCell = atPath(view, 'nonDerivativeTransactions[0].transactionCode');
    await expect(codeCell.locator('.code-letter').innerText()).resolves.toBe('S');
    await expect(codeCell.locator('.code-label').innerText()).resolves.toBe(sale.label);
    const legend = view.locator('.code-entry[data-code="S"]');
    await expect(legend.innerText()).resolves.toContain(sale.explanation);
    await expect(legend.locator('.sec-wording').innerText()).resolves.toContain(`“${sale.secWording}”`);
    // Focus on the code reads the same wording, beside the cell and to a screen reader.
    await codeCell.focus();
    await expect(view.getByTestId('filing-tip').innerText()).resolves.toContain(sale.secWording);
    const describedBy = (await codeCell.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await legend.locator('.sec-wording').getAttribute('id'));
  });

  it('ties each footnote to its cell both ways, by keyboard', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl')));
    const { page } = app;
    const view = await dropAndOpen(page, FILING_FILES.kampani2025);
    const { filing } = await readInNode(FILING_FILES.kampani2025);
    const [priceNote] = filing.nonDerivativeTransactions[0]!.footnotes.pricePerShare ?? [];
    const noteText = filing.footnotes.find((note) => note.id === priceNote)?.text ?? '';
    expect(noteText).toMatch(/weighted average/);

    // One Tab stop per table: from the toolbar's last button into Table I's first cell.
    await view.locator('.filing-toolbar button').last().focus();
    await page.keyboard.press('Tab');
    expect(await focusedPath(page)).toBe('nonDerivativeTransactions[0].securityTitle');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    expect(await focusedPath(page)).toBe(PRICE);
    // The price cell's marker is the next Tab stop; focusing it shows the footnote.
    await page.keyboard.press('Tab');
    const marker = atPath(view, PRICE).locator('.fn-mark');
    await expect(marker.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await expect(view.getByTestId('filing-tip').innerText()).resolves.toContain(noteText);
    // Escape puts the note away and leaves the filing open.
    await page.keyboard.press('Escape');
    await expect(view.getByTestId('filing-tip').count()).resolves.toBe(0);
    await expect(view.isVisible()).resolves.toBe(true);
    // Pressing it goes to the note, which names the cell it is marked on …
    await page.keyboard.press('Enter');
    const item = view.locator(`.footnote-list li[id$="-fn-${priceNote}"]`);
    await expect(item.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await expect(item.locator('.fn-text').innerText()).resolves.toContain(noteText);
    // … and the name leads back to the cell.
    await item.getByRole('button', { name: 'Table I row 1, Price' }).click();
    expect(await focusedPath(page)).toBe(PRICE);
  });

  it('reads a footnote when the pointer rests on its marker', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl')));
    const view = await dropAndOpen(app.page, FILING_FILES.kampani2025);
    const { filing } = await readInNode(FILING_FILES.kampani2025);
    const amountNotes = filing.nonDerivativeTransactions[1]!.footnotes.shares ?? [];
    expect(amountNotes).toHaveLength(1);
    const text = filing.footnotes.find((note) => note.id === amountNotes[0])?.text ?? '';
    await atPath(view, 'nonDerivativeTransactions[1].shares').locator('.fn-mark').hover();
    await expect(view.getByTestId('filing-tip').innerText()).resolves.toContain(text);
    // The marker's accessible description is the note itself.
    const describedBy = await atPath(view, 'nonDerivativeTransactions[1].shares')
      .locator('.fn-mark')
      .getAttribute('aria-describedby');
    await expect(view.locator(`#${describedBy}`).innerText()).resolves.toContain(text);
  });

  it('shows each warning on the cell it is about, and leads there from the list', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl')));
    const view = await dropAndOpen(app.page, FILING_FILES.unityXml);
    const { filing } = await readInNode(FILING_FILES.unityXml);
    const onCells = filing.warnings.filter((w) => w.path !== null);
    expect(onCells.length).toBeGreaterThan(0);

    await expect(view.locator('.warnings li').count()).resolves.toBe(filing.warnings.length);
    for (const warning of onCells) {
      const cell = atPath(view, warning.path!);
      await expect(cell.getAttribute('class')).resolves.toContain('has-warning');
      const ids = ((await cell.getAttribute('aria-describedby')) ?? '').split(' ');
      const texts = await Promise.all(ids.map((id) => view.locator(`#${id}`).innerText()));
      expect(texts).toContain(warning.message);
    }
    const first = onCells[0]!;
    await view.locator(`.warnings li[data-warning-path="${first.path}"] button`).click();
    expect(await focusedPath(app.page)).toBe(first.path);
    await expect(view.getByTestId('filing-tip').innerText()).resolves.toContain(first.message);
  });
});
