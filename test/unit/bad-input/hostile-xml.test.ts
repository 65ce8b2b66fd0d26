import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deeplyNestedXml, hugeOwnershipXml } from '../../../scripts/bad-generate';
import { MAX_XML_BYTES } from '../../../src/core/input-checks';
import { expectFailure, FIXTURES, readFixture } from './helpers';

/** The SEC sample Form 4 that external-entity.xml was made from, with its DOCTYPE and entity taken out again. */
const template = readFileSync(join(FIXTURES, 'external-entity.xml'), 'utf8')
  .replace(/<!DOCTYPE[^\]]*\]>\s*/, '')
  .replace('<remarks>&leak;</remarks>', '');

describe('hostile or broken XML', () => {
  it('billion laughs (a DOCTYPE of nested entities) is refused, never expanded', async () => {
    const failure = await expectFailure(
      readFixture('billion-laughs.xml'),
      'billion-laughs.xml',
      'forbidden-xml',
    );
    expect(failure.message).not.toMatch(/lollol/);
  });

  it('an external entity pointing at /etc/passwd is refused and nothing of the file appears', async () => {
    const failure = await expectFailure(
      readFixture('external-entity.xml'),
      'external-entity.xml',
      'forbidden-xml',
    );
    expect(failure.message).not.toMatch(/root:/);
  });

  it('XML cut in the middle of an element is malformed, with where it broke', async () => {
    const failure = await expectFailure(readFixture('malformed.xml'), 'malformed.xml', 'malformed-xml');
    expect(failure.message).toMatch(/line \d+/);
  });

  it('XML nested 100,000 elements deep is refused without recursing through it', async () => {
    await expectFailure(deeplyNestedXml(100_000), 'deep.xml', 'malformed-xml');
  });

  it('ownership XML of 20 MB (one row repeated) is refused as too large for a filing', async () => {
    await expectFailure(hugeOwnershipXml(template, 20 * 1024 * 1024), 'big.xml', 'too-large');
  });

  it('XML over the byte cap is refused before it is even decoded', async () => {
    const failure = await expectFailure(
      hugeOwnershipXml(template, MAX_XML_BYTES + 1024),
      'huge.xml',
      'too-large',
    );
    expect(failure.message).toMatch(/over the 64 MB limit/);
  });
});
