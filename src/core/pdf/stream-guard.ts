/**
 * Decompression-bomb guard, run on the raw bytes before pdf.js sees them.
 * pdf.js inflates a content stream, font or object stream whole into memory
 * with no limit: a few MB of FlateDecode can become GBs (measured: a 4 MB
 * PDF, 4 GiB inflated, took 73 s and 8.7 GB of memory in Node). Here every
 * Flate stream that could pass the cap is inflated while counting, and never
 * kept, so the check costs bounded memory; streams too small to reach the cap
 * even at deflate's best ratio are not touched, so ordinary filings pay ~0.
 *
 * Limits (stated, not hidden): streams of an encrypted PDF are ciphertext,
 * which fails to inflate at once, so they pass unchecked (they are still
 * tried: an /Encrypt entry is easy to fake); images are skipped because
 * reading text never decodes them; LZW (rare, old) is not checked.
 */

/** Most one stream may inflate to. A form's content stream is ~100 KB, a whole embedded font a few MB. */
export const MAX_INFLATED_STREAM_BYTES = 32 * 1024 * 1024;
/** Most all checked streams together may inflate to. */
export const MAX_INFLATED_TOTAL_BYTES = 256 * 1024 * 1024;
/** Deflate's best case is ~1032:1 (a run of one byte); nothing compresses further. */
const DEFLATE_MAX_RATIO = 1032;
/** Compressed bytes fed per write: small, so one write cannot produce much beyond the cap. */
const FEED_BYTES = 4096;
/** How far back from a `stream` keyword its dictionary may start. */
const DICT_WINDOW = 4096;

export interface StreamBomb {
  /** Byte offset of the stream's data in the file. */
  offset: number;
  /** Inflated bytes counted before stopping (at least the cap that was passed). */
  inflatedBytes: number;
  /** Which cap was passed. */
  limit: 'stream' | 'total';
}

interface FlateStream {
  offset: number;
  data: Uint8Array;
  /** How many FlateDecode filters are applied one after another from the start of the chain. */
  layers: number;
}

export async function findDecompressionBomb(bytes: Uint8Array): Promise<StreamBomb | null> {
  const text = new TextDecoder('latin1').decode(bytes);
  let total = 0;
  for (const stream of flateStreams(text, bytes)) {
    if (stream.data.length * DEFLATE_MAX_RATIO ** stream.layers <= MAX_INFLATED_STREAM_BYTES) continue;
    const produced = await inflatedSize(stream.data, stream.layers, MAX_INFLATED_STREAM_BYTES);
    if (produced > MAX_INFLATED_STREAM_BYTES)
      return { offset: stream.offset, inflatedBytes: produced, limit: 'stream' };
    total += produced;
    if (total > MAX_INFLATED_TOTAL_BYTES)
      return { offset: stream.offset, inflatedBytes: total, limit: 'total' };
  }
  return null;
}

const STREAM_KEYWORD = />>\s*stream(\r\n|\n|\r)/g;

function* flateStreams(text: string, bytes: Uint8Array): Generator<FlateStream> {
  STREAM_KEYWORD.lastIndex = 0;
  for (let m = STREAM_KEYWORD.exec(text); m; m = STREAM_KEYWORD.exec(text)) {
    const dataStart = m.index + m[0].length;
    const dict = streamDictionary(text, m.index + 2);
    const end = streamEnd(text, dict, dataStart);
    STREAM_KEYWORD.lastIndex = Math.max(dataStart, end);
    if (/\/Subtype\s*\/Image\b/.test(dict)) continue;
    const layers = leadingFlateLayers(dict);
    if (layers > 0) yield { offset: dataStart, data: bytes.subarray(dataStart, end), layers };
  }
}

/** The text from the object header (`n g obj`) to the end of the stream's dictionary. */
function streamDictionary(text: string, dictEnd: number): string {
  const windowStart = Math.max(0, dictEnd - DICT_WINDOW);
  const window = text.slice(windowStart, dictEnd);
  const header = window.lastIndexOf('obj');
  return header >= 0 ? window.slice(header) : window;
}

/** End of the stream's data: /Length when it is a direct number that lands on `endstream`, else the keyword. */
function streamEnd(text: string, dict: string, dataStart: number): number {
  const declared = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (declared) {
    const end = dataStart + Number(declared[1]);
    if (/^\s*endstream/.test(text.slice(end, end + 32))) return end;
  }
  const keyword = text.indexOf('endstream', dataStart);
  return keyword >= 0 ? keyword : text.length;
}

/** FlateDecode filters at the start of the /Filter chain (`/FlateDecode` or `[/FlateDecode /FlateDecode …]`). */
function leadingFlateLayers(dict: string): number {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1];
  if (!filter) return 0;
  const names = filter.match(/\/[A-Za-z0-9]+/g) ?? [];
  let layers = 0;
  for (const name of names) {
    if (name !== '/FlateDecode' && name !== '/Fl') break;
    layers++;
  }
  return layers;
}

/**
 * Bytes the stream inflates to through `layers` Flate filters, counted up to
 * just past `cap`. Inner layers are kept (each at most `cap`) to feed the next.
 */
async function inflatedSize(data: Uint8Array, layers: number, cap: number): Promise<number> {
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
  const stream = new DecompressionStream('deflate');
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
