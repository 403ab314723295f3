/**
 * Text safety: control characters never reach the terminal; values beyond 10^15 and reversed ranges
 * are flagged, not stored as plain values; a number split by a line break is read whole.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSourceText } from '../../src/core/source-text.js';
import { extractReport } from '../../src/pipeline/extract.js';
import { loadRules } from '../../src/rules/load.js';
import { scanQuantities } from '../../src/quantities/index.js';
import { numberBreaks } from '../../src/segment/number-breaks.js';
import { stripControl } from '../../src/cli/terminal-text.js';
import { ROOT, makeTmp, queryDb, runCli } from '../e2e/run-cli.js';

const ruleSet = loadRules(join(ROOT, 'rules')).ruleSet!;
const quantities = (text: string) => scanQuantities(createSourceText('t.txt', text), ruleSet.lexicon).map((q) => [q.value, q.unit]);
const extract = (text: string) => extractReport({ file: 't.txt', text, encoding: 'utf-8', sha256: '' }, { ruleSet });
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** prose long enough to be a report, with one hostile line */
const report = (line: string) => ['青山镇2023年法治政府建设情况报告', '一、主要工作', '坚持依法行政，推进法治政府建设，各项工作取得新进展。'.repeat(6), line].join('\n');

const tmp = makeTmp('zhibiao-text-');
afterAll(() => tmp.cleanup());

describe('control characters stay off the terminal', () => {
  it('stripControl keeps text, tabs and newlines and drops ESC, BEL, CR, DEL and C1', () => {
    expect(stripControl('a\x1b]0;title\x07b\tc\nd\re\x7ff\x9b31mg')).toBe('a]0;titleb\tc\ndef31mg');
  });

  it('audit text of a report holding escape sequences, and file names holding them, print none', async () => {
    const dir = join(tmp.dir, 'ctl');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), report('全年共受理行政复议案件*件\x1b]0;pwned\x07，办结*件\x1b[2J。'));
    writeFileSync(join(dir, 'b\x1b[31m.txt'), '');
    const r = await runCli(['audit', dir]);
    expect(r.code).toBe(1); // b is empty: a failed file
    expect(r.stdout).toMatch(/ctl\/a\.txt:4:\d+ .*全年共受理行政复议案件\*件\]0;/);
    expect(r.stdout).toMatch(/ctl\/a\.txt:4:\d+ .*办结\*件\[2J/);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stderr).toMatch(/failed {2}\S*ctl\/b\[31m\.txt: /); // the path as given from the current folder
    expect(r.stderr).not.toMatch(CONTROL);
  });
});

describe('implausible values are flagged, not stored as values', () => {
  it.each([
    ['a reversed range', '共受理咨询23453至5%。', /23453至5% is a range whose upper end 5 is below its lower end 23453/],
    ['25 digits', '共受理案件1234567890123456789012345件。', /is beyond 10\^15 \(1\.23e\+24\)/],
    ['beyond 10^15 after 亿', '投入经费2000万亿亿元。', /beyond 10\^15/],
  ])('%s: a warning at its line, no quantity, no indicator', (_label, line, message) => {
    const r = extract(report(line));
    expect(r.quantities.filter((q) => q.span.line === 4)).toEqual([]);
    expect(r.observations).toEqual([]);
    const warnings = r.diagnostics.filter((d) => d.code === 'implausible-value');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings[0]!.span?.line).toBe(4);
    expect(warnings[0]!.message).toMatch(message);
  });

  it('plausible neighbours stay: a range in order, a large sum under 10^15', () => {
    const r = extract(report('办结3至5件，投入经费9000亿元。'));
    expect(r.quantities.map((q) => [q.value, q.high, q.unit])).toEqual([[3, 5, '件'], [9e11, null, '元']]);
    expect(r.diagnostics.filter((d) => d.code === 'implausible-value')).toEqual([]);
  });

  it('ingest stores the warning in diagnostics and no such value', async () => {
    const dir = join(tmp.dir, 'big');
    mkdirSync(dir);
    writeFileSync(join(dir, 'r.txt'), report('全年共受理行政复议案件1234567890123456789012345件，办结12件。'));
    const db = join(tmp.dir, 'big.db');
    const r = await runCli(['ingest', dir, '--db', db, '--no-progress']);
    expect(r.code, r.stderr).toBe(0);
    expect(await queryDb(db, "SELECT severity, code, line FROM diagnostics WHERE code = 'implausible-value'")).toEqual([{ severity: 'warning', code: 'implausible-value', line: 4 }]);
    expect(await queryDb(db, 'SELECT value FROM quantities WHERE value >= 1e15 OR high < value')).toEqual([]);
    expect(await queryDb(db, 'SELECT value FROM quantities')).toEqual([{ value: 12 }]);
  });
});

describe('a number token is never split by a line break', () => {
  it('reads 6⏎6件 as 66件 in a short report that does not look hard-wrapped', () => {
    const text = ['某县行政复议工作报告', '一、案件办理情况', '2023年总共需办理复议案件6', '6件，2024年总共需办理复议案件151件。'].join('\n');
    expect(quantities(text)).toEqual([[66, '件'], [151, '件']]);
    const q = scanQuantities(createSourceText('t.txt', text), ruleSet.lexicon)[0]!;
    expect(q.span.line).toBe(3);
    expect(text.slice(q.span.start, q.span.end)).toBe('6\n6件');
  });

  it('reads a decimal split after its point (98.⏎5%) whole', () => {
    expect(quantities('矛盾纠纷调解工作情况说明\n全县各类矛盾纠纷调解成功率达到98.\n5%以上。')).toEqual([[98.5, '%']]);
  });

  it.each([
    ['a date under a phone number', '联系人：张三，联系电话：12345678\n2024年1月5日'],
    ['a table row', '| 受理 | 办结 | 12\n34件 |'],
    ['a short label line', '附件1\n2份材料清单'],
    ['a code, not an amount', '统一社会信用代码为12345678901\n23456789号'],
    ['a bare number line', '本年度全县共受理复议案件数量为12\n34'],
  ])('leaves %s alone', (_label, text) => {
    expect(numberBreaks(text).size).toBe(0);
  });
});
