/**
 * The reader's watchdog in the built app: a PDF that stalls pdf.js (graphics
 * states nested tens of thousands deep: one synchronous stretch of minutes)
 * is dropped with good filings on a page whose per-file budget is short
 * (`?read-timeout=3`). The stalling file is failed as 'timeout' with a
 * message saying what happened and what to do, its worker is terminated, and
 * the other files are read, the last ones by a fresh worker.
 */
import type { Page, Worker } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { nestedSavesPdf } from '../../scripts/bad-generate';
import { dropFiles, fixtureFile, openApp, queueCard, type DroppedFile, type OpenedApp } from './page';
import { browserSession } from './session';

/** 40,000 levels: far beyond 3 s (20,000 already takes ~11 s in Node; the cost grows with the square). */
const STALLING: DroppedFile = {
  name: 'nested-saves.pdf',
  mimeType: 'application/pdf',
  bytes: nestedSavesPdf(40_000),
};

const OLSON: DroppedFile = fixtureFile('browser/rklb-form4-olson-2024-11-19.pdf');

const SAINTIL: DroppedFile = fixtureFile('cli/rklb-form4-saintil-2022-06-27.pdf');

const NOT_A_PDF: DroppedFile = {
  name: 'meeting-notes.pdf',
  mimeType: 'application/pdf',
  bytes: new TextEncoder().encode('Notes from the quarterly meeting, saved as .pdf by mistake.\n'),
};

const session = browserSession<OpenedApp>((app) => app.page.close());

async function settledState(page: Page, fileName: string): Promise<string | null> {
  const row = queueCard(page, fileName);
  await expect
    .poll(() => row.getAttribute('data-state'), { timeout: 45_000 })
    .toMatch(/^(done|failed|cancelled|unsaved)$/);
  return row.getAttribute('data-state');
}

describe('the reader watchdog', () => {
  it('fails a stalling PDF as timed out, restarts the reader, and reads the good files', async () => {
    const app = session.track(await openApp(session.browser, `${inject('appUrl')}?read-timeout=3`));
    const { page } = app;
    const readers: Worker[] = [];
    const closed = new Set<Worker>();
    page.on('worker', (worker) => {
      readers.push(worker);
      worker.on('close', () => closed.add(worker));
    });

    await dropFiles(page, [STALLING, OLSON]);
    await expect(settledState(page, STALLING.name)).resolves.toBe('failed');
    const alert = queueCard(page, STALLING.name).getByRole('alert');
    await expect(alert.getAttribute('data-code')).resolves.toBe('timeout');
    const text = await alert.innerText();
    expect(text).toContain(`${STALLING.name} could not be read`);
    expect(text).toContain('Reading was stopped after 3 seconds');
    expect(text).toContain('the reader was restarted for your other files');
    await expect(settledState(page, OLSON.name)).resolves.toBe('done');

    // Whichever of the two the reader took first, these need the fresh worker. Two at once, so
    // neither is opened on its own (which would start the page-drawing worker too).
    await dropFiles(page, [SAINTIL, NOT_A_PDF]);
    await expect(settledState(page, SAINTIL.name)).resolves.toBe('done');
    await expect(settledState(page, NOT_A_PDF.name)).resolves.toBe('failed');
    await expect(queueCard(page, NOT_A_PDF.name).getByRole('alert').getAttribute('data-code')).resolves.toBe(
      'not-pdf',
    );
    expect(readers).toHaveLength(2);
    await expect.poll(() => closed.has(readers[0]!), { timeout: 10_000 }).toBe(true);
    expect(closed.has(readers[1]!)).toBe(false);
  });
});
