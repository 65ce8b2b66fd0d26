/**
 * The form engine on its own input: positioned words of real filings with
 * words changed, dropped, duplicated or moved, as a bad text layer or an OCR
 * source would give them. Byte mutations mostly break a PDF before its words;
 * these reach the engine's reading of values, rows and boxes directly.
 */
import { describe, expect, it } from 'vitest';
import { nodeExtractOptions, nodePdfjs } from '../../../src/cli/pdfjs-node';
import { ParseFailure } from '../../../src/core/errors';
import { readForm } from '../../../src/core/form/read-form';
import { extractPositionedText } from '../../../src/core/pdf/extract';
import type { PositionedText, Word } from '../../../src/core/words';
import { seededRandom, type Random } from './mutate';
import { checkFiling, FILE_CODES } from './outcome';
import { hasCorpus, pdfSeeds } from './seeds';

const MUTANTS_PER_SEED = 50;
const VALUE_CHARS = '0123456789/-.,$()XADSMJ';

const int = (random: Random, below: number) => Math.floor(random() * below);

function changeText(word: Word, random: Random): Word {
  const chars = [...word.text];
  chars[int(random, chars.length)] = VALUE_CHARS[int(random, VALUE_CHARS.length)]!;
  return { ...word, text: chars.join('') };
}

/** One mutation of a page's words, decided by `seed`; returns the words and what was done. */
function mutateWords(words: Word[], seed: number): { words: Word[]; description: string } {
  const random = seededRandom(seed);
  const out = words.slice();
  const count = 1 + int(random, 12);
  const kind = int(random, 4);
  for (let n = 0; n < count && out.length > 0; n++) {
    const i = int(random, out.length);
    const word = out[i]!;
    if (kind === 0) out[i] = changeText(word, random);
    else if (kind === 1) out.splice(i, 1);
    else if (kind === 2)
      out.splice(int(random, out.length), 0, { ...word, top: word.top + 11, bottom: word.bottom + 11 });
    else out[i] = { ...word, x0: word.x0 + (random() - 0.5) * 120, x1: word.x1 + (random() - 0.5) * 120 };
  }
  const what = ['changed text of', 'dropped', 'duplicated a line below', 'moved sideways'][kind];
  return { words: out, description: `seed ${seed}: ${what} ${count} words` };
}

function outcomeOf(text: PositionedText): { ok: boolean; result: string } {
  try {
    const checked = checkFiling(readForm(text).filing);
    return checked.ok ? { ok: true, result: checked.result } : { ok: false, result: checked.problem };
  } catch (err) {
    if (err instanceof ParseFailure && FILE_CODES.includes(err.code)) return { ok: true, result: err.code };
    return { ok: false, result: `escaped: ${err instanceof ParseFailure ? err.code : ''} ${String(err)}` };
  }
}

describe.skipIf(!hasCorpus)('fuzz: changed words of real filings through the form engine', () => {
  it('every mutant reads as a contract-valid filing or fails with a typed error', async () => {
    const offences: string[] = [];
    const tally: Record<string, number> = {};
    const seeds = pdfSeeds();
    for (const [s, seed] of seeds.entries()) {
      const text = await extractPositionedText(nodePdfjs, seed.bytes, nodeExtractOptions);
      for (let i = 0; i < MUTANTS_PER_SEED; i++) {
        const mutant = mutateWords(text.words, 0x5eed_0005 + s * 10_000 + i);
        const outcome = outcomeOf({ ...text, words: mutant.words });
        tally[outcome.ok ? outcome.result : 'offence'] =
          (tally[outcome.ok ? outcome.result : 'offence'] ?? 0) + 1;
        if (!outcome.ok) offences.push(`${seed.name} (${mutant.description}): ${outcome.result}`);
      }
    }
    console.log(`fuzz words: ${seeds.length * MUTANTS_PER_SEED} mutants`, tally);
    expect(offences).toEqual([]);
  }, 600_000);
});
