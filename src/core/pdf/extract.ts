/**
 * pdf.js text runs → positioned words. The pdf.js module is passed in, so the
 * same code runs with the legacy build in Node and the modern build inside our
 * module worker. Nothing here knows about forms.
 *
 * Every way a PDF can be hostile is bounded here: a decompression bomb is
 * refused before pdf.js sees it (stream-guard.ts), only the first pages are
 * read, and text is read in chunks that stop at a cap per page and in all.
 * Anything pdf.js throws becomes a ParseFailure; messages do not name the
 * file, parse-file.ts puts the name in front in one place.
 */
import type { PDFDocumentProxy, PDFPageProxy, TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { ParseFailure } from '../errors';
import type { PageInfo, PositionedText, Word } from '../words';
import { isUpright, readingRotation } from './rotation';
import { PageWords } from './runs';
import { findDecompressionBomb } from './stream-guard';

/** The slice of the pdf.js module we use: either build satisfies it. */
export interface PdfjsModule {
  getDocument(params: Record<string, unknown>): {
    promise: Promise<PDFDocumentProxy>;
    destroy(): Promise<void>;
  };
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
  /**
   * Told each page's words as soon as they are read; returning true makes it
   * the last page whose text is read (the caller's document ends there, and
   * what follows, such as exhibits, is not needed). Later pages are still
   * listed in `pages`, with their sizes, so the page count stays the file's.
   */
  isLastPage?: (page: number, words: Word[]) => boolean;
  /** False: leave `producer` null and skip reading the document's metadata (the CLI prints no producer). */
  readProducer?: boolean;
}

export const DEFAULT_MAX_PAGES = 40;
/** A form page has ~500-1,500 text runs; a page with more than this is not a form and is not read on. */
export const MAX_TEXT_RUNS_PER_PAGE = 20_000;
/** Words kept over all pages read (~40 pages of dense prose); past this the file is refused. */
export const MAX_WORDS = 100_000;

const MIB = 1024 * 1024;

export async function openPdf(pdfjs: PdfjsModule, data: Uint8Array, opts: ExtractOptions = {}) {
  let task: ReturnType<PdfjsModule['getDocument']>;
  try {
    task = pdfjs.getDocument({
      // A copy: pdf.js takes ownership of (detaches) the buffer it is given, and the caller keeps theirs.
      data: new Uint8Array(data),
      password: opts.password,
      isEvalSupported: false,
      useWorkerFetch: opts.cMapUrl !== undefined,
      cMapUrl: opts.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: opts.standardFontDataUrl,
      verbosity: 0,
      stopAtErrors: false,
    });
  } catch (err) {
    throw pdfError(err);
  }
  const onAbort = () => void task.destroy();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return { doc: await task.promise, destroy: () => task.destroy() };
  } catch (err) {
    await task.destroy();
    throw opts.signal?.aborted ? cancelled() : pdfError(err, opts.password !== undefined);
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

const cancelled = () => new ParseFailure('cancelled', 'Reading was cancelled.');

/** pdf.js names its exceptions; map them to our codes with a message a person can act on. */
export function pdfError(err: unknown, passwordGiven = false): ParseFailure {
  if (err instanceof ParseFailure) return err;
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') {
    // pdf.js: code 1 = a password is needed, 2 = the one given is wrong.
    const wrong = (err as { code?: number }).code === 2 || passwordGiven;
    return wrong
      ? new ParseFailure('wrong-password', 'That password does not open this PDF. Check it and try again.')
      : new ParseFailure(
          'password-required',
          'This PDF is protected by a password. Enter the password to open it (it is used only to read the file).',
        );
  }
  if (name === 'AbortException') return cancelled();
  if (name === 'InvalidPDFException') {
    return new ParseFailure(
      'damaged-pdf',
      'This PDF is damaged or incomplete (cut short, or its internal index is broken) and cannot be opened. ' +
        'Download it again from its source.',
    );
  }
  const message = err instanceof Error ? err.message : String(err);
  return new ParseFailure(
    'damaged-pdf',
    `This PDF is damaged and cannot be read (${message}). Download it again from its source.`,
  );
}

export async function extractPositionedText(
  pdfjs: PdfjsModule,
  data: Uint8Array,
  opts: ExtractOptions = {},
): Promise<PositionedText> {
  await refuseDecompressionBombs(data);
  const { doc, destroy } = await openPdf(pdfjs, data, opts);
  try {
    return await readPages(pdfjs, doc, opts);
  } catch (err) {
    throw opts.signal?.aborted ? cancelled() : pdfError(err);
  } finally {
    await destroy();
  }
}

async function refuseDecompressionBombs(data: Uint8Array): Promise<void> {
  const bomb = await findDecompressionBomb(data);
  if (!bomb) return;
  const what =
    bomb.limit === 'total'
      ? `its compressed parts expand to more than ${Math.floor(bomb.inflatedBytes / MIB)} MB together`
      : `one compressed part (at byte ${bomb.offset}) expands to more than ${Math.floor(bomb.inflatedBytes / MIB)} MB`;
  throw new ParseFailure(
    'too-large',
    `This PDF is not read: ${what}, far more than any Form 3, 4 or 5 holds, which is how a ` +
      '"decompression bomb" is built. If you expected a filing, get it again from EDGAR.',
  );
}

async function readPages(
  pdfjs: PdfjsModule,
  doc: PDFDocumentProxy,
  opts: ExtractOptions,
): Promise<PositionedText> {
  const pageCount = Math.min(doc.numPages, opts.maxPages ?? DEFAULT_MAX_PAGES);
  const pages: PageInfo[] = [];
  const words: Word[] = [];
  let readingText = true;
  for (let n = 1; n <= pageCount; n++) {
    if (opts.signal?.aborted) throw cancelled();
    const page = await doc.getPage(n);
    if (!readingText) {
      pages.push(pageSize(page, n));
      continue;
    }
    const { info, pageWords } = await readPage(pdfjs, page, n);
    page.cleanup();
    pages.push(info);
    if (words.length + pageWords.length > MAX_WORDS)
      throw tooMuchText(`more than ${MAX_WORDS} words by page ${n}`);
    for (const w of pageWords) words.push(w);
    if (opts.isLastPage?.(n, pageWords)) readingText = false;
  }
  const producer = opts.readProducer === false ? null : await producerOf(doc);
  return { pages, words, rules: [], producer };
}

/** The Info dictionary's Producer; reading it also parses the XMP metadata, so it is skipped when unwanted. */
async function producerOf(doc: PDFDocumentProxy): Promise<string | null> {
  const meta = await doc.getMetadata().catch(() => null);
  const producer = (meta?.info as { Producer?: unknown } | undefined)?.Producer;
  return typeof producer === 'string' ? producer : null;
}

function tooMuchText(detail: string): ParseFailure {
  return new ParseFailure(
    'too-large',
    `This PDF has far more text than a Form 3, 4 or 5 (${detail}), so it is not read. ` +
      'Choose the filing itself, or its XML from EDGAR.',
  );
}

/**
 * Text runs of one page, read in pdf.js's chunks so that a page of endless
 * text is stopped early; reading also stops once `enough` runs are in (the
 * page drawer wants only the first few).
 */
export async function readTextRuns(page: PDFPageProxy, n: number, enough = Infinity): Promise<TextItem[]> {
  const reader = (page.streamTextContent() as ReadableStream<TextContent>).getReader();
  const runs: TextItem[] = [];
  // pdf.js asserts that a cancelled stream is given an Error as its reason.
  const stop = (why: string) => reader.cancel(new Error(why)).catch(() => undefined);
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    for (const item of chunk.value.items) if ('str' in item) runs.push(item);
    if (runs.length > MAX_TEXT_RUNS_PER_PAGE) {
      await stop('text cap reached');
      throw tooMuchText(`more than ${MAX_TEXT_RUNS_PER_PAGE} pieces of text on page ${n}`);
    }
    if (runs.length >= enough) {
      await stop('enough text read');
      break;
    }
  }
  return runs;
}

function pageSize(page: PDFPageProxy, n: number): PageInfo {
  const viewport = page.getViewport({ scale: 1 });
  return { page: n, width: viewport.width, height: viewport.height };
}

async function readPage(pdfjs: PdfjsModule, page: PDFPageProxy, n: number) {
  const runs = await readTextRuns(page, n);
  const viewport = page.getViewport({
    scale: 1,
    rotation: readingRotation(page, runs, pdfjs.Util.transform),
  });
  const scaleX = Math.hypot(viewport.transform[0] ?? 1, viewport.transform[1] ?? 0);
  const pageWords = new PageWords();
  for (const run of runs) {
    // pdf.js adds whitespace runs that bridge columns: a word break, nothing to place.
    if (run.str.trim() === '') {
      pageWords.space();
      continue;
    }
    const matrix = pdfjs.Util.transform(viewport.transform, run.transform);
    const [a, , , d, e, f] = matrix as [number, number, number, number, number, number];
    // A damaged content stream can place text at NaN or Infinity: such a run has no place on the page.
    if (![a, d, e, f, run.width].every(Number.isFinite)) continue;
    // Only horizontal text takes part in the form; rotated stamps and margins are skipped.
    if (!isUpright(matrix)) continue;
    const size = Math.abs(d);
    pageWords.add(run.str, e, run.width * scaleX, f, size, n);
  }
  return { info: { page: n, width: viewport.width, height: viewport.height }, pageWords: pageWords.words };
}
