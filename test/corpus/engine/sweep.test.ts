/**
 * Corpus sweep: every issuer-site PDF in ../shared/corpus/ir-pdfs through
 * pdf.js and the engine. None may crash; each must be read as the form its
 * notes name (form number, ticker). Files with warnings are reported (printed
 * and written to node_modules/.cache/engine/sweep-report.json); a warning
 * code not explained below fails the sweep. Skips when the corpus is absent.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { readForm } from '../../../src/core/form/read-form';
import { extractPositionedText } from '../../../src/core/pdf/extract';
import type { Filing } from '../../../src/core/filing';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/ir-pdfs/', import.meta.url));
const REPORT_DIR = fileURLToPath(new URL('../../../node_modules/.cache/engine/', import.meta.url));

/** Warning codes the sweep may show, each with why it is expected on these files. */
const EXPLAINED: Record<string, string> = {
  'owned-after-chain':
    'filers report related holdings of one security in separate rows; a chain that does not add up is shown to the reader',
};

interface Note {
  file: string;
  form_in_pdf?: string;
  ticker_in_pdf?: string;
  amendment_original_date_in_pdf?: string;
}

const files = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.pdf'))
      .sort()
  : [];
const notes: Note[] = existsSync(join(CORPUS, 'notes.json'))
  ? JSON.parse(readFileSync(join(CORPUS, 'notes.json'), 'utf8'))
  : [];

describe.skipIf(files.length === 0)('engine sweep over the issuer-site PDFs', () => {
  const report: { file: string; documentType: string; warnings: Filing['warnings'] }[] = [];

  afterAll(() => {
    const withWarnings = report.filter((r) => r.warnings.length > 0);
    mkdirSync(REPORT_DIR, { recursive: true });
    writeFileSync(
      join(REPORT_DIR, 'sweep-report.json'),
      JSON.stringify({ files: report.length, withWarnings }, null, 1),
    );
    console.log(`engine sweep: ${report.length} PDFs read, ${withWarnings.length} with warnings`);
    for (const r of withWarnings) console.log(`  ${r.file}: ${r.warnings.map((w) => w.code).join(', ')}`);
  });

  it.each(files)('%s', async (file) => {
    const text = await extractPositionedText(
      nodePdfjs,
      new Uint8Array(readFileSync(join(CORPUS, file))),
      nodeExtractOptions,
    );
    const { filing } = readForm(text);
    report.push({ file, documentType: filing.documentType, warnings: filing.warnings });
    const note = notes.find((n) => n.file === file);
    if (note?.form_in_pdf) expect(filing.documentType.replace('/A', '')).toBe(note.form_in_pdf);
    if (note?.ticker_in_pdf) expect(filing.issuer.tradingSymbol).toBe(note.ticker_in_pdf);
    if (note?.amendment_original_date_in_pdf) expect(filing.documentType).toMatch(/\/A$/);
    expect(filing.reportingOwners.length).toBeGreaterThan(0);
    expect(filing.signatures.length).toBeGreaterThan(0);
    for (const w of filing.warnings) expect(Object.keys(EXPLAINED)).toContain(w.code);
  });
});
