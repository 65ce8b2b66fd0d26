/**
 * Files pasted anywhere on the page (copied in a file manager, then Ctrl+V /
 * Cmd+V) are read like dropped ones. Pasted text is left alone, so the search
 * box and password fields paste as usual.
 */
import { useEffect, useRef } from 'preact/hooks';
import { fromFiles, type CollectedFiles } from './collect-files';

export function usePastedFiles(onInput: (collected: CollectedFiles) => void): void {
  const latest = useRef(onInput);
  latest.current = onInput;
  useEffect(() => {
    const paste = (event: ClipboardEvent) => {
      const files = Array.from(event.clipboardData?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      latest.current(fromFiles(files));
    };
    document.addEventListener('paste', paste);
    return () => document.removeEventListener('paste', paste);
  }, []);
}
