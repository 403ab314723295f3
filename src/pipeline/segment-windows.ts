import type { SourceText } from '../core/source-text.js';
import type { PlacedQuantity } from '../core/document.js';
import type { RuleSet } from '../rules/compile.js';
import { reportsTokens, windowEnd, type MatchToken } from '../segment/window-tokens.js';
import { useUserWords } from '../segment/tokenize.js';

/**
 * The segment stage: the sentences (or, in a long sentence, the reading windows) that hold a
 * quantity, cut into the tokens the rules read — jieba words between the quantities, each quantity
 * as value / unit / qualifier tokens. Every stretch of text is cut once, and only where a rule could
 * match: a window whose raw text lacks what every pattern needs (or whose units no rule takes) is
 * never cut, unless `all` (a trace shows every window).
 */
export function segmentWindows(src: SourceText, quantities: readonly PlacedQuantity[], ruleSet: RuleSet, all = false): MatchToken[][] {
  return segmentReports([{ src, quantities }], ruleSet, all)[0]!;
}

/** The segment stage for several reports at once: one call into jieba for all their windows. */
export function segmentReports(
  reports: ReadonlyArray<{ readonly src: SourceText; readonly quantities: readonly PlacedQuantity[] }>,
  ruleSet: RuleSet,
  all = false,
): MatchToken[][][] {
  const wanted = reports.map(({ src, quantities }) => {
    if (quantities.length === 0) return [];
    const groups = groupBySentence(quantities);
    return all ? groups : groups.filter((qs) => mayMatch(src, qs, ruleSet));
  });
  if (wanted.every((w) => w.length === 0)) return wanted.map(() => []);
  useUserWords(ruleSet.userWords);
  return reportsTokens(reports.map(({ src }, r) => ({ src, sentences: wanted[r]! })));
}

function mayMatch(src: SourceText, quantities: readonly PlacedQuantity[], ruleSet: RuleSet): boolean {
  return ruleSet.matcher.text.mayMatch(src.text, quantities[0]!.sentence.start, windowEnd(src, quantities), new Set(quantities.map((q) => q.unit)));
}

/** Consecutive quantities that share a sentence (or reading window). */
export function groupBySentence(quantities: readonly PlacedQuantity[]): PlacedQuantity[][] {
  const groups: PlacedQuantity[][] = [];
  for (const q of quantities) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.sentence.start === q.sentence.start) last.push(q);
    else groups.push([q]);
  }
  return groups;
}
