/**
 * What a benchmark section is and gives back. Each section measures one thing
 * (parse speed, CLI throughput, memory, bundle, cold start, …) and returns
 * rows for the printed table plus any details worth keeping in results.json.
 * A new measurement is a new file in bench/sections/ added to SECTIONS there.
 */
export interface Target {
  /** The row passes when `value op limit`. */
  op: '<=' | '>=';
  limit: number;
}

export interface MetricRow {
  metric: string;
  value: number | null;
  unit: string;
  target?: Target;
  note?: string;
}

export interface SectionResult {
  rows: MetricRow[];
  /** Why the section did not run (a missing tool, no dist/): printed instead of rows. */
  skipped?: string;
  /** Per-file figures and settings, kept in results.json only. */
  details?: unknown;
}

export interface BenchSection {
  id: string;
  title: string;
  run(options: BenchOptions): Promise<SectionResult>;
}

export interface BenchOptions {
  /** Fewer rounds and files: for trying the bench out, not for the table in the README. */
  quick: boolean;
}

export function meets(row: MetricRow): boolean | null {
  if (!row.target || row.value === null) return null;
  return row.target.op === '<=' ? row.value <= row.target.limit : row.value >= row.target.limit;
}
