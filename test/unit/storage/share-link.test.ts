import { describe, expect, it } from 'vitest';
import type { Filing } from '../../../src/core/filing';
import { encodeBase64Url } from '../../../src/core/share/base64';
import { deflateRaw, inflateRawCapped } from '../../../src/core/share/deflate';
import {
  SHARE_LINK_SOFT_LIMIT,
  SHARE_MAX_FRAGMENT_CHARS,
  SHARE_MAX_JSON_BYTES,
  ShareFailure,
  buildShareLink,
  decodeShareFragment,
  encodeShareFragment,
  exceedsShareLinkSoftLimit,
  isShareFragment,
  packShareFragment,
} from '../../../src/core/share/share-link';
import { CHEMOMAB_FILING, LIVEPERSON_FILING, fixtureJson } from './fixtures';

const filingFixture = (name: string) => fixtureJson(name) as unknown as Filing;
const utf8 = (text: string) => new TextEncoder().encode(text);

async function expectError(fragment: string, code: string) {
  const result = await decodeShareFragment(fragment);
  expect(result.ok ? 'decoded' : result.error.code).toBe(code);
  if (!result.ok) expect(result.error.message.length).toBeGreaterThan(20);
}

/** The part of a fragment after the 12-byte header (16 base64 characters) and the "f1." prefix. */
const BODY_START = 3 + 16;

describe('share links round-trip real filings', () => {
  it.each([LIVEPERSON_FILING, CHEMOMAB_FILING])('%s', async (name) => {
    const filing = filingFixture(name);
    const fragment = await encodeShareFragment(filing);
    expect(fragment).toMatch(/^f1\.[A-Za-z0-9_-]+$/);
    expect(isShareFragment(fragment)).toBe(true);
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, filing, repaired: [] });
    expect(await decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, filing, repaired: [] });
  });

  it('survives a link wrapped over lines by a mail client', async () => {
    const fragment = await encodeShareFragment(filingFixture(LIVEPERSON_FILING));
    const wrapped = fragment.replace(/(.{70})/g, '$1\n ');
    expect((await decodeShareFragment(wrapped)).ok).toBe(true);
  });

  it('keeps a real Form 4 link well under the soft limit and flags a long one', async () => {
    const fragment = await encodeShareFragment(filingFixture(LIVEPERSON_FILING));
    const link = buildShareLink('https://example.org/app/?x=1#old', fragment);
    expect(link).toBe(`https://example.org/app/?x=1#${fragment}`);
    expect(link.length).toBeLessThan(SHARE_LINK_SOFT_LIMIT / 2);
    expect(exceedsShareLinkSoftLimit(link)).toBe(false);
    expect(exceedsShareLinkSoftLimit('x'.repeat(SHARE_LINK_SOFT_LIMIT + 1))).toBe(true);
  });

  it('drops fields outside the contract before sharing', async () => {
    const filing = filingFixture(LIVEPERSON_FILING);
    const withExtras = {
      ...filing,
      provenance: { 'issuer.name': [{ page: 1, x0: 0, x1: 1, top: 0, bottom: 1 }] },
    };
    const result = await decodeShareFragment(await encodeShareFragment(withExtras));
    expect(result).toEqual({ ok: true, filing, repaired: [] });
  });

  it('refuses to share a filing a receiver would reject', async () => {
    const filing = filingFixture(LIVEPERSON_FILING);
    filing.nonDerivativeTransactions[0].transactionCode = 'SALE';
    await expect(encodeShareFragment(filing)).rejects.toBeInstanceOf(ShareFailure);
  });
});

describe('share links that are not ours or not for this version', () => {
  it.each(['', '#', 'hello', 'f1', 'F1.abc', 'f0.AAAA', 'x1.AAAA'])(
    '%j is not a share link',
    async (fragment) => {
      await expectError(fragment, 'not-share-link');
    },
  );

  it('names a newer link format', async () => {
    await expectError('f2.AAAAAAAAAAAAAAAA', 'newer-version');
  });

  it('names a filing from a newer schema inside a current link', async () => {
    const json = { ...fixtureJson(LIVEPERSON_FILING), schemaVersion: 2 };
    await expectError(await packShareFragment(utf8(JSON.stringify(json))), 'newer-version');
  });
});

describe('damaged and truncated share links', () => {
  it('calls every cut-off link truncated', async () => {
    const fragment = await encodeShareFragment(filingFixture(LIVEPERSON_FILING));
    const cuts = [3, 4, 10, 18, 19, 20, 21, 22, fragment.length - 2, fragment.length - 1];
    for (let cut = 25; cut < fragment.length; cut += 97) cuts.push(cut);
    for (const cut of cuts) await expectError(fragment.slice(0, cut), 'truncated');
  });

  it('calls a changed character in the compressed body damaged', async () => {
    const fragment = await encodeShareFragment(filingFixture(LIVEPERSON_FILING));
    for (let at = BODY_START; at < fragment.length - 1; at += 13) {
      const swapped = fragment[at] === 'A' ? 'B' : 'A';
      await expectError(fragment.slice(0, at) + swapped + fragment.slice(at + 1), 'damaged');
    }
  });

  it('calls characters outside base64url, or extra ones at the end, damaged', async () => {
    const fragment = await encodeShareFragment(filingFixture(CHEMOMAB_FILING));
    await expectError(`${fragment.slice(0, 40)}+${fragment.slice(41)}`, 'damaged');
    await expectError(`${fragment.slice(0, 40)}%${fragment.slice(41)}`, 'damaged');
    await expectError(`${fragment}AAAA`, 'damaged');
  });

  it('names JSON that is not JSON, and text that is not UTF-8', async () => {
    await expectError(await packShareFragment(utf8('{"schemaVersion":1,')), 'invalid-json');
    await expectError(await packShareFragment(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 'invalid-json');
  });

  it('names a filing that fails validation, with the field', async () => {
    const json = fixtureJson(LIVEPERSON_FILING);
    (json.nonDerivativeTransactions as Record<string, unknown>[])[1].shares = '17,000';
    const result = await decodeShareFragment(await packShareFragment(utf8(JSON.stringify(json))));
    expect(result.ok ? 'decoded' : result.error.code).toBe('invalid-filing');
    if (!result.ok) expect(result.error.message).toContain('nonDerivativeTransactions[1].shares');
  });
});

describe('oversized share links and decompression bombs', () => {
  it('refuses a fragment longer than the cap before decoding it', async () => {
    await expectError(`f1.${'A'.repeat(SHARE_MAX_FRAGMENT_CHARS + 4)}`, 'too-large');
  });

  /** A well-formed link whose header claims `declaredJsonLength` for `json`. */
  async function linkWithHeader(json: Uint8Array, declaredJsonLength: number): Promise<string> {
    const compressed = await deflateRaw(json);
    const payload = new Uint8Array(12 + compressed.byteLength);
    const header = new DataView(payload.buffer);
    header.setUint32(0, compressed.byteLength);
    header.setUint32(4, declaredJsonLength);
    header.setUint32(8, 0);
    payload.set(compressed, 12);
    return `f1.${encodeBase64Url(payload)}`;
  }

  const BOMB_BYTES = 64 * 1024 * 1024;

  it('refuses an honest header that declares too much, and stops a bomb whose header lies', async () => {
    await expectError(await linkWithHeader(utf8('{}'), SHARE_MAX_JSON_BYTES + 1), 'too-large');
    const spaces = new Uint8Array(BOMB_BYTES).fill(0x20);
    const link = await linkWithHeader(spaces, 1000);
    expect(link.length).toBeLessThan(SHARE_MAX_FRAGMENT_CHARS);
    await expectError(link, 'too-large');
  });

  it('stops inflating within one feed piece of the cap', async () => {
    const compressed = await deflateRaw(new Uint8Array(BOMB_BYTES));
    const cap = 1024 * 1024;
    const result = await inflateRawCapped(compressed, cap);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe('too-large');
    expect(result.bytesProduced).toBeGreaterThan(cap);
    // One 256-byte piece inflates to at most ~264 KiB; allow one engine output chunk on top.
    expect(result.bytesProduced).toBeLessThan(cap + 264 * 1024 + 64 * 1024);
  });

  it('inflates an exact-size payload at the cap', async () => {
    const json = new Uint8Array(4096).fill(0x41);
    const result = await inflateRawCapped(await deflateRaw(json), 4096);
    expect(result).toEqual({ ok: true, bytes: json });
  });
});
