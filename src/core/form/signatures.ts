/**
 * Signatures: each "** Signature of Reporting Person … Date" caption has the
 * signature printed above it: a name (often "/s/ … as attorney-in-fact for …")
 * and a date in line with the "Date" caption.
 */
import type { Signature } from '../filing';
import type { Word } from '../words';
import { boxOf, centerX } from '../layout/geometry';
import { wordsText } from '../layout/lines';
import type { PhraseHit } from '../layout/phrase';
import type { Recorder } from './recorder';
import { parseDate } from './values';

export function readSignature(
  words: readonly Word[],
  caption: PhraseHit,
  index: number,
  rec: Recorder,
): Signature | null {
  const dateCaption = caption.line.words.find((w) => w.text === 'Date' && w.x0 > caption.x1);
  const dates = words.filter((w) => parseDate(w.text) !== null);
  const dateWord = dates.sort(
    (a, b) =>
      Math.abs(centerX(a) - (dateCaption ? centerX(dateCaption) : Infinity)) -
      Math.abs(centerX(b) - (dateCaption ? centerX(dateCaption) : Infinity)),
  )[0];
  const nameWords = words.filter((w) => w !== dateWord && !/^\*+$/.test(w.text));
  const name = wordsText(nameWords);
  if (!name && !dateWord) return null;
  rec.put(`signatures[${index}].name`, nameWords.map(boxOf));
  if (dateWord) rec.put(`signatures[${index}].date`, [boxOf(dateWord)]);
  return { name, date: dateWord ? parseDate(dateWord.text) : null };
}
