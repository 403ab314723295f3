/**
 * 10,000 generated hostile lines (numbers, units, placeholders, brackets, control characters, stray
 * surrogates, very long runs) go through the whole extraction without a crash, and every span it
 * reports lies inside the text.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/pipeline/extract.js';
import { loadRules } from '../../src/rules/load.js';
import { ROOT } from '../e2e/run-cli.js';

const ruleSet = loadRules(join(ROOT, 'rules')).ruleSet!;

const PIECES = [
  '0', '7', '12', '3.5', '１２', '１，０００', '1,000', '2 500', '一', '十二', '两千三百', '百分之九十', '万', '亿', '余', '多', '约', '近', '以上',
  '件', '起', '次', '人次', '%', '％', '万元', '元', '个', '至', '-', '~', '、', '，', '。', '；', '：', '（', '）', '(', ')', '《', '》', '“', '”',
  '*', '＊', '×', 'X', 'XX', '某', '受理', '行政复议', '调解', '矛盾纠纷', '成功率', '普法', '一、', '（一）', '1.', '①', '第一章', '一是',
  ' ', '\t', '\u3000', '\x1b[31m', '\x07', '\u0000', '\ud800', '\udfff', '\u202e', '\ufeff', '9'.repeat(30), '一'.repeat(40), '\n',
];

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fuzzLines(count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(next() * 24);
    return Array.from({ length: n }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
  });
}

describe('fuzzed input', () => {
  it('10,000 generated lines: no crash, no failed stage, every span inside the text', () => {
    const lines = fuzzLines(10_000, 20261130);
    let quantities = 0;
    for (let i = 0; i < lines.length; i += 500) {
      const text = lines.slice(i, i + 500).join('\n');
      const r = extractReport({ file: `fuzz-${i}.txt`, text, encoding: 'utf-8', sha256: '' }, { ruleSet });
      expect(r.diagnostics.filter((d) => d.severity === 'error'), `chunk ${i}`).toEqual([]);
      for (const q of r.quantities) {
        expect(q.span.start).toBeGreaterThanOrEqual(0);
        expect(q.span.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
        if (!q.placeholder) expect(Number.isFinite(q.value)).toBe(true);
        if (q.value !== null) expect(Math.abs(q.value)).toBeLessThan(1e15);
      }
      quantities += r.quantities.length;
    }
    expect(quantities).toBeGreaterThan(1000);
  });
});
