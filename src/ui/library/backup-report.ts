/** What an import did, in words: how many added, skipped as duplicates, rejected and why. DOM-free. */
import type { BackupImportReport, LibraryError } from '../../core/library/library';

export interface ImportOutcome {
  fileName: string;
  outcome: BackupImportReport | { error: LibraryError };
}

export interface ImportDescription {
  summary: string;
  /** One line per rejected entry, and the storage error if it stopped part-way. */
  problems: string[];
  error: boolean;
}

const filings = (n: number) => (n === 1 ? '1 filing' : `${n} filings`);

export function describeImport({ fileName, outcome }: ImportOutcome): ImportDescription {
  if (!('added' in outcome)) {
    return {
      summary: `${fileName} was not imported: ${outcome.error.message} Nothing in your library was changed.`,
      problems: [],
      error: true,
    };
  }
  const parts = [`added ${filings(outcome.added)}`];
  parts.push(`${outcome.alreadyPresent} already in the library (skipped)`);
  if (outcome.rejected.length) parts.push(`${outcome.rejected.length} rejected`);
  const problems = outcome.rejected.slice(0, 20).map((entry) => `${entry.name}: ${entry.reason}`);
  if (outcome.rejected.length > 20) problems.push(`…and ${outcome.rejected.length - 20} more rejected.`);
  if (outcome.error)
    problems.push(`Import stopped: ${outcome.error.message} What was added before that is kept.`);
  return {
    summary: `Imported ${fileName}: ${parts.join(', ')}.`,
    problems,
    error: outcome.error !== null,
  };
}
