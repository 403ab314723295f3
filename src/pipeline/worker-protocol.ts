import type { RuleInputs } from '../rules/rule-inputs.js';
import type { ExtractInput } from './extract.js';
import type { ExtractOutcome } from './extract-rows.js';
import type { StageTimings } from './stage-timings.js';

/** What a worker is started with. */
export interface WorkerData {
  /** the rules as the main thread read and validated them: the worker only compiles them */
  readonly rules: RuleInputs;
  /** Int32Array(2) over it: [batch seq, position in batch] of the report being extracted */
  readonly progress: SharedArrayBuffer;
  /** also cut every sentence's words for the search index (ExtractContext.searchIndex) */
  readonly searchIndex: boolean;
}

/** main → worker: a batch of reports */
export interface WorkerTask {
  readonly seq: number;
  readonly inputs: readonly ExtractInput[];
}

/** worker → main */
export type WorkerReply =
  | { readonly kind: 'ready'; readonly startupMs: number }
  | {
      readonly kind: 'done';
      readonly seq: number;
      readonly outcomes: readonly ExtractOutcome[];
      readonly timings: StageTimings;
      /** CPU the worker thread has used since it started (thread-cpu.ts), or null */
      readonly cpuMs: number | null;
    }
  | { readonly kind: 'fatal'; readonly message: string };
