/**
 * The page's side of page drawing. One worker (the same module as the reader,
 * started on first use) serves every filing view on the page; it is stopped
 * again after a quiet minute, so pdf.js's memory is given back. Each request
 * calls back once per drawn page and settles once; a crashed worker settles
 * every open request with a typed error instead of leaving it hanging.
 */
import type { ParseError } from '../../core/errors';
import { startParserWorker } from '../client';
import { RENDER_CHANNEL, isRenderReply, type RenderMessage, type RenderReply } from './render-api';

export interface PageImage {
  page: number;
  pageCount: number;
  /** The page in PDF points (top-left space), the unit of provenance boxes. */
  width: number;
  height: number;
  bitmap: ImageBitmap;
}

export type RenderOutcome = { ok: true; pageCount: number } | { ok: false; error: ParseError };

export interface RenderJob {
  /** Settles once, after the last page or with a typed error; never rejects. */
  readonly done: Promise<RenderOutcome>;
  cancel(): void;
}

export interface RenderOptions {
  /** Image width in device pixels. */
  targetWidth: number;
  /** 1-based, inclusive. */
  fromPage: number;
  toPage: number;
}

interface Pending {
  onPage: (image: PageImage) => void;
  settle: (outcome: RenderOutcome) => void;
}

const IDLE_MS = 60_000;

export class PageRenderer {
  #worker: Worker | null = null;
  #nextId = 1;
  #idleTimer: ReturnType<typeof setTimeout> | null = null;
  readonly #pending = new Map<number, Pending>();
  readonly #startWorker: () => Worker;

  constructor(startWorker: () => Worker = startParserWorker) {
    this.#startWorker = startWorker;
  }

  /** Draw pages of a PDF. `bytes` is transferred: pass a copy the caller can spare. */
  render(
    fileName: string,
    bytes: ArrayBuffer,
    options: RenderOptions,
    onPage: (image: PageImage) => void,
  ): RenderJob {
    const id = this.#nextId++;
    const done = new Promise<RenderOutcome>((settle) => this.#pending.set(id, { onPage, settle }));
    this.#post({ channel: RENDER_CHANNEL, type: 'render', id, fileName, bytes, ...options }, [bytes]);
    return { done, cancel: () => this.#cancel(id) };
  }

  dispose(): void {
    this.#stopWorker();
    this.#failAll({ code: 'cancelled', message: 'Drawing the page was cancelled.' });
  }

  #cancel(id: number): void {
    if (!this.#pending.has(id)) return;
    this.#post({ channel: RENDER_CHANNEL, type: 'render-cancel', id });
    this.#settle(id, { ok: false, error: { code: 'cancelled', message: 'Drawing the page was cancelled.' } });
  }

  #post(message: RenderMessage, transfer: Transferable[] = []): void {
    this.#ensureWorker().postMessage(message, transfer);
    this.#scheduleIdleStop();
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.#startWorker();
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (isRenderReply(event.data)) this.#receive(event.data);
    });
    worker.addEventListener('error', (event) => this.#crashed(worker, event.message || 'it failed to start'));
    worker.addEventListener('messageerror', () => this.#crashed(worker, 'an image could not be received'));
    this.#worker = worker;
    return worker;
  }

  #receive(reply: RenderReply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) {
      if (reply.type === 'render-page') reply.bitmap.close(); // cancelled meanwhile
      return;
    }
    if (reply.type === 'render-page') pending.onPage(reply);
    else if (reply.type === 'render-done') this.#settle(reply.id, { ok: true, pageCount: reply.pageCount });
    else this.#settle(reply.id, { ok: false, error: reply.error });
  }

  #crashed(worker: Worker, why: string): void {
    worker.terminate();
    if (this.#worker === worker) this.#worker = null;
    this.#failAll({ code: 'worker-crashed', message: `The page could not be drawn (${why}).` });
  }

  #scheduleIdleStop(): void {
    if (this.#idleTimer !== null) clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => {
      if (this.#pending.size === 0) this.#stopWorker();
      else this.#scheduleIdleStop();
    }, IDLE_MS);
  }

  #stopWorker(): void {
    this.#worker?.terminate();
    this.#worker = null;
  }

  #failAll(error: ParseError): void {
    for (const id of [...this.#pending.keys()]) this.#settle(id, { ok: false, error });
  }

  #settle(id: number, outcome: RenderOutcome): void {
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    pending.settle(outcome);
  }
}

let shared: PageRenderer | null = null;

/** The one renderer the page's filing views share. */
export function sharedPageRenderer(): PageRenderer {
  shared ??= new PageRenderer();
  return shared;
}
