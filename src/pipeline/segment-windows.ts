import type { SourceText } from '../core/source-text.js';
import type { PlacedQuantity } from '../core/document.js';
import type { RuleSet } from '../rules/compile.js';
import { sentenceTokens, type MatchToken } from '../rules/clause-tokens.js';
import { useUserWords } from '../segment/tokenize.js';

/**
 * The segment stage: the sentences (or, in a long sentence, the reading windows) that hold a
 * quantity, cut into the tokens the rules read — jieba words between the quantities, each quantity
 * as value / unit / qualifier tokens. Every stretch of text is cut once.
 */
export function segmentWindows(src: SourceText, quantities: readonly PlacedQuantity[], ruleSet: RuleSet): MatchToken[][] {
  if (quantities.length === 0) return [];
  useUserWords(ruleSet.userWords);
  return groupBySentence(quantities).map((qs) => sentenceTokens(src, qs));
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
