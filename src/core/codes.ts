/**
 * Form 4/5 transaction codes (column 3 of Table I, column 4 of Table II) in the
 * SEC's own words, with a short plain-English label and the direction, (A)
 * acquired or (D) disposed, that each code implies.
 *
 * Wording: the EDGAR Ownership XML Technical Specification (§3.6.9
 * TransCodeList, ../shared/corpus/spec/ownershipxmltechspec-v3.pdf) lists 18
 * codes; K and V are not in that list because EDGAR appends them as modifiers
 * (equity swap; early "5" transaction, §4.3.8.2), so their wording is the
 * Form 4 General Instructions, Section 8 "Transaction Codes". The group titles
 * are the headings of that Section 8.
 */

export type TransactionCode =
  | 'P'
  | 'S'
  | 'V'
  | 'A'
  | 'D'
  | 'F'
  | 'I'
  | 'M'
  | 'C'
  | 'E'
  | 'H'
  | 'O'
  | 'X'
  | 'G'
  | 'L'
  | 'W'
  | 'Z'
  | 'J'
  | 'K'
  | 'U';

/** 'either' where the code's definition allows both, so a checker must not warn. */
export type ExpectedDirection = 'A' | 'D' | 'either';

export type CodeGroup = 'general' | 'rule-16b-3' | 'derivative' | 'exempt-and-small' | 'other';

export interface TransactionCodeInfo {
  code: TransactionCode;
  group: CodeGroup;
  /** The SEC's definition, verbatim. */
  secWording: string;
  /** Where secWording was taken from. */
  source: 'xml-spec-3.6.9' | 'form-4-instruction-8';
  /** A few words for a table cell or a chart legend. */
  label: string;
  /** One or two plain sentences for a tooltip. */
  explanation: string;
  /**
   * The direction the definition implies, per table. A row that contradicts it
   * is the filer's slip or a misreading; 'either' never warns.
   */
  direction: { nonDerivative: ExpectedDirection; derivative: ExpectedDirection };
  /** What most filings show where the definition allows both (for wording, never for warnings). */
  usualDirection: { nonDerivative: ExpectedDirection; derivative: ExpectedDirection };
}

/** Section 8 headings of the Form 4 General Instructions. */
export const CODE_GROUP_TITLES: Readonly<Record<CodeGroup, string>> = {
  general: 'General Transaction Codes',
  'rule-16b-3': 'Rule 16b-3 Transaction Codes',
  derivative: 'Derivative Securities Codes (Except for transactions exempted pursuant to Rule 16b-3)',
  'exempt-and-small':
    'Other Section 16(b) Exempt Transaction and Small Acquisition Codes (except for Rule 16b-3 codes above)',
  other: 'Other Transaction Codes',
};

type Dir = ExpectedDirection;

function info(
  code: TransactionCode,
  group: CodeGroup,
  secWording: string,
  label: string,
  explanation: string,
  direction: [Dir, Dir],
  usual: [Dir, Dir] = direction,
  source: TransactionCodeInfo['source'] = 'xml-spec-3.6.9',
): TransactionCodeInfo {
  return {
    code,
    group,
    secWording,
    source,
    label,
    explanation,
    direction: { nonDerivative: direction[0], derivative: direction[1] },
    usualDirection: { nonDerivative: usual[0], derivative: usual[1] },
  };
}

const CODE_LIST: readonly TransactionCodeInfo[] = [
  info(
    'P',
    'general',
    'Open market or private purchase of non-derivative or derivative security',
    'Open-market purchase',
    'The insider bought the securities, on the market or in a private deal, with their own money.',
    ['A', 'A'],
  ),
  info(
    'S',
    'general',
    'Open market or private sale of non-derivative or derivative security',
    'Open-market sale',
    'The insider sold the securities, on the market or in a private deal.',
    ['D', 'D'],
  ),
  info(
    'V',
    'general',
    'Transaction voluntarily reported earlier than required',
    'Reported early (voluntary)',
    'Not a kind of trade: the insider reported this transaction sooner than the rules require (on a Form 4 instead of a later Form 5).',
    ['either', 'either'],
    ['either', 'either'],
    'form-4-instruction-8',
  ),
  info(
    'A',
    'rule-16b-3',
    'Grant, award or other acquisition pursuant to Rule 16b-3(d)',
    'Grant or award from the company',
    'The company granted or awarded the securities (for example restricted stock, stock units or options), usually as pay.',
    ['A', 'A'],
  ),
  info(
    'D',
    'rule-16b-3',
    'Disposition to the issuer of issuer equity securities pursuant to Rule 16b-3(e)',
    'Returned to the company',
    'The insider gave securities back to the company itself (for example forfeited, cancelled or bought back by the company).',
    ['D', 'D'],
  ),
  info(
    'F',
    'rule-16b-3',
    'Payment of exercise price or tax liability by delivering or withholding securities incident to the receipt, exercise or vesting of a security issued in accordance with Rule 16b-3',
    'Tax withholding (shares withheld to pay tax)',
    'Shares were handed over or held back by the company to pay the exercise price or the tax due when an award vested or an option was exercised. Not a sale on the market.',
    ['D', 'D'],
  ),
  info(
    'I',
    'rule-16b-3',
    'Discretionary transaction in accordance with Rule 16b-3(f) resulting in acquisition or disposition of issuer securities',
    'Discretionary plan transaction',
    "A transfer the insider chose to make inside a company benefit plan (for example moving 401(k) money into or out of the company's stock fund).",
    ['either', 'either'],
  ),
  info(
    'M',
    'rule-16b-3',
    'Exercise or conversion of derivative security exempted pursuant to Rule 16b-3',
    'Option exercise or unit conversion (company plan)',
    'The insider exercised options or had stock units convert into shares under a company plan. Table II shows the options or units going out, Table I the shares coming in.',
    ['A', 'either'],
    ['A', 'D'],
  ),
  info(
    'C',
    'derivative',
    'Conversion of derivative security',
    'Conversion',
    'A convertible security (for example preferred stock or a share class convertible into another) was converted into the underlying securities.',
    ['A', 'either'],
    ['A', 'D'],
  ),
  info(
    'E',
    'derivative',
    'Expiration of short derivative position',
    'Short position expired',
    'A derivative position the insider had written or sold (for example a call option sold to someone) expired.',
    ['either', 'either'],
  ),
  info(
    'H',
    'derivative',
    'Expiration (or cancellation) of long derivative position with value received',
    'Long position expired or cancelled, with value received',
    'A derivative the insider held (for example an option or warrant) expired or was cancelled, and the insider received something of value for it.',
    ['D', 'D'],
  ),
  info(
    'O',
    'derivative',
    'Exercise of out-of-the-money derivative security',
    'Out-of-the-money exercise',
    'The insider exercised an option or warrant whose exercise price was above the market price.',
    ['A', 'either'],
    ['A', 'D'],
  ),
  info(
    'X',
    'derivative',
    'Exercise of in-the-money or at-the-money derivative security',
    'In-the-money exercise',
    'The insider exercised an option or warrant whose exercise price was at or below the market price (outside a company plan exemption).',
    ['A', 'either'],
    ['A', 'D'],
  ),
  info(
    'G',
    'exempt-and-small',
    'Bona fide gift',
    'Gift',
    'The securities were given or received as a gift (to or from family, a trust or a charity, for example).',
    ['either', 'either'],
    ['D', 'D'],
  ),
  info(
    'L',
    'exempt-and-small',
    'Small acquisition under Rule 16a-6',
    'Small acquisition',
    'A small acquisition that the rules let the insider report later (Rule 16a-6).',
    ['A', 'A'],
  ),
  info(
    'W',
    'exempt-and-small',
    'Acquisition or disposition by will or the laws of descent and distribution',
    'Inheritance (will or estate)',
    'The securities passed by a will or under inheritance law, to or from the insider.',
    ['either', 'either'],
  ),
  info(
    'Z',
    'exempt-and-small',
    'Deposit into or withdrawal from voting trust',
    'Voting trust deposit or withdrawal',
    'The securities were put into or taken out of a voting trust.',
    ['either', 'either'],
  ),
  info(
    'J',
    'other',
    'Other acquisition or disposition (describe transaction)',
    'Other (see footnote)',
    'A transaction that fits no other code; the filer must describe it, usually in a footnote.',
    ['either', 'either'],
  ),
  info(
    'K',
    'other',
    'Transaction in equity swap or instrument with similar characteristics',
    'Equity swap',
    'A transaction in an equity swap or a similar instrument whose value follows the stock.',
    ['either', 'either'],
    ['either', 'either'],
    'form-4-instruction-8',
  ),
  info(
    'U',
    'other',
    'Disposition pursuant to a tender of shares in a change of control transaction',
    'Tendered in a takeover',
    'The insider tendered the shares in a tender offer for control of the company (a takeover or merger).',
    ['D', 'D'],
  ),
];

export const TRANSACTION_CODES: Readonly<Record<TransactionCode, TransactionCodeInfo>> = Object.fromEntries(
  CODE_LIST.map((entry) => [entry.code, entry]),
) as Record<TransactionCode, TransactionCodeInfo>;

/** Codes in the order of Section 8 of the instructions. */
export const TRANSACTION_CODE_ORDER: readonly TransactionCode[] = CODE_LIST.map((entry) => entry.code);

export function isTransactionCode(value: string): value is TransactionCode {
  return Object.prototype.hasOwnProperty.call(TRANSACTION_CODES, value);
}

/** Info for a code cell as read ("s", " S ", "S"); null for an empty cell or a letter the form does not define. */
export function describeCode(code: string | null | undefined): TransactionCodeInfo | null {
  const normalised = (code ?? '').trim().toUpperCase();
  return isTransactionCode(normalised) ? TRANSACTION_CODES[normalised] : null;
}

/**
 * The direction a row's code implies in its table, or null when the code is
 * unknown or allows both. A consistency check warns only on a non-null answer
 * that differs from the row's (A)/(D).
 */
export function expectedDirection(
  code: string | null | undefined,
  table: 'nonDerivative' | 'derivative',
): 'A' | 'D' | null {
  const found = describeCode(code)?.direction[table];
  return found === 'A' || found === 'D' ? found : null;
}

/** Column "Ownership Form: Direct (D) or Indirect (I)", in plain words. */
export const OWNERSHIP_FORM_EXPLANATIONS: Readonly<
  Record<'D' | 'I', { label: string; explanation: string }>
> = {
  D: {
    label: 'Direct',
    explanation: 'The insider holds these securities personally (in their own name or through their broker).',
  },
  I: {
    label: 'Indirect',
    explanation:
      'Someone else holds these securities (a family member, a trust, a fund or a company), but the insider counts as their owner because they benefit from them or control them. The column "Nature of Indirect Beneficial Ownership" says who holds them.',
  },
};

export type RelationshipBox = 'isDirector' | 'isOfficer' | 'isTenPercentOwner' | 'isOther';

/** Box "Relationship of Reporting Person(s) to Issuer", one entry per tick box. */
export const RELATIONSHIP_EXPLANATIONS: Readonly<
  Record<RelationshipBox, { label: string; explanation: string }>
> = {
  isDirector: {
    label: 'Director',
    explanation: "A member of the company's board of directors.",
  },
  isOfficer: {
    label: 'Officer',
    explanation:
      'An executive officer of the company, such as the chief executive or chief financial officer; the title is written under the box.',
  },
  isTenPercentOwner: {
    label: '10% Owner',
    explanation: "Owns more than 10% of a class of the company's registered shares.",
  },
  isOther: {
    label: 'Other',
    explanation:
      'Has to report for another reason (for example as a member of a group that owns more than 10%); the reason is written under the box.',
  },
};

/** Other boxes at the top of Forms 4 and 5. */
export const FORM_BOX_EXPLANATIONS = {
  notSubjectToSection16: {
    label: 'No longer subject to Section 16',
    explanation:
      'Ticked when the insider is no longer an insider but still reports this transaction; Form 4 or Form 5 obligations may continue.',
  },
  aff10b5One: {
    label: 'Rule 10b5-1 plan',
    explanation:
      'Ticked when a transaction on the form was made under a trading plan set up in advance (Rule 10b5-1(c)), so the timing was not chosen when the trade happened. Printed on forms from April 2023 on.',
  },
  dateOfOriginalSubmission: {
    label: 'Amendment',
    explanation: 'This form corrects or completes a form filed earlier, on the date shown.',
  },
} as const;
