/**
 * Whether this page can keep anything. IndexedDB is missing in some embedded
 * browsers, throws in old private windows, can be blocked by settings, and in
 * a few cases never answers at all; each becomes a typed state so the UI can
 * say "nothing will be kept" while the library runs in memory.
 */
import type { LibraryBackend } from '../core/library/backend';

export type MemoryOnlyReason = 'no-indexeddb' | 'failed' | 'no-answer';

export type StorageState =
  { kind: 'persistent' } | { kind: 'memory-only'; reason: MemoryOnlyReason; message: string; detail: string };

export const PROBE_TIMEOUT_MS = 5000;
const PROBE_KEY = 'storage-probe';

const NOTHING_KEPT =
  'Everything works, but the filings you open will not be kept after you close this page ' +
  '(a private window, or storage blocked in the browser settings).';

function memoryOnly(reason: MemoryOnlyReason, detail: string): StorageState {
  return {
    kind: 'memory-only',
    reason,
    message: `This browser is not letting the app keep data. ${NOTHING_KEPT}`,
    detail,
  };
}

/**
 * Writes and reads back in one area, and opens the others (a read of a key nobody uses: listing
 * them would cost as much as the library's own reads), all at once.
 */
async function roundTrip(backend: LibraryBackend): Promise<void> {
  const token = `${Date.now()}-${Math.random()}`;
  const writeAndRead = async () => {
    await backend.meta.set(PROBE_KEY, token);
    if ((await backend.meta.get(PROBE_KEY)) !== token)
      throw new Error('a value written could not be read back');
    await backend.meta.delete(PROBE_KEY);
  };
  const { files, records, summaries } = backend;
  await Promise.all([writeAndRead(), ...[files, records, summaries].map((area) => area.get(PROBE_KEY))]);
}

export async function probeStorage(
  backend: LibraryBackend,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<StorageState> {
  if (typeof indexedDB === 'undefined') return memoryOnly('no-indexeddb', 'indexedDB is not defined');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const noAnswer = new Promise<StorageState>((resolve) => {
    timer = setTimeout(() => resolve(memoryOnly('no-answer', `no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  const probe = roundTrip(backend).then(
    (): StorageState => ({ kind: 'persistent' }),
    (err: unknown) =>
      memoryOnly('failed', err instanceof Error ? `${err.name}: ${err.message}` : String(err)),
  );
  try {
    return await Promise.race([probe, noAnswer]);
  } finally {
    clearTimeout(timer);
  }
}
