/**
 * One click to the EDGAR layout and back, and the three exports: each
 * downloads a file named after issuer, owner and date whose contents read
 * back (JSON restored and validated, CSV one line per table row, XML read by
 * our own EDGAR reader) to the filing the engine reads from the same PDF.
 */
import { describe, expect, inject, it } from 'vitest';
import { TABLE_KEYS, type Filing } from '../../src/core/filing';
import { restoreFiling } from '../../src/core/restore';
import { readOwnershipXml } from '../../src/core/xml/read-xml';
import {
  FILING_FILES,
  dropAndOpen,
  downloaded,
  openFilingApp,
  readInNode,
  type FilingApp,
} from './filing-helpers';
import { browserSession } from './session';

const session = browserSession<FilingApp>((app) => app.context.close());

/** What a filing says, without the reader's own notes (an XML round trip writes none). */
function content(filing: Filing): Omit<Filing, 'warnings'> {
  const { warnings: _warnings, ...rest } = filing;
  return rest;
}

describe('the form view and the exports', () => {
  it('shows the EDGAR layout one click away, and the tables again', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl')));
    const view = await dropAndOpen(app.page, FILING_FILES.kampani2025);
    const formButton = view.getByRole('button', { name: 'Form view (EDGAR layout)' });
    await formButton.click();
    await expect(formButton.getAttribute('aria-pressed')).resolves.toBe('true');
    const form = view.getByTestId('form-view').locator('.edgar-form');
    await form.waitFor();
    const text = await form.innerText();
    expect(text).toContain('STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP');
    expect(text).toContain(
      'Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned',
    );
    expect(text).toContain('Kampani Arjun');
    await expect(view.locator('.filing-table').count()).resolves.toBe(0);
    // EDGAR's page is white paper with black type, in either colour scheme.
    await expect(form.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
      'rgb(255, 255, 255)',
    );

    await view.getByRole('button', { name: 'Tables', exact: true }).click();
    await expect(view.locator('.filing-table').count()).resolves.toBe(2);
    await expect(view.getByTestId('form-view').count()).resolves.toBe(0);
  });

  it('downloads JSON, CSV and XML that read back to the same filing', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl')));
    const { page } = app;
    const view = await dropAndOpen(page, FILING_FILES.kampani2025);
    const { filing } = await readInNode(FILING_FILES.kampani2025);
    const stem = 'RKLB_Kampani-Arjun_2025-03-14_Form-4';

    const json = await downloaded(page, () => view.locator('[data-export="json"]').click());
    expect(json.name).toBe(`${stem}.json`);
    const restored = restoreFiling(JSON.parse(json.text));
    expect(restored.ok).toBe(true);
    if (restored.ok) expect(restored.filing).toEqual(filing);

    const csv = await downloaded(page, () => view.locator('[data-export="csv"]').click());
    expect(csv.name).toBe(`${stem}.csv`);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    const rows = TABLE_KEYS.reduce((sum, table) => sum + filing[table].length, 0);
    expect(lines).toHaveLength(1 + rows);
    expect(lines[1]).toContain('nonDerivativeTransactions');

    const xml = await downloaded(page, () => view.locator('[data-export="xml"]').click());
    expect(xml.name).toBe(`${stem}.xml`);
    expect(content(readOwnershipXml(xml.text))).toEqual(content(filing));
  });

  it('names the files of a filing read from XML after its own issuer, owner and date', async () => {
    const app = session.track(await openFilingApp(session.browser, inject('appUrl')));
    const view = await dropAndOpen(app.page, FILING_FILES.seedXml);
    const json = await downloaded(app.page, () => view.locator('[data-export="json"]').click());
    expect(json.name).toBe('LPSN_BIXBY-TIMOTHY-E_2009-08-18_Form-4.json');
    const { filing } = await readInNode(FILING_FILES.seedXml);
    const restored = restoreFiling(JSON.parse(json.text));
    expect(restored.ok && restored.filing).toEqual(filing);
  });
});
