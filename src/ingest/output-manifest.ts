import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Every file zhibiao writes (tables, audit, extract --out) is listed, with its SHA-256, in a
 * manifest beside it: `.zhibiao-outputs.sha256`, in `sha256sum` format (`HASH  NAME` per line).
 * Discovery reads the manifest of each folder it searches and skips a listed file whose content
 * still has the listed hash, so the tool never reads its own output back as a report, whatever the
 * file was named (`--audit my-audit.txt`). A file the user has since replaced is read again.
 */
export const MANIFEST_NAME = '.zhibiao-outputs.sha256';

const hashOf = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** name → sha256 of the outputs recorded in `dir` (empty when there is no manifest). */
export function readManifest(dir: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_NAME), 'utf8');
  } catch {
    return new Map();
  }
  return parseManifest(text);
}

export function parseManifest(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (m) entries.set(m[2]!, m[1]!);
  }
  return entries;
}

/** Records (or updates) `path` with the hash of `data` in its folder's manifest. */
export async function recordOutput(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const manifest = join(dir, MANIFEST_NAME);
  const entries = parseManifest(await readFile(manifest, 'utf8').catch(() => ''));
  entries.set(basename(path), hashOf(data));
  const body = [...entries].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, sha]) => `${sha}  ${name}\n`).join('');
  const tmp = `${manifest}.${process.pid}.tmp`;
  await writeFile(tmp, body);
  await rename(tmp, manifest);
}
