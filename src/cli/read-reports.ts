import { discoverReports } from '../ingest/discover.js';
import { readSourceFile } from '../ingest/source-file.js';
import { InputFileError, toError } from '../core/errors.js';
import type { ExtractedReport } from '../core/document.js';
import type { RuleSet } from '../rules/compile.js';
import { extractReport } from '../pipeline/extract.js';
import { lineTooLong } from '../pipeline/line-limit.js';

export interface ReadOutcome {
  readonly path: string;
  readonly report?: ExtractedReport;
  readonly error?: string;
}

/** Discover, read and extract files in this process (rules and jieba load once), one at a time. */
export async function* extractFiles(inputs: readonly string[], ruleSet: RuleSet): AsyncGenerator<ReadOutcome> {
  const { files, problems } = await discoverReports([...inputs]);
  for (const p of problems) yield { path: p.path, error: p.reason };
  for (const file of files) {
    try {
      const source = await readSourceFile(file);
      const refused = lineTooLong(source.text);
      if (refused) {
        yield { path: file.relPath, error: refused };
        continue;
      }
      const report = extractReport({ file: file.relPath, text: source.text, encoding: source.encoding, sha256: source.sha256 }, { ruleSet });
      const failure = report.diagnostics.find((d) => d.severity === 'error');
      yield failure ? { path: file.relPath, error: failure.message } : { path: file.relPath, report };
    } catch (err) {
      yield { path: file.relPath, error: err instanceof InputFileError ? err.reason : toError(err).message };
    }
  }
}
