/**
 * The worker's side of page drawing: open the PDF with pdf.js (already loaded
 * here for reading), draw the asked pages one at a time onto an
 * OffscreenCanvas, and post each as an ImageBitmap as soon as it is done, so
 * the first page shows while the rest are drawn. Glyphs are drawn as paths
 * (`disableFontFace`): a worker has no document to install fonts in, and
 * paths need no eval (`isEvalSupported: false`, for the app's strict CSP).
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import { ParseFailure, toParseError } from '../../core/errors';
import { pdfError, readTextRuns } from '../../core/pdf/extract';
import { readingRotation, ROTATION_SAMPLE_RUNS, type MatrixProduct } from '../../core/pdf/rotation';
import { findDecompressionBomb } from '../../core/pdf/stream-guard';
import { NoFilterFactory, OffscreenCanvasFactory } from './offscreen-factories';
import {
  MAX_RENDERED_PAGES,
  MAX_RENDER_WIDTH,
  RENDER_CHANNEL,
  type RenderMessage,
  type RenderReply,
  type RenderRequest,
} from './render-api';

/** The slice of the pdf.js module used here. */
export interface PdfjsForRendering {
  getDocument(params: Record<string, unknown>): {
    promise: Promise<PDFDocumentProxy>;
    destroy(): Promise<void>;
  };
  Util: { transform: MatrixProduct };
}

export interface PdfjsDataUrls {
  cMapUrl: string;
  standardFontDataUrl: string;
}

/** A page image never exceeds this many pixels, whatever the page size says (a poster-sized page is scaled down). */
const MAX_PIXELS = 16_000_000;

const running = new Map<number, AbortController>();

export function handleRenderMessage(
  pdfjs: PdfjsForRendering,
  urls: PdfjsDataUrls,
  message: RenderMessage,
): void {
  if (message.type === 'render-cancel') running.get(message.id)?.abort();
  else void renderPages(pdfjs, urls, message);
}

async function renderPages(
  pdfjs: PdfjsForRendering,
  urls: PdfjsDataUrls,
  request: RenderRequest,
): Promise<void> {
  const controller = new AbortController();
  running.set(request.id, controller);
  const bytes = new Uint8Array(request.bytes);
  let task: ReturnType<PdfjsForRendering['getDocument']> | null = null;
  try {
    const bomb = await findDecompressionBomb(bytes);
    if (bomb)
      throw new ParseFailure('too-large', 'This PDF holds a compressed stream too large to draw safely.');
    task = pdfjs.getDocument({
      data: bytes,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      CanvasFactory: OffscreenCanvasFactory,
      FilterFactory: NoFilterFactory,
      useWorkerFetch: true,
      cMapUrl: urls.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: urls.standardFontDataUrl,
      verbosity: 0,
      stopAtErrors: false,
    });
    const doc = await task.promise.catch((err: unknown) => Promise.reject(pdfError(err)));
    const last = Math.min(doc.numPages, request.toPage, MAX_RENDERED_PAGES);
    for (let number = Math.max(1, request.fromPage); number <= last && !controller.signal.aborted; number++) {
      await postPage(pdfjs, request, doc.numPages, await doc.getPage(number));
    }
    reply({ channel: RENDER_CHANNEL, type: 'render-done', id: request.id, pageCount: doc.numPages });
  } catch (err) {
    const error = controller.signal.aborted
      ? { code: 'cancelled' as const, message: `Drawing ${request.fileName} was cancelled.` }
      : toParseError(err);
    reply({ channel: RENDER_CHANNEL, type: 'render-failed', id: request.id, error });
  } finally {
    running.delete(request.id);
    await task?.destroy();
  }
}

/**
 * Drawn at the quarter turn its text was read at (a page lying on its side is
 * turned upright, core/pdf/rotation.ts), so highlights land on their words.
 * A page whose text cannot be read is drawn as it stands.
 */
async function drawingRotation(pdfjs: PdfjsForRendering, page: PDFPageProxy): Promise<number> {
  const runs = await readTextRuns(page, page.pageNumber, ROTATION_SAMPLE_RUNS).catch(() => []);
  return readingRotation(page, runs, pdfjs.Util.transform);
}

async function postPage(
  pdfjs: PdfjsForRendering,
  request: RenderRequest,
  pageCount: number,
  page: PDFPageProxy,
): Promise<void> {
  const rotation = await drawingRotation(pdfjs, page);
  // Scale 1 is the page in PDF points with the crop box and that rotation applied: the space provenance boxes use.
  const natural = page.getViewport({ scale: 1, rotation });
  const viewport = page.getViewport({
    scale: renderScale(request.targetWidth, natural.width, natural.height),
    rotation,
  });
  const canvas = new OffscreenCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: 'white' })
    .promise;
  const bitmap = canvas.transferToImageBitmap();
  page.cleanup();
  reply(
    {
      channel: RENDER_CHANNEL,
      type: 'render-page',
      id: request.id,
      page: page.pageNumber,
      pageCount,
      width: natural.width,
      height: natural.height,
      bitmap,
    },
    [bitmap],
  );
}

/** Pixels per point: the asked width, capped in width and in area. */
export function renderScale(targetWidth: number, pageWidth: number, pageHeight: number): number {
  const width = Math.min(Math.max(targetWidth, 200), MAX_RENDER_WIDTH);
  const byWidth = width / pageWidth;
  const byArea = Math.sqrt(MAX_PIXELS / (pageWidth * pageHeight));
  return Math.min(byWidth, byArea);
}

function reply(message: RenderReply, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}
