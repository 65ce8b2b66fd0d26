import { describe, expect, it } from 'vitest';
import { expectFailure, parse, readFixture } from './helpers';

/** The app stores the bytes it was given after parsing: a parse must leave them whole. */
describe("the caller's bytes", () => {
  it('are still whole and unchanged after a PDF is read (pdf.js is given a copy to detach)', async () => {
    const bytes = readFixture('broken-xref.pdf');
    const before = bytes.slice();
    await parse(bytes, 'broken-xref.pdf');
    expect(bytes.buffer.byteLength).toBe(before.length);
    expect(bytes).toEqual(before);
  });

  it('are still whole and unchanged after a PDF fails to open', async () => {
    const bytes = readFixture('password.pdf');
    const before = bytes.slice();
    await expectFailure(bytes, 'password.pdf', 'password-required');
    expect(bytes).toEqual(before);
  });
});
