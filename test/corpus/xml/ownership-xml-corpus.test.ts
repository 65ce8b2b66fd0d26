/**
 * Every ownership XML in ../shared/corpus/xml (plain XML, SGML submissions,
 * the SEC samples): it reads, it agrees with the EDGAR header filed with it
 * (datamule's metadata.json), it keeps the contract (restoreFiling takes it
 * with nothing repaired, as it would a share link), and XML → Filing →
 * toOwnershipXml → Filing gives the same Filing. Skips cleanly when ../shared
 * is not there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toOwnershipXml } from '../../../src/core/export/to-ownership-xml';
import type { Filing } from '../../../src/core/filing';
import { restoreFiling } from '../../../src/core/restore';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';
import {
  describesOwnershipFiling,
  metadataMismatches,
  type EdgarMetadata,
} from '../../unit/xml/edgar-metadata';

const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
const CORPUS = join(SHARED, 'corpus/xml');
const SEED = join(SHARED, 'seed/liveperson-2009-form4.xml');

function ownershipFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return ownershipFiles(path);
      return /\.(xml|txt|nc)$/.test(name) ? [path] : [];
    });
}

function metadataFor(file: string): EdgarMetadata | null {
  const path = join(dirname(file), 'metadata.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as EdgarMetadata) : null;
}

const withoutWarnings = (filing: Filing): Filing => ({ ...filing, warnings: [] });
const files = ownershipFiles(CORPUS);

describe.skipIf(files.length === 0)('ownership XML corpus', () => {
  it('has the whole corpus (about 430 files)', () => {
    expect(files.length).toBeGreaterThanOrEqual(420);
  });

  it.each(files.map((file) => [relative(CORPUS, file), file]))('%s', (_name, file) => {
    const filing = readOwnershipXml(readFileSync(file, 'utf8'));
    expect(filing.reportingOwners.length).toBeGreaterThan(0);
    expect(filing.issuer.cik).toMatch(/^\d+$/);

    const metadata = metadataFor(file);
    if (metadata !== null && describesOwnershipFiling(metadata)) {
      expect(metadataMismatches(filing, metadata)).toEqual([]);
    }

    const restored = restoreFiling(JSON.parse(JSON.stringify(filing)));
    expect(restored).toEqual({ ok: true, filing, repaired: [] });

    const again = readOwnershipXml(toOwnershipXml(filing));
    expect(withoutWarnings(again)).toEqual(withoutWarnings(filing));
  });
});

describe.skipIf(!existsSync(SEED))('the LivePerson seed filing', () => {
  it('has three M/S pairs in Table I and the three option rows in Table II', () => {
    const filing = readOwnershipXml(readFileSync(SEED, 'utf8'));
    const table1 = filing.nonDerivativeTransactions;
    expect(table1.map((row) => row.transactionCode)).toEqual(['M', 'S', 'M', 'S', 'M', 'S']);
    for (const exercise of table1.filter((row) => row.transactionCode === 'M')) {
      expect(exercise).toMatchObject({ pricePerShare: 1.94, acquiredDisposedCode: 'A', footnotes: {} });
    }
    const sales = table1.filter((row) => row.transactionCode === 'S');
    expect(sales.map((row) => row.footnotes)).toEqual([
      { transactionCode: ['F1'], pricePerShare: ['F2'] },
      { transactionCode: ['F1'], pricePerShare: ['F3'] },
      { transactionCode: ['F1'], pricePerShare: ['F4'] },
    ]);
    expect(sales.map((row) => row.shares)).toEqual(
      table1.filter((r) => r.transactionCode === 'M').map((r) => r.shares),
    );
    expect(filing.derivativeTransactions).toHaveLength(3);
    expect(filing.derivativeTransactions.every((row) => row.conversionOrExercisePrice === 1.94)).toBe(true);
    expect(filing.nonDerivativeHoldings).toEqual([]);
    expect(filing.derivativeHoldings).toEqual([]);
    expect(filing.warnings).toEqual([]);
  });
});
