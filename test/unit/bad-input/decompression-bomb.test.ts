import { describe, expect, it } from 'vitest';
import { decompressionBombPdf, imageBombPdf } from '../../../scripts/bad-generate';
import { findDecompressionBomb, MAX_INFLATED_STREAM_BYTES } from '../../../src/core/pdf/stream-guard';
import { expectFailure, readFixture } from './helpers';

const MIB = 1024 * 1024;

describe('a decompression bomb', () => {
  it('a 1 MB PDF whose content stream inflates to 1 GiB is refused before pdf.js inflates it', async () => {
    const bomb = decompressionBombPdf(1024);
    expect(bomb.length).toBeLessThan(2 * MIB);
    const failure = await expectFailure(bomb, 'bomb.pdf', 'too-large');
    expect(failure.message).toMatch(/decompression bomb/);
  });

  it('a few-KB PDF inflating to 4 GiB through two Flate layers is refused too', async () => {
    const bomb = decompressionBombPdf(4096, 2);
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expectFailure(bomb, 'double-bomb.pdf', 'too-large');
  });

  it('the guard stops counting just past the cap instead of inflating the whole stream', async () => {
    const found = await findDecompressionBomb(decompressionBombPdf(1024));
    expect(found?.limit).toBe('stream');
    expect(found!.inflatedBytes).toBeGreaterThan(MAX_INFLATED_STREAM_BYTES);
    expect(found!.inflatedBytes).toBeLessThan(MAX_INFLATED_STREAM_BYTES + 8 * MIB);
  });

  it('real PDFs (encrypted, AES, printed by Word, a scan) are not taken for bombs', async () => {
    for (const name of ['broken-xref.pdf', 'password.pdf', 'not-a-form.pdf', 'scanned.pdf']) {
      expect({ name, bomb: await findDecompressionBomb(readFixture(name)) }).toEqual({ name, bomb: null });
    }
  });

  it('a stream that inflates to just under the cap is not taken for a bomb', async () => {
    const underCap = Math.floor(MAX_INFLATED_STREAM_BYTES / MIB) - 1;
    expect(await findDecompressionBomb(decompressionBombPdf(underCap))).toBeNull();
  });

  it('an image inflating to 1 GiB is left alone when only text is read, and refused when pages are drawn', async () => {
    const bomb = imageBombPdf(1024);
    expect(await findDecompressionBomb(bomb)).toBeNull();
    expect((await findDecompressionBomb(bomb, { images: true }))?.limit).toBe('image');
  });

  it('a real scan (a JPEG page) is not taken for an image bomb when pages are drawn', async () => {
    expect(await findDecompressionBomb(readFixture('scanned.pdf'), { images: true })).toBeNull();
  });
});
