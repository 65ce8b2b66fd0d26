/**
 * Library backups: one JSON file holding every record and its original file
 * (base64), in a versioned envelope. Importing trusts nothing: each record is
 * restored, each file must hash to its record's id, and entries already in the
 * library (or twice in the backup) are skipped by content hash.
 */
import { decodeBase64, encodeBase64 } from '../share/base64';
import { contentId, type LibraryRecord } from './record';
import { restoreRecord } from './restore-record';
import { isPlainObject, ownValue } from './untrusted';

export const BACKUP_FORMAT = 'form4-reader-library-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_ENTRIES = 100_000;

interface BackupEntry {
  record: LibraryRecord;
  /** Standard base64 of the original bytes; null when the library had lost them. */
  file: string | null;
}

interface BackupEnvelope {
  format: typeof BACKUP_FORMAT;
  backupVersion: typeof BACKUP_VERSION;
  exportedAt: string;
  entries: BackupEntry[];
}

export function exportBackup(
  records: readonly LibraryRecord[],
  files: ReadonlyMap<string, Uint8Array>,
  now: Date = new Date(),
): Uint8Array {
  const envelope: BackupEnvelope = {
    format: BACKUP_FORMAT,
    backupVersion: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    entries: records.map((record) => {
      const bytes = files.get(record.id);
      return { record, file: bytes ? encodeBase64(bytes) : null };
    }),
  };
  return new TextEncoder().encode(JSON.stringify(envelope));
}

export interface RejectedEntry {
  /** The file name when the entry is readable enough to have one, else "entry 3". */
  name: string;
  reason: string;
}

export type BackupErrorCode = 'invalid-backup' | 'newer-version';

export interface BackupContents {
  ok: true;
  records: LibraryRecord[];
  files: Map<string, Uint8Array>;
  rejected: RejectedEntry[];
  /** Ids skipped because the library (or an earlier entry of the backup) already has them. */
  alreadyPresent: string[];
}

export interface BackupFailure {
  ok: false;
  error: { code: BackupErrorCode; message: string };
}

export type BackupImport = BackupContents | BackupFailure;

function backupError(code: BackupErrorCode, message: string): BackupFailure {
  return { ok: false, error: { code, message } };
}

export async function importBackup(
  bytes: Uint8Array,
  existingIds: ReadonlySet<string> = new Set(),
): Promise<BackupImport> {
  const envelope = readEnvelope(bytes);
  if (!envelope.ok) return envelope;
  const result = {
    records: [] as LibraryRecord[],
    files: new Map<string, Uint8Array>(),
    rejected: [] as RejectedEntry[],
  };
  const seen = new Set(existingIds);
  const alreadyPresent: string[] = [];
  for (let i = 0; i < envelope.entries.length; i++) {
    const entry = await readEntry(envelope.entries[i], i);
    if (!entry.ok) {
      result.rejected.push(entry.rejected);
    } else if (seen.has(entry.record.id)) {
      alreadyPresent.push(entry.record.id);
    } else {
      seen.add(entry.record.id);
      result.records.push(entry.record);
      result.files.set(entry.record.id, entry.file);
    }
  }
  return { ok: true, ...result, alreadyPresent };
}

function readEnvelope(bytes: Uint8Array): { ok: true; entries: unknown[] } | BackupFailure {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return backupError('invalid-backup', 'This file is not a library backup: it is not JSON text.');
  }
  if (!isPlainObject(parsed) || ownValue(parsed, 'format') !== BACKUP_FORMAT) {
    return backupError('invalid-backup', 'This file is not a library backup made by this app.');
  }
  const version = ownValue(parsed, 'backupVersion');
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return backupError(
      'newer-version',
      `This backup was made by a newer version of this app (backup format ${version}). ` +
        'Reload the page to update the app, then import it again.',
    );
  }
  if (version !== BACKUP_VERSION)
    return backupError('invalid-backup', 'This backup has no format version this app knows.');
  const entries = ownValue(parsed, 'entries');
  if (!Array.isArray(entries)) return backupError('invalid-backup', 'This backup has no list of entries.');
  if (entries.length > MAX_BACKUP_ENTRIES) {
    const message = `This backup has ${entries.length} entries, more than the ${MAX_BACKUP_ENTRIES} this app imports.`;
    return backupError('invalid-backup', message);
  }
  return { ok: true, entries };
}

type EntryResult =
  { ok: true; record: LibraryRecord; file: Uint8Array } | { ok: false; rejected: RejectedEntry };

async function readEntry(value: unknown, index: number): Promise<EntryResult> {
  let name = `entry ${index + 1}`;
  const reject = (reason: string): EntryResult => ({ ok: false, rejected: { name, reason } });
  if (!isPlainObject(value)) return reject('it is not an object');
  const restored = restoreRecord(ownValue(value, 'record'));
  if (!restored.ok) return reject(restored.error.message);
  const { record } = restored;
  name = record.fileName;
  const file = ownValue(value, 'file');
  if (typeof file !== 'string') return reject('the original file is not in the backup');
  const decoded = decodeBase64(file);
  if (!decoded.ok) return reject('the original file in the backup is damaged (not base64)');
  if (decoded.bytes.byteLength !== record.byteLength || (await contentId(decoded.bytes)) !== record.id) {
    return reject('the original file in the backup does not match its record (damaged or edited)');
  }
  return { ok: true, record, file: decoded.bytes };
}
