/**
 * The matcher's shortcuts against compromise itself: a pattern is started only where its first term
 * can match, anchored there, and given only as many terms as it can span (maxSpan). On windows
 * made of the rules' own vocabulary, values, units and punctuation, every pattern of rules/ must
 * find exactly what compromise's plain match over the whole window finds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireRules } from '../../../src/rules/load.js';
import { compromise, maxSpan, type NlpTerm, type PatternMatch, type Reg } from '../../../src/rules/compromise-net.js';
import { compromiseNormal, windowTerms } from '../../../src/rules/compromise-terms.js';
import type { MatchToken } from '../../../src/segment/window-tokens.js';

const ruleSet = requireRules('rules');
const nlp = compromise();

describe('maxSpan: the most terms a pattern can consume', () => {
  const cases: Array<[string, number | null]> = [
    ['受理 [<num>#Value]', 2],
    ['共? 受理 #Adjective? [<num>#Value] [<unit>#Unit]', 5],
    ['#Correct .{0,6} [<num>#Value] [<unit>#Unit]', 9],
    ['#InfoRequest !#Boundary{1,4} [<num>#Value] [<unit>#Unit]', 7],
    ['(受理 案件|办结) [<num>#Value]', 3],
    ['(a b)? c', 3],
    ['#Serve #Audience+ [<num>#Value]', null],
    ['. * [<num>#Value]', null],
    ['受理 件$', null],
  ];
  it.each(cases)('%s → %s', (pattern, span) => {
    expect(maxSpan(nlp.parseMatch(pattern) as Reg[])).toBe(span);
  });
});

describe('terms built directly carry the normal forms compromise gives them', () => {
  // normalOf answers a Chinese word itself and caches the rest: each must equal compromise's own normal
  it.each(['123', '007', '2023', '100000000', '1,234', '12.5', '12%', '-3', 'ABC', '5G', 'PM2.5', '，', '１２', '受理', '法律顾问'])('%s', (text) => {
    const token: MatchToken = { text, start: 0, end: text.length, role: 'word', quantity: null };
    expect(windowTerms([token], [[]]).terms[0]!.normal).toBe(compromiseNormal(text));
  });
});

/** A seeded generator, so a failure is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const vocabulary = [...ruleSet.vocabulary];
const FILLER = ['全年', '共', '的', '开展', '工作', '其中', '同比', '增长', '依法', '案件'];
const PUNCT = ['，', '、', '。', '；'];

/** a window of `n` terms: vocabulary words with their tags, values with a unit, punctuation, filler */
function randomWindow(next: () => number, n: number): NlpTerm[] {
  const tokens: MatchToken[] = [];
  const tags: string[][] = [];
  const push = (text: string, own: string[], role: MatchToken['role'] = 'word') => {
    tokens.push({ text, start: 0, end: 0, quantity: null, role });
    tags.push(own);
  };
  while (tokens.length < n) {
    const r = next();
    if (r < 0.4) {
      const [word, own] = vocabulary[Math.floor(next() * vocabulary.length)]!;
      push(word, own);
    } else if (r < 0.6) {
      push(String(Math.floor(next() * 500)), ['Value', 'Boundary'], 'value');
      push(['件', '人次', '%', '万元', '个'][Math.floor(next() * 5)]!, ['Unit'], 'unit');
    } else if (r < 0.75) push(PUNCT[Math.floor(next() * PUNCT.length)]!, ['Punct', 'Boundary']);
    else push(FILLER[Math.floor(next() * FILLER.length)]!, []);
  }
  return windowTerms(tokens, tags).terms;
}

/** compromise's own answer: the pattern matched from every term of the whole window */
function reference(terms: NlpTerm[], haves: ReadonlySet<string>, pattern: string): PatternMatch[] {
  const { ptrs, byGroup } = nlp.methods().one.match([terms], { regs: nlp.parseMatch(pattern) }, [haves]);
  const nums = byGroup.num ?? [];
  return ptrs.map(([, start, end]) => ({ start, end, num: nums.find(([, s]) => s >= start && s < end)?.[1] ?? -1 }));
}

describe('the matcher finds what compromise finds', () => {
  const patterns = [...new Set(ruleSet.rules.flatMap((r) => [...r.match, r.context, r.unless, r.notAfter].filter((p): p is string => !!p)))];

  it('covers every pattern of rules/, bounded or not', () => {
    const spans = patterns.map((p) => maxSpan(nlp.parseMatch(p) as Reg[]));
    expect(spans.filter((s) => s !== null).length).toBeGreaterThan(20);
    expect(spans.some((s) => s === null)).toBe(true);
  });

  it('on 300 generated windows, for every pattern', () => {
    const next = random(20261130);
    let matched = 0;
    for (let w = 0; w < 300; w++) {
      const terms = randomWindow(next, 10 + Math.floor(next() * 60));
      const haves = new Set(terms.flatMap((t) => [t.normal, ...[...t.tags].map((tag) => `#${tag}`)]));
      for (const pattern of patterns) {
        const want = reference(terms, haves, pattern);
        matched += want.length;
        expect(ruleSet.matcher.find(terms, haves, pattern), pattern).toEqual(want);
      }
    }
    expect(matched).toBeGreaterThan(500); // the windows do match: the comparison is not vacuous
  });
});

describe('compromise is loaded only to match', () => {
  it('rules from the cache (as a re-run\'s main thread gets them) leave it unloaded; the first match loads it', () => {
    const script = `
      import { createRequire } from 'node:module';
      import { requireRules } from './dist/rules/load.js';
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('compromise'));
      const rs = requireRules('rules');
      const before = loaded();
      rs.matcher.candidates(new Set(), 0, null);
      console.log(JSON.stringify([before, loaded()]));`;
    // a cache of our own: the first load validates the YAML (compromise parses every pattern) and
    // fills it, the second comes from it
    const env = { ...process.env, ZHIBIAO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'zhibiao-cache-')) };
    const run = () => spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env });
    expect(run().status).toBe(0);
    const r = run();
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([false, true]);
  });
});
