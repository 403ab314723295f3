import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverReports } from '../../../src/ingest/discover.js';
import { readSourceFile } from '../../../src/ingest/source-file.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const EXPECTED: Record<string, string> = {
  'corpus/chengxi-district-2023.doc': 'doc',
  'corpus/hewan-justice-bureau-2023.pdf': 'pdf',
  'corpus/liutang-subdistrict-2022.txt': 'utf-8',
  'corpus/luting-county-2023.docx': 'docx',
  'corpus/pulan-town-2023.html': 'gb18030',
  'corpus/qinglan-county-2023.txt': 'utf-8',
  'corpus/township-draft-placeholders.txt': 'utf-8',
  'corpus/yunxi-market-regulation-2023-gbk.txt': 'gb18030',
};

describe('sample corpus', () => {
  it('is discovered without its README (listed as skipped), and every sample reads with the expected encoding or format', async () => {
    const { files, problems, skipped } = await discoverReports(['corpus'], { cwd: ROOT });
    expect(problems).toEqual([]);
    expect(skipped).toEqual([{ path: 'corpus/README.md', kind: 'notes', reason: expect.stringContaining('notes file') }]);
    expect(files.map((f) => f.relPath)).toEqual(Object.keys(EXPECTED));
    for (const file of files) {
      const source = await readSourceFile(file);
      expect(source.encoding, file.relPath).toBe(EXPECTED[file.relPath]);
      expect(source.text.length, file.relPath).toBeGreaterThanOrEqual(300);
      if (source.format === 'text') expect(source.bytes, file.relPath).toBeLessThanOrEqual(6144);
      else expect(source.bytes, file.relPath).toBeLessThanOrEqual(48 * 1024);
      expect(source.text, file.relPath).not.toMatch(/\r|\[bookmark:/);
    }
  });

  it('README describes every sample', async () => {
    const readme = await readFile(`${ROOT}corpus/README.md`, 'utf8');
    for (const rel of Object.keys(EXPECTED)) expect(readme).toContain(`\`${rel.replace('corpus/', '')}\``);
  });
});
