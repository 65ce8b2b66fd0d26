/**
 * Pictures of the library UI for checking by eye: the built app (run
 * `npx vite build` first) with real fixture filings read into the library.
 *
 *   npx tsx scripts/library-screenshot.ts [out-prefix] [--width 360] [--dark]
 *
 * Writes <prefix>-library.png (the list after reading five files) and
 * <prefix>-opened.png (one filing opened from it). Default prefix:
 * scratch/library-ui/shot.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { launchChromium } from './lib/chromium';

const FILES = [
  'test/fixtures/browser/rklb-form4-olson-2024-11-19.pdf',
  'test/fixtures/browser-library/rklb-form4-spice-2022-05-12.pdf',
  'test/fixtures/browser-library/rklb-form3-beck-2021-08-25.pdf',
  'test/fixtures/browser-library/snow-form4-scarpelli-2022-12-13.xml',
  'test/fixtures/browser-library/snow-form3-berkshire-2020-09-18.xml',
  'test/fixtures/bad/text-renamed.pdf',
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { width: { type: 'string', default: '1100' }, dark: { type: 'boolean', default: false } },
});
const prefix = positionals[0] ?? 'scratch/library-ui/shot';

if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first.');
const server = await preview({
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 4181, strictPort: false },
});
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('vite preview did not report a URL');
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: Number(values.width), height: 900 },
    colorScheme: values.dark ? 'dark' : 'light',
  });
  await page.goto(url);
  await page.getByLabel('Choose Form 3, 4 or 5 files').setInputFiles(
    FILES.map((path) => ({
      name: basename(path),
      mimeType: path.endsWith('.xml') ? 'text/xml' : 'application/pdf',
      buffer: readFileSync(path),
    })),
  );
  await page.waitForFunction(() => document.querySelectorAll('.library-table tbody tr').length >= 5, null, {
    timeout: 60_000,
  });
  mkdirSync(dirname(prefix), { recursive: true });
  await page.screenshot({ path: `${prefix}-library.png`, fullPage: true });
  await page.locator('.library-table tbody tr').first().locator('.link-button').click();
  await page.locator('.file-card .issuer-name').waitFor();
  await page.screenshot({ path: `${prefix}-opened.png`, fullPage: true });
  console.log(`Wrote ${prefix}-library.png and ${prefix}-opened.png`);
} finally {
  await browser.close();
  await server.close();
}
