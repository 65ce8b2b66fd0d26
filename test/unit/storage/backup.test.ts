import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, exportBackup, importBackup } from '../../../src/core/library/backup';
import { Library } from '../../../src/core/library/library';
import { createMemoryBackend } from '../../../src/core/library/memory-backend';
import type { LibraryRecord } from '../../../src/core/library/record';
import {
  CHEMOMAB_FILING,
  CHEMOMAB_XML,
  LIVEPERSON_FILING,
  LIVEPERSON_XML,
  xmlOutputFromJson,
} from './fixtures';

type Json = Record<string, unknown>;
const clock = () => new Date('2024-05-01T12:00:00.000Z');

async function libraryWithTwoFilings() {
  const library = new Library(createMemoryBackend(), clock);
  await library.add({ ...xmlOutputFromJson(LIVEPERSON_XML, LIVEPERSON_FILING), fileName: 'lpsn.xml' });
  await library.add({ ...xmlOutputFromJson(CHEMOMAB_XML, CHEMOMAB_FILING), fileName: 'cmmb.xml' });
  return library;
}

const parseBackup = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Json;
const encodeBackup = (json: unknown) => new TextEncoder().encode(JSON.stringify(json));

describe('library backups', () => {
  it('moves a whole library, files included, into an empty one', async () => {
    const source = await libraryWithTwoFilings();
    const backup = await source.exportBackup();
    expect(parseBackup(backup)).toMatchObject({ format: BACKUP_FORMAT, backupVersion: 1 });

    const target = new Library(createMemoryBackend());
    const report = await target.importBackup(backup);
    expect(report).toEqual({ added: 2, alreadyPresent: 0, rejected: [], error: null });
    expect(await target.list()).toEqual(await source.list());
    for (const { id } of (await source.list()).summaries) {
      expect(await target.getFile(id)).toEqual(await source.getFile(id));
    }
  });

  it('merges by content hash: importing twice adds nothing the second time', async () => {
    const library = await libraryWithTwoFilings();
    const backup = await library.exportBackup();
    expect(await library.importBackup(backup)).toEqual({
      added: 0,
      alreadyPresent: 2,
      rejected: [],
      error: null,
    });
    expect((await library.list()).summaries).toHaveLength(2);
  });

  it('restores over a damaged entry of the same file', async () => {
    const library = await libraryWithTwoFilings();
    const backup = await library.exportBackup();
    const { summaries } = await library.list();
    const damagedId = summaries[0].id;
    const backend = createMemoryBackend();
    const target = new Library(backend, clock);
    await backend.records.set(damagedId, { recordVersion: 1, id: damagedId });
    expect(await target.importBackup(backup)).toEqual({
      added: 2,
      alreadyPresent: 0,
      rejected: [],
      error: null,
    });
    expect(await target.list()).toEqual(await library.list());
  });

  it('skips an entry repeated inside one backup', async () => {
    const json = parseBackup(await (await libraryWithTwoFilings()).exportBackup());
    const entries = json.entries as Json[];
    json.entries = [entries[0], entries[1], entries[0]];
    const result = await importBackup(encodeBackup(json));
    expect(result.ok && [result.records.length, result.alreadyPresent.length]).toEqual([2, 1]);
  });

  it('rejects, by name and reason, entries whose file was edited or whose record is invalid', async () => {
    const json = parseBackup(await (await libraryWithTwoFilings()).exportBackup());
    const [first, second] = json.entries as { record: Json; file: string }[];
    const bytes = Uint8Array.from(atob(first.file), (c) => c.charCodeAt(0));
    bytes[200] = bytes[200] === 0x41 ? 0x42 : 0x41;
    first.file = btoa(String.fromCharCode(...bytes));
    (second.record.filing as Json).documentType = '4X';
    json.entries = [first, second, { record: { ...second.record }, file: '***' }, 'nonsense'];
    const result = await importBackup(encodeBackup(json));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.records).toEqual([]);
    expect(result.rejected.map((r) => r.name)).toEqual([
      first.record.fileName,
      'entry 2',
      'entry 3',
      'entry 4',
    ]);
    expect(result.rejected[0].reason).toMatch(/does not match its record/);
    expect(result.rejected[1].reason).toMatch(/documentType/);
  });

  it('rejects a file that is not base64 and a record without its file', async () => {
    const library = await libraryWithTwoFilings();
    const { summaries } = await library.list();
    const found = await library.get(summaries[0].id);
    if (found.status !== 'found') throw new Error(found.status);
    const record: LibraryRecord = found.record;
    const withoutFile = exportBackup([record], new Map());
    const result = await importBackup(withoutFile);
    expect(result.ok && result.rejected).toEqual([
      { name: record.fileName, reason: 'the original file is not in the backup' },
    ]);
    const json = parseBackup(withoutFile);
    (json.entries as Json[])[0].file = 'not base64!';
    const bad = await importBackup(encodeBackup(json));
    expect(bad.ok && bad.rejected[0].reason).toMatch(/not base64/);
  });

  it.each([
    ['not JSON', new TextEncoder().encode('PK\u0003\u0004 zip file'), 'invalid-backup'],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), 'invalid-backup'],
    ['another app', encodeBackup({ format: 'excalidraw', entries: [] }), 'invalid-backup'],
    ['no version', encodeBackup({ format: BACKUP_FORMAT, entries: [] }), 'invalid-backup'],
    [
      'newer version',
      encodeBackup({ format: BACKUP_FORMAT, backupVersion: 2, entries: [] }),
      'newer-version',
    ],
    [
      'entries not a list',
      encodeBackup({ format: BACKUP_FORMAT, backupVersion: 1, entries: {} }),
      'invalid-backup',
    ],
  ])('refuses a backup that is %s', async (_label, bytes, code) => {
    const result = await importBackup(bytes);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });

  it('stops and says so when storage fills up during an import, keeping what fitted', async () => {
    const json = parseBackup(await (await libraryWithTwoFilings()).exportBackup());
    const entries = json.entries as { record: { fileName: string } }[];
    // Small filing first: its 3 KB file and record fit in 20 KB, the 15 KB LivePerson file and record do not.
    const isSmall = (entry: (typeof entries)[number]) => entry.record.fileName === 'cmmb.xml';
    json.entries = [...entries.filter(isSmall), ...entries.filter((entry) => !isSmall(entry))];
    const small = new Library(createMemoryBackend(20_000), clock);
    const report = await small.importBackup(encodeBackup(json));
    if (!('added' in report)) throw new Error(report.error.message);
    expect(report.added).toBe(1);
    expect(report.error?.code).toBe('quota-exceeded');
    expect((await small.list()).summaries.map((s) => s.fileName)).toEqual(['cmmb.xml']);
  });
});
