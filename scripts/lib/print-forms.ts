/**
 * Filings → PDFs the way a person gets one from EDGAR: the form view
 * (renderFormHtml + form.css) printed by headless Chromium. One browser for a
 * whole run; a small pool of pages is reused, so hundreds of filings print
 * without a launch each. Paper, orientation and scale are print options.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Filing } from '../../src/core/filing';
import { renderFormHtml } from '../../src/core/render/form-html';
import { escapeHtml } from '../../src/core/render/format';
import { launchChromium } from './chromium';

export type Paper = 'Letter' | 'A4';

export interface PrintOptions {
  paper: Paper;
  landscape: boolean;
  /** Chromium's print scale, 0.1 to 2 (0.7 prints at 70%). */
  scale: number;
}

export const DEFAULT_PRINT: PrintOptions = { paper: 'Letter', landscape: false, scale: 1 };

/** Browser's usual print margin, so the PDF looks like "Print → Save as PDF" from EDGAR's page. */
const PRINT_MARGIN = '0.4in';
const PRINT_MARGIN_INCHES = 0.4;
const CSS_PX_PER_INCH = 96;
const PAPER_INCHES: Record<Paper, { width: number; height: number }> = {
  Letter: { width: 8.5, height: 11 },
  A4: { width: 8.27, height: 11.69 },
};

/** Width in CSS pixels that the printed page lays content out in. */
export function printableWidthPx(options: PrintOptions): number {
  const paper = PAPER_INCHES[options.paper];
  const across = options.landscape ? paper.height : paper.width;
  return Math.floor(((across - 2 * PRINT_MARGIN_INCHES) * CSS_PX_PER_INCH) / options.scale);
}

export interface PrintedForm {
  pdf: Uint8Array;
  /** CSS pixels of content wider than the printable width (0: nothing cut off at the right edge). */
  overflowPx: number;
}

const FORM_CSS_URL = new URL('../../src/core/render/form.css', import.meta.url);

let cachedCss: string | null = null;

/** The form stylesheet, read from its one source file. */
export function formCss(): string {
  cachedCss ??= readFileSync(FORM_CSS_URL, 'utf8');
  return cachedCss;
}

export function printOptionsLabel(options: PrintOptions): string {
  const orientation = options.landscape ? 'landscape' : 'portrait';
  return `${options.paper} ${orientation} ${Math.round(options.scale * 100)}%`;
}

/** A complete standalone page: the form fragment and its stylesheet. */
export function formPageHtml(filing: Filing): string {
  const title = `SEC Form ${filing.documentType} ${filing.issuer.name}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${formCss()}\n</style>`,
    '</head>',
    '<body>',
    renderFormHtml(filing),
    '</body>',
    '</html>',
  ].join('\n');
}

/** Waits for a free page from a fixed pool; hands pages back in arrival order. */
class PagePool {
  private readonly idle: Page[];
  private readonly waiting: ((page: Page) => void)[] = [];

  constructor(pages: Page[]) {
    this.idle = [...pages];
  }

  async use<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const page = this.idle.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(page);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.idle.push(page);
    }
  }
}

export class FormPrinter {
  private constructor(
    private readonly browser: Browser,
    private readonly pool: PagePool,
  ) {}

  /** `parallel` pages print at once; keep it small on a 2-core machine. */
  static async open(parallel = 2): Promise<FormPrinter> {
    const browser = await launchChromium();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const pages = await Promise.all(Array.from({ length: Math.max(1, parallel) }, () => context.newPage()));
    return new FormPrinter(browser, new PagePool(pages));
  }

  async printHtml(html: string, options: PrintOptions = DEFAULT_PRINT): Promise<PrintedForm> {
    return this.pool.use(async (page) => {
      const width = printableWidthPx(options);
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ media: 'print' });
      await page.setContent(html, { waitUntil: 'load' });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      const pdf = await page.pdf({
        format: options.paper,
        landscape: options.landscape,
        scale: options.scale,
        printBackground: true,
        margin: { top: PRINT_MARGIN, bottom: PRINT_MARGIN, left: PRINT_MARGIN, right: PRINT_MARGIN },
      });
      return { pdf: new Uint8Array(pdf), overflowPx: Math.max(0, scrollWidth - width) };
    });
  }

  async printFiling(filing: Filing, options: PrintOptions = DEFAULT_PRINT): Promise<PrintedForm> {
    return this.printHtml(formPageHtml(filing), options);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
