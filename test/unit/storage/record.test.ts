import { describe, expect, it } from 'vitest';
import { cleanFileName, makeRecord, type LibraryRecord } from '../../../src/core/library/record';
import { restoreRecord } from '../../../src/core/library/restore-record';
import { LIVEPERSON_FILING, LIVEPERSON_XML, fixtureJson, xmlOutputFromJson } from './fixtures';

type Json = Record<string, unknown>;

async function storedRecord(): Promise<Json> {
  const { bytes, output } = xmlOutputFromJson(LIVEPERSON_XML, LIVEPERSON_FILING);
  output.provenance = { 'issuer.name': [{ page: 1, x0: 10, x1: 90, top: 40, bottom: 48 }] };
  const record = await makeRecord({
    bytes,
    fileName: 'lpsn.xml',
    output,
    now: new Date('2024-05-01T12:00:00Z'),
  });
  // What IndexedDB or a backup gives back is a copy, never the object that was written.
  return JSON.parse(JSON.stringify(record)) as Json;
}

function expectRejected(input: unknown, code: string, path: string | null) {
  const result = restoreRecord(input);
  expect(result.ok ? 'ok' : [result.error.code, result.error.path]).toEqual([code, path]);
}

describe('restoreRecord', () => {
  it('reads back a stored record unchanged', async () => {
    const stored = await storedRecord();
    const result = restoreRecord(stored);
    expect(result).toEqual({ ok: true, record: stored as unknown as LibraryRecord, repaired: [] });
  });

  it('refuses a record from a newer version with a clear message', async () => {
    const stored = { ...(await storedRecord()), recordVersion: 2 };
    const result = restoreRecord(stored);
    expect(result.ok ? 'ok' : result.error.message).toMatch(/saved by a newer version/);
    expectRejected(stored, 'newer-version', 'recordVersion');
  });

  it.each([
    ['recordVersion', undefined, 'recordVersion'],
    ['recordVersion', 0, 'recordVersion'],
    ['recordVersion', '1', 'recordVersion'],
    ['id', 'ABC', 'id'],
    ['id', 'A'.repeat(64), 'id'],
    ['fileName', 42, 'fileName'],
    ['fileName', 'x'.repeat(256), 'fileName'],
    ['fileType', 'html', 'fileType'],
    ['byteLength', -1, 'byteLength'],
    ['byteLength', 1.5, 'byteLength'],
    ['addedAt', '2024-05-01', 'addedAt'],
    ['addedAt', '2024-13-01T00:00:00Z', 'addedAt'],
    ['filing', null, 'filing'],
  ])('rejects %s = %j', async (field, value, path) => {
    const stored = await storedRecord();
    if (value === undefined) delete stored[field];
    else stored[field] = value;
    expectRejected(stored, 'invalid-record', path);
  });

  it('names the filing field that is wrong, under filing.', async () => {
    const stored = await storedRecord();
    ((stored.filing as Json).footnotes as Json[])[0].id = 'note 1';
    expectRejected(stored, 'invalid-record', 'filing.footnotes[0].id');
  });

  it('passes on the filing repairs and drops a damaged source with a note', async () => {
    const stored = await storedRecord();
    delete (stored.filing as Json).remarks;
    (stored.source as Json).provenance = { 'issuer.name': [{ page: 0, x0: 1, x1: 2, top: 3, bottom: 4 }] };
    const result = restoreRecord(stored);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.record.source).toBeUndefined();
    expect(result.record.filing.remarks).toBeNull();
    expect(result.repaired).toEqual([
      'filing.remarks was missing: set to null',
      'source was damaged (source.provenance["issuer.name"] has a bad page number): dropped',
    ]);
  });

  it('keeps a provenance path named __proto__ as plain data', async () => {
    const stored = await storedRecord();
    const text = JSON.stringify(stored).replace('"issuer.name":', '"__proto__":');
    const result = restoreRecord(JSON.parse(text));
    if (!result.ok) throw new Error(result.error.message);
    const provenance = result.record.source!.provenance;
    expect(Object.keys(provenance)).toEqual(['__proto__']);
    expect(Array.isArray(provenance['__proto__'])).toBe(true);
  });

  it('never throws on junk', () => {
    for (const junk of [null, 1, 'record', [], {}, { recordVersion: 1 }, { recordVersion: 1, id: 5 }]) {
      expect(restoreRecord(junk).ok).toBe(false);
    }
  });
});

describe('makeRecord', () => {
  it('cleans file names for display', () => {
    expect(cleanFileName('  form4\u0000\n.pdf ')).toBe('form4.pdf');
    expect(cleanFileName('\u0007')).toBe('unnamed file');
    expect(cleanFileName('a'.repeat(300))).toHaveLength(255);
  });

  it('records the source of an XML filing as having no pages or producer', async () => {
    const record = (await storedRecord()) as unknown as LibraryRecord;
    expect(record.source?.producer).toBeNull();
    expect(record.source?.pageCount).toBeNull();
    expect(record.filing).toEqual(fixtureJson(LIVEPERSON_FILING));
  });
});
