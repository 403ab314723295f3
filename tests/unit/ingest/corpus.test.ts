import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverReports } from '../../../src/ingest/discover.js';
import { readSourceFile } from '../../../src/ingest/source-file.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const EXPECTED: Record<string, string> = {
  'corpus/liutang-subdistrict-2022.txt': 'utf-8',
  'corpus/qinglan-county-2023.txt': 'utf-8',
  'corpus/township-draft-placeholders.txt': 'utf-8',
  'corpus/yunxi-market-regulation-2023-gbk.txt': 'gb18030',
};

describe('sample corpus', () => {
  it('is discovered without its README, and every sample reads with the expected encoding', async () => {
    const { files, problems } = await discoverReports(['corpus'], { cwd: ROOT });
    expect(problems).toEqual([]);
    expect(files.map((f) => f.relPath)).toEqual(Object.keys(EXPECTED));
    for (const file of files) {
      const source = await readSourceFile(file);
      expect(source.encoding, file.relPath).toBe(EXPECTED[file.relPath]);
      expect(source.bytes, file.relPath).toBeGreaterThanOrEqual(2048);
      expect(source.bytes, file.relPath).toBeLessThanOrEqual(6144);
      expect(source.text, file.relPath).not.toMatch(/\r|\[bookmark:/);
    }
  });

  it('README describes every sample', async () => {
    const readme = await readFile(`${ROOT}corpus/README.md`, 'utf8');
    for (const rel of Object.keys(EXPECTED)) expect(readme).toContain(`\`${rel.replace('corpus/', '')}\``);
  });
});
