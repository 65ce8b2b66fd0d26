/**
 * pdf.js for Node: the legacy build (the modern one needs newer Node APIs),
 * with its standard fonts read from the installed package so that forms
 * using non-embedded fonts (Helvetica, Times) extract the same as in the app.
 * Its worker code runs in this thread (pdf.js's "fake worker"), loaded here
 * rather than on the first document, so that both modules have installed
 * their polyfills before the built-in push is put back (native-push.ts).
 * pdf.js here inflates each stream in one zlib call, not through Node's
 * DecompressionStream (pdfjs-inflate.ts says why).
 */
// First: it must see Array.prototype.push before pdf.js's polyfills replace it.
import { restoreBuiltInPush } from './native-push';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { ExtractOptions, PdfjsModule } from '../core/pdf/extract';
import { useOneShotInflateForPdfjs } from './pdfjs-inflate';

// pdf.js looks here before importing its worker module itself.
Object.assign(globalThis, { pdfjsWorker: { WorkerMessageHandler } });
restoreBuiltInPush();
useOneShotInflateForPdfjs();

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));

export const nodePdfjs = pdfjs as unknown as PdfjsModule;

export const nodeExtractOptions: ExtractOptions = {
  standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
};
