/**
 * The module worker that reads files off the page's thread. pdf.js runs here
 * with its own worker code loaded in-process (`globalThis.pdfjsWorker`), so no
 * nested worker is started and no script is fetched from anywhere else.
 */
import * as pdfjs from 'pdfjs-dist/build/pdf.mjs';
import { WorkerMessageHandler } from 'pdfjs-dist/build/pdf.worker.mjs';
import { ParseFailure, toParseError } from '../core/errors';
import { parseBytes } from '../core/parse-file';
import { CHANNEL, isWorkerRequest, type ParseRequest, type WorkerResponse } from './api';
import { isRenderMessage } from './render/render-api';
import { handleRenderMessage } from './render/render-worker';

// pdf.js looks here before trying to start a worker of its own.
Object.assign(globalThis, { pdfjsWorker: { WorkerMessageHandler } });

/**
 * pdf.js data files (CMaps for CJK and other encodings, the 14 standard fonts)
 * come from our own origin. `__PDFJS_DATA_FROM_WORKER__` is where vite.config.ts
 * puts them relative to this module, so the app works from any sub-path.
 */
const pdfjsData = new URL(__PDFJS_DATA_FROM_WORKER__, import.meta.url);
const cMapUrl = new URL('cmaps/', pdfjsData).href;
const standardFontDataUrl = new URL('standard_fonts/', pdfjsData).href;

const running = new Map<number, AbortController>();

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  // Drawing pages for the filing view (render/): its own channel, handled there.
  if (isRenderMessage(event.data))
    return handleRenderMessage(pdfjs, { cMapUrl, standardFontDataUrl }, event.data);
  // pdf.js's in-process worker also listens on this port; its messages are not ours.
  if (!isWorkerRequest(event.data)) return;
  const request = event.data;
  if (request.type === 'cancel') running.get(request.id)?.abort();
  else void answer(request);
});

// Everything above has loaded: the page may start timing the files it sends.
self.postMessage({ channel: CHANNEL, type: 'ready' } satisfies WorkerResponse);

async function answer(request: ParseRequest): Promise<void> {
  const controller = new AbortController();
  running.set(request.id, controller);
  let response: WorkerResponse;
  try {
    const output = await parseBytes(pdfjs, new Uint8Array(request.bytes), request.fileName, {
      cMapUrl,
      standardFontDataUrl,
      password: request.password,
      signal: controller.signal,
    });
    if (controller.signal.aborted)
      throw new ParseFailure('cancelled', `Reading ${request.fileName} was cancelled.`);
    response = { channel: CHANNEL, type: 'parsed', id: request.id, output };
  } catch (err) {
    const error = controller.signal.aborted
      ? { code: 'cancelled' as const, message: `Reading ${request.fileName} was cancelled.` }
      : toParseError(err);
    response = { channel: CHANNEL, type: 'failed', id: request.id, error };
  } finally {
    running.delete(request.id);
  }
  self.postMessage(response);
}
