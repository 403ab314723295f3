import type { MatchToken } from '../segment/window-tokens.js';

/** Why a rule whose pattern matched at a value did or did not give an observation. */
export type RuleOutcome =
  | 'observation'
  | 'unit not among the rule units'
  | 'no context before the value'
  | 'cancelled by unless'
  | 'cancelled by notAfter'
  | 'superseded by an earlier rule for the same indicator'
  | 'dropped by scope (negated or not a count of this)';

/** One rule pattern that matched somewhere in a window, and what came of it at each value. */
export interface PatternHit {
  readonly ruleId: string;
  /** the pattern alternative (of the rule's `match` list) that matched */
  readonly pattern: string;
  readonly quantityIndex: number;
  outcome: RuleOutcome;
}

/** What the match stage did with one window (a sentence, or a window of a long sentence). */
export interface WindowTrace {
  readonly tokens: readonly MatchToken[];
  /** false: no pattern's needs were met, the window never went to compromise */
  readonly triable: boolean;
  /** ids of the rules that had a pattern tried on the window (its needed words and tags are there) */
  readonly tried: readonly string[];
  readonly hits: PatternHit[];
}

/** Recorded by `extractReport(…, { trace: true })` from the real run: what `explain` prints. */
export interface ExtractTrace {
  /** quantity candidates the scanner found and set aside, with the reason */
  readonly excluded: ReadonlyArray<{ readonly text: string; readonly start: number; readonly end: number; readonly reason: string }>;
  readonly windows: WindowTrace[];
}
