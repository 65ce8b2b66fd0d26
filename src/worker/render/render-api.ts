/**
 * Messages for drawing a PDF's pages as images in the worker, where pdf.js
 * already lives: the page asks for pages at a pixel width and gets one
 * ImageBitmap per page back, transferred (not copied). A channel of its own,
 * so the parse protocol in ../api.ts and this one never mistake each other.
 */
import type { ParseError } from '../../core/errors';

export const RENDER_CHANNEL = 'form4-reader-render' as const;

/** At most this many pages are drawn: a form is one to four pages, exhibits after it are not needed. */
export const MAX_RENDERED_PAGES = 12;
/** Widest image drawn, in device pixels (a Letter page at ~2.9× of 72 dpi). */
export const MAX_RENDER_WIDTH = 1800;

export interface RenderRequest {
  channel: typeof RENDER_CHANNEL;
  type: 'render';
  id: number;
  fileName: string;
  /** The original PDF; transferred, so the caller sends a copy it can spare. */
  bytes: ArrayBuffer;
  /** Width of each image in device pixels (capped at MAX_RENDER_WIDTH). */
  targetWidth: number;
  /** Draw pages fromPage … toPage (1-based; never past MAX_RENDERED_PAGES or the last page). */
  fromPage: number;
  toPage: number;
}

export interface RenderCancel {
  channel: typeof RENDER_CHANNEL;
  type: 'render-cancel';
  id: number;
}

export type RenderMessage = RenderRequest | RenderCancel;

/** One drawn page. `width`/`height` are the page in PDF points, top-left space, as words.ts uses. */
export interface RenderedPage {
  channel: typeof RENDER_CHANNEL;
  type: 'render-page';
  id: number;
  page: number;
  pageCount: number;
  width: number;
  height: number;
  bitmap: ImageBitmap;
}

export interface RenderDone {
  channel: typeof RENDER_CHANNEL;
  type: 'render-done';
  id: number;
  pageCount: number;
}

export interface RenderFailed {
  channel: typeof RENDER_CHANNEL;
  type: 'render-failed';
  id: number;
  error: ParseError;
}

export type RenderReply = RenderedPage | RenderDone | RenderFailed;

function isOurs(data: unknown): data is { channel: string; type: string; id: number } {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.channel === RENDER_CHANNEL && typeof message.type === 'string' && typeof message.id === 'number'
  );
}

export function isRenderMessage(data: unknown): data is RenderMessage {
  return isOurs(data) && (data.type === 'render' || data.type === 'render-cancel');
}

export function isRenderReply(data: unknown): data is RenderReply {
  return (
    isOurs(data) &&
    (data.type === 'render-page' || data.type === 'render-done' || data.type === 'render-failed')
  );
}
