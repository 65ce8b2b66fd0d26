/**
 * Positioned words for a form laid out by a tool the engine has never seen:
 * an odd page size, fonts and coordinates of its own, "[X]" and "☒" boxes,
 * scaled and shifted at will. Only the printed wording is the SEC's; if the
 * engine reads this, it is not relying on any producer's coordinates.
 */
import type { PositionedText, Word } from '../../../src/core/words';

/** Text at a baseline, left edge x; `size` defaults to the body size. */
export interface Placed {
  text: string;
  x: number;
  y: number;
  size?: number;
}

const CHAR_WIDTH = 0.5;
const SPACE_WIDTH = 0.3;

export function placeWords(page: number, items: readonly Placed[], scale = 1, shift = 0): Word[] {
  const words: Word[] = [];
  for (const item of items) {
    const size = (item.size ?? 8) * scale;
    let x = item.x * scale + shift;
    const baseline = item.y * scale + shift;
    for (const part of item.text.split(' ')) {
      if (part) {
        const width = part.length * CHAR_WIDTH * size;
        words.push({
          text: part,
          page,
          x0: x,
          x1: x + width,
          top: baseline - 0.8 * size,
          bottom: baseline + 0.2 * size,
          size,
          bold: false,
        });
        x += width;
      }
      x += SPACE_WIDTH * size;
    }
  }
  return words;
}

const HEADER: Placed[] = [
  { text: 'FORM 4', x: 30, y: 30, size: 16 },
  { text: 'STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP', x: 220, y: 40, size: 12 },
  { text: '[X] Check this box if no longer subject to Section 16.', x: 30, y: 70 },
  {
    text: '[ ] Check this box to indicate that a transaction was made pursuant to a plan (Rule 10b5-1).',
    x: 30,
    y: 90,
  },
  { text: '1. Name and Address of Reporting Person *', x: 30, y: 150, size: 7 },
  { text: '2. Issuer Name and Ticker or Trading Symbol', x: 300, y: 150, size: 7 },
  { text: '5. Relationship of Reporting Person(s) to Issuer', x: 560, y: 150, size: 7 },
  { text: 'Doe Jane Q', x: 32, y: 170, size: 10 },
  { text: 'Acme Rockets Corp [ ACME ]', x: 302, y: 170, size: 10 },
  { text: '☒ Director', x: 562, y: 175 },
  { text: '☐ 10% Owner', x: 680, y: 175 },
  { text: '☒ Officer (give title below)', x: 562, y: 190 },
  { text: '☐ Other (specify below)', x: 680, y: 190 },
  { text: 'Chief Executive Officer', x: 600, y: 206 },
  { text: '(Last)', x: 40, y: 185, size: 6 },
  { text: '(First)', x: 110, y: 185, size: 6 },
  { text: '(Middle)', x: 180, y: 185, size: 6 },
  { text: '100 Main Street', x: 32, y: 203, size: 10 },
  { text: '(Street)', x: 100, y: 216, size: 6 },
  { text: 'Springfield, IL 62701', x: 32, y: 233, size: 10 },
  { text: '(City)', x: 40, y: 246, size: 6 },
  { text: '(State)', x: 110, y: 246, size: 6 },
  { text: '(Zip)', x: 180, y: 246, size: 6 },
  { text: '3. Date of Earliest Transaction (Month/Day/Year)', x: 300, y: 200, size: 7 },
  { text: '03/15/2024', x: 320, y: 215, size: 10 },
  { text: '4. If Amendment, Date Original Filed (Month/Day/Year)', x: 300, y: 240, size: 7 },
  { text: '6. Individual or Joint/Group Filing', x: 560, y: 240, size: 7 },
  { text: '☒ Form filed by One Reporting Person', x: 562, y: 255 },
];

const TABLE_I: Placed[] = [
  {
    text: 'Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned',
    x: 150,
    y: 290,
    size: 9,
  },
  { text: '1. Title of Security', x: 30, y: 310, size: 6 },
  { text: '2. Transaction', x: 200, y: 310, size: 6 },
  { text: 'Date', x: 200, y: 318, size: 6 },
  { text: '2A. Deemed', x: 265, y: 310, size: 6 },
  { text: 'Execution Date', x: 265, y: 318, size: 6 },
  { text: '3. Transaction', x: 355, y: 310, size: 6 },
  { text: 'Code', x: 355, y: 318, size: 6 },
  { text: '4. Securities Acquired', x: 420, y: 310, size: 6 },
  { text: '(A) or Disposed of (D)', x: 420, y: 318, size: 6 },
  { text: '5. Amount of', x: 600, y: 310, size: 6 },
  { text: 'Securities Owned', x: 600, y: 318, size: 6 },
  { text: '6. Ownership', x: 665, y: 310, size: 6 },
  { text: 'Form', x: 665, y: 318, size: 6 },
  { text: '7. Nature of', x: 725, y: 310, size: 6 },
  { text: 'Indirect Ownership', x: 725, y: 318, size: 6 },
  { text: 'Code', x: 357, y: 345, size: 6 },
  { text: 'V', x: 392, y: 345, size: 6 },
  { text: 'Amount', x: 425, y: 345, size: 6 },
  { text: '(A) or (D)', x: 490, y: 345, size: 6 },
  { text: 'Price', x: 548, y: 345, size: 6 },
  { text: 'Common Stock', x: 32, y: 370 },
  { text: '03/15/2024', x: 202, y: 370 },
  { text: 'S', x: 366, y: 370 },
  { text: '1,000', x: 428, y: 370 },
  { text: '(1)', x: 452, y: 367, size: 5 },
  { text: 'D', x: 505, y: 370 },
  { text: '$12.50', x: 550, y: 370 },
  { text: '9,000', x: 612, y: 370 },
  { text: 'D', x: 685, y: 370 },
  { text: 'Common Stock', x: 32, y: 392 },
  { text: '03/15/2024', x: 202, y: 392 },
  { text: 'S', x: 366, y: 392 },
  { text: '500', x: 428, y: 392 },
  { text: 'D', x: 505, y: 392 },
  { text: '$12.75', x: 550, y: 392 },
  { text: '8,500', x: 612, y: 392 },
  { text: 'I', x: 686, y: 392 },
  { text: 'By Family', x: 727, y: 387 },
  { text: 'Trust', x: 727, y: 397 },
  { text: '(2)', x: 748, y: 394, size: 5 },
];

const TABLE_II_AND_FOOTER: Placed[] = [
  {
    text: 'Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned',
    x: 150,
    y: 430,
    size: 9,
  },
  { text: '1. Title of Derivative Security', x: 30, y: 450, size: 6 },
  { text: '2. Conversion Price', x: 110, y: 450, size: 6 },
  { text: '3. Date', x: 170, y: 450, size: 6 },
  { text: '3A. Deemed', x: 215, y: 450, size: 6 },
  { text: '4. Code', x: 265, y: 450, size: 6 },
  { text: '5. Number', x: 310, y: 450, size: 6 },
  { text: '6. Date Exercisable', x: 380, y: 450, size: 6 },
  { text: '7. Title and Amount', x: 460, y: 450, size: 6 },
  { text: '8. Price', x: 560, y: 450, size: 6 },
  { text: '9. Number', x: 610, y: 450, size: 6 },
  { text: '10. Form', x: 670, y: 450, size: 6 },
  { text: '11. Nature', x: 725, y: 450, size: 6 },
  { text: 'Code V', x: 267, y: 480, size: 6 },
  { text: '(A)', x: 312, y: 480, size: 6 },
  { text: '(D)', x: 345, y: 480, size: 6 },
  { text: 'Date Exercisable', x: 380, y: 480, size: 6 },
  { text: 'Expiration Date', x: 425, y: 480, size: 6 },
  { text: 'Title', x: 462, y: 480, size: 6 },
  { text: 'Amount or Number of Shares', x: 500, y: 480, size: 6 },
  { text: 'Explanation of Responses:', x: 30, y: 520 },
  { text: '(1) The price is a weighted average.', x: 30, y: 535 },
  { text: '(2) Held by the Doe Family Trust.', x: 30, y: 550 },
  { text: 'Remarks:', x: 30, y: 580 },
  { text: '/s/ Jane Q. Doe', x: 500, y: 620 },
  { text: '03/17/2024', x: 680, y: 620 },
  { text: '** Signature of Reporting Person', x: 500, y: 635, size: 6 },
  { text: 'Date', x: 680, y: 635, size: 6 },
  {
    text: 'Persons who respond to the collection of information contained in this form need not respond.',
    x: 30,
    y: 700,
    size: 6,
  },
];

export function syntheticForm4(scale = 1, shift = 0): PositionedText {
  const words = placeWords(1, [...HEADER, ...TABLE_I, ...TABLE_II_AND_FOOTER], scale, shift);
  return {
    pages: [{ page: 1, width: 800 * scale + shift, height: 1000 * scale + shift }],
    words,
    rules: [],
    producer: 'made-up tool',
  };
}
