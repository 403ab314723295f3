import { createSourceText, type SourceText } from '../core/source-text.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { ExtractedReport, Observation, PlacedQuantity } from '../core/document.js';
import { toError } from '../core/errors.js';
import type { RuleSet } from '../rules/compile.js';
import { matchIndicators } from '../rules/match.js';
import { applyScope } from '../rules/scope.js';
import { segmentWindows } from './segment-windows.js';
import type { MatchToken } from '../segment/window-tokens.js';
import { scanQuantities, traceQuantities } from '../quantities/index.js';
import type { ExtractTrace } from './extract-trace.js';
import { withoutImplausible } from '../quantities/implausible.js';
import { analyzeStructure } from '../structure/index.js';
import type { Structure } from '../structure/types.js';
import type { Quantity } from '../quantities/quantity.js';
import { placeQuantities } from './place-quantities.js';
import { addTableCellQuantities } from '../tables/cell-quantities.js';
import { emptyTimings, type StageTimings } from './stage-timings.js';
import { placeholderDiagnostics } from './placeholder-diagnostics.js';

/** One report's text as read from disk (decoded and cleaned). */
export interface ExtractInput {
  readonly file: string;
  readonly text: string;
  readonly encoding: string;
  readonly sha256: string;
  /** the title the file's format declares (HTML <title>, docx core title, PDF info): used when the text has none */
  readonly title?: string | null;
}

export interface ExtractContext {
  readonly ruleSet: RuleSet;
  /** stage times are added here when given */
  readonly timings?: StageTimings;
  /** record what the stages did (`report.trace`), for `explain` */
  readonly trace?: boolean;
}

const EMPTY_META = { title: null, org: null, year: null, kind: 'other' } as const;

/**
 * The extraction, as an ordered list of pure stages:
 *   normalize → structure → quantities (+ table cells under a unit header) → place → segment → match.
 * A stage that throws becomes one `error` diagnostic naming the file; the later stages are skipped.
 */
export function extractReport(input: ExtractInput, ctx: ExtractContext): ExtractedReport {
  const timings = ctx.timings ?? emptyTimings();
  const diagnostics: Diagnostic[] = [];
  let failed = false;
  const stage = <T>(name: keyof StageTimings, fallback: T, fn: () => T): T => {
    if (failed) return fallback;
    const t0 = performance.now();
    try {
      return fn();
    } catch (err) {
      failed = true;
      diagnostics.push({ severity: 'error', code: 'stage-failed', stage: name, message: `${name} stage failed: ${toError(err).message}` });
      return fallback;
    } finally {
      timings[name] += performance.now() - t0;
    }
  };

  const src: SourceText = stage('normalize', createSourceText(input.file, ''), () => createSourceText(input.file, input.text));
  const structure: Structure | null = stage('structure', null, () => analyzeStructure(src));
  const trace: ExtractTrace | undefined = ctx.trace ? { excluded: [], windows: [] } : undefined;
  const scanned: Quantity[] = stage('quantities', [], () => {
    if (trace) (trace.excluded as ExtractTrace['excluded'][number][]).push(...excludedCandidates(src, ctx.ruleSet));
    const { kept, flagged } = withoutImplausible(scanQuantities(src, ctx.ruleSet.lexicon));
    diagnostics.push(...flagged);
    return kept;
  });
  const quantities: Quantity[] = stage('quantities', scanned, () => addTableCellQuantities(src, scanned, ctx.ruleSet.lexicon));
  const placed: PlacedQuantity[] = stage('place', [], () => (structure ? placeQuantities(src, structure, quantities) : []));
  const windows: MatchToken[][] = stage('segment', [], () => segmentWindows(src, placed, ctx.ruleSet, trace !== undefined));
  const observations: Observation[] = stage('match', [], () => {
    const matched = matchIndicators(windows, ctx.ruleSet, trace?.windows);
    const scoped = applyScope(src, placed, matched, ctx.ruleSet.scope);
    if (trace) markScopeDrops(trace, matched, scoped);
    return scoped;
  });
  diagnostics.push(...placeholderDiagnostics(placed, observations, ctx.ruleSet));

  return {
    file: input.file,
    encoding: input.encoding,
    sha256: input.sha256,
    chars: src.raw.length,
    lineCount: src.lines.lineCount,
    meta: withFormatTitle(structure?.meta ?? EMPTY_META, input.title ?? null),
    headings: structure?.headings ?? [],
    quantities: placed,
    observations,
    diagnostics,
    rulesetHash: ctx.ruleSet.hash,
    ...(trace ? { trace } : {}),
  };
}

/** The text decides title, org and year; a title the format declares fills a title the text lacks. */
const withFormatTitle = <M extends { title: string | null }>(meta: M, title: string | null): M =>
  meta.title || !title ? meta : { ...meta, title };

function excludedCandidates(src: SourceText, ruleSet: RuleSet): ExtractTrace['excluded'] {
  return traceQuantities(src, ruleSet.lexicon).flatMap((c) => (c.excluded ? [{ text: c.text, start: c.start, end: c.end, reason: c.excluded }] : []));
}

function markScopeDrops(trace: ExtractTrace, matched: readonly Observation[], scoped: readonly Observation[]): void {
  const kept = new Set(scoped.map((o) => `${o.quantityIndex}\0${o.ruleId}`));
  const dropped = new Set(matched.map((o) => `${o.quantityIndex}\0${o.ruleId}`).filter((k) => !kept.has(k)));
  for (const hit of trace.windows.flatMap((w) => w.hits)) {
    if (hit.outcome === 'observation' && dropped.has(`${hit.quantityIndex}\0${hit.ruleId}`)) hit.outcome = 'dropped by scope (negated or not a count of this)';
  }
}
