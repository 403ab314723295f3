import type { RunSummary } from '../pipeline/run-batch.js';
import type { SkipKind } from '../ingest/skip-rules.js';
import { SUPPORTED_EXTENSIONS } from '../ingest/report-format.js';

const SKIP_LABELS: Readonly<Record<SkipKind, string>> = {
  unsupported: 'unsupported type',
  notes: 'notes file',
  output: "zhibiao's own output",
  'lock-file': 'Office lock file',
  duplicate: 'duplicate',
};

/** What the formats discovery looks for, for messages: `.txt .md … .pdf`. */
export const LOOKED_FOR = SUPPORTED_EXTENSIONS.map((e) => `.${e}`).join(' ');

/** The summary `ingest` prints on stderr: counts, failures, and skipped files (each with --verbose). */
export function formatIngestSummary(s: RunSummary, db: string, verbose: boolean): string[] {
  const lines = [
    `${s.seen} files seen: ${s.ingested} ingested, ${s.unchanged} unchanged, ${s.failed} failed, ${s.skipped} skipped (${(s.elapsedMs / 1000).toFixed(1)} s) → ${db}`,
  ];
  if (s.ingested + s.unchanged > 0 && s.ingested === 0 && s.failed === 0) lines.push('all files were unchanged since the last ingest (use --force to redo them)');
  for (const r of s.results) if (r.status === 'failed') lines.push(`  failed: ${r.path}: ${r.reason}`);
  const skipped = s.results.filter((r) => r.status === 'skipped');
  if (verbose) for (const r of skipped) lines.push(`  skipped: ${r.path}: ${r.reason}`);
  else if (skipped.length > 0) {
    const byKind = new Map<string, number>();
    for (const r of skipped) byKind.set(SKIP_LABELS[r.skip ?? 'unsupported'], (byKind.get(SKIP_LABELS[r.skip ?? 'unsupported']) ?? 0) + 1);
    lines.push(`  skipped: ${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')} (--verbose names each)`);
  }
  if (s.found === 0) lines.push(`no reports found: looked for ${LOOKED_FOR} in the folders, files and patterns given`);
  return lines;
}
