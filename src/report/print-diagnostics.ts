import type { Diagnostic, Severity } from '../core/diagnostic.js';

/** `file:line:col  severity  message  [code]`; `file` alone when the diagnostic has no span. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const where = d.span ? `${file}:${d.span.line}:${d.span.column}` : file;
  return `${where}  ${d.severity}  ${d.message}  [${d.code}]`;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Terminal lines for one file's diagnostics at `minSeverity` or worse (default: warnings),
 * in text order, those without a span first.
 */
export function formatDiagnostics(
  file: string,
  diagnostics: readonly Diagnostic[],
  minSeverity: Severity = 'warning',
): string[] {
  return diagnostics
    .filter((d) => RANK[d.severity] <= RANK[minSeverity])
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.span?.start ?? -1) - (b.d.span?.start ?? -1) || a.i - b.i)
    .map(({ d }) => formatDiagnostic(file, d));
}
