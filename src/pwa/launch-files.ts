/**
 * Files opened with the installed app from the desktop ("Open with Form 4
 * Reader", the manifest's file_handlers). The browser hands them to
 * `launchQueue`; they are kept here until the app view takes them, because a
 * launch can arrive before the view is mounted, or while a shared filing is
 * shown instead of it. Browsers without the File Handling API never call in.
 */
import { useEffect, useRef } from 'preact/hooks';

/** The File Handling API (WICG manifest-incubations); not in TypeScript's DOM library yet. */
interface LaunchParams {
  readonly targetURL?: string;
  readonly files: readonly FileSystemHandle[];
}

interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

type FilesListener = (files: File[]) => void;

const waiting: File[] = [];
let taker: FilesListener | null = null;
const launchWatchers = new Set<() => void>();

function deliver(files: File[]): void {
  for (const watcher of launchWatchers) watcher();
  if (taker) taker(files);
  else waiting.push(...files);
}

async function readHandles(handles: readonly FileSystemHandle[]): Promise<File[]> {
  const files: File[] = [];
  for (const handle of handles) {
    // Only files are registered in file_handlers; a directory would be a browser bug, and is skipped.
    if (handle.kind === 'file') files.push(await (handle as FileSystemFileHandle).getFile());
  }
  return files;
}

/** Starts listening for launches; call once, at start-up. */
export function listenForLaunchedFiles(): void {
  const queue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
  queue?.setConsumer((params) => {
    if (params.files.length === 0) return; // launched without files: nothing to open
    void readHandles(params.files).then(
      (files) => files.length > 0 && deliver(files),
      (err: unknown) => console.error('A file opened with the app could not be read:', err),
    );
  });
}

/** Calls `watcher` whenever files arrive (the shared-filing view uses it to step aside). */
export function onFilesLaunched(watcher: () => void): () => void {
  launchWatchers.add(watcher);
  return () => launchWatchers.delete(watcher);
}

/** The app view takes launched files, including any that arrived before it was mounted. */
export function useLaunchedFiles(onFiles: FilesListener): void {
  // The latest callback, so a caller may pass a new function on every render.
  const latest = useRef(onFiles);
  latest.current = onFiles;
  useEffect(() => {
    const take: FilesListener = (files) => latest.current(files);
    taker = take;
    if (waiting.length > 0) take(waiting.splice(0));
    return () => {
      if (taker === take) taker = null;
    };
  }, []);
}
