/**
 * One file in the reading queue, as the page shows it. A discriminated union
 * on `state`, so each state carries exactly what its row needs to say.
 * DOM-free: the queue logic and its tests use these types in Node too.
 */
import type { ParseError } from '../../core/errors';

export type QueueState =
  | 'queued'
  | 'reading'
  | 'saving'
  | 'needs-password'
  | 'done'
  | 'unsaved'
  | 'failed'
  | 'cancelled'
  | 'skipped';

interface ItemBase {
  key: number;
  /** The file's name, with its folder path when it came from a dropped or picked folder. */
  fileName: string;
  byteLength: number;
  /** Files given in one drop, pick or paste share a batch. */
  batch: number;
}

export type QueueItem = ItemBase &
  (
    | { state: 'queued' | 'reading' | 'saving' | 'cancelled' }
    /** `wrongPassword` after a password was tried and did not open the file. */
    | { state: 'needs-password'; wrongPassword: boolean }
    /** In the library: newly added, or recognised by its content hash as already there. */
    | { state: 'done'; recordId: string; duplicate: boolean; note: string | null }
    /** Read, but the library could not keep it (quota, storage error): viewable until the page closes. */
    | { state: 'unsaved'; message: string }
    | { state: 'failed'; error: ParseError }
    /** Never read: a file inside a folder that is not a PDF, XML or EDGAR .txt submission. */
    | { state: 'skipped'; reason: string }
  );

/** States after which nothing more happens to the item. */
export function isFinished(item: QueueItem): boolean {
  return (
    item.state === 'done' ||
    item.state === 'unsaved' ||
    item.state === 'failed' ||
    item.state === 'cancelled' ||
    item.state === 'skipped'
  );
}

/** States the person can stop: waiting, being read, or waiting for a password. */
export function isCancellable(item: QueueItem): boolean {
  return item.state === 'queued' || item.state === 'reading' || item.state === 'needs-password';
}

export interface QueueTally {
  total: number;
  finished: number;
  added: number;
  duplicates: number;
  failed: number;
  cancelled: number;
  skipped: number;
  unsaved: number;
  waitingForPassword: number;
}

export function tally(items: readonly QueueItem[]): QueueTally {
  const counts: QueueTally = {
    total: items.length,
    finished: 0,
    added: 0,
    duplicates: 0,
    failed: 0,
    cancelled: 0,
    skipped: 0,
    unsaved: 0,
    waitingForPassword: 0,
  };
  for (const item of items) {
    if (isFinished(item)) counts.finished++;
    if (item.state === 'done') counts[item.duplicate ? 'duplicates' : 'added']++;
    else if (item.state === 'failed') counts.failed++;
    else if (item.state === 'cancelled') counts.cancelled++;
    else if (item.state === 'skipped') counts.skipped++;
    else if (item.state === 'unsaved') counts.unsaved++;
    else if (item.state === 'needs-password') counts.waitingForPassword++;
  }
  return counts;
}

/** "12 files: 9 added, 2 already in the library, 1 could not be read." — for the live status line. */
export function describeTally(counts: QueueTally): string {
  const parts: string[] = [];
  if (counts.added) parts.push(`${counts.added} added`);
  if (counts.duplicates) parts.push(`${counts.duplicates} already in the library`);
  if (counts.unsaved) parts.push(`${counts.unsaved} read but not kept`);
  if (counts.failed) parts.push(`${counts.failed} could not be read`);
  if (counts.waitingForPassword) parts.push(`${counts.waitingForPassword} need a password`);
  if (counts.cancelled) parts.push(`${counts.cancelled} cancelled`);
  if (counts.skipped) parts.push(`${counts.skipped} skipped`);
  const files = counts.total === 1 ? '1 file' : `${counts.total} files`;
  return parts.length ? `${files}: ${parts.join(', ')}.` : `${files}.`;
}
