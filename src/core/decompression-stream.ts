/**
 * The platform's DecompressionStream, for our own streaming inflates (the
 * decompression-bomb guard, share links), which need its bounded, piece by
 * piece streaming.
 *
 * In Node the CLI's pdf.js set-up puts a leaner inflater in the global's
 * place for pdf.js (cli/pdfjs-inflate.ts says why); the platform's own
 * constructor is kept here, under a registry symbol, so that every copy of
 * this module (test runners load modules more than once per process) finds
 * it. Browsers keep theirs for everyone: it is native and fast there.
 */
const KEPT = Symbol.for('form4-reader.platform-DecompressionStream');

type DecompressionStreamClass = typeof DecompressionStream;

interface StreamGlobals {
  DecompressionStream?: DecompressionStreamClass;
  [KEPT]?: DecompressionStreamClass;
}

const streamGlobals = globalThis as StreamGlobals;

/** The platform's constructor, even when the global has been replaced for pdf.js. */
export function platformDecompressionStream(): DecompressionStreamClass {
  const platform = streamGlobals[KEPT] ?? streamGlobals.DecompressionStream;
  if (!platform) throw new Error('This platform has no DecompressionStream');
  return platform;
}

export function newDecompressionStream(format: CompressionFormat): DecompressionStream {
  const Platform = platformDecompressionStream();
  return new Platform(format);
}

/** Puts `replacement` where pdf.js looks (the global); ours keep using the platform's. */
export function replaceGlobalDecompressionStream(replacement: DecompressionStreamClass): void {
  streamGlobals[KEPT] ??= platformDecompressionStream();
  streamGlobals.DecompressionStream = replacement;
}
