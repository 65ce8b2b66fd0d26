/**
 * Turning what the person gave us (dropped files and folders, picked files,
 * a picked folder, pasted files) into the queue's input. Files given one by
 * one are all read: the reader recognises its formats from the bytes and
 * explains anything else. Inside folders only .pdf, .xml and .txt (EDGAR's
 * full-submission text) are taken; the rest are listed as skipped.
 */
import type { QueueInput, SkippedInput } from './read-queue';

export interface CollectedFiles {
  files: QueueInput[];
  skipped: SkippedInput[];
}

const READABLE_EXTENSIONS = ['.pdf', '.xml', '.txt'];

export function isReadableName(name: string): boolean {
  const lower = name.toLowerCase();
  return READABLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Operating-system leftovers (.DS_Store, ._file) are nobody's filing: not worth a "skipped" line. */
function isHidden(name: string): boolean {
  return name.startsWith('.');
}

function skippedReason(name: string): string {
  const dot = name.lastIndexOf('.');
  const kind = dot > 0 ? `a ${name.slice(dot).toLowerCase()} file` : 'a file without an extension';
  return `Skipped: ${kind}. From a folder, only PDF, XML and EDGAR .txt files are read.`;
}

/** Files chosen one by one (picker, paste, or dropped without a folder): every one is read. */
export function fromFiles(files: readonly File[]): CollectedFiles {
  return { files: files.map((file) => ({ file, path: file.name })), skipped: [] };
}

/** A folder chosen with the folder picker: paths come from webkitRelativePath. */
export function fromPickedFolder(files: readonly File[]): CollectedFiles {
  const collected: CollectedFiles = { files: [], skipped: [] };
  for (const file of files) {
    const path = file.webkitRelativePath || file.name;
    if (isHidden(file.name)) continue;
    if (isReadableName(file.name)) collected.files.push({ file, path });
    else collected.skipped.push({ path, reason: skippedReason(file.name) });
  }
  return collected;
}

/**
 * What a drop holds, folders walked. Must be called inside the drop event
 * handler: the browser empties the DataTransfer when the handler returns, so
 * every entry and file is taken out synchronously before the first await.
 */
export function fromDrop(transfer: DataTransfer): Promise<CollectedFiles> {
  const taken: { entry: FileSystemEntry | null; file: File | null }[] = [];
  for (const item of Array.from(transfer.items)) {
    if (item.kind !== 'file') continue;
    taken.push({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() });
  }
  if (taken.length === 0) return Promise.resolve(fromFiles(Array.from(transfer.files)));
  return collectDropped(taken);
}

async function collectDropped(taken: { entry: FileSystemEntry | null; file: File | null }[]) {
  const collected: CollectedFiles = { files: [], skipped: [] };
  for (const { entry, file } of taken) {
    if (entry?.isDirectory) await walkFolder(entry as FileSystemDirectoryEntry, collected);
    else if (file) collected.files.push({ file, path: file.name });
    else if (entry?.isFile) await takeFile(entry as FileSystemFileEntry, collected, false);
  }
  return collected;
}

async function walkFolder(folder: FileSystemDirectoryEntry, collected: CollectedFiles): Promise<void> {
  let entries: FileSystemEntry[];
  try {
    entries = await readAllEntries(folder);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    collected.skipped.push({
      path: displayPath(folder),
      reason: `This folder could not be opened (${why}).`,
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    if (entry.isDirectory) await walkFolder(entry as FileSystemDirectoryEntry, collected);
    else if (entry.isFile) await takeFile(entry as FileSystemFileEntry, collected, true);
  }
}

/** A directory reader hands out entries in batches (100 at a time in Chromium) until an empty one. */
async function readAllEntries(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function takeFile(entry: FileSystemFileEntry, collected: CollectedFiles, inFolder: boolean) {
  const path = displayPath(entry);
  if (inFolder && !isReadableName(entry.name)) {
    collected.skipped.push({ path, reason: skippedReason(entry.name) });
    return;
  }
  try {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    collected.files.push({ file, path });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    collected.skipped.push({ path, reason: `This file could not be opened (${why}).` });
  }
}

/** "/reports/2024/a.pdf" → "reports/2024/a.pdf". */
function displayPath(entry: FileSystemEntry): string {
  return entry.fullPath.replace(/^\/+/, '') || entry.name;
}
