/**
 * Types the worker needs that no package ships: pdf.js's modern build has no
 * declaration of its own (the legacy build re-exports the package types, and
 * so do we), and the constant vite.config.ts defines.
 */
declare module 'pdfjs-dist/build/pdf.mjs' {
  export * from 'pdfjs-dist';
}

declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  /** Opaque to us: handed to pdf.js through `globalThis.pdfjsWorker`. */
  export const WorkerMessageHandler: unknown;
}

/** Where pdf.js data files live relative to the worker module (set in vite.config.ts). */
declare const __PDFJS_DATA_FROM_WORKER__: string;
