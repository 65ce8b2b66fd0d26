/**
 * The CLI's watchdog over its reader thread. One long-lived worker thread
 * reads the files one after another (starting pdf.js once, not per file).
 * Each file has a time budget; a file that runs over gets a 'timeout' error,
 * the thread is terminated (the only way to stop pdf.js inside one long
 * synchronous stretch) and the next file starts a fresh one. A thread that
 * dies (an exception, out of memory) fails only the file it was reading.
 */
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParseError } from '../core/errors';
import type { FileResult, ReadRequest, ReaderMessage } from './protocol';

export interface ReaderThreadOptions {
  /** Time budget per file, from the moment the thread starts reading it. */
  timeoutMs: number;
  /** Tried on every PDF that asks for a password. */
  password?: string;
}

/** Loading tsx, pdf.js and the engine; a thread that takes longer than this has not started. */
const STARTUP_LIMIT_MS = 120_000;
/**
 * A real form needs tens of MB. A file that makes the reader exceed this
 * usually ends only the reader thread (ERR_WORKER_OUT_OF_MEMORY), not the
 * run; not always: V8 can still abort the process when the limit is hit
 * mid-collection (seen with a 96 MB limit), so the core's size guards stay
 * the first defence.
 */
const READER_HEAP_MB = 2048;
const ENTRY = new URL('./parse-worker.mjs', import.meta.url);

interface Reading {
  id: number;
  path: string;
  finish(result: FileResult): void;
}

export class ReaderThread {
  readonly #options: ReaderThreadOptions;
  #worker: Worker | null = null;
  #ready: Promise<Worker> | null = null;
  #reading: Reading | null = null;
  #nextId = 1;

  constructor(options: ReaderThreadOptions) {
    this.#options = options;
  }

  /** Reads one file; settles with its filing or a typed error, never rejects. Call one at a time. */
  async read(path: string): Promise<FileResult> {
    let worker: Worker;
    try {
      worker = await this.#started();
    } catch (err) {
      return { file: path, error: crashed(`the reader did not start (${describe(err)})`, path) };
    }
    const id = this.#nextId++;
    const request: ReadRequest = { id, path };
    if (this.#options.password !== undefined) request.password = this.#options.password;
    return new Promise<FileResult>((resolve) => {
      const timer = setTimeout(() => this.#timedOut(worker), this.#options.timeoutMs);
      this.#reading = {
        id,
        path,
        finish: (result) => {
          clearTimeout(timer);
          this.#reading = null;
          resolve(result);
        },
      };
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#forget();
    await worker?.terminate();
  }

  #started(): Promise<Worker> {
    this.#ready ??= this.#start();
    return this.#ready;
  }

  #start(): Promise<Worker> {
    const worker = new Worker(ENTRY, {
      // The parent's flags (tsx's own loader among them) are not for this thread: its entry registers tsx.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB },
    });
    this.#worker = worker;
    let lastError = '';
    worker.on('error', (err) => (lastError = describe(err)));
    worker.on('message', (message: ReaderMessage) => {
      if (message.type === 'read' && this.#reading?.id === message.id) this.#reading.finish(message.result);
    });
    worker.on('exit', (code) => this.#exited(worker, lastError || `exit code ${code}`));
    return new Promise<Worker>((resolve, reject) => {
      const limit = setTimeout(() => {
        this.#forget();
        void worker.terminate();
        reject(new Error(`no answer in ${STARTUP_LIMIT_MS / 1000} s`));
      }, STARTUP_LIMIT_MS);
      worker.once('message', () => (clearTimeout(limit), resolve(worker)));
      worker.once('exit', () => (clearTimeout(limit), reject(new Error(lastError || 'it stopped'))));
    });
  }

  #timedOut(worker: Worker): void {
    const reading = this.#reading;
    if (this.#worker !== worker || !reading) return;
    this.#forget(); // the next file starts a fresh thread
    void worker.terminate();
    reading.finish({ file: reading.path, error: timedOut(reading.path, this.#options.timeoutMs) });
  }

  /** The thread stopped without being asked: the file it was reading is what stopped it. */
  #exited(worker: Worker, why: string): void {
    if (this.#worker !== worker) return; // terminated by us
    const reading = this.#reading;
    this.#forget();
    reading?.finish({ file: reading.path, error: crashed(why, reading.path) });
  }

  #forget(): void {
    this.#worker = null;
    this.#ready = null;
  }
}

function timedOut(path: string, timeoutMs: number): ParseError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return {
    code: 'timeout',
    message:
      `${basename(path)}: Reading was stopped after ${seconds} s, far longer than a Form 3, 4 or 5 takes ` +
      '(the PDF may be built to stall a reader). If it is a real filing, try again with a larger ' +
      '--timeout SECONDS, or get its XML from EDGAR.',
  };
}

function crashed(why: string, path: string): ParseError {
  return {
    code: 'worker-crashed',
    message: `${basename(path)}: The reader stopped while reading this file (${why}). Try it again on its own.`,
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
