/**
 * The list of files the person gave us and where each one is: being read,
 * read, or failed. Reading happens in the worker; this hook owns the client
 * and cancels what is still running when a file is removed or the page goes.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ParseResult } from '../worker/api';
import { ParserClient, type ParseJob } from '../worker/client';

export interface FileEntry {
  key: number;
  fileName: string;
  /** null while the file is being read. */
  result: ParseResult | null;
  job: ParseJob;
}

export function useFileReader() {
  const client = useRef<ParserClient | null>(null);
  const nextKey = useRef(1);
  const [entries, setEntries] = useState<FileEntry[]>([]);

  useEffect(() => () => client.current?.dispose(), []);

  const addFiles = useCallback((files: File[]) => {
    client.current ??= new ParserClient();
    const parser = client.current;
    const added = files.map((file) => ({
      key: nextKey.current++,
      fileName: file.name,
      result: null,
      job: parser.parseFile(file),
    }));
    // Newest first, so what was just dropped is next to the drop zone.
    setEntries((current) => [...added, ...current]);
    for (const entry of added) {
      void entry.job.result.then((result) =>
        setEntries((current) => current.map((e) => (e.key === entry.key ? { ...e, result } : e))),
      );
    }
  }, []);

  const removeFile = useCallback(
    (key: number) => {
      entries.find((e) => e.key === key)?.job.cancel(); // a no-op once the file is read
      setEntries((current) => current.filter((e) => e.key !== key));
    },
    [entries],
  );

  return { entries, addFiles, removeFile };
}
