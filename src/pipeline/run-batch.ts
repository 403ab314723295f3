import pLimit from 'p-limit';
import { availableParallelism } from 'node:os';
import { discoverReports } from '../ingest/discover.js';
import { readSourceFile } from '../ingest/source-file.js';
import { openDatabase } from '../store/database.js';
import { readStoredHashes, syncIndicators, writeReport } from '../store/write-report.js';
import { requireRules } from '../rules/load.js';
import { InputFileError, toError } from '../core/errors.js';
import type { ExtractedReport } from '../core/document.js';
import { createExtractor } from './extractor.js';
import type { StageTimings } from './stage-timings.js';

export type FileStatus = 'ingested' | 'unchanged' | 'failed';

export interface FileResult {
  readonly path: string;
  readonly status: FileStatus;
  readonly reason?: string;
  readonly encoding?: string;
  readonly quantities?: number;
  readonly observations?: number;
  readonly placeholders?: number;
  readonly elapsedMs: number;
}

export interface RunSummary {
  readonly seen: number;
  readonly ingested: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly results: readonly FileResult[];
  readonly elapsedMs: number;
  readonly bytes: number;
  readonly timings: StageTimings;
}

export interface IngestOptions {
  readonly inputs: readonly string[];
  readonly dbPath: string;
  readonly rulesDir: string;
  readonly jobs?: number;
  readonly force?: boolean;
  readonly onStart?: (total: number) => void;
  readonly onFile?: (result: FileResult) => void;
}

export const defaultJobs = (): number => Math.max(1, Math.min(availableParallelism(), 4));

/**
 * Ingest report files into the database: discover, read (p-limit), extract (worker threads),
 * store (one transaction per report). One failing file never stops the batch; unchanged files
 * (same content hash and rule-set hash) are skipped unless `force`.
 */
export async function ingest(opts: IngestOptions): Promise<RunSummary> {
  const started = performance.now();
  const ruleSet = requireRules(opts.rulesDir);
  const { files, problems } = await discoverReports([...opts.inputs]);
  const db = await openDatabase(opts.dbPath);
  const results: FileResult[] = [];
  let bytes = 0;
  const record = (r: FileResult) => {
    results.push(r);
    opts.onFile?.(r);
  };
  opts.onStart?.(files.length + problems.length);
  for (const p of problems) record({ path: p.path, status: 'failed', reason: p.reason, elapsedMs: 0 });
  const jobs = opts.jobs ?? defaultJobs();
  const extractor = createExtractor(opts.rulesDir, ruleSet, jobs, files.length);
  try {
    await syncIndicators(db, ruleSet.indicators);
    const stored = await readStoredHashes(db);
    const limit = pLimit(Math.max(2, jobs * 2));
    await Promise.all(
      files.map((file) =>
        limit(async () => {
          const t0 = performance.now();
          const path = file.relPath;
          try {
            const source = await readSourceFile(file);
            bytes += source.bytes;
            const old = stored.get(path);
            if (!opts.force && old && old.sha256 === source.sha256 && old.rulesetHash === ruleSet.hash) {
              return record({ path, status: 'unchanged', elapsedMs: performance.now() - t0 });
            }
            const report = await extractor.extract({ file: path, text: source.text, encoding: source.encoding, sha256: source.sha256 });
            const error = report.diagnostics.find((d) => d.severity === 'error');
            if (error) return record({ path, status: 'failed', reason: error.message, elapsedMs: performance.now() - t0 });
            await writeReport(db, report);
            record({ path, status: 'ingested', encoding: source.encoding, ...counts(report), elapsedMs: performance.now() - t0 });
          } catch (err) {
            const reason = err instanceof InputFileError ? err.reason : toError(err).message;
            record({ path, status: 'failed', reason, elapsedMs: performance.now() - t0 });
          }
        }),
      ),
    );
  } finally {
    await extractor.close();
    await db.close();
  }
  const count = (s: FileStatus) => results.filter((r) => r.status === s).length;
  results.sort((a, b) => a.path.localeCompare(b.path));
  return {
    seen: results.length,
    ingested: count('ingested'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    results,
    elapsedMs: performance.now() - started,
    bytes,
    timings: extractor.timings,
  };
}

function counts(report: ExtractedReport) {
  return {
    quantities: report.quantities.length,
    observations: report.observations.length,
    placeholders: report.quantities.filter((q) => q.placeholder).length,
  };
}
