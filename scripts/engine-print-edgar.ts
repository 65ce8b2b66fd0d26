/**
 * Print EDGAR's own HTML rendering of ownership filings to PDF with Chromium,
 * at the sizes people print at, into test/fixtures/engine/. The engine must
 * read every size the same. Usage: npx tsx scripts/engine-print-edgar.ts
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { launchChromium } from './lib/chromium';

const SOURCE_DIR = '../shared/corpus/edgar-html';
const OUT_DIR = 'test/fixtures/engine';

interface PrintSize {
  suffix: string;
  options: { format: 'Letter' | 'A4'; landscape: boolean; scale: number };
}

const SIZES: PrintSize[] = [
  { suffix: 'letter', options: { format: 'Letter', landscape: false, scale: 1 } },
  { suffix: 'a4', options: { format: 'A4', landscape: false, scale: 1 } },
  { suffix: 'landscape', options: { format: 'Letter', landscape: true, scale: 1 } },
  { suffix: 'scale70', options: { format: 'Letter', landscape: false, scale: 0.7 } },
];

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // The pages link nothing we need; never let a stray URL reach the network.
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort(),
    );
    for (const file of readdirSync(SOURCE_DIR).filter((f) => f.endsWith('.html'))) {
      await page.setContent(readFileSync(join(SOURCE_DIR, file), 'utf8'), { waitUntil: 'load' });
      for (const size of SIZES) {
        const out = join(OUT_DIR, `edgar-${basename(file, '.html')}-${size.suffix}.pdf`);
        writeFileSync(out, await page.pdf({ ...size.options, printBackground: true }));
        console.log(out);
      }
    }
  } finally {
    await browser.close();
  }
}

void main();
