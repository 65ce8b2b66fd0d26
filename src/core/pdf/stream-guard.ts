/**
 * Decompression-bomb guard, run on the raw bytes before pdf.js sees them.
 * pdf.js inflates a content stream, font or object stream whole into memory
 * with no limit: a few MB of FlateDecode can become GBs (measured: a 4 MB
 * PDF, 4 GiB inflated, took 73 s and 8.7 GB of memory in Node). Here every
 * Flate stream that could pass its cap is inflated while counting, and never
 * kept, so the check costs bounded memory; streams too small to reach the cap
 * even at deflate's best ratio are not touched, so ordinary filings pay ~0.
 *
 * Images: reading text never decodes them, so they are skipped unless asked
 * for (`images: true`, for drawing pages), when each may inflate to what its
 * declared size can use and no more.
 *
 * Limits (stated, not hidden): streams of an encrypted PDF are ciphertext,
 * which fails to inflate at once, so they pass unchecked (they are still
 * tried: an /Encrypt entry is easy to fake); LZW (rare, old) is not checked.
 */
import { inflatedSize } from './inflate-count';
import { directInteger, hasZlibHeader, leadingFlateLayers, rawStreams } from './pdf-streams';

/** Most one stream may inflate to. A form's content stream is ~100 KB, a whole embedded font a few MB. */
export const MAX_INFLATED_STREAM_BYTES = 32 * 1024 * 1024;
/** Most all checked streams other than images may inflate to together. */
export const MAX_INFLATED_TOTAL_BYTES = 256 * 1024 * 1024;
/** Most one image may inflate to, whatever size it declares (a 600 dpi colour letter page is ~100 MB). */
export const MAX_INFLATED_IMAGE_BYTES = 256 * 1024 * 1024;
/** Deflate's best case is ~1032:1 (a run of one byte); nothing compresses further. */
const DEFLATE_MAX_RATIO = 1032;
/** Bytes per pixel an image can use at most (16-bit CMYK), plus room for PNG predictor bytes. */
const IMAGE_BYTES_PER_PIXEL = 8;
const IMAGE_SLACK_BYTES = 1024 * 1024;

export interface StreamBomb {
  /** Byte offset of the stream's data in the file. */
  offset: number;
  /** Inflated bytes counted before stopping (at least the cap that was passed). */
  inflatedBytes: number;
  /** Which cap was passed. */
  limit: 'stream' | 'image' | 'total';
}

export interface GuardOptions {
  /** Check image streams too: for drawing pages, which decodes them. */
  images?: boolean;
}

interface Checked {
  offset: number;
  data: Uint8Array;
  layers: number;
  cap: number;
  isImage: boolean;
}

/** What an image can use: its declared pixels at the widest pixel format, never above the image cap. */
function imageCap(dict: string): number {
  const width = directInteger(dict, 'Width');
  const height = directInteger(dict, 'Height');
  if (width === null || height === null) return MAX_INFLATED_IMAGE_BYTES;
  return Math.min(MAX_INFLATED_IMAGE_BYTES, width * height * IMAGE_BYTES_PER_PIXEL + IMAGE_SLACK_BYTES);
}

function* flateStreams(bytes: Uint8Array, options: GuardOptions): Generator<Checked> {
  for (const stream of rawStreams(bytes)) {
    const isImage = /\/Subtype\s*\/Image\b/.test(stream.dict);
    if (isImage && !options.images) continue;
    const layers = leadingFlateLayers(stream.dict);
    if (layers === 0) continue;
    const cap = isImage ? imageCap(stream.dict) : MAX_INFLATED_STREAM_BYTES;
    yield { offset: stream.offset, data: stream.data, layers, cap, isImage };
  }
}

export async function findDecompressionBomb(
  bytes: Uint8Array,
  options: GuardOptions = {},
): Promise<StreamBomb | null> {
  let total = 0;
  for (const stream of flateStreams(bytes, options)) {
    if (stream.data.length * DEFLATE_MAX_RATIO ** stream.layers <= stream.cap) continue;
    // pdf.js refuses a Flate stream whose zlib header is wrong, so such a stream is never inflated.
    if (!hasZlibHeader(stream.data)) continue;
    const produced = await inflatedSize(stream.data, stream.layers, stream.cap);
    if (produced > stream.cap) {
      return { offset: stream.offset, inflatedBytes: produced, limit: stream.isImage ? 'image' : 'stream' };
    }
    if (stream.isImage) continue;
    total += produced;
    if (total > MAX_INFLATED_TOTAL_BYTES)
      return { offset: stream.offset, inflatedBytes: total, limit: 'total' };
  }
  return null;
}
