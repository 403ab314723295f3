import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutDir, commonFolder, mirroredOutput, refuseInputOverwrite } from '../../../src/cli/extract-out.js';
import { shownPath } from '../../../src/cli/paths.js';
import { makeTempDir } from '../store/make-report.js';

describe('extract --out paths', () => {
  it('mirror the input folders below --out, the extension replaced', () => {
    expect(mirroredOutput('out', 'reports/a/report.txt', '.json')).toBe(join('out', 'reports', 'a', 'report.json'));
    expect(mirroredOutput('out', 'reports/b/report.txt', '.json')).toBe(join('out', 'reports', 'b', 'report.json'));
    expect(mirroredOutput('out', 'x.docx', '.listing.txt')).toBe(join('out', 'x.listing.txt'));
    expect(mirroredOutput('out', 'noext', '.json')).toBe(join('out', 'noext.json'));
    expect(mirroredOutput('out', 'reports/a/x.txt', '.json', 'reports/')).toBe(join('out', 'a', 'x.json'));
  });

  it('drop only the folder every key shares', () => {
    expect(commonFolder(['reports/a/x.txt', 'reports/b/x.txt'])).toBe('reports/');
    expect(commonFolder(['basic/x.txt', 'basic/y.txt'])).toBe('basic/');
    expect(commonFolder(['a/x.txt', 'b/x.txt'])).toBe('');
    expect(commonFolder(['x.txt'])).toBe('');
  });

  it('refuse an output that is a file the run reads, before anything is written', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const input = join(dir, 'r.txt');
      writeFileSync(input, '受理案件3件。');
      expect(() => refuseInputOverwrite([input], [join(dir, 'r.json')])).not.toThrow();
      expect(() => refuseInputOverwrite([input], [join(dir, '.', 'r.txt')])).toThrow(/would overwrite .*r\.txt, a file this run reads/);
      mkdirSync(join(dir, 'sub'));
      expect(() => checkOutDir(join(dir, 'sub'))).not.toThrow();
      expect(() => checkOutDir(input)).toThrow(/is a file; give a folder/);
    } finally {
      cleanup();
    }
  });

  it('show paths from the current folder when inside it, absolute otherwise', () => {
    expect(shownPath('/work/x/a/b.txt', '/work/x')).toBe('a/b.txt');
    expect(shownPath('/elsewhere/b.txt', '/work/x')).toBe('/elsewhere/b.txt');
    expect(shownPath('rel/b.txt', '/work/x')).toBe('rel/b.txt');
  });
});
