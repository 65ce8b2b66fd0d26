/**
 * The round trip's report: how many filings print, read back and match, and
 * per field how many filings differ there, with one example each — what the
 * engine must learn from the printed layout.
 */
import { fieldKey, type FieldDiff } from './field-diff';
import type { RoundTrip } from './run-roundtrip';

export interface FieldCount {
  field: string;
  filings: number;
  cells: number;
  example: { file: string; path: string; expected: unknown; actual: unknown };
}

export interface RoundTripSummary {
  total: number;
  printed: number;
  readBack: number;
  matched: number;
  /** matched / total, in percent, one decimal. */
  passRate: number;
  fromCache: number;
  parseErrors: Record<string, number>;
  /** Text read back with only its spaces changed: a word split across lines, or words run together. */
  spacingOnly: number;
  fields: FieldCount[];
}

export function isExactMatch(result: RoundTrip): boolean {
  return result.printError === null && result.parseError === null && result.diffs.length === 0;
}

function countFields(results: readonly RoundTrip[]): FieldCount[] {
  const byField = new Map<string, FieldCount>();
  for (const result of results) {
    const seen = new Set<string>();
    for (const diff of result.diffs) {
      const field = fieldKey(diff.path);
      const count = byField.get(field) ?? {
        field,
        filings: 0,
        cells: 0,
        example: { file: result.file, path: diff.path, expected: diff.expected, actual: diff.actual },
      };
      count.cells++;
      if (!seen.has(field)) count.filings++;
      seen.add(field);
      byField.set(field, count);
    }
  }
  return [...byField.values()].sort((a, b) => b.filings - a.filings || a.field.localeCompare(b.field));
}

function differsOnlyInSpacing(diff: FieldDiff): boolean {
  const { expected, actual } = diff;
  return (
    typeof expected === 'string' &&
    typeof actual === 'string' &&
    expected !== actual &&
    expected.replace(/\s/g, '') === actual.replace(/\s/g, '')
  );
}

function errorKind(error: string): string {
  return error.split(':')[0] ?? error;
}

export function summarize(results: readonly RoundTrip[]): RoundTripSummary {
  const parseErrors: Record<string, number> = {};
  for (const result of results) {
    if (result.parseError)
      parseErrors[errorKind(result.parseError)] = (parseErrors[errorKind(result.parseError)] ?? 0) + 1;
  }
  const matched = results.filter(isExactMatch).length;
  return {
    total: results.length,
    printed: results.filter((r) => r.printError === null).length,
    readBack: results.filter((r) => r.printError === null && r.parseError === null).length,
    matched,
    passRate: results.length === 0 ? 0 : Math.round((1000 * matched) / results.length) / 10,
    fromCache: results.filter((r) => r.fromCache).length,
    parseErrors,
    spacingOnly: results.flatMap((r) => r.diffs).filter(differsOnlyInSpacing).length,
    fields: countFields(results),
  };
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

export function formatSummary(summary: RoundTripSummary, label: string, maxFields = 40): string {
  const lines = [
    `Round trip (${label}): ${summary.matched}/${summary.total} filings match field by field (${summary.passRate}%)`,
    `  printed ${summary.printed}/${summary.total}, read back ${summary.readBack}/${summary.total}, PDFs from cache ${summary.fromCache}`,
  ];
  const errors = Object.entries(summary.parseErrors);
  if (errors.length > 0)
    lines.push(`  engine errors: ${errors.map(([code, n]) => `${code} ×${n}`).join(', ')}`);
  if (summary.fields.length > 0) lines.push('  fields that differ (filings, cells, example):');
  for (const count of summary.fields.slice(0, maxFields)) {
    const { file, path, expected, actual } = count.example;
    lines.push(
      `    ${count.field.padEnd(58)} ${String(count.filings).padStart(4)} ${String(count.cells).padStart(5)}  ` +
        `${file} ${path}: expected ${shown(expected)} got ${shown(actual)}`,
    );
  }
  if (summary.fields.length > maxFields) lines.push(`    … ${summary.fields.length - maxFields} more fields`);
  return lines.join('\n');
}

/** One line per differing field of one filing, for a strict-mode failure message. */
export function formatDiffs(diffs: readonly FieldDiff[]): string {
  return diffs
    .map((diff) => `${diff.path}: expected ${shown(diff.expected)} got ${shown(diff.actual)}`)
    .join('\n');
}
