import type { Span } from './span.js';

export type Severity = 'error' | 'warning' | 'info';

export type DiagnosticCode =
  | 'placeholder'
  | 'decode-failed'
  | 'empty-file'
  | 'binary-file'
  | 'not-a-file'
  | 'stage-failed'
  | 'rule-file'
  | 'encoding-fallback'
  | 'implausible-value';

/** A finding about one file, carried on the document rather than thrown. */
export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly span?: Span;
  /** the stage that produced it */
  readonly stage: string;
}
