import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditFromReports } from '../../../src/report/audit.js';
import { auditToHtml } from '../../../src/report/formats/audit-html.js';
import { auditToJson } from '../../../src/report/formats/audit-json.js';
import { auditToText } from '../../../src/report/formats/audit-text.js';
import { indicatorTableToCsv, indicatorValuesToCsv } from '../../../src/report/formats/csv.js';
import { indicatorTableToHtml } from '../../../src/report/formats/html.js';
import { formatTable, isTableFormat, TABLE_FORMATS } from '../../../src/report/formats/index.js';
import { indicatorTableToMarkdown } from '../../../src/report/formats/markdown.js';
import { indicatorTableToXlsx } from '../../../src/report/formats/xlsx.js';
import { buildIndicatorTableFromReports, indicatorValuesFromReports } from '../../../src/report/indicator-table.js';
import { sampleReport, TEST_INDICATORS } from '../store/make-report.js';

const tricky = sampleReport({ file: 'x/a|b<c>,d.txt', org: '东区, "新"街道' });
const table = buildIndicatorTableFromReports([tricky], TEST_INDICATORS);

describe('csv', () => {
  const csv = indicatorTableToCsv(table);
  it('starts with a UTF-8 BOM, ends records with CRLF and quotes commas and quotes', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lines[0]).toBe('file,org,year,行政复议案件受理数（件）,行政复议案件受理数·说明,行政复议案件办结数（件）,行政复议案件办结数·说明,'
      + '排查受理矛盾纠纷数（件）,排查受理矛盾纠纷数·说明,调解成功率（%）,调解成功率·说明,普法宣传活动场次（场）,普法宣传活动场次·说明');
    expect(lines[1]).toBe('"x/a|b<c>,d.txt","东区, ""新""街道",2023,,占位符,9,,156,,96,限定:以上；共2处,12,共2处');
  });
  it('keeps every numeric column numeric: a placeholder is an empty cell with a note, not a string', () => {
    const plain = buildIndicatorTableFromReports([sampleReport()], TEST_INDICATORS);
    const [header, row] = indicatorTableToCsv(plain).slice(1).split('\r\n').map((l) => l.split(','));
    const numeric = header!.map((h, i) => (h.endsWith('）') ? i : -1)).filter((i) => i >= 0);
    for (const i of numeric) expect(row![i]).toMatch(/^(\d+(\.\d+)?)?$/);
  });
  it('an empty number with an empty note means not mentioned, unlike a placeholder', () => {
    const noClosed = sampleReport({
      quantities: [{ text: '*件', value: null, unit: '件', indicator: 'reconsideration.received' }],
    });
    const cells = indicatorTableToCsv(buildIndicatorTableFromReports([noClosed], TEST_INDICATORS)).slice(1).split('\r\n')[1]!.split(',');
    expect(cells.slice(3, 7)).toEqual(['', '占位符', '', '']);
  });
  it('a value whose unit does not agree with its column is kept and flagged with its unit', () => {
    const other = sampleReport({
      file: 'z.txt',
      quantities: [{ text: '12场', value: 12, unit: '期', indicator: 'publicity.events' }],
    });
    const two = buildIndicatorTableFromReports([tricky, other], TEST_INDICATORS);
    const lines = indicatorTableToCsv(two).slice(1).split('\r\n');
    expect(lines[0]).toContain('普法宣传活动场次（场）');
    expect(lines[2]!.split(',').slice(-2)).toEqual(['12', '单位:期']);
    expect(indicatorTableToMarkdown(two)).toContain('| 12期 |');
  });
  it('writes the long table with 0/1 flags and an empty value for a placeholder', () => {
    const lines = indicatorValuesToCsv(indicatorValuesFromReports([sampleReport()], TEST_INDICATORS)).slice(1).split('\r\n');
    expect(lines[0]).toBe('file,org,year,indicator_id,indicator_name,value,unit,qualifier,placeholder,plan,shown,line,column,section_path,sentence,rule_id');
    expect(lines).toHaveLength(1 + 7 + 1);
    expect(lines[4]).toMatch(/^towns\/青石镇2023\.txt,青石镇人民政府,2023,reconsideration\.received,行政复议案件受理数,,件,,1,0,1,6,9,主要工作成效 › 行政复议,/);
    expect(lines[6]).toContain(',98,%,,0,1,0,8,');
  });
});

describe('xlsx', () => {
  it('round-trips: bold frozen header, numeric cells, yellow empty placeholder with a note', async () => {
    const buffer = await indicatorTableToXlsx(table);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('indicators')!;
    expect(sheet.getCell('A1').value).toBe('file');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('C2').value).toBe(2023);
    expect(sheet.getCell('D1').value).toBe('行政复议案件受理数（件）');
    expect(sheet.getCell('H2').value).toBe(156);
    expect(typeof sheet.getCell('J2').value).toBe('number');
    expect(sheet.getCell('K2').value).toBe('限定:以上；共2处');
    const placeholder = sheet.getCell('D2');
    expect(placeholder.value).toBeNull();
    expect(placeholder.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFF3B0' } });
    expect(sheet.getCell('E2').value).toBe('占位符');
    expect(sheet.getCell('G2').value).toBeNull();
    expect(sheet.getColumn(4).width).toBeGreaterThan(16);
  });
});

describe('markdown and html', () => {
  it('markdown escapes | and <, shows units in headers, qualifiers and placeholders in cells', () => {
    const md = indicatorTableToMarkdown(table);
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe('| file | org | year | 行政复议案件受理数（件） | 行政复议案件办结数（件） | 排查受理矛盾纠纷数（件） | 调解成功率（%） | 普法宣传活动场次（场） |');
    expect(lines[1]).toBe('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    expect(lines[2]).toBe('| x/a\\|b&lt;c&gt;,d.txt | 东区, "新"街道 | 2023 | 占位 | 9 | 156 | 96以上 | 12 |');
  });
  it('html is a standalone escaped UTF-8 page', () => {
    const html = indicatorTableToHtml(table);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<td class="file">x/a|b&lt;c&gt;,d.txt</td>');
    expect(html).not.toContain('<c>');
    expect(html).toContain('<td class="org">东区, &quot;新&quot;街道</td>');
    expect(html).toMatch(/<td class="num placeholder" title="[^"]*">占位<\/td>/);
    expect(html).toContain('>96以上</td>');
  });
  it('formats are picked by name', async () => {
    expect(Object.keys(TABLE_FORMATS)).toEqual(['csv', 'xlsx', 'md', 'html']);
    expect(isTableFormat('md')).toBe(true);
    expect(isTableFormat('toString')).toBe(false);
    expect(await formatTable(table, 'csv')).toBe(indicatorTableToCsv(table));
    expect(Buffer.isBuffer(await formatTable(table, 'xlsx'))).toBe(true);
  });
});

describe('audit formats', () => {
  const audit = auditFromReports([tricky, sampleReport({ file: 'empty.txt', quantities: [] })], TEST_INDICATORS);
  it('text: one line per placeholder, then the totals', () => {
    expect(auditToText(audit)).toBe(
      'x/a|b<c>,d.txt:6:9  主要工作成效 › 行政复议  [reconsideration.received]  '
        + '受理行政复议案件*件，办结行政复议案件9件，另有“A|B<c>”类案件，由镇司法所逐一登记。\n'
        + '1 placeholder(s) in 1 of 2 report(s)\n'
        + '0 inconsistency finding(s) (0 error(s), 0 warning(s))\n',
    );
  });
  it('json: top-level total and every checked report', () => {
    const parsed = JSON.parse(auditToJson(audit)) as { total: number; reports: Array<{ file: string; placeholders: unknown[] }> };
    expect(parsed.total).toBe(1);
    expect(parsed.reports.map((r) => [r.file, r.placeholders.length])).toEqual([['empty.txt', 0], ['x/a|b<c>,d.txt', 1]]);
  });
  it('html: escaped, the placeholder marked in its context, clean reports listed last in one line', () => {
    const html = auditToHtml(audit);
    expect(html).toContain('“A|B&lt;c&gt;”');
    expect(html).toContain('受理行政复议案件<mark>*件</mark>');
    expect(html).not.toContain('<c>');
    expect(html.indexOf('x/a|b&lt;c&gt;,d.txt')).toBeLessThan(html.indexOf('无问题的报告'));
    expect(html).toMatch(/无问题的报告[^]*empty\.txt/);
  });
  it('findings come first, in text, json and html', () => {
    const bad = sampleReport({
      file: 'bad.txt',
      quantities: [{ text: '156件', value: 156, unit: '件', indicator: 'disputes.received' }, { text: '96%以上', value: 196, unit: '%', indicator: 'disputes.success_rate' }, { text: '*件', value: null, unit: '件', indicator: 'reconsideration.received' }],
    });
    const withFinding = auditFromReports([bad], TEST_INDICATORS);
    const text = auditToText(withFinding).split('\n');
    expect(text[0]).toMatch(/^bad\.txt:4:\d+  error rate-over-100  disputes\.success_rate 96%以上 is above 100%/);
    expect(text[1]).toMatch(/^bad\.txt:6:9 /);
    const json = JSON.parse(auditToJson(withFinding)) as { inconsistencies: number; reports: Array<{ findings: Array<{ code: string }> }> };
    expect(json.inconsistencies).toBe(1);
    expect(json.reports[0]!.findings[0]!.code).toBe('rate-over-100');
    const html = auditToHtml(withFinding);
    expect(html.indexOf('rate-over-100')).toBeLessThan(html.indexOf('<th>行:列</th>'));
  });
});
