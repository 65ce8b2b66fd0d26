/**
 * restoreRecord: a stored or imported record is untrusted (another tab, an
 * older app version, a hand-edited backup wrote it). Older record versions
 * are migrated step by step; a newer one is refused with a clear message.
 */
import { restoreFiling } from '../restore';
import type { Box, Provenance } from '../words';
import {
  LIBRARY_RECORD_VERSION,
  MAX_FILE_NAME_LENGTH,
  type FileType,
  type LibraryRecord,
  type RecordSource,
} from './record';
import {
  FieldReader,
  InvalidData,
  describeType,
  isPlainObject,
  ownValue,
  type PlainObject,
} from './untrusted';

export type RecordErrorCode = 'invalid-record' | 'newer-version';

export interface RecordError {
  code: RecordErrorCode;
  message: string;
  path: string | null;
}

export type RecordRestoreResult =
  { ok: true; record: LibraryRecord; repaired: string[] } | { ok: false; error: RecordError };

/**
 * Migration from version n (the key) to n + 1. Version 1 is the first stored
 * format, so there is nothing to migrate yet; a change to the record adds an
 * entry here instead of breaking libraries people already have.
 */
const MIGRATIONS: ReadonlyMap<number, (older: PlainObject) => PlainObject> = new Map();

const HEX_SHA256 = /^[0-9a-f]{64}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const FILE_TYPES: readonly FileType[] = ['pdf', 'xml'];
const MAX_FILE_BYTES = 2 ** 31;
// One value can be read from many word boxes (a long footnote has one per line), so the bound that keeps a
// hostile record small is on the whole record, with a generous per-value ceiling.
const PROVENANCE_LIMITS = {
  paths: 20_000,
  boxesPerPath: 20_000,
  totalBoxes: 200_000,
  pathLength: 300,
} as const;

export function restoreRecord(input: unknown): RecordRestoreResult {
  try {
    if (!isPlainObject(input)) throw new InvalidData('', `should be an object, found ${describeType(input)}`);
    const migrated = migrate(input);
    if (!migrated.ok) return migrated;
    return readRecord(migrated.raw);
  } catch (err) {
    return { ok: false, error: toRecordError(err) };
  }
}

function toRecordError(err: unknown): RecordError {
  if (err instanceof InvalidData) {
    return {
      code: 'invalid-record',
      message: `This library entry is not valid: ${err.message}.`,
      path: err.path || null,
    };
  }
  const detail = err instanceof Error ? err.message : String(err);
  return { code: 'invalid-record', message: `This library entry could not be read (${detail}).`, path: null };
}

function migrate(raw: PlainObject): { ok: true; raw: PlainObject } | { ok: false; error: RecordError } {
  const version = ownValue(raw, 'recordVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InvalidData('recordVersion', `should be a whole number from 1, found ${describeType(version)}`);
  }
  if (version > LIBRARY_RECORD_VERSION) {
    const message =
      `This library entry was saved by a newer version of this app (record format ${version}). ` +
      'Reload the page to update the app.';
    return { ok: false, error: { code: 'newer-version', message, path: 'recordVersion' } };
  }
  let current = raw;
  for (let from = version; from < LIBRARY_RECORD_VERSION; from++) {
    const step = MIGRATIONS.get(from);
    if (!step)
      throw new InvalidData('recordVersion', `is ${version}, a record format this app cannot convert`);
    current = step(current);
  }
  return { ok: true, raw: current };
}

function readRecord(raw: PlainObject): RecordRestoreResult {
  const reader = new FieldReader();
  const id = reader.text(raw, 'id', '', 64);
  if (!HEX_SHA256.test(id)) throw new InvalidData('id', 'should be a lower-case hex SHA-256');
  const fileName = reader.text(raw, 'fileName', '', MAX_FILE_NAME_LENGTH);
  const fileType = reader.nullableEnum(raw, 'fileType', '', FILE_TYPES);
  if (fileType === null) throw new InvalidData('fileType', 'should be "pdf" or "xml"');
  const byteLength = ownValue(raw, 'byteLength');
  if (
    typeof byteLength !== 'number' ||
    !Number.isInteger(byteLength) ||
    byteLength < 1 ||
    byteLength > MAX_FILE_BYTES
  ) {
    throw new InvalidData(
      'byteLength',
      `should be a whole number of bytes, found ${describeType(byteLength)}`,
    );
  }
  const addedAt = reader.text(raw, 'addedAt', '', 40);
  if (!ISO_INSTANT.test(addedAt) || !Number.isFinite(Date.parse(addedAt))) {
    throw new InvalidData('addedAt', 'should be an ISO 8601 instant like 2024-05-01T12:00:00.000Z');
  }
  const filing = restoreFiling(ownValue(raw, 'filing'));
  if (!filing.ok) {
    const path = filing.error.path ? `filing.${filing.error.path}` : 'filing';
    const code = filing.error.code === 'newer-version' ? 'newer-version' : 'invalid-record';
    return { ok: false, error: { code, message: filing.error.message, path } };
  }
  const repaired = [...reader.repaired, ...filing.repaired.map((note) => `filing.${note}`)];
  const record: LibraryRecord = {
    recordVersion: LIBRARY_RECORD_VERSION,
    id,
    fileName,
    fileType,
    byteLength,
    addedAt,
    filing: filing.filing,
  };
  const source = readSource(ownValue(raw, 'source'), repaired);
  if (source) record.source = source;
  return { ok: true, record, repaired };
}

/** The source is a convenience: when it is damaged the record is still good, so it is dropped with a note. */
function readSource(value: unknown, repaired: string[]): RecordSource | undefined {
  if (value === undefined) return undefined;
  try {
    const reader = new FieldReader();
    const source = reader.object(value, 'source');
    const pageCount = reader.nullableNumber(source, 'pageCount', 'source');
    if (pageCount !== null && (!Number.isInteger(pageCount) || pageCount < 0)) {
      throw new InvalidData('source.pageCount', 'should be a whole number');
    }
    return {
      producer: reader.nullableText(source, 'producer', 'source', 1000),
      pageCount,
      provenance: readProvenance(ownValue(source, 'provenance')),
    };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    repaired.push(`source was damaged (${reason}): dropped`);
    return undefined;
  }
}

function readProvenance(value: unknown): Provenance {
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw new InvalidData('source.provenance', 'should be an object');
  const paths = Object.keys(value);
  if (paths.length > PROVENANCE_LIMITS.paths)
    throw new InvalidData('source.provenance', 'has too many entries');
  // A null-prototype map: field paths are data, and "__proto__" must stay an ordinary key.
  const provenance: Provenance = Object.create(null) as Provenance;
  let totalBoxes = 0;
  for (const path of paths) {
    const boxes = value[path];
    const at = `source.provenance[${JSON.stringify(path.slice(0, 40))}]`;
    if (path.length > PROVENANCE_LIMITS.pathLength || !Array.isArray(boxes))
      throw new InvalidData(at, 'is malformed');
    totalBoxes += boxes.length;
    if (boxes.length > PROVENANCE_LIMITS.boxesPerPath || totalBoxes > PROVENANCE_LIMITS.totalBoxes) {
      throw new InvalidData(at, 'has too many boxes');
    }
    provenance[path] = boxes.map((box) => readBox(box, at));
  }
  return provenance;
}

function readBox(value: unknown, at: string): Box {
  if (!isPlainObject(value)) throw new InvalidData(at, 'has a box that is not an object');
  const page = ownValue(value, 'page');
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 1)
    throw new InvalidData(at, 'has a bad page number');
  const coordinate = (key: string): number => {
    const n = ownValue(value, key);
    if (typeof n !== 'number' || !Number.isFinite(n))
      throw new InvalidData(at, `has a box with a bad ${key}`);
    return n;
  };
  return {
    page,
    x0: coordinate('x0'),
    x1: coordinate('x1'),
    top: coordinate('top'),
    bottom: coordinate('bottom'),
  };
}
