/**
 * pdf.js 5 inflates every Flate stream (content streams, fonts, object
 * streams) through the global DecompressionStream when there is one, and
 * falls back to its own JavaScript inflate when that fails. Node's
 * DecompressionStream is web streams over zlib's thread pool: for the many
 * small streams of a form the stream machinery costs more than the inflating.
 * Measured over the 79 ir-pdfs filings in a reader thread like the CLI's:
 * ~37 ms CPU per filing with Node's, ~35 with pdf.js's own inflate, ~32
 * with this one-call zlib inflate.
 *
 * So for pdf.js in Node the global is replaced by OneShotInflateStream: it
 * takes what is written, and on close inflates it in one synchronous zlib
 * call. It offers what pdf.js's asyncGetBytesFromDecompressionStream uses
 * (writable.getWriter() with ready/write/close, and async iteration of
 * readable); anything else pdf.js might try throws inside that method's
 * try and pdf.js inflates by itself, so a pdf.js upgrade can cost speed,
 * never text. Damaged data fails here as it does in Node's stream (same
 * zlib), and pdf.js then reads what it can with its own inflate, as before.
 * Formats other than "deflate" get the platform's stream. Our own streaming
 * inflates keep the platform's, which bounds memory piece by piece
 * (core/decompression-stream.ts).
 */
import { inflateSync } from 'node:zlib';
import { platformDecompressionStream, replaceGlobalDecompressionStream } from '../core/decompression-stream';

interface OneShotWriter {
  readonly ready: Promise<void>;
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Inflates what is written, in one call, once the writer closes. */
class OneShotInflateStream {
  readonly writable: { getWriter(): OneShotWriter };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor() {
    const written: Uint8Array[] = [];
    let markClosed!: () => void;
    const closed = new Promise<void>((resolve) => (markClosed = resolve));
    const writer: OneShotWriter = {
      ready: Promise.resolve(),
      write: (chunk) => (written.push(chunk), Promise.resolve()),
      close: () => (markClosed(), Promise.resolve()),
    };
    this.writable = { getWriter: () => writer };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        await closed;
        yield inflateSync(written.length === 1 ? written[0]! : Buffer.concat(written));
      },
    };
  }
}

/** What pdf.js constructs: "deflate" is inflated in one call, other formats get the platform's stream. */
class PdfjsDecompressionStream {
  constructor(format: CompressionFormat) {
    const Platform = platformDecompressionStream();
    // A constructor may hand back another object than `this`.
    return (
      format === 'deflate' ? new OneShotInflateStream() : new Platform(format)
    ) as PdfjsDecompressionStream;
  }
}

/** Node only, before pdf.js reads a document. */
export function useOneShotInflateForPdfjs(): void {
  replaceGlobalDecompressionStream(PdfjsDecompressionStream as unknown as typeof DecompressionStream);
}
