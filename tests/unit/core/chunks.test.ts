import { describe, expect, it } from 'vitest';
import { chunkRanges } from '../../../src/core/chunks.js';

describe('chunkRanges', () => {
  const len = (s: string) => s.length;

  it('fills each stretch up to the size and the count, in order, covering every item once', () => {
    expect(chunkRanges(['aa', 'bbb', 'c', 'dddd', 'e'], len, 5)).toEqual([[0, 2], [2, 4], [4, 5]]);
    expect(chunkRanges(['a', 'b', 'c', 'd', 'e'], len, 100, 2)).toEqual([[0, 2], [2, 4], [4, 5]]);
  });

  it('gives an item larger than the size a stretch of its own, and nothing for no items', () => {
    expect(chunkRanges(['a', 'xxxxxxxx', 'b', 'c'], len, 3)).toEqual([[0, 1], [1, 2], [2, 4]]);
    expect(chunkRanges([], len, 3)).toEqual([]);
  });
});
