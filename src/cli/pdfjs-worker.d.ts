/** pdf.js ships no declaration for its worker module; we only hand it back to pdf.js (pdfjs-node.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
