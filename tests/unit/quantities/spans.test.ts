import { describe, expect, it } from 'vitest';
import { quantitiesOf } from './helpers.js';

describe('spans and order', () => {
  it('points at the raw text with full-width digits and percent', () => {
    const raw = '第一行\n调解纠纷２４２件，成功率９８．５％以上。';
    const [a, b] = quantitiesOf(raw);
    expect(a!.text).toBe('２４２件');
    expect(raw.slice(a!.span.start, a!.span.end)).toBe('２４２件');
    expect(raw.slice(a!.numberSpan.start, a!.numberSpan.end)).toBe('２４２');
    expect(a!.span).toMatchObject({ line: 2, column: 5 });
    expect(a!.value).toBe(242);
    expect(b).toMatchObject({ text: '９８．５％以上', value: 98.5, unit: '%', qualifier: '以上' });
    expect(raw.slice(b!.numberSpan.start, b!.numberSpan.end)).toBe('９８．５');
  });

  it('covers the leading qualifier in span but not in numberSpan', () => {
    const raw = '清理淤泥约2.7万方。';
    const [q] = quantitiesOf(raw);
    expect(raw.slice(q!.span.start, q!.span.end)).toBe('约2.7万方');
    expect(raw.slice(q!.numberSpan.start, q!.numberSpan.end)).toBe('2.7');
  });

  it('unitSpan is the unit as the scanner read it, or null when none is written after the number', () => {
    const raw = '挽回损失30余万元，办理 1.3 万件，\n增长2.75个百分点，满意率达百分之九十五，分别提高4.44、2.75个百分点。';
    const at = (q: { unitSpan: { start: number; end: number } | null } | undefined) => (q?.unitSpan ? raw.slice(q.unitSpan.start, q.unitSpan.end) : null);
    const qs = quantitiesOf(raw);
    expect(qs.map((q) => q.text)).toEqual(['30余万元', '1.3 万件', '2.75个百分点', '百分之九十五', '4.44', '2.75个百分点']);
    expect(qs.map(at)).toEqual(['万元', '件', '个百分点', null, null, '个百分点']);
  });

  it('numberSpan of a range runs from low to high', () => {
    const raw = '每村3至5个网格。';
    const [q] = quantitiesOf(raw);
    expect(raw.slice(q!.numberSpan.start, q!.numberSpan.end)).toBe('3至5');
  });

  it('keeps text order and never overlaps', () => {
    const qs = quantitiesOf('开展培训*场*余人次、普法宣传*场*万余人次，建立工作队*支*人。');
    expect(qs.map((q) => q.text)).toEqual(['*场', '*余人次', '*场', '*万余人次', '*支', '*人']);
    for (let i = 1; i < qs.length; i++) expect(qs[i]!.span.start).toBeGreaterThanOrEqual(qs[i - 1]!.span.end);
    expect(qs.every((q) => q.placeholder && q.value === null)).toBe(true);
  });

  it('finds every amount of a dense sentence', () => {
    const qs = quantitiesOf('全年受理案件120件，办结115件，结案率95.8%，挽回损失30余万元，服务群众2万余人次。');
    expect(qs.map((q) => [q.text, q.value, q.unit])).toEqual([
      ['120件', 120, '件'],
      ['115件', 115, '件'],
      ['95.8%', 95.8, '%'],
      ['30余万元', 300000, '元'],
      ['2万余人次', 20000, '人次'],
    ]);
  });

  it('separates a year from the amount after it', () => {
    const qs = quantitiesOf('2023年共办理案件36件。');
    expect(qs.map((q) => q.text)).toEqual(['36件']);
  });

  it('keeps a placeholder beside a masked name apart', () => {
    const qs = quantitiesOf('*县（区）委第*轮巡察反馈的*个问题全部整改。');
    expect(qs.map((q) => q.text)).toEqual(['*个']);
  });

  it('records the unit kind', () => {
    const kinds = quantitiesOf('投入5万元，培训300人次，完成8项，覆盖率90%。').map((q) => q.unitKind);
    expect(kinds).toEqual(['money', 'person', 'count', 'percent']);
  });
});
