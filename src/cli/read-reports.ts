import { discoverReports } from '../ingest/discover.js';
import { readSourceFile, type SourceFile } from '../ingest/source-file.js';
import { InputFileError, ZhibiaoError, toError } from '../core/errors.js';
import type { ExtractedReport } from '../core/document.js';
import type { RuleSet } from '../rules/compile.js';
import { extractReport } from '../pipeline/extract.js';
import { lineTooLong } from '../pipeline/line-limit.js';
import { LOOKED_FOR } from './ingest-summary.js';

export interface ReadOutcome {
  readonly path: string;
  readonly report?: ExtractedReport;
  /** the file as read: its extracted text (what the report's positions refer to) and format */
  readonly source?: SourceFile;
  readonly error?: string;
}

/**
 * Discover, read and extract files in this process (rules and jieba load once), one at a time.
 * Inputs that hold no report file at all are an error (exit 1) saying what was looked for.
 */
export async function* extractFiles(inputs: readonly string[], ruleSet: RuleSet): AsyncGenerator<ReadOutcome> {
  const { files, problems, skipped } = await discoverReports([...inputs]);
  for (const p of problems) yield { path: p.path, error: p.reason };
  if (files.length === 0 && problems.length === 0) {
    const note = skipped.length ? ` (${skipped.length} other file${skipped.length === 1 ? '' : 's'} skipped)` : '';
    throw new ZhibiaoError(`no reports found in ${inputs.join(' ')}: looked for ${LOOKED_FOR}${note}`, 1);
  }
  for (const file of files) {
    try {
      const source = await readSourceFile(file);
      const refused = lineTooLong(source.text);
      if (refused) {
        yield { path: file.relPath, error: refused };
        continue;
      }
      const report = extractReport(
        { file: file.relPath, text: source.text, encoding: source.encoding, sha256: source.sha256, title: source.title },
        { ruleSet },
      );
      const failure = report.diagnostics.find((d) => d.severity === 'error');
      yield failure ? { path: file.relPath, error: failure.message } : { path: file.relPath, report, source };
    } catch (err) {
      yield { path: file.relPath, error: err instanceof InputFileError ? err.reason : toError(err).message };
    }
  }
}
