import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireRules } from '../../../src/rules/load.js';
import { extractReport } from '../../../src/pipeline/extract.js';

/** Matcher features on a small rule set written here: context, unless, notAfter, shared patterns, 《》. */
const dir = mkdtempSync(join(tmpdir(), 'zhibiao-engine-'));
cpSync('rules/lexicon.yaml', join(dir, 'lexicon.yaml'));
cpSync('rules/dictionary.yaml', join(dir, 'dictionary.yaml'));
mkdirSync(join(dir, 'indicators'));
writeFileSync(
  join(dir, 'indicators', 'demo.yaml'),
  `group: demo
vocabulary:
  Visit: [信访, 信访件]
  Fewer: [减少, 压降]
  Check: [排查]
  Settle: [化解, 调处]
  Dispute: [纠纷, 矛盾纠纷]
  Law: [处罚法, 行政处罚]
indicators:
  - id: demo.visits
    name: 信访件数
    units: [件]
    rules:
      - id: demo.visits.count
        match: '#Visit [<num>#Value] [<unit>#Unit]'
        notAfter: '#Fewer'
  - id: demo.visits_copy
    name: 同一模式的第二个指标
    units: [件]
    rules:
      - id: demo.visits_copy.count
        match: '#Visit [<num>#Value] [<unit>#Unit]'
  - id: demo.checked
    name: 排查纠纷数
    units: [件]
    rules:
      - id: demo.checked.dispute
        match: '#Dispute [<num>#Value] [<unit>#Unit]'
        context: '#Check'
        unless: '#Settle'
  - id: demo.penalties
    name: 处罚数
    units: [次, 件]
    rules:
      - id: demo.penalties.any
        match: ['#Law [<num>#Value] [<unit>#Unit]', '#Law !#Boundary{1,3} [<num>#Value] [<unit>#Unit]']
`,
);
const ruleSet = requireRules(dir);
const run = (text: string) =>
  extractReport({ file: 't.txt', text, encoding: 'utf-8', sha256: '' }, { ruleSet }).observations.map((o) => `${o.indicatorId}=${o.value}`);

describe('matcher features', () => {
  it('notAfter cancels a match right after the pattern', () => {
    expect(run('全年减少信访30件。')).toEqual(['demo.visits_copy=30']); // only the rule with notAfter is cancelled
    expect(run('全年受理信访12件。')).toEqual(['demo.visits=12', 'demo.visits_copy=12']);
  });

  it('two rules with the same pattern text both receive its matches', () => {
    expect(run('接待信访7件。')).toEqual(expect.arrayContaining(['demo.visits=7', 'demo.visits_copy=7']));
  });

  it('context must come earlier in the sentence; unless between context and value cancels', () => {
    expect(run('排查邻里纠纷、土地纠纷等矛盾纠纷40件。')).toEqual(['demo.checked=40']);
    expect(run('着力排查风险，共调处各类纠纷40件。')).toEqual([]);
    expect(run('矛盾纠纷40件，已排查完毕。')).toEqual([]);
  });

  it('words inside 《book titles》 carry no vocabulary tags', () => {
    expect(run('组织学习《行政处罚法》4次。')).toEqual([]);
    expect(run('作出行政处罚4次。')).toEqual(['demo.penalties=4']);
  });

  it('a word named like a member of every JavaScript object is an ordinary word', () => {
    // the vocabulary is looked up by token text: `constructor` must not find Object's constructor
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(run(`${word} 作出行政处罚4次。`)).toEqual(['demo.penalties=4']);
      expect(run(`作出行政处罚4次，${word} 12件。`)).toEqual(['demo.penalties=4']);
    }
  });
});

describe('which patterns a window is tried with', () => {
  const pattern = '解答 [<num>#Value] [<unit>#Unit]';
  const tried = (haves: string[], length: number, units: string[] | null) =>
    requireRules('rules').matcher.candidates(new Set(haves), length, units && new Set(units)).map((c) => c.pattern);

  it('a pattern is tried only when the window holds what it needs', () => {
    // 解答…N人次 (a literal word the pattern requires), with a value and its unit
    expect(tried(['解答', '#Value', '#Boundary', '#Unit'], 4, null)).toContain(pattern);
    expect(tried(['天气', '#Value', '#Boundary', '#Unit'], 4, null)).not.toContain(pattern);
    expect(tried(['解答'], 1, null)).not.toContain(pattern);
  });

  it('and, outside a trace, only when one of its rules accepts the unit of a value in the window', () => {
    expect(tried(['解答', '#Value', '#Boundary', '#Unit'], 4, ['人次'])).toContain(pattern);
    expect(tried(['解答', '#Value', '#Boundary', '#Unit'], 4, ['%'])).not.toContain(pattern);
  });
});
