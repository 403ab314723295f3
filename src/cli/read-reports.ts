import { discoverReports } from '../ingest/discover.js';
import { readSourceFile, type SourceFile } from '../ingest/source-file.js';
import { InputFileError, ZhibiaoError, toError } from '../core/errors.js';
import type { ExtractedReport } from '../core/document.js';
import type { RuleSet } from '../rules/compile.js';
import { extractReport } from '../pipeline/extract.js';
import { lineTooLong } from '../pipeline/line-limit.js';
import { LOOKED_FOR } from './ingest-summary.js';
import { resolve } from 'node:path';
import { shownPath } from './paths.js';

export interface ReadOutcome {
  /** the file's key below its input root (the report's `file`) */
  readonly path: string;
  /** the file's path as messages show it: relative to the current folder when inside it */
  readonly shown: string;
  readonly report?: ExtractedReport;
  /** the file as read: its extracted text (what the report's positions refer to) and format */
  readonly source?: SourceFile;
  readonly error?: string;
}

export interface ExtractFilesOptions {
  /** called once with every file found, before the first is read (extract --out checks its outputs) */
  readonly onDiscovered?: (files: ReadonlyArray<{ path: string; relPath: string }>) => void;
}

/**
 * Discover, read and extract files in this process (rules and jieba load once), one at a time.
 * Inputs that hold no report file at all are an error (exit 1) saying what was looked for.
 */
export async function* extractFiles(inputs: readonly string[], ruleSet: RuleSet, opts: ExtractFilesOptions = {}): AsyncGenerator<ReadOutcome> {
  const { files, problems, skipped } = await discoverReports([...inputs]);
  opts.onDiscovered?.(files);
  for (const p of problems) yield { path: p.path, shown: shownPath(p.path), error: p.reason };
  if (files.length === 0 && problems.length === 0) {
    const note = skipped.length ? ` (${skipped.length} other file${skipped.length === 1 ? '' : 's'} skipped)` : '';
    throw new ZhibiaoError(`no reports found in ${inputs.join(' ')}: looked for ${LOOKED_FOR}${note}`, 1);
  }
  for (const file of files) {
    const shown = shownPath(resolve(file.path));
    try {
      const source = await readSourceFile(file);
      const refused = lineTooLong(source.text);
      if (refused) {
        yield { path: file.relPath, shown, error: refused };
        continue;
      }
      const report = extractReport(
        { file: file.relPath, text: source.text, encoding: source.encoding, sha256: source.sha256, title: source.title },
        { ruleSet },
      );
      const failure = report.diagnostics.find((d) => d.severity === 'error');
      yield failure ? { path: file.relPath, shown, error: failure.message } : { path: file.relPath, shown, report, source };
    } catch (err) {
      yield { path: file.relPath, shown, error: err instanceof InputFileError ? err.reason : toError(err).message };
    }
  }
}
