/**
 * What crosses between the CLI's main thread and its reader thread
 * (parse-worker.ts). Only these plain objects: the main thread never loads
 * pdf.js or the engine, so a file that stalls them stalls only the worker.
 */
import type { ParseError } from '../core/errors';
import type { Filing } from '../core/filing';

export type FileResult = { file: string; filing: Filing } | { file: string; error: ParseError };

/** Read the file at `path`; `password` is tried only on a PDF that asks for one. */
export interface ReadRequest {
  id: number;
  path: string;
  password?: string;
}

export type ReaderMessage =
  /** Sent once, after pdf.js and the engine have loaded: a file's time budget starts after this. */
  { type: 'ready' } | { type: 'read'; id: number; result: FileResult };
