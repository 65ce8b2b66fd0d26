/**
 * Counting what zlib data inflates to, in bounded memory: the platform's
 * DecompressionStream (browsers, workers, Node 20) is fed small pieces and
 * read until the count passes a cap; nothing is kept unless asked for.
 */
import { newDecompressionStream } from '../decompression-stream';

/** Compressed bytes fed per write: small, so one write cannot produce much beyond the cap. */
const FEED_BYTES = 4096;

/**
 * Bytes the stream inflates to through `layers` Flate filters, counted up to
 * just past `cap`. Inner layers are kept (each at most `cap`) to feed the next.
 */
export async function inflatedSize(data: Uint8Array, layers: number, cap: number): Promise<number> {
  let input = data;
  for (let layer = 1; layer < layers; layer++) {
    const inner = await inflate(input, cap, true);
    if (inner.produced > cap) return inner.produced;
    input = inner.bytes;
  }
  return (await inflate(input, cap, false)).produced;
}

/**
 * Inflates zlib data, stopping once more than `cap` bytes come out. A damaged
 * stream just ends the count: pdf.js reads what it can of it, and so do we.
 */
async function inflate(data: Uint8Array, cap: number, keep: boolean) {
  const stream = newDecompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feed = { stopped: false };
  const feeding = feedInPieces(writer, data, feed);
  const chunks: Uint8Array[] = [];
  let produced = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      produced += r.value.byteLength;
      if (keep) chunks.push(r.value);
      if (produced > cap) break;
    }
  } catch {
    // Damaged data: count what came out before the error.
  }
  feed.stopped = true;
  await reader.cancel().catch(() => undefined);
  await feeding;
  return { produced, bytes: keep ? concatBytes(chunks, produced) : new Uint8Array(0) };
}

/** Never rejects: a broken stream shows up on the reading side. */
async function feedInPieces(
  writer: WritableStreamDefaultWriter<BufferSource>,
  bytes: Uint8Array,
  feed: { stopped: boolean },
): Promise<void> {
  try {
    for (let offset = 0; offset < bytes.length && !feed.stopped; offset += FEED_BYTES) {
      await writer.ready; // backpressure: wait until the reader has taken the last piece's output
      if (feed.stopped) return;
      writer.write(bytes.slice(offset, offset + FEED_BYTES)).catch(() => undefined);
    }
    await writer.ready;
    if (!feed.stopped) await writer.close();
  } catch {
    // The stream errored or was cancelled; the reader reports why.
  }
}

function concatBytes(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
