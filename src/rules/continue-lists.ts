import type { Match } from './match.js';

const LIST_GAP = 4;

/**
 * `建成示范村13个、省级546个`: a quantity that follows a matched one in the same list, with the same
 * unit and only a few words between them that name no other topic, states the same indicator.
 * Only for indicators declared with `continues: true`.
 */
export function continueLists(matches: readonly Match[], vocabulary: ReadonlyMap<string, readonly string[]>): Match[] {
  const out: Match[] = [];
  const taken = new Set(matches.map((o) => o.quantity));
  for (const m of matches) {
    if (!m.rule.continues) continue;
    let i = m.tokenIndex;
    let current = m.quantity;
    for (;;) {
      while (m.tokens[i + 1]?.quantity === current) i++;
      const sep = m.tokens[i + 1];
      if (!sep || !/^[、,，]$/.test(sep.text)) break;
      let j = i + 2;
      let gap = 0;
      while (j < m.tokens.length && m.tokens[j]!.role === 'word' && gap <= LIST_GAP && !vocabulary.has(m.tokens[j]!.text)) {
        j++;
        gap++;
      }
      const next = m.tokens[j];
      if (!next || next.role !== 'value' || gap > LIST_GAP || next.quantity!.unit !== m.quantity.unit) break;
      if (taken.has(next.quantity!)) break;
      out.push({ rule: m.rule, quantity: next.quantity!, tokens: m.tokens, tokenIndex: j });
      current = next.quantity!;
      i = j;
    }
  }
  return out;
}
