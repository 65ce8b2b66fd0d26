/**
 * What each table's columns mean, by the number printed on their header
 * label ("1.", "2A.", "11."), for each form. Leaf columns under one header
 * ("Code" and "V" under "3. Transaction Code") are told apart by the words
 * that name them.
 */
import type { FormNumber } from './anchors';

export type FieldKey =
  | 'securityTitle'
  | 'conversionOrExercisePrice'
  | 'transactionDate'
  | 'deemedExecutionDate'
  | 'transactionCode'
  | 'voluntarilyReported'
  | 'shares'
  | 'acquiredDisposedCode'
  | 'sharesAcquired'
  | 'sharesDisposed'
  | 'pricePerShare'
  | 'exerciseDate'
  | 'expirationDate'
  | 'underlyingSecurityTitle'
  | 'underlyingSecurityShares'
  | 'sharesOwnedFollowingTransaction'
  | 'directOrIndirectOwnership'
  | 'natureOfOwnership';

export interface LeafSpec {
  field: FieldKey;
  /** Words that belong to this leaf's label only (within its parent column). */
  anchors: string[];
}

export interface ColumnSpec {
  /** Printed number of the header label, without the dot. */
  number: string;
  /** One leaf: the whole column; several: sub-columns left to right. */
  leaves: LeafSpec[];
}

export type TableKind = 'I' | 'II';

const single = (number: string, field: FieldKey): ColumnSpec => ({
  number,
  leaves: [{ field, anchors: [] }],
});

const CODE_V: LeafSpec[] = [
  { field: 'transactionCode', anchors: ['Code'] },
  { field: 'voluntarilyReported', anchors: ['V'] },
];

const FORM4_TABLE_I: ColumnSpec[] = [
  single('1', 'securityTitle'),
  single('2', 'transactionDate'),
  single('2A', 'deemedExecutionDate'),
  { number: '3', leaves: CODE_V },
  {
    number: '4',
    leaves: [
      { field: 'shares', anchors: ['Amount'] },
      { field: 'acquiredDisposedCode', anchors: ['(A)', 'or', '(D)'] },
      { field: 'pricePerShare', anchors: ['Price'] },
    ],
  },
  single('5', 'sharesOwnedFollowingTransaction'),
  single('6', 'directOrIndirectOwnership'),
  single('7', 'natureOfOwnership'),
];

const DATES: LeafSpec[] = [
  { field: 'exerciseDate', anchors: ['Exercisable'] },
  { field: 'expirationDate', anchors: ['Expiration'] },
];

const UNDERLYING: LeafSpec[] = [
  { field: 'underlyingSecurityTitle', anchors: ['Title'] },
  { field: 'underlyingSecurityShares', anchors: ['Amount', 'or', 'Number', 'of', 'Shares'] },
];

const FORM4_TABLE_II: ColumnSpec[] = [
  single('1', 'securityTitle'),
  single('2', 'conversionOrExercisePrice'),
  single('3', 'transactionDate'),
  single('3A', 'deemedExecutionDate'),
  { number: '4', leaves: CODE_V },
  {
    number: '5',
    leaves: [
      { field: 'sharesAcquired', anchors: ['(A)'] },
      { field: 'sharesDisposed', anchors: ['(D)'] },
    ],
  },
  { number: '6', leaves: DATES },
  { number: '7', leaves: UNDERLYING },
  single('8', 'pricePerShare'),
  single('9', 'sharesOwnedFollowingTransaction'),
  single('10', 'directOrIndirectOwnership'),
  single('11', 'natureOfOwnership'),
];

const FORM3_TABLE_I: ColumnSpec[] = [
  single('1', 'securityTitle'),
  single('2', 'sharesOwnedFollowingTransaction'),
  single('3', 'directOrIndirectOwnership'),
  single('4', 'natureOfOwnership'),
];

const FORM3_TABLE_II: ColumnSpec[] = [
  single('1', 'securityTitle'),
  { number: '2', leaves: DATES },
  { number: '3', leaves: UNDERLYING },
  single('4', 'conversionOrExercisePrice'),
  single('5', 'directOrIndirectOwnership'),
  single('6', 'natureOfOwnership'),
];

export function tableSpec(form: FormNumber, table: TableKind): ColumnSpec[] {
  if (form === '3') return table === 'I' ? FORM3_TABLE_I : FORM3_TABLE_II;
  return table === 'I' ? FORM4_TABLE_I : FORM4_TABLE_II;
}

/**
 * Every word the table headers print, in any producer's wording. A line made
 * only of these is header; the first line with another word starts the body.
 */
const HEADER_WORDS = `
  1. 2. 2A. 3. 3A. 4. 5. 6. 7. 8. 9. 10. 11. 1.Title Title of Security Securities Derivative Derivate derivative
  (Instr. Instr. 3) 4) 5) 8) 3, 4, 3 4 5 and or Or Trans. Transaction Date Date, Deemed Execution if any
  (Month/Day/Year) (MM/DD/YYYY) Code V Amount Acquired (A) Disposed Of of (D) Price Beneficially Owned
  Following Reported Transaction(s) Ownership Form: Form Direct Indirect (I) Nature Beneficial Conversion
  Exercise Number Exercisable Expiration Underlying Shares Security: at End Issuer's Fiscal Year (Instr.3)
  Table I II - Non-Derivative Disposed, Acquired, of, (e.g., e.g. , puts, calls, warrants, options,
  convertible securities) ( Expiration Date (Month/Day/Year) 4 and Owned (Instr. (I)(Instr. Transactions
  MM DD YYYY Month Day Year
`;

/** Letters and digits only, lower case: "(Instr." → "instr", "Transaction(s)" → "transactions". */
function normalise(part: string): string {
  return part.toLowerCase().replace(/[^a-z0-9%]/g, '');
}

const HEADER_VOCABULARY = new Set(
  HEADER_WORDS.split(/[\s/]+/)
    .map(normalise)
    .filter(Boolean),
);

/**
 * A word of header wording, also when a narrow column wraps a label inside a
 * word ("(Month/" + "Day/Year)"): every "/"-separated part must be wording.
 */
export function isHeaderWord(text: string): boolean {
  // Punctuation alone ("-" in "Table II - …") says nothing either way.
  if (normalise(text) === '') return true;
  const parts = text.split('/').map(normalise).filter(Boolean);
  return parts.every((p) => HEADER_VOCABULARY.has(p));
}

/**
 * The start of a header word ("Natur", "Indirec", even "N" of "11. N"): a
 * label that ran past the page's right edge, where a narrow layout leaves the
 * last column, is cut off there. One letter is enough: only a line that is
 * otherwise all header wording is in question.
 */
export function isCutHeaderWord(text: string): boolean {
  const part = normalise(text);
  if (part === '') return false; // every word starts with nothing
  for (const word of HEADER_VOCABULARY) if (word.startsWith(part)) return true;
  return false;
}

/** "1.", "2A.", "11." or the glued "1.Title": the printed number of a column label. */
export function columnNumberOf(text: string): string | null {
  const m = /^(\d{1,2}A?)\.(?:[A-Za-z].*)?$/.exec(text);
  return m ? (m[1] as string) : null;
}
