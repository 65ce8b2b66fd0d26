/**
 * The header boxes' values: issuer and ticker, the period date, the
 * amendment date, the reporting person's name and address, relationships.
 */
import type { Box, Word } from '../words';
import { boxOf } from '../layout/geometry';
import { groupLines, linesText } from '../layout/lines';
import { labelTail, type PhraseHit } from '../layout/phrase';
import type { Region } from '../layout/word-index';
import type { HeaderKey } from './anchors';
import type { FormDoc } from './doc';
import type { HeaderBoxes } from './header-boxes';
import { readAddress, type AddressParts } from './name-box';
import { readRelationship, type Relationship } from './relationship';
import { findDate } from './values';

/** Words of a box without its own label (the label phrase and its number, "*" and markers on its line). */
/** Box 1's label in full; a narrow box wraps its end onto the next line. */
const NAME_LABEL = ['Name', 'and', 'Address', 'of', 'Reporting', 'Person', '*'];

/** The words of `full` after those the label hit itself covers, in order (the rest may run on or wrap). */
function missingTail(label: PhraseHit, full: readonly string[]): string[] {
  const covered = new Set(label.words.map((w) => w.text));
  const at = full.findIndex((t) => !covered.has(t));
  return at < 0 ? [] : full.slice(at);
}

export function boxWords(
  doc: FormDoc,
  region: Region,
  label: PhraseHit,
  full: readonly string[] = [],
): Word[] {
  const words = doc.index.inRegion(region);
  const lines = groupLines(words);
  const own = lines.find((l) => l.words.some((w) => label.words.includes(w)));
  const tail =
    full.length > 0 && own ? labelTail(lines, { ...label, line: own }, missingTail(label, full)) : [];
  const labelWords = new Set([...label.words, ...tail]);
  return words.filter((w) => {
    if (labelWords.has(w)) return false;
    const onLabelLine = w.top < label.bottom && w.bottom > label.top;
    return !(onLabelLine && w.x0 < label.x1 + label.size * 1.5 && /^[*()\d]+$/.test(w.text));
  });
}

export interface IssuerRead {
  name: string;
  ticker: string | null;
  boxes: Box[];
  tickerBoxes: Box[];
}

/** The end of box 2's label when a narrow box wraps it: "… Ticker" / "or Trading Symbol". */
const ISSUER_LABEL_TAIL = ['or', 'Trading', 'Symbol'];

/** Issuer box: "Rocket Lab USA, Inc. [ RKLB ]" under the label; the bracket may wrap to the next line. */
export function readIssuer(words: readonly Word[], label: PhraseHit): IssuerRead {
  const labelLines = groupLines([...words, ...label.words]);
  const tail = new Set(
    labelTail(
      labelLines,
      { ...label, line: labelLines.find((l) => l.words.includes(label.words[0] as Word)) ?? label.line },
      ISSUER_LABEL_TAIL,
    ),
  );
  const valueWords = words.filter((w) => !tail.has(w));
  const lines = groupLines(valueWords);
  const text = linesText(lines);
  const m = /^(.*?)\s*\[\s*([^\]]*?)\s*\]/.exec(text);
  const ticker = m && m[2] ? (m[2] as string) : null;
  const tickerWords = valueWords.filter((w) => ticker !== null && w.text.replace(/[[\]]/g, '') === ticker);
  return {
    name: m ? (m[1] as string) : text,
    ticker,
    boxes: valueWords.filter((w) => !tickerWords.includes(w) && !/^[[\]]$/.test(w.text)).map(boxOf),
    tickerBoxes: tickerWords.map(boxOf),
  };
}

export interface DateRead {
  date: string | null;
  boxes: Box[];
}

export function readBoxDate(words: readonly Word[]): DateRead {
  const text = words.map((w) => w.text).join(' ');
  const found = findDate(text);
  if (!found) return { date: null, boxes: [] };
  return { date: found.date, boxes: words.filter((w) => w.text.includes(found.raw)).map(boxOf) };
}

export interface HeaderRead {
  issuer: IssuerRead | null;
  period: DateRead;
  amendment: DateRead;
  owner: AddressParts | null;
  relationship: Relationship | null;
}

export function readHeaderBoxes(
  doc: FormDoc,
  labels: Partial<Record<HeaderKey, PhraseHit>>,
  boxes: HeaderBoxes,
): HeaderRead {
  const wordsOf = (key: HeaderKey): Word[] | null => {
    const region = boxes[key];
    const label = labels[key];
    return region && label ? boxWords(doc, region, label, key === 'name' ? NAME_LABEL : []) : null;
  };
  const issuerWords = wordsOf('issuer');
  const nameWords = wordsOf('name');
  const relWords = wordsOf('relationship');
  return {
    issuer: issuerWords && labels.issuer ? readIssuer(issuerWords, labels.issuer) : null,
    period: readBoxDate(wordsOf('period') ?? []),
    amendment: readBoxDate(wordsOf('amendment') ?? []),
    owner: nameWords && boxes.name ? readAddress(nameWords, boxes.name) : null,
    relationship:
      relWords && boxes.relationship
        ? readRelationship(relWords, boxes.relationship.x1 - boxes.relationship.x0)
        : null,
  };
}
