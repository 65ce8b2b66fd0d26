/**
 * Field-by-field comparison of the Filing read from XML with the Filing read
 * back from its printed form. A few fields never reach paper; they are listed
 * here with the reason and left out of the comparison for every filing.
 */
import type { Filing } from '../../../src/core/filing';

export interface FieldDiff {
  /** e.g. "nonDerivativeTransactions[2].shares" */
  path: string;
  expected: unknown;
  actual: unknown;
}

export interface NotPrinted {
  /** Matches a field path, e.g. "reportingOwners[1].isDirector". */
  key: RegExp;
  reason: string;
  /** Limits the rule to some filings. */
  applies?: (expected: Filing) => boolean;
}

const OWNER_RELATIONSHIP =
  /^reportingOwners\[\d*[1-9]\d*\]\.(isDirector|isOfficer|isTenPercentOwner|isOther|officerTitle|otherText)$/;

/** Fields a printed EDGAR form does not show, for every filing. */
export const NOT_PRINTED: readonly NotPrinted[] = [
  {
    key: /(^|\.)cik$/,
    reason: 'CIKs are not printed on the form (EDGAR links them; a PDF has no link target)',
  },
  { key: /^warnings/, reason: 'warnings are what each reader asks a person to check; they differ by design' },
  {
    key: OWNER_RELATIONSHIP,
    reason:
      "EDGAR prints the relationship box for the first reporting person only; the other persons' boxes " +
      'carry name and address',
  },
  {
    key: /\.(voluntarilyReported|footnotes\.voluntarilyReported)$/,
    reason: 'Form 5 has no "V" column',
    applies: (expected) => expected.documentType.startsWith('5'),
  },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "nonDerivativeTransactions[2].shares" → "nonDerivativeTransactions[].shares" */
export function fieldKey(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

function collect(path: string, expected: unknown, actual: unknown, out: FieldDiff[]): void {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length)
      out.push({ path: `${path}.length`, expected: expected.length, actual: actual.length });
    const shared = Math.min(expected.length, actual.length);
    for (let i = 0; i < shared; i++) collect(`${path}[${i}]`, expected[i], actual[i], out);
    return;
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of [...keys].sort())
      collect(path ? `${path}.${key}` : key, expected[key], actual[key], out);
    return;
  }
  if (!Object.is(expected, actual)) out.push({ path, expected, actual });
}

function printed(diff: FieldDiff, expected: Filing): boolean {
  return !NOT_PRINTED.some((rule) => rule.key.test(diff.path) && (rule.applies?.(expected) ?? true));
}

/** Every printed field whose value differs, in a stable order. */
export function filingDiffs(expected: Filing, actual: Filing): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  collect('', expected, actual, diffs);
  return diffs.filter((diff) => printed(diff, expected));
}
