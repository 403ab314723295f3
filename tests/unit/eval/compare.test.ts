/** src/eval: FORMAT.md § Matching (line + unit + value, placeholders match each other, each gold item once) and P/R/F1. */
import { describe, expect, it } from 'vitest';
import { compareFile, LAYERS } from '../../../src/eval/compare.js';
import { add, emptyScore, matchItems, prf } from '../../../src/eval/score.js';
import type { Gold, Predicted } from '../../../src/eval/gold.js';

type Q = Gold['quantities'][number];
type I = Gold['indicators'][number];
const q = (line: number, value: number | null, unit: string, extra: Partial<Q> = {}): Q => ({
  line,
  text: `${value ?? '*'}${unit}`,
  value,
  unit,
  qualifier: null,
  placeholder: value === null,
  ...extra,
});
const ind = (id: string, line: number, value: number | null, unit = '件'): I => ({ id, line, value, unit, placeholder: value === null });

const gold = (over: Partial<Gold> = {}): Gold => ({
  file: 'r.txt',
  meta: { org: '河西镇人民政府', year: 2023 },
  headings: [],
  quantities: [],
  indicators: [],
  ...over,
});
const pred = (over: Partial<Predicted> = {}): Predicted => ({ meta: { org: null, year: null }, headings: [], quantities: [], indicators: [], ...over });

describe('matchItems', () => {
  it('each gold item matches at most once; leftovers are fp and fn', () => {
    const r = matchItems(['a', 'a', 'b'], ['a', 'a', 'a', 'c'], String, String);
    expect(r).toMatchObject({ tp: 2, fp: 2, fn: 1, missed: ['b'], extra: ['a', 'c'] });
  });

  it('empty sides', () => {
    expect(matchItems([], [], String, String)).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(matchItems(['x'], [], String, String)).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });
});

describe('prf', () => {
  it('P = tp/(tp+fp), R = tp/(tp+fn), F1 their harmonic mean', () => {
    const s = prf({ tp: 3, fp: 1, fn: 2 });
    expect(s.precision).toBeCloseTo(0.75, 10);
    expect(s.recall).toBeCloseTo(0.6, 10);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 10);
  });

  it('nothing to find and nothing found scores 1; all wrong scores 0', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 2, fn: 3 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 0, fn: 3 })).toEqual({ precision: 1, recall: 0, f1: 0 });
  });

  it('add sums scores over files', () => {
    const total = emptyScore();
    add(total, { tp: 1, fp: 2, fn: 3 });
    add(total, { tp: 4, fp: 0, fn: 1 });
    expect(total).toEqual({ tp: 5, fp: 2, fn: 4 });
  });
});

describe('compareFile', () => {
  it('a quantity matches on line + unit + value; text and qualifier do not matter', () => {
    const r = compareFile(
      gold({ quantities: [q(5, 12, '件'), q(6, 98, '%', { qualifier: '以上', text: '98%以上' }), q(7, 3, '名')] }),
      pred({ quantities: [q(5, 12, '件', { text: '１２件' }), q(6, 98, '%'), q(7, 3, '人'), q(8, 3, '名')] }),
    );
    expect(r.scores.quantities).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(r.missed.quantities).toEqual(['7: 3名 (7|名|3)']);
    expect(r.extra.quantities).toHaveLength(2);
  });

  it('values agree after rounding to 1/1000 (0.1 + 0.2 is 0.3)', () => {
    const r = compareFile(gold({ quantities: [q(3, 0.3, '%'), q(4, 27000, '方')] }), pred({ quantities: [q(3, 0.1 + 0.2, '%'), q(4, 27000.4, '方')] }));
    expect(r.scores.quantities).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('two placeholders match whatever their value; a placeholder never matches a number', () => {
    const r = compareFile(
      gold({ quantities: [q(4, null, '起'), q(4, 5, '起')] }),
      pred({ quantities: [q(4, null, '起'), q(4, null, '起')] }),
    );
    expect(r.scores.quantities).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(r.scores.placeholders).toEqual({ tp: 1, fp: 1, fn: 0 });
    // a placeholder with a scale value (`*万余人`) still matches the gold placeholder
    const scaled = compareFile(gold({ quantities: [q(2, null, '人')] }), pred({ quantities: [q(2, 10000, '人', { placeholder: true })] }));
    expect(scaled.scores.placeholders).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('each gold quantity matches at most once', () => {
    const r = compareFile(gold({ quantities: [q(9, 2, '名')] }), pred({ quantities: [q(9, 2, '名'), q(9, 2, '名')] }));
    expect(r.scores.quantities).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('an indicator matches on id + line + value', () => {
    const r = compareFile(
      gold({ indicators: [ind('reconsideration.received', 6, 12), ind('disputes.mediated', 8, 30, '起'), ind('reconsideration.closed', 4, null)] }),
      pred({
        indicators: [
          ind('reconsideration.received', 6, 12),
          ind('disputes.mediated_success', 8, 30, '起'), // wrong id
          ind('reconsideration.closed', 4, null),
          ind('litigation.cases', 6, 3),
        ],
      }),
    );
    expect(r.scores.indicators).toEqual({ tp: 2, fp: 2, fn: 1 });
    expect(r.missed.indicators).toEqual(['disputes.mediated|8|30']);
  });

  it('a heading matches on line + level + marker, not title; meta on org and year', () => {
    const r = compareFile(
      gold({
        headings: [
          { line: 4, level: 1, marker: '一、', title: '主要工作' },
          { line: 5, level: 2, marker: '（一）', title: '化解行政争议' },
          { line: 9, level: 2, marker: null, title: '标题段' },
        ],
      }),
      pred({
        meta: { org: '河西镇人民政府', year: 2022 },
        headings: [
          { line: 4, level: 1, marker: '一、', title: '主要工作情况' },
          { line: 5, level: 3, marker: '（一）', title: '化解行政争议' },
          { line: 9, level: 2, marker: null, title: '标题段' },
        ],
      }),
    );
    expect(r.scores.headings).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(r.scores.meta).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('a small report: P/R/F1 per layer', () => {
    const g = gold({
      quantities: [q(6, 12, '件'), q(6, 11, '件'), q(8, 30, '起'), q(8, 95, '%')],
      indicators: [ind('reconsideration.received', 6, 12), ind('reconsideration.closed', 6, 11), ind('disputes.mediated', 8, 30, '起')],
    });
    const p = pred({
      meta: { org: '河西镇人民政府', year: 2023 },
      quantities: [q(6, 12, '件'), q(6, 11, '件'), q(8, 30, '起'), q(1, 2023, '年')],
      indicators: [ind('reconsideration.received', 6, 12), ind('disputes.received', 8, 30, '起')],
    });
    const r = compareFile(g, p);
    expect(Object.keys(r.scores).sort()).toEqual([...LAYERS].sort());
    expect(r.scores.quantities).toEqual({ tp: 3, fp: 1, fn: 1 });
    expect(prf(r.scores.quantities)).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(r.scores.indicators).toEqual({ tp: 1, fp: 1, fn: 2 });
    const s = prf(r.scores.indicators);
    expect(s.precision).toBeCloseTo(1 / 2, 10);
    expect(s.recall).toBeCloseTo(1 / 3, 10);
    expect(s.f1).toBeCloseTo(0.4, 10);
    expect(r.scores.meta).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(r.scores.placeholders).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(prf(r.scores.placeholders).f1).toBe(1);
  });
});
