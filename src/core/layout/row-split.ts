/**
 * Repairs to the gap-based cut of a table body into rows (see rows.ts).
 * A group with no single value in it (only wrapped text) is not a row: it
 * joins its nearer neighbour. A group with several single values stacked in
 * one column is several rows printed without padding: each of those values
 * seeds a row, and the other lines go to their seed by how the table aligns
 * cells, at the top of the row or in its middle, learned from the table's
 * own one-row groups.
 */
import { isMarkerText } from './cells';
import { centerY, pushTo, verticalOverlap } from './geometry';
import type { Line } from './lines';

export interface KeyedLine<K extends string> {
  key: K;
  line: Line;
}

export type Alignment = 'top' | 'middle';

function isMarkerLine(line: Line): boolean {
  return line.words.every((w) => isMarkerText(w.text));
}

/** The single-value band with the most (non-marker) lines in the group: its lines are row seeds. */
export function seedLines<K extends string>(
  group: readonly KeyedLine<K>[],
  valueKeys: ReadonlySet<K>,
): Line[] {
  const byKey = new Map<K, Line[]>();
  for (const kl of group) {
    if (!valueKeys.has(kl.key) || isMarkerLine(kl.line)) continue;
    pushTo(byKey, kl.key, kl.line);
  }
  let best: Line[] = [];
  for (const lines of byKey.values()) if (lines.length > best.length) best = lines;
  return best.sort((a, b) => a.top - b.top);
}

function extent<K extends string>(group: readonly KeyedLine<K>[]): { top: number; bottom: number } {
  return {
    top: Math.min(...group.map((kl) => kl.line.top)),
    bottom: Math.max(...group.map((kl) => kl.line.bottom)),
  };
}

/**
 * Groups of wrapped text only (a title's later lines cut off by a wide first
 * line step) join the nearer neighbour when it is within `reach` points;
 * text further off (a stray note) stays apart, to be reported as left over.
 */
export function mergeValueless<K extends string>(
  groups: readonly KeyedLine<K>[][],
  valueKeys: ReadonlySet<K>,
  reach: number,
): KeyedLine<K>[][] {
  const out = groups.map((g) => [...g]);
  for (let i = 0; i < out.length && out.length > 1;) {
    const group = out[i] as KeyedLine<K>[];
    if (seedLines(group, valueKeys).length > 0) {
      i++;
      continue;
    }
    const here = extent(group);
    const prev = out[i - 1];
    const next = out[i + 1];
    const gapPrev = prev ? here.top - extent(prev).bottom : Infinity;
    const gapNext = next ? extent(next).top - here.bottom : Infinity;
    const target = gapPrev <= gapNext ? prev : next;
    if (!target || Math.min(gapPrev, gapNext) > reach) {
      i++;
      continue;
    }
    target.push(...group);
    out.splice(i, 1);
  }
  return out;
}

/**
 * Top or middle: where a row's single values sit. In a taller group the first
 * value line starts at the group's top when cells align to the top, and
 * below text lines when they are centred.
 */
export function alignmentOf<K extends string>(
  groups: readonly KeyedLine<K>[][],
  valueKeys: ReadonlySet<K>,
): Alignment {
  let top = 0;
  let middle = 0;
  for (const group of groups) {
    const seed = seedLines(group, valueKeys)[0];
    if (!seed) continue;
    const { top: groupTop, bottom } = extent(group);
    if (bottom - groupTop < 2 * seed.size) continue;
    if (seed.top - groupTop < 0.5 * seed.size) top++;
    else middle++;
  }
  return top >= middle ? 'top' : 'middle';
}

function seedFor(seeds: readonly Line[], line: Line, alignment: Alignment): number {
  if (alignment === 'top') {
    // A line belongs to the last row that starts at or above it.
    let index = 0;
    seeds.forEach((s, i) => {
      if (s.top <= line.top + 0.5 * s.size) index = i;
    });
    return index;
  }
  let best = 0;
  let bestScore = -Infinity;
  seeds.forEach((s, i) => {
    const overlap = verticalOverlap(s, line);
    const score = overlap > 0 ? overlap : -Math.abs(centerY(s) - centerY(line)) - 1e6;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

export function splitGroup<K extends string>(
  group: KeyedLine<K>[],
  valueKeys: ReadonlySet<K>,
  alignment: Alignment,
): KeyedLine<K>[][] {
  const seeds = seedLines(group, valueKeys);
  if (seeds.length <= 1) return [group];
  const parts: KeyedLine<K>[][] = seeds.map(() => []);
  for (const kl of group) (parts[seedFor(seeds, kl.line, alignment)] as KeyedLine<K>[]).push(kl);
  return parts.filter((p) => p.length > 0);
}
