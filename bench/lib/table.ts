/** The results table: plain text for the terminal, Markdown for the README. */
import { meets, type MetricRow, type SectionResult } from './section';

export interface SectionOutput {
  id: string;
  title: string;
  result: SectionResult;
}

const formatValue = (row: MetricRow) =>
  row.value === null
    ? '—'
    : `${row.value.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${row.unit}`.trim();

const formatTarget = (row: MetricRow) => {
  if (!row.target) return '';
  const verdict = meets(row);
  const mark = verdict === null ? '' : verdict ? ' ✓' : ' ✗';
  return `${row.target.op} ${row.target.limit.toLocaleString('en-US')} ${row.unit}${mark}`;
};

function cells(sections: SectionOutput[]): string[][] {
  const rows: string[][] = [];
  for (const { title, result } of sections) {
    if (result.skipped) {
      rows.push([title, 'skipped', '', result.skipped]);
      continue;
    }
    for (const row of result.rows)
      rows.push([title, row.metric, formatValue(row), formatTarget(row), row.note ?? '']);
  }
  return rows;
}

const HEADER = ['section', 'metric', 'value', 'target', 'note'];

export function textTable(sections: SectionOutput[]): string {
  const rows = [HEADER, ...cells(sections)];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    HEADER.map((_, c) => (r[c] ?? '').padEnd(widths[c]!))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function markdownTable(sections: SectionOutput[]): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const rows = cells(sections).map((r) => `| ${HEADER.map((_, c) => escape(r[c] ?? '')).join(' | ')} |`);
  return [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`, ...rows].join('\n');
}
