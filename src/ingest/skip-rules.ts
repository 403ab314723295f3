import path from 'node:path';
import { SUPPORTED_EXTENSIONS, extensionOf } from './report-format.js';

/** Why a file found under a folder is not read as a report. */
export type SkipKind = 'unsupported' | 'notes' | 'output' | 'lock-file' | 'duplicate';

export interface SkipReason {
  readonly kind: SkipKind;
  readonly reason: string;
}

/**
 * Notes that travel with a collection of reports: `README.*`, `SOURCES.*`, `NOTES.*` (also
 * `LICENSE`, `CHANGELOG`, `说明` and `来源`), any extension, any case. They describe the folder;
 * they are not reports. A file named directly on the command line is read whatever its name.
 */
const NOTES_STEMS = new Set(['readme', 'sources', 'source', 'notes', 'note', 'license', 'licence', 'changelog', '说明', '来源', '备注']);

/**
 * Files zhibiao itself writes under fixed names (`ingest --tables`, the default audit names).
 * Files under other names are recognised by the output manifest (output-manifest.ts).
 */
const OUTPUT_NAMES = new Set([
  'indicators.csv', 'indicators.xlsx', 'indicators.md', 'indicators.html', 'indicator_values.csv',
  'audit.html', 'audit.json', 'audit.txt',
]);

/** Why `file` (a name or path found in a folder) is skipped by its name alone, or null to read it. */
export function skipByName(file: string): SkipReason | null {
  const name = path.basename(file);
  const lower = name.toLowerCase();
  if (name.startsWith('~$')) return { kind: 'lock-file', reason: 'Office lock file (~$…)' };
  if (OUTPUT_NAMES.has(lower)) return { kind: 'output', reason: `zhibiao's own output (${name})` };
  const stem = lower.replace(/\.[^.]*$/, '');
  if (NOTES_STEMS.has(stem)) return { kind: 'notes', reason: 'notes file (README/SOURCES/NOTES…), not a report' };
  const ext = extensionOf(name);
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    return { kind: 'unsupported', reason: `unsupported type${ext ? ` .${ext}` : ' (no extension)'}` };
  }
  return null;
}
