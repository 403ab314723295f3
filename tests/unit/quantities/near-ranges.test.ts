import { describe, expect, it } from 'vitest';
import { anyContains, anyOverlaps, toRanges, type Range } from '../../../src/quantities/near-ranges.js';

/** a small deterministic generator, so a failure can be replayed */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('ranges looked up near a place', () => {
  it('answers as a scan of every range does, for ranges that nest, overlap and share starts', () => {
    const next = random(7);
    for (let round = 0; round < 50; round++) {
      const list: Range[] = Array.from({ length: 1 + Math.floor(next() * 40) }, () => {
        const start = Math.floor(next() * 300);
        return { start, end: start + 1 + Math.floor(next() * (next() < 0.1 ? 120 : 12)) };
      });
      const naive = [...list];
      const ranges = toRanges(list);
      for (let k = 0; k < 200; k++) {
        const start = Math.floor(next() * 320);
        const end = start + 1 + Math.floor(next() * 15);
        expect(anyContains(ranges, start, end), `contains ${start}-${end}`).toBe(naive.some((r) => r.start <= start && end <= r.end));
        expect(anyOverlaps(ranges, start, end), `overlaps ${start}-${end}`).toBe(naive.some((r) => r.start < end && start < r.end));
      }
    }
  });

  it('finds nothing in no ranges', () => {
    const none = toRanges([]);
    expect(anyContains(none, 0, 5)).toBe(false);
    expect(anyOverlaps(none, 0, 5)).toBe(false);
  });
});
