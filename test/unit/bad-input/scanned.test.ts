import { describe, expect, it } from 'vitest';
import { expectFailure, readFixture } from './helpers';

describe('a scanned form', () => {
  it('a page that is only an image is reported as having no text layer, not as "not a form"', async () => {
    const failure = await expectFailure(readFixture('scanned.pdf'), 'scanned.pdf', 'no-text-layer');
    expect(failure.message).toMatch(/scanned image/);
  });
});
