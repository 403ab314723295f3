/**
 * Consecutive stretches `[from, to)` of `items`, in order, each holding at most `maxCount` items whose
 * sizes add up to at most `maxSize`; an item larger than `maxSize` makes a stretch of its own. For
 * work done a few items at a time (a group of reports, a call into jieba, a SQL statement) whose
 * memory must stay bounded however large the items are.
 */
export function chunkRanges<T>(items: readonly T[], size: (item: T) => number, maxSize: number, maxCount = Infinity): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let from = 0; from < items.length; ) {
    let to = from;
    for (let total = 0; to < items.length && to - from < maxCount && (to === from || total + size(items[to]!) <= maxSize); to++) total += size(items[to]!);
    out.push([from, to]);
    from = to;
  }
  return out;
}
