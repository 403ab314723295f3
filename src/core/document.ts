import type { Span } from './span.js';
import type { ExtractTrace } from '../pipeline/extract-trace.js';
import type { Diagnostic } from './diagnostic.js';
import type { Quantity } from '../quantities/quantity.js';
import type { Heading, ReportMeta, SectionRole } from '../structure/types.js';

/** A quantity placed in the report: its section, item and sentence. */
export interface PlacedQuantity extends Quantity {
  /** 0-based index among the report's quantities, in text order */
  readonly index: number;
  /** heading titles that enclose it, outermost first */
  readonly sectionPath: readonly string[];
  /** line of the innermost enclosing heading, null before the first heading */
  readonly sectionLine: number | null;
  readonly role: SectionRole;
  /** the enumeration item marker it stands in (`二是`), else null */
  readonly item: string | null;
  readonly sentence: Span;
  /** raw text of that sentence */
  readonly sentenceText: string;
}

/** An indicator value: a quantity that a rule matched to a named indicator. */
export interface Observation {
  readonly indicatorId: string;
  readonly ruleId: string;
  /** index into ExtractedReport.quantities */
  readonly quantityIndex: number;
  readonly span: Span;
  readonly value: number | null;
  readonly unit: string;
  readonly qualifier: string | null;
  readonly placeholder: boolean;
  /** true under a plan section (下一步, 工作思路) or in a sentence about the future (下一步，计划…): a target, not a result */
  readonly plan: boolean;
  /**
   * null or absent: the value is the indicator's total (as far as the sentence says). Otherwise the
   * value is a sub-count of the indicator and this names why (rules/scope.yaml): `subset` (其中…),
   * `category` (咨询类…), `participants` (参加…的), `topic` (因…引起的), `per-capita` (每万人…).
   */
  readonly scope?: string | null;
}

/** A sentence of the report with its words for the search index (search-words.ts). */
export interface SearchSentence {
  readonly span: Span;
  /** raw text of the sentence */
  readonly text: string;
  /** jieba's search-mode words of it, punctuation left out, separated by spaces (as stored) */
  readonly words: string;
}

/** The finished extraction of one report: what `extract` prints and `ingest` stores. */
export interface ExtractedReport {
  /** the path as given / relative to the ingest root, with forward slashes */
  readonly file: string;
  readonly encoding: string;
  readonly sha256: string;
  readonly chars: number;
  readonly lineCount: number;
  readonly meta: ReportMeta;
  readonly headings: readonly Heading[];
  readonly quantities: readonly PlacedQuantity[];
  readonly observations: readonly Observation[];
  readonly diagnostics: readonly Diagnostic[];
  readonly rulesetHash: string;
  /** only with `extractReport(…, { trace: true })`: what the stages did, for `explain` */
  readonly trace?: ExtractTrace;
  /** only with `{ searchIndex: true }` (the ingest): every sentence with its search words */
  readonly search?: readonly SearchSentence[];
}
