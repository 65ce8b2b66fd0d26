/**
 * Which words of a footnote an amendment changed: a longest common
 * subsequence over words, so a reader sees the few words that differ instead
 * of two long paragraphs side by side. Footnotes are a few hundred words at
 * most; longer texts are compared as one changed block (the table would be
 * too large to be worth it).
 */

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Words × words beyond this, the texts are shown whole as removed and added. */
const MAX_CELLS = 1_000_000;

function lcsTable(a: string[], b: string[]): Uint32Array {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  return table;
}

function push(parts: DiffPart[], kind: DiffPart['kind'], word: string): void {
  const last = parts[parts.length - 1];
  if (last?.kind === kind) last.text += ` ${word}`;
  else parts.push({ kind, text: word });
}

export function diffWords(before: string, after: string): DiffPart[] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS)
    return [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ];
  const table = lcsTable(a, b);
  const width = b.length + 1;
  const parts: DiffPart[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(parts, 'same', a[i]!);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || table[(i + 1) * width + j]! >= table[i * width + j + 1]!)) {
      push(parts, 'removed', a[i++]!);
    } else {
      push(parts, 'added', b[j++]!);
    }
  }
  return parts;
}
