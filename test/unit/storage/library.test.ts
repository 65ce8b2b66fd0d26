import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readStoredFile, type LibraryBackend } from '../../../src/core/library/backend';
import { Library, ORPHAN_GRACE_MS } from '../../../src/core/library/library';
import { createMemoryBackend } from '../../../src/core/library/memory-backend';
import {
  CHEMOMAB_FILING,
  CHEMOMAB_XML,
  LIVEPERSON_FILING,
  LIVEPERSON_XML,
  fixtureJson,
  xmlOutputFromJson,
} from './fixtures';

const liveperson = () => ({
  ...xmlOutputFromJson(LIVEPERSON_XML, LIVEPERSON_FILING),
  fileName: 'lpsn-form4.xml',
});
const chemomab = () => ({ ...xmlOutputFromJson(CHEMOMAB_XML, CHEMOMAB_FILING), fileName: 'cmmb-form3.xml' });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A clock the test moves by hand. */
function manualClock(start = '2024-05-01T12:00:00.000Z') {
  let now = Date.parse(start);
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

function newLibrary(backend: LibraryBackend = createMemoryBackend()) {
  const clock = manualClock();
  return { library: new Library(backend, clock.now), backend, clock };
}

describe('adding filings', () => {
  it('keeps a filing and its original bytes under the SHA-256 of the bytes', async () => {
    const { library } = newLibrary();
    const input = liveperson();
    const added = await library.add(input);
    expect(added.status).toBe('added');
    if (added.status !== 'added') return;
    expect(added.record.id).toBe(sha256(input.bytes));
    expect(added.record).toMatchObject({
      recordVersion: 1,
      fileName: 'lpsn-form4.xml',
      fileType: 'xml',
      byteLength: input.bytes.byteLength,
      addedAt: '2024-05-01T12:00:00.000Z',
    });
    expect(added.record.filing).toEqual(fixtureJson(LIVEPERSON_FILING));
    const found = await library.get(added.record.id);
    expect(found).toEqual({ status: 'found', record: added.record, repaired: [] });
    expect(await library.getFile(added.record.id)).toEqual({ ok: true, bytes: input.bytes });
  });

  it('says a file is already in the library instead of adding it twice', async () => {
    const { library, clock } = newLibrary();
    await library.add(liveperson());
    clock.advance(86_400_000);
    const again = await library.add({ ...liveperson(), fileName: 'renamed copy.xml' });
    expect(again.status).toBe('duplicate');
    if (again.status !== 'duplicate') return;
    expect(again.message).toBe('lpsn-form4.xml is already in your library (added 2024-05-01).');
    expect((await library.list()).summaries).toHaveLength(1);
  });

  it('stores only the file, not the larger buffer a view points into', async () => {
    const { library, backend } = newLibrary();
    const input = liveperson();
    const padded = new Uint8Array(input.bytes.byteLength + 1000);
    padded.set(input.bytes, 500);
    const added = await library.add({ ...input, bytes: padded.subarray(500, 500 + input.bytes.byteLength) });
    if (added.status !== 'added') throw new Error(added.status);
    const stored = readStoredFile(await backend.files.get(added.record.id));
    expect(stored?.bytes.buffer.byteLength).toBe(input.bytes.byteLength);
  });

  it('refuses a filing it could not read back, storing nothing', async () => {
    const { library, backend } = newLibrary();
    const input = liveperson();
    input.output.filing.nonDerivativeTransactions[0].transactionCode = 'SALE';
    const added = await library.add(input);
    expect(added.status === 'failed' && added.error.code).toBe('invalid-record');
    expect(await backend.files.keys()).toEqual([]);
    expect(await backend.records.keys()).toEqual([]);
  });

  it('lets two tabs add different filings at once without losing either', async () => {
    const backend = createMemoryBackend();
    const tabA = new Library(backend);
    const tabB = new Library(backend);
    const [a, b] = await Promise.all([tabA.add(liveperson()), tabB.add(chemomab())]);
    expect([a.status, b.status]).toEqual(['added', 'added']);
    expect((await tabA.list()).summaries.map((s) => s.issuerName).sort()).toEqual([
      'Chemomab Therapeutics Ltd.',
      'LIVEPERSON INC',
    ]);
  });
});

describe('running out of room', () => {
  it('rolls the file back when the record does not fit, so nothing half-written remains', async () => {
    const input = liveperson();
    const { library, backend } = newLibrary(createMemoryBackend(input.bytes.byteLength + 1024));
    const added = await library.add(input);
    expect(added.status).toBe('failed');
    if (added.status !== 'failed') return;
    expect(added.error.code).toBe('quota-exceeded');
    expect(added.error.message).toMatch(/no room left/);
    expect(await backend.files.keys()).toEqual([]);
    expect(await library.list()).toEqual({ summaries: [], damaged: [] });
  });

  it('fails cleanly when even the file does not fit', async () => {
    const { library, backend } = newLibrary(createMemoryBackend(1000));
    const added = await library.add(liveperson());
    expect(added.status === 'failed' && added.error.code).toBe('quota-exceeded');
    expect(await backend.files.keys()).toEqual([]);
  });
});

describe('listing, removing, undoing', () => {
  it('lists newest first, removes, and puts back exactly what was removed', async () => {
    const { library, clock } = newLibrary();
    await library.add(liveperson());
    clock.advance(60_000);
    await library.add(chemomab());
    const before = await library.list();
    expect(before.summaries.map((s) => s.documentType)).toEqual(['3', '4']);

    const id = before.summaries[1].id;
    const removed = await library.remove(id);
    expect(removed?.record.fileName).toBe('lpsn-form4.xml');
    expect((await library.list()).summaries).toHaveLength(1);
    expect(await library.get(id)).toEqual({ status: 'missing' });
    expect((await library.getFile(id)).ok).toBe(false);

    clock.advance(60_000);
    const undone = await library.undoRemove(removed!);
    expect(undone.status).toBe('added');
    expect(await library.list()).toEqual(before);
  });

  it('returns null when removing what is not there', async () => {
    const { library } = newLibrary();
    expect(await library.remove('0'.repeat(64))).toBeNull();
  });

  it('clears records and files', async () => {
    const { library, backend } = newLibrary();
    await library.add(liveperson());
    await library.add(chemomab());
    await library.clear();
    expect(await library.list()).toEqual({ summaries: [], damaged: [] });
    expect(await backend.files.keys()).toEqual([]);
  });
});

describe('reading back what another version or a damaged store left', () => {
  it('shows damaged and newer entries as such, never as filings', async () => {
    const { library, backend } = newLibrary();
    const added = await library.add(liveperson());
    if (added.status !== 'added') throw new Error(added.status);
    const good = added.record;
    const tampered = structuredClone(good);
    tampered.filing.nonDerivativeTransactions[0].shares = '17,000' as unknown as number;
    await backend.records.set('a'.repeat(64), { ...tampered, id: 'a'.repeat(64) });
    await backend.records.set('b'.repeat(64), { ...good, id: 'b'.repeat(64), recordVersion: 2 });
    await backend.records.set('c'.repeat(64), good);

    const { summaries, damaged } = await library.list();
    expect(summaries.map((s) => s.id)).toEqual([good.id]);
    expect(damaged.map((d) => [d.id[0], d.error.code])).toEqual([
      ['a', 'invalid-record'],
      ['b', 'newer-version'],
      ['c', 'invalid-record'],
    ]);
    expect(damaged[0].error.message).toContain('nonDerivativeTransactions[0].shares');
    const lookup = await library.get('b'.repeat(64));
    expect(lookup.status === 'damaged' && lookup.error.message).toMatch(/newer version/);
  });

  it('replaces a damaged entry when the same file is added again, but leaves a newer one alone', async () => {
    const { library, backend } = newLibrary();
    const first = await library.add(liveperson());
    if (first.status !== 'added') throw new Error(first.status);
    const id = first.record.id;
    await backend.records.set(id, { ...first.record, addedAt: 'yesterday' });
    expect((await library.add(liveperson())).status).toBe('added');
    expect((await library.list()).damaged).toEqual([]);

    await backend.records.set(id, { ...first.record, recordVersion: 2 });
    const again = await library.add(liveperson());
    expect(again.status === 'failed' && again.error.code).toBe('newer-version');
    expect(await backend.records.get(id)).toMatchObject({ recordVersion: 2 });
  });

  it('refuses original bytes that no longer match their hash', async () => {
    const { library, backend } = newLibrary();
    const added = await library.add(liveperson());
    if (added.status !== 'added') throw new Error(added.status);
    const bytes = liveperson().bytes;
    bytes[100] ^= 1;
    await backend.files.set(added.record.id, { bytes, storedAt: 0 });
    const file = await library.getFile(added.record.id);
    expect(file.ok ? 'ok' : file.error.code).toBe('file-damaged');
  });

  it('sweeps files without records once they are older than the grace period', async () => {
    const { library, backend, clock } = newLibrary();
    await library.add(chemomab());
    await backend.files.set('d'.repeat(64), { bytes: new Uint8Array([1]), storedAt: clock.now().getTime() });
    expect(await library.sweepOrphanFiles()).toBe(0);
    clock.advance(ORPHAN_GRACE_MS + 1);
    expect(await library.sweepOrphanFiles()).toBe(1);
    expect(await backend.files.keys()).toHaveLength(1);
    expect((await library.list()).summaries).toHaveLength(1);
  });
});
