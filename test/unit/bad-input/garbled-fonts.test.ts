import { describe, expect, it } from 'vitest';
import { expectFailure, parse, readFixture } from './helpers';

describe('a PDF whose fonts map to no letters', () => {
  it('is reported as having no readable text (its words come out as symbols), not as "not a form"', async () => {
    const failure = await expectFailure(
      readFixture('garbled-fonts.pdf'),
      'garbled-fonts.pdf',
      'no-text-layer',
    );
    expect(failure.message).toMatch(/cannot be read: its fonts do not say which letters they draw/);
    expect(failure.message).toMatch(/\d+ % of the characters/);
  });

  it('a real form with its ☐/☒ boxes and accents is never taken for one', async () => {
    const { filing } = await parse(readFixture('fuzz-seed-uncompressed.pdf'), 'form4.pdf');
    expect(filing.documentType).toBe('4');
  });
});
