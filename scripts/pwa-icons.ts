/**
 * Draws the app's install icons (public/icons/*.png) from public/favicon.svg
 * with Chromium, so the PNGs always match the one hand-made drawing.
 * Run after changing favicon.svg: `npx tsx scripts/pwa-icons.ts`.
 *
 * "any" icons are the drawing as it is (transparent rounded corners).
 * "maskable" icons fill the square with the drawing's blue, so a launcher
 * may crop them to any shape: the white page glyph reaches at most 37% of the
 * side from the centre, inside the 40% safe circle launchers never crop.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from './lib/chromium';

const SVG = readFileSync('public/favicon.svg', 'utf8');
const OUT_DIR = 'public/icons';
/** The fill of the drawing's rounded square, used as the maskable icon's full-bleed background. */
const BACKGROUND = '#1f5fa8';

interface IconSpec {
  file: string;
  size: number;
  maskable: boolean;
}

const ICONS: IconSpec[] = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];

function pageFor(icon: IconSpec): string {
  const background = icon.maskable ? BACKGROUND : 'transparent';
  const src = `data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}`;
  return `<!doctype html><html><body style="margin:0">
    <div style="width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${background}">
      <img src="${src}" width="${icon.size}" height="${icon.size}" alt="">
    </div></body></html>`;
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const icon of ICONS) {
      await page.setViewportSize({ width: icon.size, height: icon.size });
      await page.setContent(pageFor(icon));
      await page.locator('img').evaluate((img) => (img as unknown as { decode(): Promise<void> }).decode());
      const png = await page.screenshot({ omitBackground: !icon.maskable, type: 'png' });
      writeFileSync(`${OUT_DIR}/${icon.file}`, png);
      console.log(`${OUT_DIR}/${icon.file}: ${icon.size}×${icon.size}, ${png.byteLength} bytes`);
    }
  } finally {
    await browser.close();
  }
}

await main();
