import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractedReport, Observation, PlacedQuantity } from '../../../src/core/document.js';
import type { Diagnostic } from '../../../src/core/diagnostic.js';
import { LineIndex, type Span } from '../../../src/core/span.js';
import type { IndicatorDef } from '../../../src/rules/indicator.js';
import { openDatabase, type Database } from '../../../src/store/database.js';
import { syncIndicators } from '../../../src/store/write-report.js';
import type { Heading, SectionRole } from '../../../src/structure/types.js';

/** A small catalog slice in catalog order. */
export const TEST_INDICATORS: IndicatorDef[] = [
  { id: 'reconsideration.received', name: '行政复议案件受理数', group: 'reconsideration', units: ['件', '起'] },
  { id: 'reconsideration.closed', name: '行政复议案件办结数', group: 'reconsideration', units: ['件', '起'] },
  { id: 'disputes.received', name: '排查受理矛盾纠纷数', group: 'disputes', units: ['件', '起'] },
  { id: 'disputes.success_rate', name: '调解成功率', group: 'disputes', units: ['%'] },
  { id: 'publicity.events', name: '普法宣传活动场次', group: 'publicity', units: ['场', '次', '期'] },
];

export interface QuantitySpec {
  /** surface text, searched for in the report text after the previous quantity */
  readonly text: string;
  /** null = placeholder */
  readonly value: number | null;
  readonly unit: string;
  readonly qualifier?: string | null;
  /** make an observation for this indicator */
  readonly indicator?: string;
  readonly plan?: boolean;
  /** the observation is a part of its indicator (其中…) */
  readonly scope?: string;
}

export interface ReportSpec {
  readonly file: string;
  readonly text: string;
  readonly org?: string | null;
  readonly year?: number | null;
  readonly quantities: readonly QuantitySpec[];
  readonly sha256?: string;
  readonly rulesetHash?: string;
}

/** Builds an ExtractedReport whose spans, lines, headings and sentences really index `text`. */
export function makeReport(spec: ReportSpec): ExtractedReport {
  const { file, text } = spec;
  const lines = new LineIndex(text);
  const span = (start: number, end: number): Span => ({ file, start, end, ...lines.position(start) });

  const headings: Heading[] = [];
  for (const m of text.matchAll(/^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)([^\n]*)$/gmu)) {
    const marker = m[1]!;
    const title = m[2]!;
    const start = m.index;
    const role: SectionRole = title.includes('下一步') ? 'plans' : title.includes('成效') ? 'results' : 'other';
    headings.push({
      span: span(start, start + m[0].length), line: lines.position(start).line, level: marker.startsWith('（') ? 2 : 1,
      marker, family: marker.startsWith('（') ? 'cn-paren' : 'cn-dun', title, role,
    });
  }

  let cursor = 0;
  const quantities: PlacedQuantity[] = [];
  const observations: Observation[] = [];
  const diagnostics: Diagnostic[] = [];
  spec.quantities.forEach((q, index) => {
    const start = text.indexOf(q.text, cursor);
    if (start < 0) throw new Error(`makeReport: ${q.text} not found after offset ${cursor}`);
    const end = start + q.text.length;
    cursor = end;
    const enclosing = enclosingHeadings(headings, start);
    const sentenceStart = Math.max(text.lastIndexOf('。', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
    const stop = text.slice(end).search(/[。\n]/);
    const sentenceEnd = stop < 0 ? text.length : end + stop + (text[end + stop] === '。' ? 1 : 0);
    const placeholder = q.value === null;
    const qSpan = span(start, end);
    const inner = enclosing.at(-1);
    quantities.push({
      span: qSpan, numberSpan: qSpan, text: q.text, value: q.value, high: null, unit: q.unit,
      unitKind: q.unit === '%' ? 'percent' : 'count', qualifier: q.qualifier ?? null, placeholder, change: null,
      index, sectionPath: enclosing.map((h) => h.title), sectionLine: inner?.line ?? null,
      role: enclosing.find((h) => h.role !== 'other')?.role ?? 'other', item: null,
      sentence: span(sentenceStart, sentenceEnd), sentenceText: text.slice(sentenceStart, sentenceEnd),
    });
    if (placeholder) diagnostics.push({ severity: 'info', code: 'placeholder', message: `placeholder ${q.text}`, span: qSpan, stage: 'resolve' });
    if (q.indicator) {
      observations.push({
        indicatorId: q.indicator, ruleId: `${q.indicator}#1`, quantityIndex: index, span: qSpan, value: q.value,
        unit: q.unit, qualifier: q.qualifier ?? null, placeholder, plan: q.plan ?? false,
        ...(q.scope ? { scope: q.scope } : {}),
      });
    }
  });

  return {
    file, encoding: 'utf-8', sha256: spec.sha256 ?? `sha-${file}`, chars: text.length, lineCount: lines.lineCount,
    meta: { title: text.split('\n')[0] ?? null, org: spec.org ?? null, year: spec.year ?? null, kind: 'annual-report' },
    headings, quantities, observations, diagnostics, rulesetHash: spec.rulesetHash ?? 'rules-v1',
  };
}

function enclosingHeadings(headings: readonly Heading[], offset: number): Heading[] {
  const path: Heading[] = [];
  for (const h of headings) {
    if (h.span.start > offset) break;
    while (path.length && path.at(-1)!.level >= h.level) path.pop();
    path.push(h);
  }
  return path;
}

export const SAMPLE_TEXT = [
  '青石镇2023年法治政府建设情况报告',
  '一、主要工作成效',
  '（一）矛盾纠纷化解',
  '全年排查矛盾纠纷156件，调解成功率达96%以上，组织“法律进乡村”宣传活动12场。',
  '（二）行政复议',
  '受理行政复议案件*件，办结行政复议案件9件，另有“A|B<c>”类案件，由镇司法所逐一登记。',
  '二、下一步工作计划',
  '力争调解成功率达到98%，开展普法宣传活动20场。',
].join('\n');

/** The sample report: one placeholder with an indicator, one plan, one indicator stated twice. */
export function sampleReport(overrides: Partial<ReportSpec> = {}): ExtractedReport {
  return makeReport({
    file: 'towns/青石镇2023.txt',
    text: SAMPLE_TEXT,
    org: '青石镇人民政府',
    year: 2023,
    quantities: [
      { text: '156件', value: 156, unit: '件', indicator: 'disputes.received' },
      { text: '96%以上', value: 96, unit: '%', qualifier: '以上', indicator: 'disputes.success_rate' },
      { text: '12场', value: 12, unit: '场', indicator: 'publicity.events' },
      { text: '*件', value: null, unit: '件', indicator: 'reconsideration.received' },
      { text: '9件', value: 9, unit: '件', indicator: 'reconsideration.closed' },
      { text: '98%', value: 98, unit: '%', indicator: 'disputes.success_rate', plan: true },
      { text: '20场', value: 20, unit: '场', indicator: 'publicity.events', plan: true },
    ],
    ...overrides,
  });
}

/** A fresh temp directory, removed by the returned cleanup. */
export function makeTempDir(prefix = 'zhibiao-store-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestDatabaseOptions {
  /** the file's name (or path) in the temp folder; default t.db */
  readonly name?: string;
  /** the catalog synced into it; default TEST_INDICATORS */
  readonly indicators?: readonly IndicatorDef[];
}

/**
 * A fresh database in a new temp folder, with the catalog synced: for a test file's
 * beforeAll/beforeEach; `close` closes it and removes the folder.
 */
export async function openTestDatabase({ name = 't.db', indicators = TEST_INDICATORS }: TestDatabaseOptions = {}): Promise<{
  db: Database;
  dir: string;
  close: () => Promise<void>;
}> {
  const { dir, cleanup } = makeTempDir();
  try {
    const db = await openDatabase(join(dir, name));
    const close = async () => {
      try {
        await db.close();
      } finally {
        cleanup();
      }
    };
    try {
      await syncIndicators(db, indicators);
    } catch (err) {
      await close();
      throw err;
    }
    return { db, dir, close };
  } catch (err) {
    cleanup();
    throw err;
  }
}

/** A database as openTestDatabase makes it for the length of `fn`, then closed and removed whatever `fn` does. */
export async function withTestDatabase<T>(fn: (db: Database, dir: string) => Promise<T>, opts: TestDatabaseOptions = {}): Promise<T> {
  const { db, dir, close } = await openTestDatabase(opts);
  try {
    return await fn(db, dir);
  } finally {
    await close();
  }
}
