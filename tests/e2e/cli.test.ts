/**
 * End-to-end: the real built CLI (`node bin/zhibiao.js`, run `npm run build` first) on the
 * mini-corpora of tests/fixtures/e2e/, writing into a temporary folder, checked in the real
 * SQLite file and output files.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, STACK_LINE, copyScenario, lazy, lineMatching, makeTmp, queryDb, runCli, type CliResult } from './run-cli.js';

const HEXI = 'basic/hexi-town-2023.txt';
const BEISHAN = 'basic/beishan-draft-2023.txt';

interface ObsRow {
  file: string;
  indicator_id: string;
  rule_id: string;
  value: number | null;
  unit: string;
  placeholder: number;
  plan: number;
  line: number;
}

const observations = (db: string) =>
  queryDb<ObsRow>(
    db,
    `SELECT r.file, o.indicator_id, o.rule_id, o.value, o.unit, o.placeholder, o.plan, o.line
     FROM observations o JOIN reports r ON r.id = o.report_id ORDER BY r.file, o.idx`,
  );
const count = async (db: string, table: string) => (await queryDb<{ n: number }>(db, `SELECT count(*) AS n FROM ${table}`))[0]!.n;
const valueOf = (rows: readonly ObsRow[], file: string, id: string) => rows.filter((r) => r.file === file && r.indicator_id === id);

/** A tiny RFC 4180 reader (quoted fields, CRLF records) for the CSVs the CLI writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

// Every scenario is started at once (runCli queues the processes) and awaited by its tests.
// One ingest of the basic scenario is shared by the ingest, tables and audit checks.
const shared = makeTmp();
const dbPath = join(shared.dir, 'db', 'indicators.db');
const tablesDir = join(shared.dir, 'tables');
const auditFile = join(shared.dir, 'audit.json');
const basicIngestRun = lazy(() =>
  runCli(['ingest', copyScenario('basic', shared.dir), '--db', dbPath, '--tables', tablesDir, '--format', 'csv', '--audit', auditFile]),
);
let basicIngest: CliResult;
const started: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  const first = basicIngestRun();
  for (const start of started) void start();
  basicIngest = await first;
});
afterAll(() => shared.cleanup());

describe('ingest a folder', () => {
  it('exits 0 and stores one report row per file', async () => {
    expect(basicIngest.stderr).not.toMatch(STACK_LINE);
    expect(basicIngest.code).toBe(0);
    expect(basicIngest.stderr).toContain('2 ingested');
    const reports = await queryDb<{ file: string; org: string; year: number; encoding: string }>(
      dbPath,
      'SELECT file, org, year, encoding FROM reports ORDER BY file',
    );
    expect(reports).toEqual([
      { file: BEISHAN, org: '北山乡人民政府', year: 2023, encoding: 'utf-8' },
      { file: HEXI, org: '河西镇人民政府', year: 2023, encoding: 'utf-8' },
    ]);
  });

  it('stores the expected indicator values, each citing its rule', async () => {
    const rows = await observations(dbPath);
    const hexi = rows.filter((r) => r.file === HEXI).map((r) => [r.indicator_id, r.value, r.unit, r.line]);
    expect(hexi).toEqual([
      ['reconsideration.received', 12, '件', 6],
      ['reconsideration.closed', 11, '件', 6],
      ['litigation.cases', 3, '件', 6],
      ['litigation.appearance_rate', 100, '%', 6],
      ['disputes.mediated', 30, '起', 8],
      ['disputes.success_rate', 95, '%', 8],
      ['publicity.events', 25, '场', 10],
      ['publicity.materials', 4000, '份', 10],
      ['mediation.committees', 3, '个', 12],
    ]);
    for (const r of rows) expect(r.rule_id.startsWith(`${r.indicator_id}.`)).toBe(true);
    // the target under 二、下一步工作计划 is a plan, the others are not
    expect(rows.filter((r) => r.plan === 1).map((r) => r.indicator_id)).toEqual(['mediation.committees']);
  });

  it('stores a placeholder as value NULL with placeholder = 1 (never 0, never dropped)', async () => {
    const rows = valueOf(await observations(dbPath), BEISHAN, 'reconsideration.received');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: null, placeholder: 1, unit: '起', line: 4 });
    const qs = await queryDb<{ text: string; value: number | null; placeholder: number }>(
      dbPath,
      `SELECT q.text, q.value, q.placeholder FROM quantities q JOIN reports r ON r.id = q.report_id
       WHERE r.file = ? AND q.placeholder = 1 ORDER BY q.idx`,
      [BEISHAN],
    );
    expect(qs).toEqual([
      { text: '*起', value: null, placeholder: 1 },
      { text: '*起', value: null, placeholder: 1 },
    ]);
    const zeros = await queryDb(dbPath, 'SELECT * FROM quantities WHERE placeholder = 1 AND value IS NOT NULL');
    expect(zeros).toEqual([]);
  });

  it('writes the tables and the audit asked for with --tables and --audit', () => {
    expect(readdirSync(tablesDir).sort()).toEqual(['.zhibiao-outputs.sha256', 'indicator_values.csv', 'indicators.csv']);
    const audit = JSON.parse(readFileSync(auditFile, 'utf8')) as { total: number };
    expect(audit.total).toBe(2);
  });
});

/** What the database holds after one step of the re-ingest scenario. */
interface Snapshot {
  run: CliResult;
  counts: number[];
  obs: ObsRow[];
  beishanId: number;
}

const reingestTmp = makeTmp();
const reingestRun = lazy(async () => {
  const db = join(reingestTmp.dir, 're.db');
  const input = copyScenario('basic', reingestTmp.dir);
  // a snapshot of rules/: an edit to rules/ during the run would change the ruleset hash
  const rules = join(reingestTmp.dir, 'rules');
  cpSync(join(ROOT, 'rules'), rules, { recursive: true });
  const ingest = (...flags: string[]) => runCli(['ingest', input, '--db', db, '--rules', rules, ...flags]);
  const snap = async (run: CliResult): Promise<Snapshot> => ({
    run,
    counts: [await count(db, 'reports'), await count(db, 'quantities'), await count(db, 'observations')],
    obs: await observations(db),
    beishanId: (await queryDb<{ id: number }>(db, 'SELECT id FROM reports WHERE file = ?', [BEISHAN]))[0]!.id,
  });
  const first = await snap(await ingest('--no-progress'));
  const second = await snap(await ingest());
  const file = join(input, 'hexi-town-2023.txt');
  writeFileSync(file, readFileSync(file, 'utf8').replace('受理行政复议案件12件', '受理行政复议案件15件'));
  const edited = await snap(await ingest('--no-progress'));
  const orphans = [
    ...(await queryDb(db, 'SELECT 1 FROM quantities WHERE report_id NOT IN (SELECT id FROM reports)')),
    ...(await queryDb(db, 'SELECT 1 FROM observations WHERE report_id NOT IN (SELECT id FROM reports)')),
  ];
  const forced = await snap(await ingest('--force', '--no-progress'));
  const dictionary = join(rules, 'dictionary.yaml');
  writeFileSync(dictionary, `${readFileSync(dictionary, 'utf8')}# edited by the e2e test\n`);
  const rulesChanged = await snap(await ingest('--no-progress'));
  return { first, second, edited, orphans, forced, rulesChanged };
});
started.push(reingestRun);

describe('re-ingest: unchanged, edited, forced', () => {
  let s: Awaited<ReturnType<typeof reingestRun>>;
  beforeAll(async () => {
    s = await reingestRun();
    expect(s.first.run.code).toBe(0);
  });
  afterAll(() => reingestTmp.cleanup());

  it('a second ingest finds every file unchanged and leaves the counts identical', () => {
    expect(s.second.run.code).toBe(0);
    expect(s.second.run.stderr).toContain('0 ingested, 2 unchanged, 0 failed');
    expect(s.second.run.stderr).toMatch(/unchanged since the last ingest/);
    expect(s.second.counts).toEqual(s.first.counts);
    expect(s.second.obs).toEqual(s.first.obs);
  });

  it('editing one file replaces only its rows', () => {
    expect(s.edited.run.code).toBe(0);
    expect(s.edited.run.stderr).toContain('1 ingested, 1 unchanged, 0 failed');
    expect(valueOf(s.edited.obs, HEXI, 'reconsideration.received').map((o) => o.value)).toEqual([15]);
    expect(s.edited.counts).toEqual(s.first.counts);
    expect(s.edited.obs.filter((o) => o.file === BEISHAN)).toEqual(s.first.obs.filter((o) => o.file === BEISHAN));
    expect(s.edited.beishanId).toBe(s.first.beishanId); // the untouched report was not rewritten
    expect(s.orphans).toEqual([]);
  });

  it('--force re-ingests every file', () => {
    expect(s.forced.run.code).toBe(0);
    expect(s.forced.run.stderr).toContain('2 ingested, 0 unchanged, 0 failed');
    expect(s.forced.counts).toEqual(s.edited.counts);
    expect(s.forced.obs).toEqual(s.edited.obs);
  });

  it('a change to the rule files re-ingests every file (the ruleset hash is part of the key)', () => {
    expect(s.rulesChanged.run.code).toBe(0);
    expect(s.rulesChanged.run.stderr).toContain('2 ingested, 0 unchanged, 0 failed');
    expect(s.rulesChanged.counts).toEqual(s.forced.counts);
  });
});

const badTmp = makeTmp();
const badRun = lazy(async () => {
  const tmp = badTmp;
  const db = join(tmp.dir, 'bad.db');
  const missing = join(tmp.dir, 'no-such-report.txt');
  const dir = copyScenario('bad-input', tmp.dir);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'x.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'));
  writeFileSync(
    join(dir, 'nanpo-gbk.txt'),
    iconv.encode('南坡镇人民政府2023年法治政府建设工作报告\n\n一、主要工作\n全年共受理行政复议案件7件，办结7件。\n', 'gbk'),
  );
  mkdirSync(join(dir, 'fake.txt'));
  const [run, extractRun] = await Promise.all([
    runCli(['ingest', dir, missing, '--db', db, '--no-progress']),
    runCli(['extract', dir, '--format', 'json', '--out', join(tmp.dir, 'json')]),
  ]);
  return { tmp, db, missing, run, extractRun };
});
started.push(badRun);

describe('bad input never stops the batch', () => {
  let tmp: typeof badTmp, db: string, missing: string, run: CliResult, extractRun: CliResult;
  beforeAll(async () => {
    ({ tmp, db, missing, run, extractRun } = await badRun());
  });
  afterAll(() => badTmp.cleanup());

  it('exits 1 and names every failure with its path and reason', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('2 ingested');
    expect(run.stderr).toContain('4 failed');
    expect(run.stderr).toMatch(/bad-input\/empty\.txt: .*empty/);
    expect(run.stderr).toMatch(/bad-input\/x\.txt: .*binary/);
    expect(run.stderr).toMatch(/bad-input\/fake\.txt: .*directory/);
    expect(run.stderr).toContain(`${missing}: no such file or folder`);
  });

  it('prints no stack trace without --debug', () => {
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(extractRun.stderr).not.toMatch(STACK_LINE);
  });

  it('stores the good files, the GBK one decoded', async () => {
    const reports = await queryDb<{ file: string; encoding: string }>(db, 'SELECT file, encoding FROM reports ORDER BY file');
    expect(reports.map((r) => r.file)).toEqual(['bad-input/dongling-street-2022.txt', 'bad-input/nanpo-gbk.txt']);
    expect(reports[1]!.encoding).toMatch(/^(gbk|gb18030)$/i);
    const rows = await observations(db);
    expect(valueOf(rows, 'bad-input/nanpo-gbk.txt', 'reconsideration.received').map((o) => o.value)).toEqual([7]);
    expect(valueOf(rows, 'bad-input/dongling-street-2022.txt', 'disputes.received').map((o) => o.value)).toEqual([48]);
    expect(valueOf(rows, 'bad-input/dongling-street-2022.txt', 'disputes.mediated_success').map((o) => o.value)).toEqual([46]);
  });

  it('extract on the same folder also goes on past bad files: exit 1, JSON for the good ones', () => {
    expect(extractRun.code).toBe(1);
    expect(readdirSync(join(tmp.dir, 'json')).sort()).toEqual(['.zhibiao-outputs.sha256', 'dongling-street-2022.json', 'nanpo-gbk.json']);
    expect(extractRun.stderr).toMatch(/empty\.txt: .*empty/);
  });

  it('names the path of a failed file once, not twice', () => {
    expect(run.stderr).not.toMatch(/bad-input\/empty\.txt: bad-input\/empty\.txt/);
  });
});

const extractTmp = makeTmp();
const extractRuns = lazy(() =>
  Promise.all([
    runCli(['extract', join(FIXTURES, HEXI), '--format', 'json']),
    runCli(['extract', join(FIXTURES, 'basic'), '--format', 'json', '--out', join(extractTmp.dir, 'json')]),
  ]),
);
started.push(extractRuns);

describe('extract', () => {
  const tmp = extractTmp;
  afterAll(() => tmp.cleanup());

  it('FILE --format json prints the FORMAT.md shape with the right values', async () => {
    const [r] = await extractRuns();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json.file).toBe('hexi-town-2023.txt');
    expect(json.meta).toMatchObject({ org: '河西镇人民政府', year: 2023 });
    const pick = <T extends object>(items: T[], keys: (keyof T)[]) => items.map((x) => Object.fromEntries(keys.map((k) => [k, x[k]])));
    expect(pick(json.headings, ['line', 'level', 'marker', 'title'])).toEqual([
      { line: 4, level: 1, marker: '一、', title: '主要工作' },
      { line: 5, level: 2, marker: '（一）', title: '化解行政争议' },
      { line: 7, level: 2, marker: '（二）', title: '调解矛盾纠纷' },
      { line: 9, level: 2, marker: '（三）', title: '开展普法宣传' },
      { line: 11, level: 1, marker: '二、', title: '下一步工作计划' },
    ]);
    const quantities = pick(json.quantities, ['line', 'text', 'value', 'unit', 'qualifier', 'placeholder']);
    expect(quantities).toContainEqual({ line: 6, text: '12件', value: 12, unit: '件', qualifier: null, placeholder: false });
    expect(quantities).toContainEqual({ line: 8, text: '95%', value: 95, unit: '%', qualifier: null, placeholder: false });
    expect(quantities).toContainEqual({ line: 10, text: '4000余份', value: 4000, unit: '份', qualifier: '余', placeholder: false });
    expect(quantities).toHaveLength(9);
    // no year or date became a quantity
    expect(quantities.some((q) => /年/.test(String(q.text)))).toBe(false);
    const indicators = pick(json.indicators, ['id', 'line', 'value', 'unit', 'placeholder']);
    expect(indicators).toContainEqual({ id: 'reconsideration.received', line: 6, value: 12, unit: '件', placeholder: false });
    expect(indicators).toContainEqual({ id: 'disputes.success_rate', line: 8, value: 95, unit: '%', placeholder: false });
    expect(indicators).toHaveLength(9);
  });

  it('a placeholder comes out as value null, placeholder true', async () => {
    const [, r] = await extractRuns();
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(tmp.dir, 'json', 'beishan-draft-2023.json'), 'utf8'));
    expect(json.quantities[0]).toMatchObject({ line: 4, text: '*起', value: null, unit: '起', placeholder: true });
    expect(json.indicators[0]).toMatchObject({ id: 'reconsideration.received', line: 4, value: null, placeholder: true });
  });

  it('DIR --format json --out OUT writes NAME.json per NAME.txt', async () => {
    const out = join(tmp.dir, 'json');
    const [, r] = await extractRuns();
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['.zhibiao-outputs.sha256', 'beishan-draft-2023.json', 'hexi-town-2023.json']);
    const hexi = JSON.parse(readFileSync(join(out, 'hexi-town-2023.json'), 'utf8'));
    expect(Object.keys(hexi)).toEqual(expect.arrayContaining(['file', 'meta', 'headings', 'quantities', 'indicators']));
    expect(hexi.indicators).toHaveLength(9);
  });
});

const tablesTmp = makeTmp();
const nope = join(tablesTmp.dir, 'nope.db');
const missingDbRuns = lazy(() =>
  Promise.all([
    runCli(['tables', '--db', nope, '--out', join(tablesTmp.dir, 'x')]),
    runCli(['tables', '--db', nope, '--out', join(tablesTmp.dir, 'x'), '--debug']),
  ]),
);
started.push(missingDbRuns);

describe('tables', () => {
  const tmp = tablesTmp;
  const out = join(tmp.dir, 'out');
  let r: CliResult;
  let indicatorNames: string[];
  beforeAll(async () => {
    r = await runCli(['tables', '--db', dbPath, '--out', out, '--format', 'csv,xlsx,md,html']);
    indicatorNames = (await queryDb<{ name: string }>(dbPath, 'SELECT name FROM indicators ORDER BY position')).map((x) => x.name);
  });
  afterAll(() => tmp.cleanup());

  it('writes every format and the long table', () => {
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '.zhibiao-outputs.sha256',
      'indicator_values.csv',
      'indicators.csv',
      'indicators.html',
      'indicators.md',
      'indicators.xlsx',
    ]);
  });

  it('indicators.csv: UTF-8 BOM, CRLF, one row per report, one column per catalog indicator', () => {
    const bytes = readFileSync(join(out, 'indicators.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toContain('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const [header, ...rows] = parseCsv(text);
    // per indicator: a numeric column with its unit, then a note column
    expect(header!.slice(0, 3)).toEqual(['file', 'org', 'year']);
    expect(header!.slice(3).filter((_, i) => i % 2 === 1)).toEqual(indicatorNames.map((n) => `${n}·说明`));
    expect(header!.slice(3).filter((_, i) => i % 2 === 0).map((h) => h.replace(/（[^（）]*）$/, ''))).toEqual(indicatorNames);
    expect(indicatorNames.length).toBeGreaterThanOrEqual(20);
    expect(rows.map((row) => row[0])).toEqual([BEISHAN, HEXI]);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const col = (name: string) => header!.findIndex((h) => h.startsWith(`${name}（`));
    const hexi = rows[1]!;
    expect(hexi[col('行政复议案件受理数')]).toBe('12');
    expect(hexi[col('调解成功率')]).toBe('95');
    expect(header![col('调解成功率')]).toBe('调解成功率（%）');
    const beishan = rows[0]!;
    // a placeholder: an empty number and the note 占位符, never `*` in a numeric column, never 0
    expect(beishan[col('行政复议案件受理数')]).toBe('');
    expect(beishan[col('行政复议案件受理数') + 1]).toContain('占位符');
    expect(beishan[col('法律顾问数')]).toBe('2');
    for (const row of rows) {
      for (let i = 3; i < header!.length; i += 2) expect(row[i]).toMatch(/^(-?\d+(\.\d+)?)?$/);
    }
  });

  it('indicator_values.csv has one row per stored observation', async () => {
    const bytes = readFileSync(join(out, 'indicator_values.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual(expect.arrayContaining(['file', 'indicator_id', 'value', 'placeholder', 'line', 'rule_id']));
    expect(rows).toHaveLength(await count(dbPath, 'observations'));
  });

  it('indicators.xlsx, .md and .html hold the same table', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'indicators.xlsx'));
    const sheet = wb.worksheets[0]!;
    expect(sheet.rowCount).toBe(3);
    const headerRow = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(headerRow.slice(0, 3)).toEqual(['file', 'org', 'year']);
    const at = headerRow.indexOf('行政复议案件受理数（件）') + 1;
    const hexiRow = sheet.getRow(3);
    expect(hexiRow.getCell(1).value).toBe(HEXI);
    expect(hexiRow.getCell(at).value).toBe(12); // a typed number, not the text "12"
    const md = readFileSync(join(out, 'indicators.md'), 'utf8');
    expect(md).toContain('行政复议案件受理数');
    expect(md).toContain(HEXI);
    const html = readFileSync(join(out, 'indicators.html'), 'utf8');
    expect(html).toMatch(/<table/);
    expect(html).toContain('行政复议案件受理数');
    expect(html).toContain(BEISHAN);
  });

  it('exits 2 on a missing database, without a stack trace (one with --debug)', async () => {
    const [plain, debug] = await missingDbRuns();
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain(nope);
    expect(plain.stderr).not.toMatch(STACK_LINE);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK_LINE);
    expect(existsSync(nope)).toBe(false);
  });
});

// the folder holds one draft with placeholders and one clean report
const auditFileRun = lazy(() => runCli(['audit', join(FIXTURES, 'basic'), '--format', 'json', '--fail-on-placeholder']));
const auditCleanRun = lazy(() => runCli(['audit', join(FIXTURES, HEXI), '--fail-on-placeholder']));
started.push(auditFileRun, auditCleanRun);

describe('audit', () => {
  interface AuditJson {
    total: number;
    reports: Array<{ file: string; placeholders: Array<{ file: string; line: number; column: number; context: string; text: string }> }>;
  }
  let fileMode: CliResult;
  let dbMode: CliResult;
  beforeAll(async () => {
    [fileMode, dbMode] = await Promise.all([auditFileRun(), runCli(['audit', '--db', dbPath, '--format', 'json'])]);
  });

  it('FILES --format json: total = number of placeholders, one entry per report, located with context', () => {
    const audit = JSON.parse(fileMode.stdout) as AuditJson;
    expect(audit.total).toBe(2);
    expect(audit.reports.map((x) => x.file)).toEqual([BEISHAN, HEXI]);
    expect(audit.reports.reduce((n, x) => n + x.placeholders.length, 0)).toBe(audit.total);
    const [a, b] = audit.reports[0]!.placeholders;
    expect(a).toMatchObject({ file: BEISHAN, line: 4, column: 12, text: '*起' });
    expect(b).toMatchObject({ file: BEISHAN, line: 4, column: 17, text: '*起' });
    expect(a!.context).toContain('受理行政复议案件*起');
    expect(audit.reports[1]!.placeholders).toEqual([]);
  });

  it('--db gives the same total as reading the files', () => {
    expect(dbMode.code).toBe(0);
    const fromDb = JSON.parse(dbMode.stdout) as AuditJson;
    const fromFiles = JSON.parse(fileMode.stdout) as AuditJson;
    expect(fromDb.total).toBe(fromFiles.total);
    expect(fromDb.reports.map((x) => x.placeholders.map((p) => [p.file, p.line, p.column]))).toEqual(
      fromFiles.reports.map((x) => x.placeholders.map((p) => [p.file, p.line, p.column])),
    );
  });

  it('--fail-on-placeholder exits 1 with placeholders and 0 on a clean report', async () => {
    const [dirty, clean] = [fileMode, await auditCleanRun()];
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toContain('beishan-draft-2023.txt');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/^0 placeholder/m);
    expect(dirty.stderr + clean.stderr).not.toMatch(STACK_LINE);
  });
});

/** A copy of rules/ with five indicator files broken, one way each; returns what was broken where. */
function breakRules(dir: string) {
  const rules = join(dir, 'rules');
  cpSync(join(ROOT, 'rules'), rules, { recursive: true });
  const edit = (name: string, fn: (text: string) => string) => {
    const file = join(rules, 'indicators', name);
    const before = readFileSync(file, 'utf8');
    const after = fn(before);
    if (after === before) throw new Error(`could not break ${name}`);
    writeFileSync(file, after);
    return after;
  };
  // 1. YAML syntax: a tab used as indentation
  const transparency = edit('transparency.yaml', (t) => t.replace(/^description:/m, '\tdescription:'));
  // 2. the first indicator loses its `units`
  let mediationIndicatorLine = 0;
  edit('mediation.yaml', (t) => {
    mediationIndicatorLine = lineMatching(t, /^ {2}- id: /);
    return t.replace(/^ {4}units: .*\n/m, '');
  });
  // 3. an unknown tag in the first match pattern
  let litigationRuleLine = 0;
  const litigation = edit('litigation.yaml', (t) => {
    litigationRuleLine = lineMatching(t, /^ {6}- id: /);
    return t.replace(/#[A-Z][A-Za-z]*/, '#Nope');
  });
  // 4. the first rule declared twice (its whole block copied right after it)
  let duplicateLine = 0;
  edit('governance.yaml', (t) => {
    const lines = t.split('\n');
    const start = lines.findIndex((l) => /^ {6}- id: /.test(l));
    let end = start + 1;
    while (end < lines.length && /^( {8}\S| {10})/.test(lines[end]!)) end++;
    const block = lines.slice(start, end);
    lines.splice(end, 0, ...block);
    duplicateLine = end + 1;
    return lines.join('\n');
  });
  // 5. a unit that lexicon.yaml does not know
  let unitIndicatorLine = 0;
  let unitLine = 0;
  const legal = edit('legal-services.yaml', (t) => t.replace(/^ {4}units: \[/m, '    units: [光年, '));
  unitIndicatorLine = lineMatching(legal, /^ {2}- id: /);
  unitLine = lineMatching(legal, /光年/);
  return {
    rules,
    transparencyLine: lineMatching(transparency, /^\tdescription:/),
    mediationIndicatorLine,
    litigationRuleLine,
    litigationMatchLine: lineMatching(litigation, /#Nope/),
    duplicateLine,
    unitIndicatorLine,
    unitLine,
  };
}

const rulesTmp = makeTmp();
const ingestDb = join(rulesTmp.dir, 'never.db');
const rulesRuns = lazy(async () => {
  const broken = breakRules(rulesTmp.dir);
  const [good, bad, ingestBad] = await Promise.all([
    runCli(['rules', 'check', '--rules', 'rules']),
    runCli(['rules', 'check', '--rules', broken.rules]),
    runCli(['ingest', join(FIXTURES, 'basic'), '--db', ingestDb, '--rules', broken.rules, '--no-progress']),
  ]);
  return { broken, good, bad, ingestBad };
});
started.push(rulesRuns);

describe('rules check', () => {
  let broken: ReturnType<typeof breakRules>;
  let good: CliResult;
  let bad: CliResult;
  let ingestBad: CliResult;
  beforeAll(async () => {
    ({ broken, good, bad, ingestBad } = await rulesRuns());
  });
  afterAll(() => rulesTmp.cleanup());

  it('exits 0 on rules/ and runs every example', () => {
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/\d+ files, \d+ indicators, \d+ rules, \d+ examples: all pass/);
  });

  it('exits 2 on a broken copy, without a stack trace', () => {
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });

  const errorLines = () => bad.stderr.split('\n').filter((l) => /\.ya?ml/.test(l) && !/error\(s\) in/.test(l));
  const errorFor = (name: string) => errorLines().filter((l) => l.includes(`indicators/${name}`));

  it('names file, line and field of a missing `units`', () => {
    expect(errorFor('mediation.yaml')).toEqual([expect.stringContaining(`mediation.yaml:${broken.mediationIndicatorLine}: indicators.0.units:`)]);
  });

  it('names file, line and field of an unknown tag', () => {
    const [line] = errorFor('litigation.yaml');
    const m = /litigation\.yaml:(\d+): (indicators\.0\.rules\.0\.match(?:\.\d+)?): unknown tag #Nope/.exec(line ?? '');
    expect(m, line).not.toBeNull();
    // the rule that holds the pattern (its id line) or the pattern itself
    expect(Number(m![1])).toBeGreaterThanOrEqual(broken.litigationRuleLine);
    expect(Number(m![1])).toBeLessThanOrEqual(broken.litigationMatchLine);
  });

  it('names file and field of a duplicate rule id', () => {
    expect(errorFor('governance.yaml')).toEqual([expect.stringMatching(/governance\.yaml:\d+: indicators\.0\.rules\.1\.id: rule \S+ is already declared/)]);
  });

  it('points at the duplicate declaration, not the original', () => {
    expect(errorFor('governance.yaml')[0]).toContain(`governance.yaml:${broken.duplicateLine}:`);
  });

  it('names file, line and field of a unit that lexicon.yaml does not know', () => {
    const [line] = errorFor('legal-services.yaml');
    const m = /legal-services\.yaml:(\d+): indicators\.0\.units: unit 光年 is not a canonical unit/.exec(line ?? '');
    expect(m, line).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(broken.unitIndicatorLine);
    expect(Number(m![1])).toBeLessThanOrEqual(broken.unitLine);
  });

  it('names the file of a YAML syntax error', () => {
    expect(errorFor('transparency.yaml')).toEqual([expect.stringContaining('YAML syntax')]);
  });

  it('names the line of a YAML syntax error', () => {
    expect(errorFor('transparency.yaml')[0]).toContain(`transparency.yaml:${broken.transparencyLine}:`);
  });

  it('every broken file has its error and no intact indicator file is blamed', () => {
    const blamed = new Set(errorLines().map((l) => /indicators\/([\w-]+\.yaml)/.exec(l)?.[1]).filter(Boolean));
    expect([...blamed].sort()).toEqual(['governance.yaml', 'legal-services.yaml', 'litigation.yaml', 'mediation.yaml', 'transparency.yaml']);
  });

  it('gives exactly one error per broken file (no follow-on errors in catalog.yaml)', () => {
    expect(errorLines()).toHaveLength(5);
    expect(bad.stderr).toMatch(/^5 error\(s\)/m);
  });

  it('ingest with the broken rules exits 2 and stores nothing', () => {
    expect(ingestBad.code).toBe(2);
    expect(ingestBad.stderr).toMatch(/rule files have errors/);
    expect(ingestBad.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(ingestDb)).toBe(false);
  });
});

const usageRuns = lazy(() =>
  Promise.all([
    runCli(['ingest', 'corpus', '--bogus']),
    runCli(['ingest']),
    runCli(['extract', '--format', 'yaml', 'x.txt']),
    runCli(['nosuch']),
  ]),
);
const commands = [[], ['ingest'], ['extract'], ['tables'], ['audit'], ['rules'], ['rules', 'check'], ['explain']];
const helpRuns = lazy(() => Promise.all(commands.map((c) => runCli([...c, '--help']))));
started.push(usageRuns, helpRuns);

describe('usage errors and help', () => {
  it('unknown option, missing argument and unknown command exit 2', async () => {
    const runs = await usageRuns();
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
    expect(runs[0]!.stderr).toContain("unknown option '--bogus'");
    expect(runs[1]!.stderr).toContain('missing required argument');
  });

  it('--help works on every command and exits 0', async () => {
    const runs = await helpRuns();
    runs.forEach((r, i) => {
      expect(r.code, `${commands[i]!.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toContain(`Usage: zhibiao${commands[i]!.length ? ` ${commands[i]!.join(' ')}` : ''}`);
    });
  });
});

const explainRuns = lazy(() =>
  Promise.all([runCli(['explain', `${join(FIXTURES, HEXI)}:6`]), runCli(['explain', 'tests/fixtures/e2e/basic/none.txt:3'])]),
);
started.push(explainRuns);

describe('explain', () => {
  it('FILE:LINE prints the section, the tokens and the matched rule ids', async () => {
    const [r] = await explainRuns();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^hexi-town-2023\.txt:6$/m);
    expect(r.stdout).toContain('section: 主要工作 › 化解行政争议');
    expect(r.stdout).toMatch(/tokens: .*行政复议.*\[12:value\] \[件:unit\]/);
    expect(r.stdout).toMatch(/→ reconsideration\.received\s+by reconsideration\.received\.receive-case/);
    expect(r.stdout).toMatch(/→ litigation\.appearance_rate\s+by litigation\.appearance_rate\.rate/);
  });

  it('a missing file exits 1 and says why', async () => {
    const [, r] = await explainRuns();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/none\.txt: no such file/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
