/**
 * Anchors: the printed wording every Form 3/4/5 carries, wherever a producer
 * puts it. Everything else is read relative to these.
 */
import { ParseFailure } from '../errors';
import type { Line } from '../layout/lines';
import { lineText } from '../layout/lines';
import { findOnLines, type PhraseHit } from '../layout/phrase';
import { findWrapped } from '../layout/wrapped';
import type { DocPoint } from '../layout/span';
import { isBefore } from '../layout/span';
import type { FormDoc } from './doc';

export type FormNumber = '3' | '4' | '5';
export type HeaderKey = 'name' | 'issuer' | 'period' | 'amendment' | 'relationship' | 'filingMode';

export const HEADER_PATTERNS: Record<HeaderKey, RegExp> = {
  name: /Name and Address of Reporting Person/i,
  issuer: /Issuer Name and Ticker/i,
  period: /Date of Earliest Transaction|Date of Event|Statement for Issuer'?s Fiscal Year|Fiscal Year Ended/i,
  amendment: /If Amendment,? Date/i,
  relationship: /Relationship of Reporting Person/i,
  filingMode: /Individual or Joint\s*\/\s*Group/i,
};

export interface Anchors {
  formNumber: FormNumber;
  title: PhraseHit;
  header: Partial<Record<HeaderKey, PhraseHit>>;
  tableI: PhraseHit | null;
  tableII: PhraseHit | null;
  explanation: PhraseHit | null;
  remarks: PhraseHit | null;
  ownersTable: PhraseHit | null;
  signaturesHeading: PhraseHit | null;
  signatureCaptions: PhraseHit[];
  /** "1. Name and Address of Reporting Person" boxes printed after the tables (one per further owner). */
  extraNameBoxes: PhraseHit[];
  reminder: PhraseHit | null;
  /** End of the form's last page. */
  end: DocPoint;
}

const TITLES: { pattern: RegExp; form: FormNumber }[] = [
  { pattern: /ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP/i, form: '5' },
  { pattern: /INITIAL STATEMENT OF BENEFICIAL OWNERSHIP/i, form: '3' },
  { pattern: /STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP/i, form: '4' },
];

/** The sentence that closes every form's last page; exhibits follow on later pages. */
const FOOTER = /Persons who respond to the collection of information/i;

export function pointOf(hit: { page: number; top: number }): DocPoint {
  return { page: hit.page, y: hit.top };
}

/** Whether a page's lines hold the sentence that closes the form: pages after it are not the form. */
export function closesForm(lines: readonly Line[]): boolean {
  return lines.some((l) => FOOTER.test(lineText(l)));
}

function first(lines: readonly Line[], pattern: RegExp): PhraseHit | null {
  return findOnLines(lines, pattern, 1)[0] ?? null;
}

/** Every match on single lines; only when there is none, the matches wrapped onto a second line (a slower search). */
function all(lines: readonly Line[], pattern: RegExp): PhraseHit[] {
  const hits = findOnLines(lines, pattern);
  return hits.length > 0 ? hits : findWrapped(lines, pattern);
}

/** The first match, preferring one on a single line; a wrapped one only when there is none. */
function firstWrapped(lines: readonly Line[], pattern: RegExp): PhraseHit | null {
  return first(lines, pattern) ?? findWrapped(lines, pattern, 1)[0] ?? null;
}

/** A label's number ("1.", "2A.") printed as its own word just before it belongs to it. */
export function withLeadingNumber(hit: PhraseHit): PhraseHit {
  const words = hit.line.words;
  const at = words.indexOf(hit.words[0] as (typeof words)[number]);
  const prev = at > 0 ? words[at - 1] : undefined;
  if (prev && /^\d{1,2}[A-Z]?\.$/.test(prev.text) && hit.x0 - prev.x1 < hit.size * 1.5) {
    return { ...hit, x0: prev.x0, words: [prev, ...hit.words], text: `${prev.text} ${hit.text}` };
  }
  return hit;
}

/** The title on one line; only when no title is found that way, a title wrapped onto two lines (a slower search). */
function detectForm(lines: readonly Line[]): { form: FormNumber; title: PhraseHit } | null {
  for (const find of [first, (ls: readonly Line[], p: RegExp) => findWrapped(ls, p, 1)[0] ?? null]) {
    for (const { pattern, form } of TITLES) {
      const title = find(lines, pattern);
      if (title) return { form, title };
    }
  }
  return null;
}

export function findAnchors(doc: FormDoc): Anchors {
  const lines = doc.lines;
  if (doc.words.length === 0) {
    throw new ParseFailure(
      'no-text-layer',
      'This PDF is an image, no text layer: there are no words to read.',
    );
  }
  const detected = detectForm(lines);
  const nameHits = all(lines, HEADER_PATTERNS.name).map(withLeadingNumber);
  if (!detected || nameHits.length === 0) {
    throw new ParseFailure(
      'not-ownership-form',
      'This PDF is not an SEC Form 3, 4 or 5: it has no "Statement of … Beneficial Ownership" title and no ' +
        '"Name and Address of Reporting Person" box. Open the ownership form itself (or its XML).',
    );
  }
  const tableI = firstWrapped(lines, /Table I\s*-+\s*Non-Derivative Securities/i);
  const tableII = firstWrapped(lines, /Table II\s*-+\s*Derivative Securities/i);
  const headerEnd = tableI ?? tableII;
  const header: Partial<Record<HeaderKey, PhraseHit>> = {};
  for (const key of Object.keys(HEADER_PATTERNS) as HeaderKey[]) {
    const hit = all(lines, HEADER_PATTERNS[key]).find(
      (h) => !headerEnd || isBefore(pointOf(h), pointOf(headerEnd)),
    );
    if (hit) header[key] = withLeadingNumber(hit);
  }
  const afterTables = tableII ?? tableI;
  const lastPage = doc.pages[doc.pages.length - 1];
  return {
    formNumber: detected.form,
    title: detected.title,
    header,
    tableI,
    tableII,
    explanation: firstWrapped(lines, /Explanation of Responses/i),
    remarks: first(lines, /^Remarks\s*:?/),
    ownersTable: first(lines, /^Reporting Owners\s*$/),
    signaturesHeading: first(lines, /^Signatures\s*$/),
    signatureCaptions: findOnLines(lines, /Signature of Reporting\b/i),
    extraNameBoxes: afterTables ? nameHits.filter((h) => isBefore(pointOf(afterTables), pointOf(h))) : [],
    reminder: first(lines, /^Reminder\s*:/),
    end: { page: lastPage?.page ?? 1, y: lastPage?.height ?? 792 },
  };
}
