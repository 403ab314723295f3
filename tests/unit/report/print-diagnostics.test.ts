import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostic.js';
import { formatDiagnostics } from '../../../src/report/print-diagnostics.js';

const span = (start: number, line: number, column: number) => ({ file: 'f.txt', start, end: start + 1, line, column });

describe('formatDiagnostics', () => {
  const diagnostics: Diagnostic[] = [
    { severity: 'info', code: 'placeholder', message: '占位符 *件', span: span(40, 3, 5), stage: 'resolve' },
    { severity: 'warning', code: 'encoding-fallback', message: 'decoded as gb18030', stage: 'decode' },
    { severity: 'error', code: 'stage-failed', message: 'segment failed', span: span(10, 1, 11), stage: 'segment' },
  ];
  it('prints file:line:col severity message [code], filtered by severity, in text order', () => {
    expect(formatDiagnostics('f.txt', diagnostics)).toEqual([
      'f.txt  warning  decoded as gb18030  [encoding-fallback]',
      'f.txt:1:11  error  segment failed  [stage-failed]',
    ]);
    expect(formatDiagnostics('f.txt', diagnostics, 'info')).toHaveLength(3);
    expect(formatDiagnostics('f.txt', diagnostics, 'error')).toEqual(['f.txt:1:11  error  segment failed  [stage-failed]']);
  });
});
