/**
 * What is not a Form 3/4/5 is refused with a typed error, not half-read: no
 * words at all (a scan), or words of some other document (here the power of
 * attorney printed after a real form, on its own).
 */
import { describe, expect, it } from 'vitest';
import { ParseFailure } from '../../../src/core/errors';
import { readForm } from '../../../src/core/form/read-form';
import { readFixture } from './read-pdf';

function failure(run: () => unknown): ParseFailure {
  try {
    run();
  } catch (err) {
    if (err instanceof ParseFailure) return err;
    throw err;
  }
  throw new Error('expected a ParseFailure');
}

describe('refusing what is not an ownership form', () => {
  it('says a PDF without words is an image with no text layer', () => {
    const err = failure(() =>
      readForm({ pages: [{ page: 1, width: 612, height: 792 }], words: [], rules: [], producer: null }),
    );
    expect(err.code).toBe('no-text-layer');
    expect(err.message).toMatch(/image, no text layer/);
  });

  it('refuses another document (a power of attorney) with a clear message', async () => {
    const text = await readFixture('ir-e2538977.pdf');
    const attorney = {
      ...text,
      pages: text.pages.filter((p) => p.page >= 3),
      words: text.words.filter((w) => w.page >= 3),
    };
    expect(attorney.words.length).toBeGreaterThan(100);
    const err = failure(() => readForm(attorney));
    expect(err.code).toBe('not-ownership-form');
    expect(err.message).toMatch(/not an SEC Form 3, 4 or 5/);
  });

  it('reads only the form, not the exhibits after it', async () => {
    const { filing, provenance } = readForm(await readFixture('ir-126783e7.pdf'));
    expect(filing.signatures).toHaveLength(5);
    const pages = new Set(Object.values(provenance).flatMap((boxes) => boxes.map((b) => b.page)));
    expect([...pages].every((p) => p <= 2)).toBe(true);
  });
});
