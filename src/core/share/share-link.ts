/**
 * Share links carry a whole Filing in the URL fragment (never sent to any
 * server): "f1." + base64url(header + deflate-raw(JSON)). The 12-byte header
 * (big-endian uint32s: compressed length, JSON length, CRC-32 of the JSON)
 * lets a decoder tell a cut-off link from a damaged one and catch a changed
 * character that raw deflate would otherwise decode into different numbers.
 * Decoding treats the link as hostile: sizes are capped before and during
 * inflation, and the JSON goes through restoreFiling.
 */
import type { Filing } from '../filing';
import { restoreFiling } from '../restore';
import { decodeBase64Url, encodeBase64Url } from './base64';
import { crc32 } from './crc32';
import { deflateRaw, inflateRawCapped } from './deflate';
import { SHARE_FORMAT_VERSION, SHARE_PREFIX, VERSIONED_PREFIX } from './share-fragment';

export { SHARE_FORMAT_VERSION, isShareFragment } from './share-fragment';
const HEADER_BYTES = 12;

/** Above this a link may be cut by mail clients and chat apps; the UI should say so. */
export const SHARE_LINK_SOFT_LIMIT = 8 * 1024;
/** No real filing comes near these; they bound what a hostile link can make us allocate. */
export const SHARE_MAX_FRAGMENT_CHARS = 1024 * 1024;
export const SHARE_MAX_JSON_BYTES = 2 * 1024 * 1024;

export type ShareErrorCode =
  | 'not-share-link'
  | 'newer-version'
  | 'truncated'
  | 'damaged'
  | 'too-large'
  | 'invalid-json'
  | 'invalid-filing';

export interface ShareError {
  code: ShareErrorCode;
  message: string;
}

export type ShareDecodeResult =
  { ok: true; filing: Filing; repaired: string[] } | { ok: false; error: ShareError };

/** Thrown by encodeShareFragment when the filing itself could not be shared. */
export class ShareFailure extends Error {
  readonly code: ShareErrorCode;
  constructor(code: ShareErrorCode, message: string) {
    super(message);
    this.name = 'ShareFailure';
    this.code = code;
  }
}

export async function encodeShareFragment(filing: Filing): Promise<string> {
  // Share exactly what a receiver will accept: extra runtime fields are dropped, an invalid filing is refused here.
  const checked = restoreFiling(filing);
  if (!checked.ok)
    throw new ShareFailure('invalid-filing', `This filing cannot be shared: ${checked.error.message}`);
  const json = new TextEncoder().encode(JSON.stringify(checked.filing));
  if (json.byteLength > SHARE_MAX_JSON_BYTES) {
    throw new ShareFailure(
      'too-large',
      'This filing is too large to share as a link. Export it as JSON instead.',
    );
  }
  return packShareFragment(json);
}

/** The wire format around any JSON bytes (exported so tests can build links with bad contents). */
export async function packShareFragment(json: Uint8Array): Promise<string> {
  const compressed = await deflateRaw(json);
  const payload = new Uint8Array(HEADER_BYTES + compressed.byteLength);
  const header = new DataView(payload.buffer);
  header.setUint32(0, compressed.byteLength);
  header.setUint32(4, json.byteLength);
  header.setUint32(8, crc32(json));
  payload.set(compressed, HEADER_BYTES);
  return SHARE_PREFIX + encodeBase64Url(payload);
}

/** The link a person copies: the page address without its own fragment, plus ours. */
export function buildShareLink(pageUrl: string, fragment: string): string {
  const hash = pageUrl.indexOf('#');
  return `${hash < 0 ? pageUrl : pageUrl.slice(0, hash)}#${fragment}`;
}

export function exceedsShareLinkSoftLimit(link: string): boolean {
  return link.length > SHARE_LINK_SOFT_LIMIT;
}

export async function decodeShareFragment(fragment: string): Promise<ShareDecodeResult> {
  try {
    const payload = readPayload(fragment);
    if (!payload.ok) return payload;
    const json = await inflatePayload(payload.bytes);
    if (!json.ok) return json;
    return parseFiling(json.bytes);
  } catch (err) {
    // The steps above return their problems; this only guards the promise of never rejecting.
    return fail(
      'damaged',
      `This share link could not be read (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
}

function fail(code: ShareErrorCode, message: string): { ok: false; error: ShareError } {
  return { ok: false, error: { code, message } };
}

const ASK_AGAIN = 'Ask the person who sent it to copy the whole link again.';

function readPayload(fragment: string): { ok: true; bytes: Uint8Array } | { ok: false; error: ShareError } {
  // Mail clients wrap long links; whitespace is never part of our alphabet.
  const text = fragment.replace(/^#/, '').replace(/\s+/g, '');
  const version = VERSIONED_PREFIX.exec(text);
  if (!version)
    return fail('not-share-link', 'This is not a filing share link: it does not start with "f1.".');
  if (Number(version[1]) > SHARE_FORMAT_VERSION) {
    return fail(
      'newer-version',
      `This share link was made by a newer version of this app (link format ${version[1]}). ` +
        'Reload the page to update the app, then open the link again.',
    );
  }
  if (Number(version[1]) !== SHARE_FORMAT_VERSION) {
    return fail('not-share-link', `This is not a filing share link this app knows (format ${version[1]}).`);
  }
  const body = text.slice(version[0].length);
  if (body.length > SHARE_MAX_FRAGMENT_CHARS) {
    return fail('too-large', `This share link is ${body.length} characters long, more than this app opens.`);
  }
  const decoded = decodeBase64Url(body);
  if (!decoded.ok) {
    return decoded.problem === 'bad-length'
      ? fail('truncated', `This share link is cut off. ${ASK_AGAIN}`)
      : fail('damaged', `This share link contains characters that cannot be part of it. ${ASK_AGAIN}`);
  }
  return { ok: true, bytes: decoded.bytes };
}

async function inflatePayload(
  payload: Uint8Array,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: ShareError }> {
  if (payload.byteLength < HEADER_BYTES) return fail('truncated', `This share link is cut off. ${ASK_AGAIN}`);
  const header = new DataView(payload.buffer, payload.byteOffset, HEADER_BYTES);
  const [compressedLength, jsonLength, checksum] = [
    header.getUint32(0),
    header.getUint32(4),
    header.getUint32(8),
  ];
  const compressed = payload.subarray(HEADER_BYTES);
  if (compressed.byteLength < compressedLength)
    return fail('truncated', `This share link is cut off. ${ASK_AGAIN}`);
  if (compressed.byteLength > compressedLength) {
    return fail('damaged', `This share link has extra characters at its end. ${ASK_AGAIN}`);
  }
  if (jsonLength > SHARE_MAX_JSON_BYTES) return tooLarge();
  const inflated = await inflateRawCapped(compressed, SHARE_MAX_JSON_BYTES);
  if (!inflated.ok) {
    return inflated.problem === 'too-large'
      ? tooLarge()
      : fail('damaged', `This share link is damaged. ${ASK_AGAIN}`);
  }
  if (inflated.bytes.byteLength !== jsonLength || crc32(inflated.bytes) !== checksum) {
    return fail(
      'damaged',
      `This share link is damaged: its contents do not match its checksum. ${ASK_AGAIN}`,
    );
  }
  return { ok: true, bytes: inflated.bytes };
}

function tooLarge(): { ok: false; error: ShareError } {
  const limit = `${SHARE_MAX_JSON_BYTES / (1024 * 1024)} MiB`;
  return fail(
    'too-large',
    `This share link unpacks to more than ${limit}, more than any filing needs; it was not opened.`,
  );
}

function parseFiling(bytes: Uint8Array): ShareDecodeResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail('invalid-json', 'This share link does not contain readable filing data.');
  }
  const restored = restoreFiling(parsed);
  if (!restored.ok) {
    const code = restored.error.code === 'newer-version' ? 'newer-version' : 'invalid-filing';
    return fail(code, `This share link's filing cannot be shown. ${restored.error.message}`);
  }
  return restored;
}
