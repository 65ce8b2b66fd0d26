/**
 * The whole library at once: export it as one backup file, import a backup
 * (merged by content hash: nothing is stored twice), or delete everything
 * after a second, explicit confirmation.
 */
import { useRef, useState } from 'preact/hooks';
import type { Library } from '../../core/library/library';
import { describeImport, type ImportOutcome } from './backup-report';

interface BackupControlsProps {
  library: Promise<Library>;
  count: number;
  /** The store changed in bulk: list it again. */
  onChanged: () => Promise<void>;
}

type Busy = 'export' | 'import' | 'clear' | null;

export function BackupControls({ library, count, onChanged }: BackupControlsProps) {
  const picker = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const [report, setReport] = useState<ImportOutcome | { text: string; error: boolean } | null>(null);

  const run = async (kind: Exclude<Busy, null>, work: () => Promise<void>) => {
    setBusy(kind);
    setReport(null);
    try {
      await work();
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      setReport({ text: `That did not work: ${detail}`, error: true });
    } finally {
      setBusy(null);
    }
  };

  const exportAll = () =>
    run('export', async () => {
      const bytes = await (await library).exportBackup();
      download(bytes, backupFileName(new Date()));
      setReport({
        text: `Exported ${count === 1 ? '1 filing' : `${count} filings`} with their original files.`,
        error: false,
      });
    });

  const importFile = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run('import', async () => {
      const outcome = await (await library).importBackup(new Uint8Array(await file.arrayBuffer()));
      await onChanged();
      setReport({ fileName: file.name, outcome });
    });
  };

  const clearAll = () =>
    run('clear', async () => {
      await (await library).clear();
      setConfirmingClear(false);
      await onChanged();
      setReport({ text: 'The library is empty.', error: false });
    });

  return (
    <div class="backup">
      <div class="backup-buttons">
        <button type="button" class="quiet" disabled={busy !== null || count === 0} onClick={exportAll}>
          {busy === 'export' ? 'Exporting…' : 'Export library'}
        </button>
        <button type="button" class="quiet" disabled={busy !== null} onClick={() => picker.current?.click()}>
          {busy === 'import' ? 'Importing…' : 'Import backup'}
        </button>
        <input
          ref={picker}
          class="visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-label="Import a library backup file"
          tabIndex={-1}
          onChange={importFile}
        />
        {!confirmingClear && (
          <button
            type="button"
            class="quiet danger"
            disabled={busy !== null || count === 0}
            onClick={() => setConfirmingClear(true)}
          >
            Delete all…
          </button>
        )}
      </div>
      {confirmingClear && (
        <div class="confirm" role="group" aria-labelledby="confirm-clear-text">
          <p id="confirm-clear-text">
            Delete all {count === 1 ? '1 filing' : `${count} filings`} and their original files from this
            browser? This cannot be undone; export a backup first if you may need them.
          </p>
          <button type="button" class="danger" disabled={busy !== null} onClick={clearAll}>
            Delete all filings
          </button>
          <button type="button" class="quiet" onClick={() => setConfirmingClear(false)}>
            Keep them
          </button>
        </div>
      )}
      <div class="backup-report" role="status">
        {report && <BackupReport report={report} />}
      </div>
    </div>
  );
}

function BackupReport({ report }: { report: ImportOutcome | { text: string; error: boolean } }) {
  if ('text' in report) return <p class={report.error ? 'error-text' : undefined}>{report.text}</p>;
  const { summary, problems, error } = describeImport(report);
  return (
    <div>
      <p class={error ? 'error-text' : undefined}>{summary}</p>
      {problems.length > 0 && (
        <ul class="backup-problems">
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `form4-reader-library-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

function download(bytes: Uint8Array<ArrayBuffer> | Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
