/**
 * The CLI's reader thread: loads pdf.js and the engine once, then reads one
 * file per request. The main thread (reader-thread.ts) times each request and
 * terminates this thread when one runs over, which is the only way to stop
 * pdf.js inside a long synchronous stretch.
 */
import { parentPort } from 'node:worker_threads';
import type { ReadRequest, ReaderMessage } from './protocol';
import { readAndParse } from './read-file';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread (see reader-thread.ts)');

port.on('message', (request: ReadRequest) => {
  void readAndParse(request.path, request.password).then(
    (result) => port.postMessage({ type: 'read', id: request.id, result } satisfies ReaderMessage),
    (err: unknown) => {
      const message = `Unexpected error while reading: ${err instanceof Error ? err.message : String(err)}`;
      const result = { file: request.path, error: { code: 'internal' as const, message } };
      port.postMessage({ type: 'read', id: request.id, result } satisfies ReaderMessage);
    },
  );
});
port.postMessage({ type: 'ready' } satisfies ReaderMessage);
