import { describe, expect, it } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { analyzeStructure } from '../../../src/structure/index.js';
import { scanQuantities } from '../../../src/quantities/index.js';
import { placeQuantities } from '../../../src/pipeline/place-quantities.js';
import { segmentWindows } from '../../../src/pipeline/segment-windows.js';
import { MAX_SENTENCE } from '../../../src/pipeline/sentence-windows.js';
import { extractReport } from '../../../src/pipeline/extract.js';
import { requireRules } from '../../../src/rules/load.js';

/**
 * Linear time, proven by counting: what the matcher is handed (terms per window, terms in all) for a
 * paragraph joined only by commas grows in proportion to its length, and no window grows with it.
 */
const ruleSet = requireRules('rules');

function handedToMatcher(text: string) {
  const src = createSourceText('t.txt', text);
  const structure = analyzeStructure(src);
  const placed = placeQuantities(src, structure, scanQuantities(src, ruleSet.lexicon));
  const windows = segmentWindows(src, placed, ruleSet);
  return {
    quantities: placed.length,
    terms: windows.reduce((n, w) => n + w.length, 0),
    longestWindow: Math.max(...windows.map((w) => w.length)),
    longestSentence: Math.max(...placed.map((q) => q.sentence.end - q.sentence.start)),
  };
}

const clause = (i: number) => `第${i % 97}调解委员会调解纠纷${(i % 90) + 10}件`;
const commaJoined = (n: number) => `${Array.from({ length: n }, (_, i) => clause(i)).join('，')}。`;

describe('linear time in the match stage', () => {
  it('a comma-joined paragraph hands the matcher bounded windows, in total proportional to its length', () => {
    const small = handedToMatcher(commaJoined(400));
    const large = handedToMatcher(commaJoined(1600));
    expect(large.quantities).toBe(4 * small.quantities);
    expect(large.terms / small.terms).toBeGreaterThan(3.8);
    expect(large.terms / small.terms).toBeLessThan(4.2);
    expect(large.longestWindow).toBe(small.longestWindow);
    expect(large.longestSentence).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('thousands of nested quotes around one quantity give one bounded window', () => {
    const text = `${'“'.repeat(5000)}受理行政复议案件12件${'”'.repeat(5000)}。`;
    const r = handedToMatcher(text);
    expect(r.quantities).toBe(1);
    expect(r.longestWindow).toBeLessThan(400);
    expect(r.longestSentence).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('reads the same values from the paragraph on one line and in short lines', () => {
    const sentences = Array.from({ length: 300 }, (_, i) => `全年共受理行政复议案件${i + 5}件，调解纠纷${i + 7}起，`);
    const values = (text: string) =>
      extractReport({ file: 't.txt', text, encoding: 'utf-8', sha256: '' }, { ruleSet }).observations.map((o) => `${o.indicatorId}=${o.value}`);
    const oneLine = values(sentences.join(''));
    expect(oneLine.length).toBeGreaterThanOrEqual(600);
    expect(oneLine).toEqual(values(sentences.join('\n')));
  });
});
