import type { SourceText } from '../core/source-text.js';

/** One line of the report (`\n`-separated), with the offset where its content starts. */
export interface TextLine {
  /** 1-based line number */
  readonly line: number;
  readonly start: number;
  /** offset of the `\n` (or text end) */
  readonly end: number;
  /** first offset after leading spaces and editor noise such as `[bookmark: _GoBack]` */
  readonly contentStart: number;
  /** last offset + 1 before trailing spaces */
  readonly contentEnd: number;
}

/**
 * Editor artefacts that some converted reports keep at the start of a paragraph. Blanks that are
 * not line breaks: `\s*` ran on over every blank line below, once for each of them (quadratic in a
 * run of blank lines).
 */
const LEADING_NOISE = /[^\S\n]*(?:\[bookmark:[^\]\n]{0,80}\][^\S\n]*)*/y;

export function splitLines(src: SourceText): TextLine[] {
  const { text } = src;
  const out: TextLine[] = [];
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    LEADING_NOISE.lastIndex = start;
    LEADING_NOISE.exec(text);
    const contentStart = Math.min(LEADING_NOISE.lastIndex, end);
    let contentEnd = end;
    while (contentEnd > contentStart && /\s/.test(text[contentEnd - 1]!)) contentEnd--;
    out.push({ line, start, end, contentStart, contentEnd });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/**
 * Lines as a reader sees them: a line whose `\n` is a soft break (a hard-wrapped paragraph) is joined
 * with the next into one logical line numbered as its first. Without soft breaks, the lines themselves.
 */
export function joinWrappedLines(lines: readonly TextLine[], softBreaks: ReadonlySet<number>): TextLine[] {
  if (softBreaks.size === 0) return [...lines];
  const out: TextLine[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && softBreaks.has(prev.end)) out[out.length - 1] = { line: prev.line, start: prev.start, end: l.end, contentStart: prev.contentStart, contentEnd: l.contentEnd };
    else out.push(l);
  }
  return out;
}

export const isBlank = (l: TextLine): boolean => l.contentEnd <= l.contentStart;

export const lineText = (text: string, l: TextLine): string => text.slice(l.contentStart, l.contentEnd);

/** A stretch of text as one string: soft line breaks (and the padding around them) taken out. */
export const unwrap = (s: string): string => (s.includes('\n') ? s.replace(/[ \t]*\n[ \t]*/g, '') : s);
