/**
 * One position type for the whole project.
 *
 * A `Span` is a half-open range `[start, end)` of UTF-16 code-unit offsets into the decoded text of
 * one file, plus the 1-based line and column of `start`. Offsets are canonical; line and column are
 * derived once from a per-file `LineIndex`. Build spans only through `SourceText.span(start, end)`.
 */
export interface Span {
  readonly file: string;
  /** inclusive start offset (UTF-16 units) */
  readonly start: number;
  /** exclusive end offset (UTF-16 units) */
  readonly end: number;
  /** 1-based line of `start` */
  readonly line: number;
  /** 1-based column of `start`, in UTF-16 units */
  readonly column: number;
}

/** Maps offsets to 1-based line/column. Lines are split on `\n` only (a `\r` is ordinary text). */
export class LineIndex {
  private readonly starts: number[];
  /** line index of the last answer (0-based) */
  private last = 0;

  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of 1-based `line`. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? Number.NaN;
  }

  position(offset: number): { line: number; column: number } {
    const { starts } = this;
    let lo = this.last;
    // stages ask in text order: the line of the previous answer or the next one is the usual answer
    if (!(starts[lo]! <= offset && (lo + 1 === starts.length || offset < starts[lo + 1]!))) {
      lo = lo + 2 < starts.length && starts[lo + 1]! <= offset && offset < starts[lo + 2]! ? lo + 1 : this.search(offset);
      this.last = lo;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** 0-based index of the line holding `offset` (binary search) */
  private search(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

export const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
