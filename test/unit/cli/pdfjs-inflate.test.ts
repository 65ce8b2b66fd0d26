/**
 * The CLI's pdf.js inflates Flate streams in one zlib call (src/cli/pdfjs-inflate.ts)
 * instead of through Node's DecompressionStream. These show that pdf.js really takes
 * that path, reads the same text through it, and that our own streaming inflates
 * (the bomb guard) still get the platform's bounded stream.
 */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { decompressionBombPdf } from '../../../scripts/bad-generate';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import {
  platformDecompressionStream,
  replaceGlobalDecompressionStream,
} from '../../../src/core/decompression-stream';
import { parseBytes } from '../../../src/core/parse-file';
import { findDecompressionBomb, MAX_INFLATED_STREAM_BYTES } from '../../../src/core/pdf/stream-guard';

/** A 2024 Form 4 from an issuer's site: encrypted, Flate content streams and embedded fonts. */
const FORM_PDF = 'test/fixtures/engine/ir-c575cc48.pdf';
const readForm = () => new Uint8Array(readFileSync(FORM_PDF));
const parse = (bytes: Uint8Array) => parseBytes(nodePdfjs, bytes, 'ir-c575cc48.pdf', nodeExtractOptions);

type StreamClass = typeof DecompressionStream;
const streamGlobals = globalThis as { DecompressionStream: StreamClass };
const pdfjsStream = streamGlobals.DecompressionStream;

afterEach(() => replaceGlobalDecompressionStream(pdfjsStream));

/** Wraps the one-shot stream pdf.js sees, counting the inflated chunks it hands over. */
function countInflatedChunks(): { chunks: number } {
  const seen = { chunks: 0 };
  class Counting {
    constructor(format: CompressionFormat) {
      const stream = new pdfjsStream(format) as unknown as { readable: AsyncIterable<Uint8Array> };
      const inner = stream.readable;
      return Object.assign(stream, {
        readable: {
          async *[Symbol.asyncIterator]() {
            for await (const chunk of inner) {
              seen.chunks++;
              yield chunk;
            }
          },
        },
      });
    }
  }
  replaceGlobalDecompressionStream(Counting as unknown as StreamClass);
  return seen;
}

async function inflateThrough(Stream: StreamClass, data: Uint8Array): Promise<Uint8Array> {
  const stream = new Stream('deflate') as unknown as {
    writable: {
      getWriter(): { ready: Promise<void>; write(b: Uint8Array): Promise<void>; close(): Promise<void> };
    };
    readable: AsyncIterable<Uint8Array>;
  };
  const writer = stream.writable.getWriter();
  await writer.ready;
  void writer
    .write(data)
    .then(() => writer.close())
    .catch(() => undefined);
  const chunks: number[] = [];
  for await (const chunk of stream.readable) chunks.push(...chunk);
  return Uint8Array.from(chunks);
}

describe("the CLI's one-shot inflate for pdf.js", () => {
  it('is what pdf.js inflates a real filing through, and the filing and its boxes are the same as through Node’s stream', async () => {
    const seen = countInflatedChunks();
    const oneShot = await parse(readForm());
    expect(seen.chunks).toBeGreaterThan(0);

    replaceGlobalDecompressionStream(platformDecompressionStream());
    const throughNode = await parse(readForm());
    expect(oneShot).toEqual(throughNode);
    expect(oneShot.filing.nonDerivativeTransactions.length).toBeGreaterThan(0);
  });

  it('inflates as the platform does, and fails on cut-off data as the platform does (pdf.js then reads what it can)', async () => {
    const text = new TextEncoder().encode(
      'BT /F1 9 Tf (Table I - Non-Derivative Securities) Tj ET\n'.repeat(200),
    );
    const whole = new Uint8Array(deflateSync(text));
    expect(await inflateThrough(pdfjsStream, whole)).toEqual(text);
    expect(await inflateThrough(platformDecompressionStream(), whole)).toEqual(text);

    const cut = whole.subarray(0, whole.length >> 1);
    await expect(inflateThrough(pdfjsStream, cut)).rejects.toThrow();
    await expect(inflateThrough(platformDecompressionStream(), cut)).rejects.toThrow();
  });

  it('hands formats other than deflate to the platform stream', () => {
    expect(new pdfjsStream('deflate-raw')).toBeInstanceOf(platformDecompressionStream());
    expect(new pdfjsStream('deflate')).not.toBeInstanceOf(platformDecompressionStream());
  });

  it('leaves the bomb guard its bounded platform stream: a 1 GiB bomb is counted only just past the cap', async () => {
    const found = await findDecompressionBomb(decompressionBombPdf(1024));
    expect(found?.limit).toBe('stream');
    expect(found!.inflatedBytes).toBeLessThan(MAX_INFLATED_STREAM_BYTES + 8 * 1024 * 1024);
  });
});
