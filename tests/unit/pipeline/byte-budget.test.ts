import { describe, expect, it } from 'vitest';
import { createByteBudget } from '../../../src/pipeline/byte-budget.js';

/** Which of `takes` have been granted after the microtasks settle. */
async function granted(takes: Array<Promise<void>>): Promise<boolean[]> {
  const done = takes.map(() => false);
  takes.forEach((t, i) => void t.then(() => (done[i] = true)));
  await new Promise((r) => setImmediate(r));
  return done;
}

describe('createByteBudget', () => {
  it('lets files in while their bytes fit, and the next waiting ones as bytes are given back, in order', async () => {
    const budget = createByteBudget(100);
    const takes = [budget.take(60), budget.take(30), budget.take(50), budget.take(5)];
    expect(await granted(takes)).toEqual([true, true, false, false]);
    budget.give(60);
    // 50 now fits (30 + 50); 5 waits behind it although it would fit earlier: first come, first served
    expect(await granted(takes)).toEqual([true, true, true, true]);
  });

  it('lets one file larger than the whole budget through alone', async () => {
    const budget = createByteBudget(100);
    const big = budget.take(500);
    const small = budget.take(1);
    expect(await granted([big, small])).toEqual([true, false]);
    budget.give(500);
    expect(await granted([big, small])).toEqual([true, true]);
  });
});
