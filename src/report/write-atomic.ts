import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { recordOutput } from '../ingest/output-manifest.js';

/**
 * Writes `data` to a temp file beside `path` and renames it over `path`, so a reader (or Excel
 * holding the old file) never sees a half-written table. Same directory → same filesystem → atomic.
 * The file is listed in its folder's output manifest, so ingest never reads it back as a report.
 */
export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
    await recordOutput(path, data);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
