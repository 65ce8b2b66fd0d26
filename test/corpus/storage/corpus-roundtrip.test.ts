/**
 * Every ownership XML in ../shared/corpus, read by the XML reader, must pass
 * through each storage path unchanged: restoreFiling (no repairs), a share
 * link, a stored record, and a backup. Skips when the corpus is absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Filing } from '../../../src/core/filing';
import { exportBackup, importBackup } from '../../../src/core/library/backup';
import { makeRecord } from '../../../src/core/library/record';
import { restoreRecord } from '../../../src/core/library/restore-record';
import { restoreFiling } from '../../../src/core/restore';
import { decodeShareFragment, encodeShareFragment } from '../../../src/core/share/share-link';
import { readOwnershipXml } from '../../../src/core/xml/read-xml';

const CORPUS_XML = join(import.meta.dirname, '../../../../shared/corpus/xml');

function xmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return xmlFiles(path);
    return /\.(xml|txt)$/i.test(name) ? [path] : [];
  });
}

/** The corpus files the XML reader accepts, with their bytes and filing. */
function readableFilings(): { name: string; bytes: Uint8Array; filing: Filing }[] {
  return xmlFiles(CORPUS_XML).flatMap((path) => {
    const bytes = new Uint8Array(readFileSync(path));
    try {
      return [
        {
          name: path.slice(CORPUS_XML.length + 1),
          bytes,
          filing: readOwnershipXml(new TextDecoder().decode(bytes)),
        },
      ];
    } catch {
      return [];
    }
  });
}

const filings = readableFilings();

describe.skipIf(filings.length === 0)('storage paths over the ownership XML corpus', () => {
  it('reads hundreds of filings (the sweep is not empty by accident)', () => {
    expect(filings.length).toBeGreaterThan(400);
  });

  it('restoreFiling accepts every filing unchanged, repairing nothing', () => {
    for (const { name, filing } of filings) {
      const result = restoreFiling(JSON.parse(JSON.stringify(filing)));
      expect(result, name).toEqual({ ok: true, filing, repaired: [] });
    }
  });

  it('every filing survives a share link', async () => {
    for (const { name, filing } of filings) {
      const decoded = await decodeShareFragment(await encodeShareFragment(filing));
      expect(decoded, name).toEqual({ ok: true, filing, repaired: [] });
    }
  });

  it('every filing survives a stored record and a backup', async () => {
    const records = [];
    const files = new Map<string, Uint8Array>();
    for (const { name, bytes, filing } of filings) {
      const output = { source: 'xml' as const, filing, provenance: {}, text: null };
      const record = await makeRecord({
        bytes,
        fileName: name,
        output,
        now: new Date('2024-05-01T00:00:00Z'),
      });
      const restored = restoreRecord(JSON.parse(JSON.stringify(record)));
      expect(restored, name).toEqual({ ok: true, record, repaired: [] });
      records.push(record);
      files.set(record.id, bytes);
    }
    const imported = await importBackup(exportBackup(records, files));
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.rejected).toEqual([]);
    // Identical files in the corpus (same bytes in two folders) are one record, by content hash.
    expect(imported.records.length + imported.alreadyPresent.length).toBe(records.length);
    expect(imported.records.length).toBe(new Set(records.map((r) => r.id)).size);
  });
});
