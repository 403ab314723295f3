import type { Span } from '../core/span.js';

export type SectionRole = 'results' | 'shortcomings' | 'plans' | 'responsibilities' | 'other';

export type ReportKind = 'annual-report' | 'speech' | 'work-summary' | 'other';

export interface ReportMeta {
  readonly title: string | null;
  /** reporting organisation as the text states it, e.g. 青岚县人民政府, 柳塘街道 */
  readonly org: string | null;
  /** the year reported on */
  readonly year: number | null;
  readonly kind: ReportKind;
}

/** A structural heading: numbered (`一、` `（一）` `1.` `（1）` `①` `第一章` …) or an unnumbered headline. */
export interface Heading {
  /** the heading text itself (marker + title), not the body text that may share its line */
  readonly span: Span;
  /** 1-based line (= span.line) */
  readonly line: number;
  /** nesting level in this report, 1 = top */
  readonly level: number;
  /** the marker as written (`一、`, `（一）`, `(一)`, `1.`, `1、`), null for a headline paragraph */
  readonly marker: string | null;
  /** marker family, e.g. 'cn-dun' (一、), 'cn-paren' ((一)), 'arabic-dot' (1.), 'arabic-paren' ((1)), 'circled', 'chapter', 'headline' */
  readonly family: string;
  /** title without marker and without trailing 。/，/body text */
  readonly title: string;
  readonly role: SectionRole;
  /** the heading and everything under it, up to the next heading at the same or an outer level (half-open) */
  readonly section: Span;
}

/** An enumeration item inside a section: `一是…`, `二是…`, or `第一，…`. */
export interface Item {
  readonly span: Span;
  /** `一是` */
  readonly marker: string;
  readonly index: number;
}

export interface Sentence {
  readonly span: Span;
  /** clause spans inside the sentence (split on ，、；：), in order, covering it */
  readonly clauses: readonly Span[];
}

/** Where an offset stands in the report. */
export interface Location {
  /** headings that enclose the offset, outermost first */
  readonly path: readonly Heading[];
  /** role of the innermost heading that has one other than 'other', else 'other' */
  readonly role: SectionRole;
  readonly item: Item | null;
  readonly sentence: Sentence | null;
}

export interface Structure {
  readonly meta: ReportMeta;
  readonly headings: readonly Heading[];
  readonly items: readonly Item[];
  readonly sentences: readonly Sentence[];
  /** O(log n) lookup of the section path, item and sentence around an offset */
  locate(offset: number): Location;
}
