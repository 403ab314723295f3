import { describe, expect, it } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { analyzeStructure } from '../../../src/structure/index.js';
import { scanQuantities } from '../../../src/quantities/index.js';
import { placeQuantities } from '../../../src/pipeline/place-quantities.js';
import { groupBySentence } from '../../../src/pipeline/segment-windows.js';
import { reportsTokens } from '../../../src/segment/window-tokens.js';
import { requireRules } from '../../../src/rules/load.js';
import { useUserWords } from '../../../src/segment/tokenize.js';

const ruleSet = requireRules('rules');

function tokensOf(text: string) {
  useUserWords(ruleSet.userWords);
  const src = createSourceText('t.txt', text);
  const placed = placeQuantities(src, analyzeStructure(src), scanQuantities(src, ruleSet.lexicon));
  return reportsTokens([{ src, sentences: groupBySentence(placed) }])[0]!.map((tokens) =>
    tokens.filter((t) => t.role !== 'word').map((t) => `${t.role}:${t.text}`),
  );
}

describe('window tokens: each quantity as value, unit and qualifier where the scanner read them', () => {
  it('the unit token is the unit as written, its multiplier included (万元, 个百分点)', () => {
    expect(tokensOf('挽回经济损失30余万元，增长2.75个百分点。')).toEqual([['value:30余', 'unit:万元', 'value:2.75', 'unit:个百分点']]);
  });

  it('a qualifier after the unit is its own token; a space and a multiplier inside the amount stay in the value', () => {
    expect(tokensOf('办理 1.3 万件，满意率98%以上。')).toEqual([['value:1.3 万', 'unit:件', 'value:98', 'unit:%', 'qualifier:以上']]);
  });

  it('a unit not written after the number is a zero-width token of the canonical unit', () => {
    expect(tokensOf('群众满意率达百分之九十五。')).toEqual([['value:百分之九十五', 'unit:%']]);
  });

  it('the windows of several sentences are cut in one call and come back apart, in order', () => {
    const windows = tokensOf('受理案件12件。调解纠纷30起。');
    expect(windows).toEqual([['value:12', 'unit:件'], ['value:30', 'unit:起']]);
  });
});
