/**
 * Printed PDFs cached on disk by a hash of the page HTML and print options,
 * so a rerun only prints filings whose form view changed. Chromium starts on
 * the first cache miss, not before.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FormPrinter, printOptionsLabel, type PrintOptions } from '../../../scripts/lib/print-forms';

export const CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/roundtrip/', import.meta.url));

/** Bump when something outside the HTML changes how PDFs print (margins, Chromium flags). */
const CACHE_VERSION = 1;

export interface CachedPrint {
  pdf: Uint8Array;
  fromCache: boolean;
}

export class PrintCache {
  private printer: Promise<FormPrinter> | null = null;

  constructor(
    private readonly options: PrintOptions,
    private readonly parallel = 2,
  ) {
    mkdirSync(CACHE_DIR, { recursive: true });
  }

  private keyOf(html: string): string {
    return createHash('sha256')
      .update(`${CACHE_VERSION}\n${printOptionsLabel(this.options)}\n${html}`)
      .digest('hex')
      .slice(0, 32);
  }

  async print(html: string): Promise<CachedPrint> {
    const path = join(CACHE_DIR, `${this.keyOf(html)}.pdf`);
    if (existsSync(path)) return { pdf: new Uint8Array(readFileSync(path)), fromCache: true };
    this.printer ??= FormPrinter.open(this.parallel);
    const printed = await (await this.printer).printHtml(html, this.options);
    // Write then rename, so an interrupted run never leaves half a PDF under a valid key.
    writeFileSync(`${path}.tmp`, printed.pdf);
    renameSync(`${path}.tmp`, path);
    return { pdf: printed.pdf, fromCache: false };
  }

  async close(): Promise<void> {
    if (this.printer) await (await this.printer).close();
    this.printer = null;
  }
}
