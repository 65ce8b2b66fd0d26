/**
 * The page's side of the worker: one request per file, matched to its answer
 * by id (in the spirit of svgomg's worker messenger). File bytes are
 * transferred, not copied. Every request can be cancelled and settles once.
 *
 * A watchdog bounds every file: the worker reads one file at a time, and a
 * file still unread after its time budget is failed as 'timeout', the worker
 * terminated (pdf.js can stall in one synchronous stretch that nothing inside
 * the worker can interrupt) and a fresh worker started for the files still
 * waiting. A worker that crashes likewise fails only the file it was reading.
 * Files waiting keep their bytes on this side until their turn, so nothing
 * but the file being read is ever lost with a worker.
 */
import type { ParseError } from '../core/errors';
import { CHANNEL, isWorkerResponse, type ParseResult, type WorkerRequest, type WorkerResponse } from './api';

/** Far above any real filing (well under a second each), so only a stalled reader reaches it. */
export const DEFAULT_READ_TIMEOUT_MS = 30_000;

/**
 * The per-file budget: the default, or the page's `?read-timeout=SECONDS`
 * (1 to 600), which the browser tests use to meet a stalling file quickly.
 * It moves only the deadline, never how a file is read.
 */
export function readTimeoutMs(search: string = globalThis.location?.search ?? ''): number {
  const seconds = Number(new URLSearchParams(search).get('read-timeout') ?? NaN);
  return seconds >= 1 && seconds <= 600 ? seconds * 1000 : DEFAULT_READ_TIMEOUT_MS;
}

export interface ParseJob {
  readonly fileName: string;
  /** Settles exactly once, with the parse or a typed error; never rejects. */
  readonly result: Promise<ParseResult>;
  cancel(): void;
}

export interface ParserClientOptions {
  /** Time budget per file, from when the worker starts on it (default: readTimeoutMs()). */
  timeoutMs?: number;
}

interface Request {
  readonly id: number;
  readonly fileName: string;
  bytes: ArrayBuffer | null;
  password: string | undefined;
  settle(result: ParseResult): void;
}

/** A worker that has not said it is ready after this long will not: it is replaced. */
const STARTUP_LIMIT_MS = 60_000;

export function startParserWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'form4-reader' });
}

export class ParserClient {
  readonly #startWorker: () => Worker;
  readonly #timeoutMs: number;
  #nextId = 1;
  /** Every request not yet settled, by id. */
  readonly #open = new Map<number, Request>();
  /** Loaded and waiting for the worker, in order. */
  #waiting: Request[] = [];
  #worker: Worker | null = null;
  #workerReady = false;
  /** Startup limit, then the budget of the file being read. */
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The one request in the worker; it keeps the worker until answered, even if already cancelled. */
  #reading: Request | null = null;

  constructor(startWorker: () => Worker = startParserWorker, options: ParserClientOptions = {}) {
    this.#startWorker = startWorker;
    this.#timeoutMs = options.timeoutMs ?? readTimeoutMs();
  }

  /** Read a picked or dropped file: it joins the line once its bytes are loaded. */
  parseFile(file: Blob & { readonly name: string }): ParseJob {
    const job = this.#openRequest(file.name, undefined);
    file.arrayBuffer().then(
      (bytes) => this.#enqueue(job.id, bytes),
      (err: unknown) =>
        this.#settle(
          job.id,
          failure('internal', `${file.name} could not be read from disk (${describe(err)}).`),
        ),
    );
    return job;
  }

  /**
   * Read bytes already in memory. The buffer is transferred and unusable afterwards.
   * `password` opens a password-protected PDF (asked of the person after 'password-required').
   */
  parseBytes(fileName: string, bytes: ArrayBuffer, password?: string): ParseJob {
    const job = this.#openRequest(fileName, password);
    this.#enqueue(job.id, bytes);
    return job;
  }

  /** Stop the worker; anything still waiting or reading ends as cancelled. */
  dispose(): void {
    this.#dropWorker();
    this.#reading = null;
    this.#waiting = [];
    for (const { id, fileName } of [...this.#open.values()])
      this.#settle(id, failure('cancelled', `Reading ${fileName} was cancelled.`));
  }

  #openRequest(fileName: string, password: string | undefined): ParseJob & { id: number } {
    const id = this.#nextId++;
    const result = new Promise<ParseResult>((settle) =>
      this.#open.set(id, { id, fileName, bytes: null, password, settle }),
    );
    return { id, fileName, result, cancel: () => this.#cancel(id) };
  }

  #enqueue(id: number, bytes: ArrayBuffer): void {
    const request = this.#open.get(id);
    if (!request) return; // cancelled while the file was loading
    request.bytes = bytes;
    this.#waiting.push(request);
    this.#pump();
  }

  /** Hands the next waiting file to the worker once it is ready and free. */
  #pump(): void {
    if (this.#reading || this.#waiting.length === 0) return;
    const worker = this.#ensureWorker();
    if (!this.#workerReady) return; // 'ready' pumps again
    const request = this.#waiting.shift() as Request;
    const bytes = request.bytes as ArrayBuffer;
    request.bytes = null;
    const message: WorkerRequest = {
      channel: CHANNEL,
      type: 'parse',
      id: request.id,
      fileName: request.fileName,
      bytes,
    };
    if (request.password !== undefined) message.password = request.password;
    this.#reading = request;
    this.#restartTimer(() => this.#timedOut(worker, request), this.#timeoutMs);
    worker.postMessage(message, [bytes]);
  }

  #cancel(id: number): void {
    const request = this.#open.get(id);
    if (!request) return;
    this.#waiting = this.#waiting.filter((waiting) => waiting !== request);
    // The worker stops it at its next step and answers; until then its watchdog still runs.
    if (this.#reading === request) this.#worker?.postMessage({ channel: CHANNEL, type: 'cancel', id });
    this.#settle(id, failure('cancelled', `Reading ${request.fileName} was cancelled.`));
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.#startWorker();
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      // pdf.js inside the worker announces itself on the same port; only our answers count.
      if (isWorkerResponse(event.data)) this.#receive(worker, event.data);
    });
    worker.addEventListener('error', (event) =>
      this.#crashed(worker, event.message || 'an error it could not handle'),
    );
    worker.addEventListener('messageerror', () => this.#crashed(worker, 'an answer could not be received'));
    this.#worker = worker;
    this.#workerReady = false;
    this.#restartTimer(
      () => this.#crashed(worker, `it did not start within ${STARTUP_LIMIT_MS / 1000} seconds`),
      STARTUP_LIMIT_MS,
    );
    return worker;
  }

  #receive(worker: Worker, response: WorkerResponse): void {
    if (worker !== this.#worker) return; // a replaced worker's last words
    if (response.type === 'ready') {
      this.#workerReady = true;
      clearTimeout(this.#timer);
    } else if (this.#reading?.id === response.id) {
      clearTimeout(this.#timer);
      this.#reading = null;
      this.#settle(
        response.id,
        response.type === 'parsed'
          ? { ok: true, output: response.output }
          : { ok: false, error: response.error },
      );
    }
    this.#pump();
  }

  #timedOut(worker: Worker, request: Request): void {
    if (worker !== this.#worker || this.#reading !== request) return;
    this.#replaceWorker(request, timedOut(request.fileName, this.#timeoutMs));
  }

  #crashed(worker: Worker, why: string): void {
    if (worker !== this.#worker) return;
    const request = this.#reading;
    if (request) return this.#replaceWorker(request, crashedWhileReading(request.fileName, why));
    this.#dropWorker();
    // Not reading anything: it failed to start. The files waiting would only fail the same way.
    if (!this.#workerReady)
      for (const waiting of this.#waiting.splice(0))
        this.#settle(waiting.id, notStarted(waiting.fileName, why));
  }

  /** Fails the file being read (unless already cancelled); the files waiting go to a fresh worker. */
  #replaceWorker(request: Request, error: ParseResult): void {
    this.#dropWorker();
    this.#reading = null;
    this.#settle(request.id, error);
    this.#pump();
  }

  #dropWorker(): void {
    clearTimeout(this.#timer);
    this.#worker?.terminate();
    this.#worker = null;
    this.#workerReady = false;
  }

  #restartTimer(onExpiry: () => void, ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(onExpiry, ms);
  }

  #settle(id: number, result: ParseResult): void {
    const request = this.#open.get(id);
    if (!request) return; // already settled (cancelled): a late answer is dropped
    this.#open.delete(id);
    request.settle(result);
  }
}

function timedOut(fileName: string, timeoutMs: number): ParseResult {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return failure(
    'timeout',
    `${fileName}: Reading was stopped after ${seconds} seconds, far longer than a Form 3, 4 or 5 takes ` +
      '(the PDF may be built to stall a reader); the reader was restarted for your other files. ' +
      'If this is a real filing, download its XML from EDGAR and open that instead.',
  );
}

function crashedWhileReading(fileName: string, why: string): ParseResult {
  return failure(
    'worker-crashed',
    `${fileName}: The reader stopped while reading this file (${why}); it was restarted for your other ` +
      'files. Try this file again on its own.',
  );
}

function notStarted(fileName: string, why: string): ParseResult {
  return failure(
    'worker-crashed',
    `${fileName}: The reader could not start (${why}). Reload the page and try again.`,
  );
}

function failure(code: ParseError['code'], message: string): ParseResult {
  return { ok: false, error: { code, message } };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
