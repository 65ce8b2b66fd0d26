/**
 * The README's picture: the built app (run `npx vite build` first) with a real
 * Rocket Lab Form 4 PDF read, in headless Chromium.
 *
 *   npx tsx scripts/app-screenshot.ts [out.png] [--width 360] [--dark] [--file some.pdf]
 *
 * Defaults: docs/screenshot.png, 1700px wide (tables and PDF page side by side), light colour scheme, the Rocket Lab fixture.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { launchChromium } from './lib/chromium';

const FIXTURE = 'test/fixtures/browser/rklb-form4-olson-2024-11-19.pdf';
const PORT = 4179;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1700' },
    dark: { type: 'boolean', default: false },
    file: { type: 'string' },
  },
});
const out = positionals[0] ?? 'docs/screenshot.png';

if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first.');
const server = await preview({
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: PORT, strictPort: false },
});
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('vite preview did not report a URL');
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: Number(values.width), height: 800 },
    colorScheme: values.dark ? 'dark' : 'light',
    deviceScaleFactor: 1,
  });
  await page.goto(url);
  await page.getByLabel('Choose Form 3, 4 or 5 files').setInputFiles({
    name: values.file ? basename(values.file) : 'RKLB Form 4 - Jon Olson - 2024-11-19.pdf',
    mimeType: values.file?.endsWith('.xml') ? 'text/xml' : 'application/pdf',
    buffer: readFileSync(values.file ?? FIXTURE),
  });
  await page.locator('.file-card:not([data-state="reading"])').waitFor({ timeout: 30_000 });
  // A PDF's first page is drawn beside (or below) the tables; wait for it so the picture shows it.
  if (!values.file?.endsWith('.xml')) {
    await page.locator('[data-testid="pdf-pane"] canvas[data-page="1"]').waitFor({ timeout: 30_000 });
  }
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
