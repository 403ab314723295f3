/** P/R/F1 of one layer. */
export interface LayerScore {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyScore = (): LayerScore => ({ tp: 0, fp: 0, fn: 0 });

export function prf(s: LayerScore) {
  const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { precision: p, recall: r, f1 };
}

/**
 * Greedy one-to-one matching: each gold item matches at most one predicted item with the same key.
 * Returns the unmatched items of both sides.
 */
export function matchItems<G, P>(gold: readonly G[], predicted: readonly P[], goldKey: (g: G) => string, predKey: (p: P) => string) {
  const pool = new Map<string, number[]>();
  gold.forEach((g, i) => pool.set(goldKey(g), [...(pool.get(goldKey(g)) ?? []), i]));
  const matchedGold = new Set<number>();
  const extra: P[] = [];
  for (const p of predicted) {
    const free = pool.get(predKey(p));
    const i = free?.shift();
    if (i === undefined) extra.push(p);
    else matchedGold.add(i);
  }
  const missed = gold.filter((_, i) => !matchedGold.has(i));
  return { tp: matchedGold.size, fp: extra.length, fn: missed.length, missed, extra };
}

export function add(into: LayerScore, from: LayerScore): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}
