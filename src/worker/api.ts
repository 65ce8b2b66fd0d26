/**
 * The one contract across the page ↔ worker boundary. Both sides import only
 * these unions, so a message that one side sends and the other does not
 * understand is a type error, not a silent hang.
 */
import type { ParseError } from '../core/errors';
import type { ParseOutput } from '../core/parse-file';

/** Marks our messages: pdf.js also talks on the worker's port (see worker.ts). */
export const CHANNEL = 'form4-reader' as const;

/** Read one file. `bytes` is transferred, not copied: the page gives it up. */
export interface ParseRequest {
  channel: typeof CHANNEL;
  type: 'parse';
  id: number;
  fileName: string;
  bytes: ArrayBuffer;
  /** For a password-protected PDF, the password the person typed; used only to open the file. */
  password?: string;
}

/** Stop reading request `id`; the worker answers it with a 'cancelled' error. */
export interface CancelRequest {
  channel: typeof CHANNEL;
  type: 'cancel';
  id: number;
}

export type WorkerRequest = ParseRequest | CancelRequest;

export interface ParsedResponse {
  channel: typeof CHANNEL;
  type: 'parsed';
  id: number;
  output: ParseOutput;
}

export interface FailedResponse {
  channel: typeof CHANNEL;
  type: 'failed';
  id: number;
  error: ParseError;
}

/**
 * Sent once, when the worker has loaded pdf.js and listens: the client's
 * per-file time budget starts only then, so a slow start is not a slow file.
 */
export interface ReadyResponse {
  channel: typeof CHANNEL;
  type: 'ready';
}

export type WorkerResponse = ParsedResponse | FailedResponse | ReadyResponse;

/** What a caller gets back: the parse, or a typed error it can explain. */
export type ParseResult = { ok: true; output: ParseOutput } | { ok: false; error: ParseError };

export function isWorkerRequest(data: unknown): data is WorkerRequest {
  return isOurs(data) && (data.type === 'parse' || data.type === 'cancel');
}

export function isWorkerResponse(data: unknown): data is WorkerResponse {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.channel === CHANNEL && message.type === 'ready') return true;
  return isOurs(data) && (data.type === 'parsed' || data.type === 'failed');
}

function isOurs(data: unknown): data is { channel: string; type: string; id: number } {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return message.channel === CHANNEL && typeof message.type === 'string' && typeof message.id === 'number';
}
