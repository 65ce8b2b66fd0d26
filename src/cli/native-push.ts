/**
 * pdf.js's legacy build (the one Node 20 needs) bundles core-js, which on
 * Node 20 replaces Array.prototype.push for the whole process with a
 * JavaScript version, ~4× slower per call (measured: 2 M pushes 109 ms
 * against 25 ms), to cover corners no caller here reaches (array-likes
 * longer than 2^32, a non-writable `length`). pdf.js's own parsing and our
 * engine push millions of items per batch: with the polyfill, pdf.js alone
 * took ~20 % more CPU per filing. The app's worker uses pdf.js's modern
 * build, which polyfills nothing, so restoring the engine's own push makes
 * Node run the same built-in as the browser.
 *
 * This module is imported before pdf.js (pdfjs-node.ts), so it sees the
 * built-in; if pdf.js's legacy build was loaded earlier by someone else, the
 * push seen here is already the polyfill and restoring it changes nothing.
 */
const BUILT_IN_PUSH = Array.prototype.push;

export function restoreBuiltInPush(): void {
  if (Array.prototype.push === BUILT_IN_PUSH) return;
  Object.defineProperty(Array.prototype, 'push', {
    value: BUILT_IN_PUSH,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}
