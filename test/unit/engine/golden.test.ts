/**
 * Every fixture PDF read by the engine equals its golden Filing field by
 * field (goldens checked by eye against the page images, see the fixtures'
 * README.md), and EDGAR's page printed at four sizes reads the same at each.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readForm } from '../../../src/core/form/read-form';
import { differingFields, flattenFields } from './flatten';
import { FIXTURES, fixturePath, readFixture } from './read-pdf';

const pdfs = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.pdf'))
  .sort();

function golden(name: string): unknown {
  return JSON.parse(readFileSync(fixturePath(`golden/${basename(name, '.pdf')}.json`), 'utf8'));
}

describe('engine goldens', () => {
  it('has at least 25 fixtures, each with a golden', () => {
    expect(pdfs.length).toBeGreaterThanOrEqual(25);
    for (const pdf of pdfs) expect(() => golden(pdf)).not.toThrow();
  });

  it.each(pdfs)('%s equals its golden field by field', async (pdf) => {
    const { filing } = readForm(await readFixture(pdf));
    const expected = flattenFields(golden(pdf));
    const actual = flattenFields(filing);
    const differences = differingFields(expected, actual).map(
      (p) => `${p}: golden ${expected.get(p)} engine ${actual.get(p)}`,
    );
    expect(differences).toEqual([]);
    expect(actual.size).toBeGreaterThan(25);
  });

  const sizes = ['letter', 'a4', 'landscape', 'scale70'];
  const pages = [
    ...new Set(pdfs.filter((f) => f.startsWith('edgar-')).map((f) => f.replace(/-[a-z0-9]+\.pdf$/, ''))),
  ];

  it.each(pages)('%s reads the same at Letter, A4, landscape and 70%%', async (page) => {
    const filings = await Promise.all(
      sizes.map(async (s) => readForm(await readFixture(`${page}-${s}.pdf`)).filing),
    );
    const [first, ...rest] = filings.map((f) => flattenFields(f));
    for (const other of rest) expect(differingFields(first ?? new Map(), other)).toEqual([]);
  });
});
