/**
 * The page's side of the worker: one request per file, matched to its answer
 * by id (in the spirit of svgomg's worker messenger). File bytes are
 * transferred, not copied. Every request can be cancelled, and a crashed
 * worker turns into a typed error for each file it was reading, never a hang.
 */
import type { ParseError } from '../core/errors';
import { CHANNEL, isWorkerResponse, type ParseResult, type WorkerRequest } from './api';

export interface ParseJob {
  readonly fileName: string;
  /** Settles exactly once, with the parse or a typed error; never rejects. */
  readonly result: Promise<ParseResult>;
  cancel(): void;
}

type Settle = (result: ParseResult) => void;

export function startParserWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'form4-reader' });
}

export class ParserClient {
  #worker: Worker | null = null;
  #nextId = 1;
  readonly #pending = new Map<number, { fileName: string; settle: Settle }>();
  readonly #startWorker: () => Worker;

  constructor(startWorker: () => Worker = startParserWorker) {
    this.#startWorker = startWorker;
  }

  /** Read a picked or dropped file: its bytes go to the worker once loaded. */
  parseFile(file: Blob & { readonly name: string }): ParseJob {
    const job = this.#open(file.name);
    file.arrayBuffer().then(
      (bytes) => this.#send(job.id, file.name, bytes),
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
    const job = this.#open(fileName);
    this.#send(job.id, fileName, bytes, password);
    return job;
  }

  /** Stop the worker; anything still reading ends as cancelled. */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll('cancelled', (name) => `Reading ${name} was cancelled.`);
  }

  #open(fileName: string): ParseJob & { id: number } {
    const id = this.#nextId++;
    const result = new Promise<ParseResult>((settle) => this.#pending.set(id, { fileName, settle }));
    return { id, fileName, result, cancel: () => this.#cancel(id) };
  }

  #send(id: number, fileName: string, bytes: ArrayBuffer, password?: string): void {
    if (!this.#pending.has(id)) return; // cancelled while the file was loading
    const request: WorkerRequest = { channel: CHANNEL, type: 'parse', id, fileName, bytes };
    if (password !== undefined) request.password = password;
    this.#post(request, [bytes]);
  }

  #cancel(id: number): void {
    const entry = this.#pending.get(id);
    if (!entry) return;
    this.#post({ channel: CHANNEL, type: 'cancel', id });
    this.#settle(id, failure('cancelled', `Reading ${entry.fileName} was cancelled.`));
  }

  #post(request: WorkerRequest, transfer: Transferable[] = []): void {
    this.#ensureWorker().postMessage(request, transfer);
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.#startWorker();
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      // pdf.js inside the worker announces itself on the same port; only our answers count.
      if (!isWorkerResponse(event.data)) return;
      const response = event.data;
      const result: ParseResult =
        response.type === 'parsed'
          ? { ok: true, output: response.output }
          : { ok: false, error: response.error };
      this.#settle(response.id, result);
    });
    worker.addEventListener('error', (event) => this.#crashed(worker, event.message || 'it failed to start'));
    worker.addEventListener('messageerror', () => this.#crashed(worker, 'an answer could not be received'));
    this.#worker = worker;
    return worker;
  }

  #crashed(worker: Worker, why: string): void {
    worker.terminate();
    if (this.#worker === worker) this.#worker = null; // the next file starts a fresh worker
    this.#failAll(
      'worker-crashed',
      (name) => `The reader stopped while reading ${name} (${why}). Try again.`,
    );
  }

  #failAll(code: ParseError['code'], message: (fileName: string) => string): void {
    for (const [id, { fileName }] of this.#pending) this.#settle(id, failure(code, message(fileName)));
  }

  #settle(id: number, result: ParseResult): void {
    const entry = this.#pending.get(id);
    if (!entry) return; // already cancelled: a late answer is dropped
    this.#pending.delete(id);
    entry.settle(result);
  }
}

function failure(code: ParseError['code'], message: string): ParseResult {
  return { ok: false, error: { code, message } };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
