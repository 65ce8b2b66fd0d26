/**
 * pdf.js text runs → positioned words. The pdf.js module is passed in, so the
 * same code runs with the legacy build in Node and the modern build inside our
 * module worker. Nothing here knows about forms.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { ParseFailure } from '../errors';
import type { PageInfo, PositionedText, Word } from '../words';
import { splitRunIntoWords } from './runs';

/** The slice of the pdf.js module we use: either build satisfies it. */
export interface PdfjsModule {
  getDocument(params: Record<string, unknown>): { promise: Promise<PDFDocumentProxy>; destroy(): Promise<void> };
  Util: { transform(m1: number[], m2: number[]): number[] };
}

export interface ExtractOptions {
  password?: string;
  /** Absolute URLs ending in "/" (browser); omitted in Node, where pdf.js finds its own files. */
  cMapUrl?: string;
  standardFontDataUrl?: string;
  /** Stop after this many pages: a form is a few pages; exhibits and bombs are not read. */
  maxPages?: number;
  signal?: AbortSignal;
}

export const DEFAULT_MAX_PAGES = 40;

export async function openPdf(pdfjs: PdfjsModule, data: Uint8Array, opts: ExtractOptions = {}) {
  const task = pdfjs.getDocument({
    data,
    password: opts.password,
    isEvalSupported: false,
    useWorkerFetch: opts.cMapUrl !== undefined,
    cMapUrl: opts.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: opts.standardFontDataUrl,
    verbosity: 0,
    stopAtErrors: false,
  });
  const onAbort = () => void task.destroy();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return { doc: await task.promise, destroy: () => task.destroy() };
  } catch (err) {
    await task.destroy();
    throw pdfOpenError(err);
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** pdf.js names its exceptions; map them to our codes with a message a person can act on. */
export function pdfOpenError(err: unknown): ParseFailure {
  const name = err instanceof Error ? err.name : '';
  const code = (err as { code?: number } | null)?.code;
  if (name === 'PasswordException') {
    return code === 2
      ? new ParseFailure('wrong-password', 'The password is not right for this PDF. Try again.')
      : new ParseFailure('password-required', 'This PDF is protected by a password. Enter it to open the file.');
  }
  if (name === 'InvalidPDFException') {
    return new ParseFailure(
      'damaged-pdf',
      'This PDF is damaged or incomplete and cannot be opened. Download it again from its source.',
    );
  }
  if (name === 'AbortException') return new ParseFailure('cancelled', 'Reading was cancelled.');
  const message = err instanceof Error ? err.message : String(err);
  return new ParseFailure('damaged-pdf', `This PDF cannot be read (${message}). Download it again from its source.`);
}

export async function extractPositionedText(
  pdfjs: PdfjsModule,
  data: Uint8Array,
  opts: ExtractOptions = {},
): Promise<PositionedText> {
  const { doc, destroy } = await openPdf(pdfjs, data, opts);
  try {
    const pageCount = Math.min(doc.numPages, opts.maxPages ?? DEFAULT_MAX_PAGES);
    const pages: PageInfo[] = [];
    const words: Word[] = [];
    for (let n = 1; n <= pageCount; n++) {
      if (opts.signal?.aborted) throw new ParseFailure('cancelled', 'Reading was cancelled.');
      const page = await doc.getPage(n);
      const { info, pageWords } = await readPage(pdfjs, page, n);
      pages.push(info);
      for (const w of pageWords) words.push(w);
      page.cleanup();
    }
    const meta = await doc.getMetadata().catch(() => null);
    const producer = (meta?.info as { Producer?: unknown } | undefined)?.Producer;
    return { pages, words, rules: [], producer: typeof producer === 'string' ? producer : null };
  } finally {
    await destroy();
  }
}

async function readPage(pdfjs: PdfjsModule, page: PDFPageProxy, n: number) {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const pageWords: Word[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const run = item as TextItem;
    if (run.str.trim() === '') continue; // pdf.js adds whitespace runs that bridge columns
    const [a, b, c, d, e, f] = pdfjs.Util.transform(viewport.transform, run.transform) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    // Only horizontal text takes part in the form; rotated stamps and margins are skipped.
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue;
    const size = Math.abs(d);
    const scaleX = Math.hypot(viewport.transform[0] ?? 1, viewport.transform[1] ?? 0);
    for (const w of splitRunIntoWords(run.str, e, run.width * scaleX, f, size)) {
      pageWords.push({ ...w, page: n, bold: false });
    }
  }
  return { info: { page: n, width: viewport.width, height: viewport.height }, pageWords };
}
