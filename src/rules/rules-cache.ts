import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { RuleFileError } from '../core/errors.js';
import type { RuleInputs } from './rule-inputs.js';

/** Bump when the cached shape changes. */
const FORMAT = 'zhibiao-rules-cache-1';

/**
 * A per-user cache of validated rule sets (`~/.cache/zhibiao`, or `$XDG_CACHE_HOME/zhibiao`, or
 * `$ZHIBIAO_CACHE_DIR`), so a command does not parse and validate the same YAML again (the `yaml`
 * parser is most of a re-run's start-up). An entry is named by the SHA-256 of everything the load
 * depends on: every rule file's path and text, the extraction code's fingerprint, the folder and the
 * working directory (messages name files relative to it). Only a load without errors is cached; an
 * entry that cannot be read or parsed is a miss; a cache that cannot be written is no cache.
 */
export interface CachedLoad {
  readonly inputs: RuleInputs;
  readonly warnings: readonly RuleFileError[];
  readonly files: readonly string[];
}

interface Stored {
  readonly format: string;
  readonly inputs: RuleInputs;
  readonly warnings: ReadonlyArray<{ file: string; line: number | null; field: string | null; reason: string }>;
  readonly files: readonly string[];
}

export function cacheDir(): string {
  return process.env.ZHIBIAO_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'zhibiao');
}

/** The cache key of a load: `parts` are everything it depends on, in order. */
export function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256').update(FORMAT);
  for (const part of parts) hash.update('\0').update(part);
  return hash.digest('hex');
}

const entry = (key: string) => join(cacheDir(), `rules-${key}.json`);

export function readCachedLoad(key: string): CachedLoad | null {
  try {
    const file = entry(key);
    if (!existsSync(file)) return null;
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (stored.format !== FORMAT) return null;
    return {
      inputs: stored.inputs,
      warnings: stored.warnings.map((w) => new RuleFileError(w.file, w.line, w.field, w.reason)),
      files: stored.files,
    };
  } catch {
    return null;
  }
}

export function writeCachedLoad(key: string, load: CachedLoad): void {
  try {
    mkdirSync(cacheDir(), { recursive: true, mode: 0o700 });
    const file = entry(key);
    const tmp = `${file}.${process.pid}.tmp`;
    const stored: Stored = {
      format: FORMAT,
      inputs: load.inputs,
      warnings: load.warnings.map((w) => ({ file: w.file, line: w.line, field: w.field, reason: w.reason })),
      files: load.files,
    };
    writeFileSync(tmp, JSON.stringify(stored), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    // a read-only home or a full disk: the next load parses the YAML again
  }
}
