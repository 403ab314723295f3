import { describe, expect, it } from 'vitest';
import { createSourceText } from '../../../src/core/source-text.js';
import { scanQuantities } from '../../../src/quantities/index.js';
import { addTableCellQuantities } from '../../../src/tables/cell-quantities.js';
import { lexicon } from '../quantities/helpers.js';

const cells = (text: string) => {
  const src = createSourceText('t.txt', text);
  return addTableCellQuantities(src, scanQuantities(src, lexicon), lexicon).map((q) => ({
    text: q.text,
    value: q.value,
    unit: q.unit,
    header: q.header ?? null,
    line: q.span.line,
  }));
};

describe('table cells take their unit from the header', () => {
  it('column headers: 受理数（件） makes 61 a count of 件, with the header as context', () => {
    const got = cells('表1 行政争议\n类别\t受理数（件）\t办结数（件）\t办结率（%）\n行政复议\t61\t58\t95.1\n行政应诉\t1,203\t*\t—\n');
    expect(got).toEqual([
      { text: '61', value: 61, unit: '件', header: '受理数（件）', line: 3 },
      { text: '58', value: 58, unit: '件', header: '办结数（件）', line: 3 },
      { text: '95.1', value: 95.1, unit: '%', header: '办结率（%）', line: 3 },
      { text: '1,203', value: 1203, unit: '件', header: '受理数（件）', line: 4 },
      { text: '*', value: null, unit: '件', header: '办结数（件）', line: 4 },
    ]);
  });

  it('a scaled unit in the header (万元) and a caption 单位：人次 for columns without their own', () => {
    expect(cells('项目\t金额(万元)\n罚没款\t812.6\n')).toEqual([{ text: '812.6', value: 8126000, unit: '元', header: '金额(万元)', line: 2 }]);
    const got = cells('（单位：人次）\n年份\t咨询\t援助\n2022\t1200\t300\n2023\t1500\t320\n');
    expect(got.map((q) => [q.text, q.value, q.unit])).toEqual([
      ['1200', 1200, '人次'], ['300', 300, '人次'], ['1500', 1500, '人次'], ['320', 320, '人次'],
    ]);
  });

  it('row headers carry a unit when the columns do not (years across)', () => {
    const got = cells('指标\t2022年\t2023年\n受理案件（件）\t40\t61\n');
    expect(got.map((q) => [q.text, q.unit, q.header])).toEqual([['40', '件', '受理案件（件）'], ['61', '件', '受理案件（件）']]);
  });

  it('a PDF header that came out as one run is split to the rows width', () => {
    const got = cells('类别\t受理数（件） 办结数（件）\n行政复议\t61\t58\n行政应诉\t45\t39\n');
    expect(got.map((q) => [q.text, q.header])).toEqual([['61', '受理数（件）'], ['58', '办结数（件）'], ['45', '受理数（件）'], ['39', '办结数（件）']]);
  });

  it('no unit, no quantity; a cell the scanner read keeps its own quantity; years and serial numbers are not counts', () => {
    expect(cells('名称\t数量\n甲\t12\n')).toEqual([]);
    expect(cells('序号\t受理数（件）\n1\t61件\n').map((q) => [q.text, q.header])).toEqual([['61件', null]]);
    expect(cells('单位：件\n序号\t年份\t受理\n1\t2023\t61\n').map((q) => q.text)).toEqual(['61']);
    expect(cells('一行\t只有一行的表格（件）\n')).toEqual([]);
  });
});
