import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders whose code decides what an extraction contains. */
const EXTRACTION_DIRS = ['core', 'normalize', 'structure', 'quantities', 'segment', 'rules', 'pipeline', 'ingest', 'ingest/readers', 'tables'];

let cached: string | null = null;

/**
 * A hash of the extraction code as it runs (dist/*.js, or src/*.ts under the test runner). It goes
 * into the rule-set hash, so a new version of zhibiao re-extracts stored reports instead of
 * skipping them as unchanged.
 */
export function codeFingerprint(): string {
  if (cached) return cached;
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const hash = createHash('sha256');
  for (const dir of EXTRACTION_DIRS) {
    let names: string[];
    try {
      names = readdirSync(join(root, dir)).filter((n) => /\.(js|ts)$/.test(n) && !n.endsWith('.d.ts')).sort();
    } catch {
      continue;
    }
    for (const name of names) hash.update(`${dir}/${name}\n`).update(readFileSync(join(root, dir, name)));
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
