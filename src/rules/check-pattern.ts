import { compromise } from './compromise-net.js';

/**
 * Compile-or-fail for one compromise match pattern. compromise's own parser is lenient: an unclosed
 * `(` becomes part of a literal word (`(#appearance`), a stray `)` part of a tag name, an unclosed
 * capture group runs to the end, and only an invalid `/regex/` throws (and then on every sentence
 * of every report). So a pattern is checked here, once, at load:
 *   - brackets `( )`, `[ ]` and `{ }` are balanced outside `/regex/` terms, groups are not nested;
 *   - compromise parses it (each `/regex/` compiles);
 *   - no parsed term carries a syntax character as a literal word or tag (a sign of a bracket
 *     compromise split in the wrong place), every `#Tag` is declared, every `{min,max}` has min ≤ max;
 *   - a `match` pattern captures the value as `[<num>#Value]`.
 * Returns the problems in reading order (empty when the pattern is sound).
 */
export function patternProblems(pattern: string, tags: ReadonlySet<string>, opts: { capture: boolean }): string[] {
  const problems = bracketProblems(pattern);
  if (problems.length) return problems;
  let terms: ParsedTerm[];
  try {
    terms = compromise().parseMatch(pattern) as ParsedTerm[];
  } catch (err) {
    return [`cannot be parsed: ${(err as Error).message}`];
  }
  const seen = new Set<string>();
  const visit = (list: readonly ParsedTerm[]) => {
    for (const t of list) {
      if (t.tag !== undefined) {
        if (!/^[A-Z][A-Za-z]*$/.test(t.tag)) problems.push(`malformed tag #${t.tag}`);
        else if (!tags.has(t.tag) && !seen.has(t.tag)) problems.push(`unknown tag #${t.tag} (declare it under vocabulary:)`);
        seen.add(t.tag);
      }
      if (t.word !== undefined && SYNTAX_IN_WORD.test(t.word)) problems.push(`malformed term ${t.word}`);
      if (t.min !== undefined && t.max !== undefined && t.min > t.max) problems.push(`repeat count {${t.min},${t.max}}: min is above max`);
      for (const choice of t.choices ?? []) {
        visit(choice);
      }
    }
  };
  visit(terms);
  if (opts.capture) {
    const num = terms.filter((t) => t.group === 'num');
    if (num.length !== 1 || num[0]!.tag !== 'Value') problems.push('the pattern must capture exactly one value as [<num>#Value]');
  }
  return problems;
}

interface ParsedTerm {
  tag?: string;
  word?: string;
  group?: string | null;
  min?: number;
  max?: number;
  choices?: ParsedTerm[][];
}

/** ASCII syntax characters that have no business inside a literal word after parsing. */
const SYNTAX_IN_WORD = /[()[\]{}|#<>/]/;

const PAIRS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** Balanced brackets outside `/regex/` terms; `(` and `[` do not nest in compromise syntax. */
function bracketProblems(pattern: string): string[] {
  const stack: Array<{ ch: string; at: number }> = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '/' && isTermStart(pattern, i)) {
      const close = regexEnd(pattern, i);
      if (close === -1) return [`unterminated /regex/ at column ${i + 1}`];
      i = close;
      continue;
    }
    if (ch === '|' && stack.at(-1)?.ch === '(') {
      const prev = pattern.slice(0, i).trimEnd().at(-1);
      const next = pattern.slice(i + 1).trimStart()[0];
      if (prev === '(' || prev === '|' || next === ')' || next === '|') return [`empty alternative in ( | ) at column ${i + 1}`];
    }
    if (ch === '(' || ch === '[' || ch === '{') {
      if (ch !== '{' && stack.some((s) => s.ch === ch)) return [`nested ${ch} at column ${i + 1} (compromise groups do not nest)`];
      stack.push({ ch, at: i });
    } else if (ch in PAIRS) {
      const open = stack.pop();
      if (!open) return [`unbalanced ${ch} at column ${i + 1} (no opening ${PAIRS[ch]})`];
      if (open.ch !== PAIRS[ch]) return [`${open.ch} at column ${open.at + 1} is closed by ${ch} at column ${i + 1}`];
    }
  }
  const open = stack.pop();
  return open ? [`unbalanced ${open.ch} at column ${open.at + 1} is never closed`] : [];
}

/** A `/` opens a regex term when it starts a term (after a space, a flag such as `!`, or a group's `[<name>`). */
function isTermStart(pattern: string, i: number): boolean {
  const before = pattern.slice(0, i);
  return /(?:^|[\s(|])[![^]*(?:<[^<>]*>)?$/.test(before);
}

/** Index of the `/` that closes the regex opened at `start`, or -1. */
function regexEnd(pattern: string, start: number): number {
  for (let j = start + 1; j < pattern.length; j++) {
    if (pattern[j] === '\\') j++;
    else if (pattern[j] === '/') return j;
  }
  return -1;
}
