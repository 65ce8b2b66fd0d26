/**
 * Which row of an amendment corresponds to which row of its original. Equal
 * row counts pair by position (an amendment restates the form in order);
 * otherwise the longest common run of rows with the same identity (title,
 * date, code, ownership) anchors the pairing, and rows left between two
 * anchors pair by position before the rest count as added or removed.
 */
import { normaliseTitle, type AnyRow } from './rows';

/** [index in original | null, index in amendment | null] */
export type RowPair = [number | null, number | null];

function identity(row: AnyRow): string {
  return [
    normaliseTitle(row.securityTitle),
    row.transactionDate ?? '',
    row.transactionCode ?? '',
    row.directOrIndirectOwnership ?? '',
    normaliseTitle(row.natureOfOwnership),
  ].join('|');
}

/** Index pairs of a longest common subsequence of row identities. */
function commonRows(before: readonly string[], after: readonly string[]): [number, number][] {
  const n = before.length;
  const m = after.length;
  const lengths: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i]![j] =
        before[i] === after[j]
          ? lengths[i + 1]![j + 1]! + 1
          : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let [i, j] = [0, 0];
  while (i < n && j < m) {
    if (before[i] === after[j]) pairs.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** Unmatched rows between two anchors: pair by position, leftovers are removed / added. */
function pairGap(removed: number[], added: number[]): RowPair[] {
  const count = Math.max(removed.length, added.length);
  return range(0, count).map((k): RowPair => [removed[k] ?? null, added[k] ?? null]);
}

export function alignRows(before: readonly AnyRow[], after: readonly AnyRow[]): RowPair[] {
  if (before.length === after.length) return before.map((_, index): RowPair => [index, index]);
  const anchors = commonRows(before.map(identity), after.map(identity));
  const pairs: RowPair[] = [];
  let [i, j] = [0, 0];
  for (const [anchorBefore, anchorAfter] of [...anchors, [before.length, after.length] as [number, number]]) {
    pairs.push(...pairGap(range(i, anchorBefore), range(j, anchorAfter)));
    if (anchorBefore < before.length) pairs.push([anchorBefore, anchorAfter]);
    [i, j] = [anchorBefore + 1, anchorAfter + 1];
  }
  return pairs;
}
