import type { Span } from '../core/span.js';

/** What a unit measures; from rules/lexicon.yaml. */
export type UnitKind = 'count' | 'person' | 'money' | 'area' | 'length' | 'volume' | 'weight' | 'percent' | 'time' | 'other';

/** A number-shaped span found by the scanner, not yet resolved. */
export interface Candidate {
  /** the whole quantity surface: leading qualifier + number + multiplier + trailing qualifier + unit */
  readonly span: Span;
  /** the number part only (digits, Chinese numerals or placeholder mark) */
  readonly numberSpan: Span;
  /**
   * the unit as written after the number (`万元` in 2.7万元, `件` in 1.3 万件), as the scanner read it;
   * null when no unit is written there: 百分之九十五, 4.44 in 分别提高4.44、2.75个百分点, a table
   * cell whose unit is in its header
   */
  readonly unitSpan: Span | null;
}

/** A resolved quantity: value in base units, unit, qualifier, placeholder flag. */
export interface Quantity extends Candidate {
  /** raw surface text under `span`, e.g. `约2.7万方`, `*万余人次`, `98%以上` */
  readonly text: string;
  /** value in base units (2.7万方 → 27000; 10余万元 → 100000 with unit 元); null for a placeholder */
  readonly value: number | null;
  /** upper bound of a range (3至5个 → value 3, high 5), else null */
  readonly high: number | null;
  /** canonical unit: measure word, `%`, or the base money unit `元` */
  readonly unit: string;
  readonly unitKind: UnitKind;
  /** approximation words in text order joined with `+` (`近+余`), else null */
  readonly qualifier: string | null;
  readonly placeholder: boolean;
  /** 同比增长17.1% → 'increase'; 下降3个百分点 → 'decrease'; else null */
  readonly change: 'increase' | 'decrease' | null;
  /** a number in a table cell: the column/row header or caption its unit came from (`受理数（件）`) */
  readonly header?: string;
}
