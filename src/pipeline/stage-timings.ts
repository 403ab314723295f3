/** Milliseconds spent per stage, summed over the files of a run (for `npm run bench`). */
export interface StageTimings {
  normalize: number;
  structure: number;
  quantities: number;
  place: number;
  segment: number;
  match: number;
  /** the search index's words of every sentence (ingest only) */
  index: number;
  /** turning the report into store rows (outside the stages proper) */
  rows: number;
}

export const emptyTimings = (): StageTimings => ({
  normalize: 0,
  structure: 0,
  quantities: 0,
  place: 0,
  segment: 0,
  match: 0,
  index: 0,
  rows: 0,
});

export function addTimings(into: StageTimings, from: StageTimings): void {
  for (const key of Object.keys(into) as Array<keyof StageTimings>) into[key] += from[key];
}
