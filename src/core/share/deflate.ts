/**
 * Raw deflate through the platform's CompressionStream/DecompressionStream
 * (browsers, workers, Node 20). Inflating is capped while it streams: the
 * input is fed in small pieces and reading stops as soon as the output passes
 * the cap, so a decompression bomb never allocates much beyond it, whatever
 * the engine's own buffering does with one large write.
 */
import { newDecompressionStream } from '../decompression-stream';

/** Deflate expands at most ~1032:1, so one piece can add at most ~264 KiB past the cap. */
const FEED_BYTES = 256;

/** Streams take ArrayBuffer-backed views only; a view over a SharedArrayBuffer is copied. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Read while writing: awaiting the write first can deadlock on backpressure.
  const reading = readAll(stream.readable.getReader());
  await writer.write(ownBuffer(bytes));
  await writer.close();
  return reading;
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return concat(chunks);
    chunks.push(value);
  }
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export type InflateResult =
  { ok: true; bytes: Uint8Array } | { ok: false; problem: 'too-large' | 'damaged'; bytesProduced: number };

export async function inflateRawCapped(
  compressed: Uint8Array,
  maxOutputBytes: number,
): Promise<InflateResult> {
  const stream = newDecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feed = { stopped: false };
  const feeding = feedInPieces(writer, ownBuffer(compressed), feed);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      produced += value.byteLength;
      if (produced > maxOutputBytes) {
        feed.stopped = true;
        await reader.cancel();
        await feeding;
        return { ok: false, problem: 'too-large', bytesProduced: produced };
      }
      chunks.push(value);
    }
  } catch {
    feed.stopped = true;
    await feeding;
    return { ok: false, problem: 'damaged', bytesProduced: produced };
  }
  await feeding;
  return { ok: true, bytes: concat(chunks) };
}

/** Never rejects: a broken stream shows up on the reading side. */
async function feedInPieces(
  writer: WritableStreamDefaultWriter<BufferSource>,
  bytes: Uint8Array<ArrayBuffer>,
  feed: { stopped: boolean },
): Promise<void> {
  try {
    for (let offset = 0; offset < bytes.length; offset += FEED_BYTES) {
      // `ready` waits for the reader to take the last piece's output (backpressure).
      await writer.ready;
      if (feed.stopped) return;
      writer.write(bytes.subarray(offset, offset + FEED_BYTES)).catch(() => undefined);
    }
    await writer.ready;
    if (!feed.stopped) await writer.close();
  } catch {
    // The stream errored or was cancelled; the reader reports why.
  }
}
