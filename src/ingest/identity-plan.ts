import { widenKey } from './identity.js';

/** A discovered file with its content hash and real path, in discovery order. */
export interface IdentityCandidate {
  readonly key: string;
  readonly realPath: string;
  readonly sha256: string;
}

/** The part of a stored report that identity decisions read (store/report-identity.ts). */
export interface KnownReport {
  readonly id: number;
  readonly file: string;
  readonly absPath: string | null;
  readonly sha256: string;
}

export type IdentityDecision =
  /** store (or skip as unchanged) under `key`; `replaces` is the stored row of this same file */
  | { readonly kind: 'store'; readonly key: string; readonly replaces: KnownReport | null }
  /** the same bytes as another file of this run or of the database: not stored twice */
  | { readonly kind: 'duplicate'; readonly of: string };

/**
 * Decides, for each file of a run in order, which report it is:
 * 1. the same content as an earlier file of this run → a duplicate of it;
 * 2. a file the database already holds (same real path) → that report, under its stored key
 *    (a changed file replaces its own earlier version only);
 * 3. a report stored before paths were recorded, under the same key or with the same content →
 *    adopted as this file's report;
 * 4. the same content as a stored report of another file → a duplicate of it while that file still
 *    exists (`exists`); if it is gone, the file was moved: its report is taken over;
 * 5. else a new report, under its display key widened until no other file has it.
 */
export function planIdentities(
  files: readonly IdentityCandidate[],
  stored: readonly KnownReport[],
  exists: (absPath: string) => boolean,
): IdentityDecision[] {
  const byPath = new Map(stored.filter((r) => r.absPath).map((r) => [r.absPath!, r]));
  // looked up per file: indexed, so a run into a database of many reports stays linear
  const legacy = stored.filter((r) => r.absPath === null);
  const bySha = new Map<string, KnownReport[]>();
  for (const r of stored) {
    if (r.absPath === null) continue;
    const same = bySha.get(r.sha256);
    if (same) same.push(r);
    else bySha.set(r.sha256, [r]);
  }
  const claimed = new Set<number>();
  const keysTaken = new Map<string, number | null>(stored.map((r) => [r.file, r.id])); // key → stored id (null: this run)
  const runContent = new Map<string, string>();
  const decisions: IdentityDecision[] = [];
  for (const f of files) {
    const earlier = runContent.get(f.sha256);
    if (earlier !== undefined) {
      decisions.push({ kind: 'duplicate', of: earlier });
      continue;
    }
    const own =
      byPath.get(f.realPath) ??
      legacy.find((r) => !claimed.has(r.id) && (r.file === f.key || r.sha256 === f.sha256)) ??
      null;
    let decision: IdentityDecision;
    if (own) decision = { kind: 'store', key: own.file, replaces: own };
    else {
      const same = bySha.get(f.sha256)?.find((r) => !claimed.has(r.id));
      if (same && exists(same.absPath!)) decision = { kind: 'duplicate', of: same.file };
      else {
        const taken = (k: string) => keysTaken.has(k) && !(same && keysTaken.get(k) === same.id);
        decision = { kind: 'store', key: widenKey(f.key, f.realPath, taken), replaces: same ?? null };
      }
    }
    if (decision.kind === 'store') {
      if (decision.replaces) claimed.add(decision.replaces.id);
      keysTaken.set(decision.key, decision.replaces?.id ?? null);
      runContent.set(f.sha256, decision.key);
    }
    decisions.push(decision);
  }
  return decisions;
}
