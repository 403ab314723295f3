/**
 * Which of a report's statements of one indicator the indicator table shows: the first in text
 * order that is not a plan target, else the first plan target; never a part (scope set). The database view
 * `v_indicator_table` (and `v_observations.shown`) apply the same order —
 * `ORDER BY plan, start_offset, idx` — so SQL over the shown rows and the tables agree.
 */
export interface ShownCandidate {
  readonly indicatorId: string;
  readonly plan: boolean;
  /** start offset of the value in the text */
  readonly start: number;
  /** position among the report's observations (ties at one offset) */
  readonly index: number;
  /** a part of the indicator (其中…, rules/scope.yaml): never shown as its value */
  readonly scope?: string | null;
}

export function shownIndexes(observations: readonly ShownCandidate[]): Set<number> {
  const best = new Map<string, ShownCandidate>();
  for (const o of observations) {
    if (o.scope) continue;
    const prev = best.get(o.indicatorId);
    if (!prev || rank(o) < rank(prev) || (rank(o) === rank(prev) && (o.start < prev.start || (o.start === prev.start && o.index < prev.index)))) {
      best.set(o.indicatorId, o);
    }
  }
  return new Set([...best.values()].map((o) => o.index));
}

const rank = (o: ShownCandidate): number => (o.plan ? 1 : 0);
