import { existsSync } from 'node:fs';
import type { DiscoveredFile } from '../ingest/discover.js';
import { planIdentities } from '../ingest/identity-plan.js';
import type { FileRecord, StoredIdentity } from '../store/report-identity.js';
import { checkFiles, type CheckedFile, type KnownFile } from './check-files.js';
import { MAX_LINE_CHARS } from './line-limit.js';

/** A file to read and extract: its key, and the stored report it replaces (if any). */
export interface WorkItem {
  readonly file: CheckedFile;
  readonly key: string;
  readonly replaces: StoredIdentity | null;
}

/** A file settled without reading it for extraction. */
export type Settled =
  | { readonly kind: 'failed'; readonly path: string; readonly reason: string }
  | { readonly kind: 'duplicate'; readonly path: string; readonly of: string }
  | { readonly kind: 'unchanged'; readonly path: string };

export interface WorkPlan {
  readonly work: WorkItem[];
  /** in discovery order: unreadable files, duplicates, unchanged files */
  readonly settled: Settled[];
  /** unchanged reports whose files were read to know it: their new stamp and place (updateFileRecords) */
  readonly records: FileRecord[];
  /** files read to hash them */
  readonly hashed: number;
}

export interface PlanOptions {
  readonly rulesetHash: string;
  readonly force: boolean;
  readonly maxFileMb: number;
  /**
   * Called as soon as a file turns up that will most likely be extracted: one whose content is not
   * what the store holds under its path, not empty, and small enough that none of its lines can be
   * refused (line-limit.ts), so the runner can start a worker (and its dictionary load) while
   * planning goes on. Called again for later such files. (A file that fails for another reason, say
   * an unknown encoding, starts a worker for nothing: the run then ends about a second later.)
   */
  readonly onLikelyWork?: () => void;
}

/**
 * Decides what each discovered file is before any is converted, from real paths and content hashes
 * (check-files.ts: a stored file with its stored size and mtime is not even read; identity-plan.ts:
 * which report it is, or whose duplicate): unreadable, a duplicate, unchanged (same content and
 * rule-set hash, unless `force`), or work to extract. Only the work list outlives this call, so the
 * memory of a run does not hold every file's hash and decision while it extracts.
 */
export function planWork(files: readonly DiscoveredFile[], stored: readonly StoredIdentity[], opts: PlanOptions): WorkPlan {
  const known = new Map<string, KnownFile>();
  if (!opts.force) {
    for (const r of stored) if (r.absPath !== null && r.hasText && r.rulesetHash === opts.rulesetHash) known.set(r.absPath, r);
  }
  const settled: Settled[] = [];
  const readable: CheckedFile[] = [];
  const { onLikelyWork } = opts;
  const onNew = onLikelyWork
    ? (bytes: number) => {
        if (bytes > 0 && bytes <= MAX_LINE_CHARS) onLikelyWork();
      }
    : undefined;
  for (const c of checkFiles(files, known, opts.maxFileMb, onNew)) {
    if (c.sha256 === null) settled.push({ kind: 'failed', path: c.file.relPath, reason: c.error });
    else readable.push(c);
  }
  const decisions = planIdentities(
    readable.map((h) => ({ key: h.file.relPath, realPath: h.realPath, sha256: h.sha256 })),
    stored,
    existsSync,
  );
  const work: WorkItem[] = [];
  const records: FileRecord[] = [];
  readable.forEach((h, i) => {
    const decision = decisions[i]!;
    if (decision.kind === 'duplicate') return settled.push({ kind: 'duplicate', path: h.file.relPath, of: decision.of });
    const old = decision.replaces as StoredIdentity | null;
    if (!opts.force && old && old.absPath !== null && old.hasText && old.sha256 === h.sha256 && old.rulesetHash === opts.rulesetHash) {
      // found unchanged by reading it: record the stamp taken now (the next run need not read it)
      // and, for a moved file, its new path and key
      if (h.hashed) records.push({ id: old.id, sha256: old.sha256, file: decision.key, absPath: h.realPath, stamp: h.stamp });
      return settled.push({ kind: 'unchanged', path: decision.key });
    }
    work.push({ file: h, key: decision.key, replaces: old });
  });
  return { work, settled, records, hashed: readable.filter((h) => h.hashed).length };
}
