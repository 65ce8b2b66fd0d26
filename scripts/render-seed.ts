/**
 * Regenerates the seed fixture: the LivePerson 2009 Form 4 (its ownership XML,
 * ../shared/seed/liveperson-2009-form4.xml, copied to test/fixtures/seed/)
 * printed as EDGAR's form view by headless Chromium on Letter paper at 100%.
 *
 *   npx tsx scripts/render-seed.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readOwnershipXml } from '../src/core/xml/read-xml';
import { DEFAULT_PRINT, FormPrinter, printOptionsLabel } from './lib/print-forms';

const SEED_DIR = new URL('../test/fixtures/seed/', import.meta.url);
const XML = new URL('liveperson-2009-form4.xml', SEED_DIR);
const PDF = new URL('liveperson-2009-form4.pdf', SEED_DIR);

const filing = readOwnershipXml(readFileSync(XML, 'utf8'));
const printer = await FormPrinter.open(1);
try {
  const printed = await printer.printFiling(filing, DEFAULT_PRINT);
  writeFileSync(PDF, printed.pdf);
  console.log(`${PDF.pathname}: ${printed.pdf.byteLength} bytes, ${printOptionsLabel(DEFAULT_PRINT)}`);
} finally {
  await printer.close();
}
