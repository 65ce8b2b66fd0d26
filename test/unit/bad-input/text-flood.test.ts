import { describe, expect, it } from 'vitest';
import { manyRunsPdf } from '../../../scripts/bad-generate';
import { MAX_TEXT_RUNS_PER_PAGE } from '../../../src/core/pdf/extract';
import { expectFailure } from './helpers';

describe('a page of endless text', () => {
  it(`a page of 100,000 text runs is stopped after ${MAX_TEXT_RUNS_PER_PAGE} and refused as too large`, async () => {
    const failure = await expectFailure(manyRunsPdf(100_000), 'flood.pdf', 'too-large');
    expect(failure.message).toMatch(/page 1/);
  });
});
